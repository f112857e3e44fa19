<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="19"/>
        <source>About Seller Desk</source>
        <translation>Über Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="24"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="25"/>
        <source>Data (journal)</source>
        <translation>Daten (Protokoll)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="26"/>
        <source>Logs</source>
        <translation>Logdateien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="27"/>
        <source>Settings and profiles</source>
        <translation>Einstellungen und Profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="35"/>
        <source>Cancel and ship marketplace order items in bulk.</source>
        <translation>Bestellpositionen auf Marktplätzen gesammelt stornieren und versenden.</translation>
    </message>
</context>
<context>
    <name>ActionTab</name>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="76"/>
        <source>Stop reading</source>
        <translation>Einlesen abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="86"/>
        <location filename="../../desktop_app/ui/action_tab.py" line="336"/>
        <source>No file yet.</source>
        <translation>Noch keine Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="89"/>
        <source>Show &amp;problems only</source>
        <translation>Nur &amp;Probleme zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="92"/>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="94"/>
        <source>Leave the selected rows out of this job (Delete)</source>
        <translation>Die ausgewählten Zeilen aus diesem Vorgang herausnehmen (Entf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="96"/>
        <source>Save pro&amp;blems…</source>
        <translation>Pro&amp;bleme speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="99"/>
        <source>Save the invalid and duplicate rows with their reasons, to fix and read again</source>
        <translation>Die ungültigen und doppelten Zeilen mit ihrem Grund speichern, um sie zu korrigieren und neu einzulesen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="106"/>
        <source>Find ids or problems</source>
        <translation>IDs oder Probleme suchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="107"/>
        <source>Find ids or problems (Ctrl+F)</source>
        <translation>IDs oder Probleme suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="108"/>
        <source>Find rows</source>
        <translation>Zeilen suchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="127"/>
        <source>Remove selected rows</source>
        <translation>Ausgewählte Zeilen entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="178"/>
        <source>The clipboard holds no text; copy the ids and try again.</source>
        <translation>Die Zwischenablage enthält keinen Text; kopieren Sie die IDs und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="180"/>
        <source>pasted ids</source>
        <translation>eingefügte IDs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="185"/>
        <source>Choose or add a profile first.</source>
        <translation>Wählen oder erstellen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="187"/>
        <source>Asking the marketplace for open items…</source>
        <translation>Offene Positionen werden beim Marktplatz abgefragt…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="197"/>
        <source>No items were picked.</source>
        <translation>Es wurden keine Positionen ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="200"/>
        <source>open items</source>
        <translation>offene Positionen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="230"/>
        <source>%Ln row(s) hold items an earlier job already cancelled or shipped.</source>
        <translation>
            <numerusform>%Ln Zeile enthält Positionen, die ein früherer Vorgang bereits storniert oder versendet hat.</numerusform>
            <numerusform>%Ln Zeilen enthalten Positionen, die ein früherer Vorgang bereits storniert oder versendet hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="353"/>
        <source>Cancel %Ln item(s)…</source>
        <translation>
            <numerusform>%Ln Position stornieren…</numerusform>
            <numerusform>%Ln Positionen stornieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="355"/>
        <source>Ship %Ln item(s)…</source>
        <translation>
            <numerusform>%Ln Position versenden…</numerusform>
            <numerusform>%Ln Positionen versenden…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="280"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="287"/>
        <source>Saved %Ln problem row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Problemzeile in %1 gespeichert.</numerusform>
            <numerusform>%Ln Problemzeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="317"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="340"/>
        <source>%1 done by earlier jobs</source>
        <translation>%1 bereits durch frühere Vorgänge erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="384"/>
        <source>These rows were read for a %1 profile; read them again for this one.</source>
        <translation>Diese Zeilen wurden für ein %1-Profil gelesen; lesen Sie sie für dieses Profil neu ein.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="392"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="22"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="27"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="34"/>
        <source>Close notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
</context>
<context>
    <name>CancelRatePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="18"/>
        <source>This profile cancelled %Ln item(s) in the last 7 days.</source>
        <translation>
            <numerusform>Dieses Profil hat in den letzten 7 Tagen %Ln Position storniert.</numerusform>
            <numerusform>Dieses Profil hat in den letzten 7 Tagen %Ln Positionen storniert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="31"/>
        <source>Above the %1 % threshold: marketplaces may restrict or close a shop that cancels this much.</source>
        <translation>Über der Schwelle von %1 %: Marktplätze können einen Shop, der so viel storniert, einschränken oder schließen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="44"/>
        <source>With this job: %1 of %2 order items of the last 7 days (%3 %).</source>
        <translation>Mit diesem Vorgang: %1 von %2 Bestellpositionen der letzten 7 Tage (%3 %).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="50"/>
        <source>The marketplace lists no order of the last 7 days; no share shown.</source>
        <translation>Der Marktplatz führt keine Bestellung der letzten 7 Tage; kein Anteil angezeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="52"/>
        <source>The orders of the last 7 days could not be counted; no share shown.</source>
        <translation>Die Bestellungen der letzten 7 Tage konnten nicht gezählt werden; kein Anteil angezeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="53"/>
        <source>This marketplace cannot list its orders; no share shown.</source>
        <translation>Dieser Marktplatz kann seine Bestellungen nicht auflisten; kein Anteil angezeigt.</translation>
    </message>
</context>
<context>
    <name>CarrierPicker</name>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="26"/>
        <source>Carrier for rows without one</source>
        <translation>Versanddienstleister für Zeilen ohne Angabe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="29"/>
        <source>Carrier for rows without one:</source>
        <translation>Versanddienstleister für Zeilen ohne Angabe:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="44"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="48"/>
        <source>loading carriers…</source>
        <translation>Versanddienstleister werden geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="52"/>
        <source>carriers not checked</source>
        <translation>Versanddienstleister nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="54"/>
        <source>Cancel order items?</source>
        <translation>Bestellpositionen stornieren?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="54"/>
        <source>Ship order items?</source>
        <translation>Bestellpositionen versenden?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="68"/>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Profil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="74"/>
        <source>Order items: %1</source>
        <translation>Bestellpositionen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="61"/>
        <source>Cancel %Ln order item(s)</source>
        <translation>
            <numerusform>%Ln Bestellposition stornieren</numerusform>
            <numerusform>%Ln Bestellpositionen stornieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="63"/>
        <source>Ship %Ln order item(s)</source>
        <translation>
            <numerusform>%Ln Bestellposition versenden</numerusform>
            <numerusform>%Ln Bestellpositionen versenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="73"/>
        <source>, and %Ln more</source>
        <translation>
            <numerusform> und %Ln weitere</numerusform>
            <numerusform> und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="81"/>
        <source>%Ln row(s) of the file are left out (invalid or duplicate); they are not sent.</source>
        <translation>
            <numerusform>%Ln Zeile der Datei bleibt außen vor (ungültig oder doppelt); sie wird nicht gesendet.</numerusform>
            <numerusform>%Ln Zeilen der Datei bleiben außen vor (ungültig oder doppelt); sie werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="94"/>
        <source>Cancelling cannot be undone.</source>
        <translation>Eine Stornierung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="96"/>
        <source>The buyers are told their items have shipped.</source>
        <translation>Die Käufer erfahren, dass ihre Artikel versendet wurden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="106"/>
        <source>Cancel items</source>
        <translation>Positionen stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="106"/>
        <source>Ship items</source>
        <translation>Positionen versenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="107"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="121"/>
        <source>I understand this changes %Ln real order item(s) in PRODUCTION.</source>
        <translation>
            <numerusform>Mir ist klar, dass dies %Ln echte Bestellposition in PRODUKTION ändert.</numerusform>
            <numerusform>Mir ist klar, dass dies %Ln echte Bestellpositionen in PRODUKTION ändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="157"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="129"/>
        <source>I cancel anyway, above the %1 % threshold.</source>
        <translation>Ich storniere trotzdem, über der Schwelle von %1 %.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="143"/>
        <source>I send these items again anyway.</source>
        <translation>Ich sende diese Positionen trotzdem erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="160"/>
        <source>the marketplace allows %1 a minute</source>
        <translation>der Marktplatz erlaubt %1 pro Minute</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="162"/>
        <source>the marketplace allows %1 per %2</source>
        <translation>der Marktplatz erlaubt %1 pro %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="168"/>
        <source>Takes under a minute</source>
        <translation>Dauert unter einer Minute</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="170"/>
        <source>Takes about %1</source>
        <translation>Dauert etwa %1</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="28"/>
        <source>Seller Desk: the journal is damaged</source>
        <translation>Seller Desk: Das Protokoll ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="36"/>
        <source>Seller Desk can rename it to %1.damaged-DATE, keep it there, and start a new journal. The job history in the old file is not carried over.</source>
        <translation>Seller Desk kann es in %1.damaged-DATUM umbenennen, dort aufbewahren und ein neues Protokoll beginnen. Die bisherigen Vorgänge der alten Datei werden nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="44"/>
        <source>Move it aside and start a new journal</source>
        <translation>Beiseitelegen und neues Protokoll beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="48"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="38"/>
        <source>Drop zone for order item files</source>
        <translation>Ablagefläche für Dateien mit Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="40"/>
        <source>Drop a CSV, TSV, TXT or Excel file here</source>
        <translation>CSV-, TSV-, TXT- oder Excel-Datei hier ablegen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="47"/>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="48"/>
        <source>P&amp;aste ids</source>
        <translation>IDs ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="49"/>
        <source>&amp;Load open items…</source>
        <translation>Offene Positionen &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="50"/>
        <source>Open a file (Ctrl+O)</source>
        <translation>Eine Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="51"/>
        <source>Paste order item ids from the clipboard (Ctrl+V)</source>
        <translation>Bestellpositions-IDs aus der Zwischenablage einfügen (Strg+V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="52"/>
        <source>Pick from the items the marketplace lists as open</source>
        <translation>Aus den Positionen wählen, die der Marktplatz als offen führt</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="14"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="15"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="32"/>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="59"/>
        <source>Something went wrong that Seller Desk did not expect.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="67"/>
        <source>Seller Desk: error</source>
        <translation>Seller Desk: Fehler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="72"/>
        <source>Your jobs are safe in the journal. The details are also in %1.</source>
        <translation>Ihre Vorgänge sind im Protokoll sicher gespeichert. Die Details stehen auch in %1.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="10"/>
        <source>Order item id</source>
        <translation>Bestellpositions-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="11"/>
        <location filename="../../desktop_app/ui/field_labels.py" line="16"/>
        <source>Order item ids</source>
        <translation>Bestellpositions-IDs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="12"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="13"/>
        <source>Shipment tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="14"/>
        <source>Return tracking number</source>
        <translation>Retouren-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="17"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="18"/>
        <source>Reason detail</source>
        <translation>Details zum Grund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="19"/>
        <source>Shipment provider</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="20"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="21"/>
        <source>Delivery type</source>
        <translation>Lieferart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="23"/>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="24"/>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="25"/>
        <source>Variant id</source>
        <translation>Varianten-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="26"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="27"/>
        <source>Tracking id</source>
        <translation>Sendungs-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="28"/>
        <source>Delivery partner</source>
        <translation>Logistikpartner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="29"/>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="30"/>
        <source>Dispatch date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="31"/>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="32"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="33"/>
        <source>Tracking link</source>
        <translation>Sendungsverfolgungs-Link</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../desktop_app/ui/field_picker.py" line="44"/>
        <source>Profile default: %1</source>
        <translation>Profilvorgabe: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_picker.py" line="46"/>
        <source>(none — the file says)</source>
        <translation>(keiner – steht in der Datei)</translation>
    </message>
</context>
<context>
    <name>FilePrompts</name>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="17"/>
        <source>Open order items</source>
        <translation>Datei mit Bestellpositionen öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="29"/>
        <source>Export rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="34"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="37"/>
        <source>Columns and templates — Seller Desk</source>
        <translation>Spalten und Vorlagen — Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="50"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="52"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Needed</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Also read as</source>
        <translation>Auch gelesen als</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="65"/>
        <source>&amp;Save template…</source>
        <translation>Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="68"/>
        <source>Save sample &amp;file…</source>
        <translation>Beispiel&amp;datei speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="70"/>
        <source>Rows of the demo marketplace, ready to send</source>
        <translation>Zeilen des Demo-Marktplatzes, bereit zum Senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="101"/>
        <source>A cancel file for %1 may hold these columns, in any order.</source>
        <translation>Eine Stornodatei für %1 kann diese Spalten enthalten, in beliebiger Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="103"/>
        <source>A ship file for %1 may hold these columns, in any order.</source>
        <translation>Eine Versanddatei für %1 kann diese Spalten enthalten, in beliebiger Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="109"/>
        <source>Headers are matched without regard to case, spaces or punctuation; other columns are ignored.</source>
        <translation>Bei Spaltenköpfen zählen Groß-/Kleinschreibung, Leerzeichen und Satzzeichen nicht; andere Spalten werden ignoriert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="116"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="116"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="141"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="147"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="149"/>
        <source>with %1 sample rows.</source>
        <translation>mit %1 Beispielzeilen.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="109"/>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>Das Einlesen wurde abgebrochen; nichts wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="129"/>
        <source>No column was chosen; the file was not read.</source>
        <translation>Es wurde keine Spalte gewählt; die Datei wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>JobLook</name>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="44"/>
        <source>Withdrawn — nothing sent</source>
        <translation>Zurückgezogen — nichts gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="51"/>
        <source>Finished with failures</source>
        <translation>Abgeschlossen mit Fehlern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="56"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="60"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="64"/>
        <source>Rate limit · on in %1</source>
        <translation>Anfragelimit · weiter in %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="69"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="73"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="77"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="79"/>
        <source>Waiting for the marketplace</source>
        <translation>Wartet auf den Marktplatz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="83"/>
        <source>Stalled</source>
        <translation>Stockt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="85"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="99"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="102"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="104"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="44"/>
        <source>Job</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="45"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="46"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="47"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="48"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="49"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="53"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="56"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="57"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="58"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="86"/>
        <source>nothing sent</source>
        <translation>nichts gesendet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="129"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="24"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="28"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="37"/>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="43"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="61"/>
        <source>No profile yet — add one under Profiles…</source>
        <translation>Noch kein Profil — unter Profile… anlegen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="42"/>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="43"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60"/>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="61"/>
        <location filename="../../desktop_app/ui/main_window.py" line="241"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64"/>
        <source>Cancel order items (Ctrl+1)</source>
        <translation>Bestellpositionen stornieren (Strg+1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="65"/>
        <source>Ship order items (Ctrl+2)</source>
        <translation>Bestellpositionen versenden (Strg+2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="66"/>
        <source>Jobs and their outcomes (Ctrl+3)</source>
        <translation>Vorgänge und ihre Ergebnisse (Strg+3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Resuming %Ln unfinished job(s) from an earlier session.</source>
        <translation>
            <numerusform>%Ln nicht abgeschlossener Vorgang aus einer früheren Sitzung wird fortgesetzt.</numerusform>
            <numerusform>%Ln nicht abgeschlossene Vorgänge aus einer früheren Sitzung werden fortgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>%Ln stopped job(s) wait in Results; Resume goes on with them.</source>
        <translation>
            <numerusform>%Ln angehaltener Vorgang wartet unter „Ergebnisse“; „Fortsetzen“ setzt ihn fort.</numerusform>
            <numerusform>%Ln angehaltene Vorgänge warten unter „Ergebnisse“; „Fortsetzen“ setzt sie fort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="40"/>
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="44"/>
        <source>Seller Desk could not tell which column of %1 holds these fields.</source>
        <translation>Seller Desk konnte nicht erkennen, welche Spalte von %1 diese Felder enthält.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="48"/>
        <source>Your choice is remembered for files with the same columns.</source>
        <translation>Ihre Wahl gilt künftig für Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="56"/>
        <source>Carrier for every row</source>
        <translation>Versanddienstleister für jede Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="62"/>
        <source>— choose a column —</source>
        <translation>— Spalte wählen —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="65"/>
        <source>Not in this file</source>
        <translation>Nicht in dieser Datei</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="67"/>
        <source>The same carrier for every row</source>
        <translation>Derselbe Versanddienstleister für jede Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="76"/>
        <source>Carrier for every row:</source>
        <translation>Versanddienstleister für jede Zeile:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="98"/>
        <source>Choose a column for every field.</source>
        <translation>Wählen Sie für jedes Feld eine Spalte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="101"/>
        <source>The marketplace needs the %1 of every row: without it this file cannot be sent. Add the column to the file, or choose the column that holds it.</source>
        <translation>Der Marktplatz braucht für jede Zeile: %1. Ohne sie kann diese Datei nicht gesendet werden. Ergänzen Sie die Spalte in der Datei oder wählen Sie die Spalte, die sie enthält.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="105"/>
        <source>Or pick the same carrier for every row.</source>
        <translation>Oder wählen Sie denselben Versanddienstleister für jede Zeile.</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="23"/>
        <source>Open a file</source>
        <translation>Eine Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="24"/>
        <source>Paste order item ids</source>
        <translation>Bestellpositions-IDs einfügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="25"/>
        <source>Send the rows of the current tab (asks first)</source>
        <translation>Die Zeilen des aktuellen Reiters senden (fragt vorher)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="26"/>
        <source>Export the selected job&apos;s rows</source>
        <translation>Die Zeilen des gewählten Vorgangs exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="27"/>
        <source>Search jobs and rows</source>
        <translation>Vorgänge und Zeilen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="28"/>
        <source>Undo: withdraw the job counting down</source>
        <translation>Rückgängig: den Vorgang in seiner Bedenkzeit zurückziehen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="29"/>
        <source>Retry the selected job&apos;s failed rows</source>
        <translation>Die fehlgeschlagenen Zeilen des gewählten Vorgangs erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="30"/>
        <source>Stop the selected job before its next request</source>
        <translation>Den ausgewählten Vorgang vor seiner nächsten Anfrage anhalten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="31"/>
        <source>Cancel, Ship, Results</source>
        <translation>Stornieren, Versenden, Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="34"/>
        <source>Copy the selected cells (tab-separated, pastes into Excel)</source>
        <translation>Die gewählten Zellen kopieren (tabulatorgetrennt, für Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="36"/>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="37"/>
        <source>Leave the selected rows out of the job</source>
        <translation>Die gewählten Zeilen aus dem Vorgang herausnehmen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="38"/>
        <source>Columns and templates</source>
        <translation>Spalten und Vorlagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="39"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="50"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="54"/>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="61"/>
        <source>&amp;Paste ids</source>
        <translation>IDs ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="68"/>
        <source>&amp;Export rows…</source>
        <translation>Zeilen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="76"/>
        <source>P&amp;rofiles…</source>
        <translation>P&amp;rofile…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="83"/>
        <source>Remembered &amp;columns and carriers…</source>
        <translation>Gemerkte &amp;Spalten und Versanddienstleister…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="90"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="91"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="92"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="94"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="99"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="100"/>
        <source>&amp;Ship</source>
        <translation>&amp;Versenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="101"/>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="113"/>
        <source>Show &amp;problems only</source>
        <translation>Nur &amp;Probleme zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="116"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="117"/>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="125"/>
        <source>&amp;Undo send (withdraw)</source>
        <translation>Senden &amp;rückgängig (zurückziehen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="132"/>
        <source>&amp;Withdraw selected job</source>
        <translation>Gewählten Vorgang &amp;zurückziehen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="136"/>
        <source>S&amp;top selected job</source>
        <translation>Gewählten Vorgang &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="140"/>
        <source>Res&amp;ume selected job</source>
        <translation>Gewählten Vorgang &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="147"/>
        <source>&amp;Retry failed…</source>
        <translation>Fehlgeschlagene &amp;wiederholen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="159"/>
        <source>&amp;Columns and templates</source>
        <translation>&amp;Spalten und Vorlagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="166"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="173"/>
        <source>&amp;About Seller Desk</source>
        <translation>&amp;Über Seller Desk</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="36"/>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="45"/>
        <source>Job %1 (%2)</source>
        <translation>Vorgang %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="50"/>
        <source>withdrawn — nothing was sent.</source>
        <translation>zurückgezogen — nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="55"/>
        <source>finished — %1 succeeded, %2 failed.</source>
        <translation>abgeschlossen — %1 erfolgreich, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="59"/>
        <source>stopped.</source>
        <translation>angehalten.</translation>
    </message>
</context>
<context>
    <name>OpenItemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="104"/>
        <source>Open order items</source>
        <translation>Offene Bestellpositionen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="108"/>
        <source>%Ln open order item(s). Tick the ones to use.</source>
        <translation>
            <numerusform>%Ln offene Bestellposition. Haken Sie die gewünschten an.</numerusform>
            <numerusform>%Ln offene Bestellpositionen. Haken Sie die gewünschten an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="112"/>
        <source>The first %1 open order items the marketplace lists (it may list more). Tick the ones to use.</source>
        <translation>Die ersten %1 offenen Bestellpositionen, die der Marktplatz führt (es können mehr sein). Haken Sie die gewünschten an.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="122"/>
        <source>Search by order item, order, SKU or country</source>
        <translation>Nach Bestellposition, Bestellung, SKU oder Land suchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="138"/>
        <source>Select all</source>
        <translation>Alle wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="139"/>
        <source>Select none</source>
        <translation>Keine wählen</translation>
    </message>
</context>
<context>
    <name>OpenItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="35"/>
        <source>Order item</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="36"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="37"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="38"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="39"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="14"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="15"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="16"/>
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="17"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="18"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="19"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="20"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="31"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="32"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="33"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="34"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="35"/>
        <source>Stalled</source>
        <translation>Stockt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="36"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="37"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="38"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="45"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="47"/>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
</context>
<context>
    <name>PartialOrders</name>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="36"/>
        <source>Orders were not checked for items missing from the file: %1</source>
        <translation>Die Bestellungen wurden nicht auf fehlende Positionen geprüft: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="44"/>
        <source>Added the missing items of each partial order to its row.</source>
        <translation>Die fehlenden Positionen jeder Teilbestellung wurden ihrer Zeile hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="57"/>
        <source>Part of an order</source>
        <translation>Teil einer Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="59"/>
        <source>A row of this file lists only part of its order.</source>
        <translation>Eine Zeile dieser Datei enthält nur einen Teil ihrer Bestellung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="63"/>
        <source>%1 rows of this file list only part of their order.</source>
        <translation>%1 Zeilen dieser Datei enthalten nur einen Teil ihrer Bestellung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="67"/>
        <source>Falabella marks the whole order ready to ship, so its other items ship too.</source>
        <translation>Falabella meldet die ganze Bestellung als versandbereit; damit werden auch ihre übrigen Positionen versendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="73"/>
        <source>Add the missing items to those rows, so their results cover them?</source>
        <translation>Die fehlenden Positionen zu diesen Zeilen hinzufügen, damit ihre Ergebnisse sie abdecken?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="78"/>
        <source>Add the missing items</source>
        <translation>Fehlende Positionen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="83"/>
        <source>Keep the rows as they are</source>
        <translation>Zeilen unverändert lassen</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="89"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="90"/>
        <source>Order item</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="90"/>
        <source>Order items</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="103"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="104"/>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="106"/>
        <source>Return tracking</source>
        <translation>Retouren-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="113"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../desktop_app/ui/preview_table.py" line="18"/>
        <source>Preview of the rows</source>
        <translation>Vorschau der Zeilen</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="50"/>
        <source>Falabella Chile</source>
        <translation>Falabella Chile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="51"/>
        <source>Falabella Colombia</source>
        <translation>Falabella Kolumbien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="52"/>
        <source>Falabella Peru</source>
        <translation>Falabella Peru</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="55"/>
        <source>Dropship (you ship it)</source>
        <translation>Dropship (Sie versenden)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="56"/>
        <source>Pickup (the provider collects)</source>
        <translation>Abholung (der Dienstleister holt ab)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="57"/>
        <source>Send to warehouse</source>
        <translation>An das Lager senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="74"/>
        <source>Sandbox (test data)</source>
        <translation>Sandbox (Testdaten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="75"/>
        <source>Production (real orders)</source>
        <translation>Produktion (echte Bestellungen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="83"/>
        <source>Other SellerCenter (custom host)</source>
        <translation>Anderes SellerCenter (eigener Host)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="86"/>
        <source>Daraz, Lazada and Jumia moved to other APIs and are not supported; Falabella still runs SellerCenter.</source>
        <translation>Daraz, Lazada und Jumia nutzen inzwischen andere APIs und werden nicht unterstützt; Falabella betreibt SellerCenter weiterhin.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="92"/>
        <source>Seller Center: My account</source>
        <translation>Seller Center: Mein Konto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="99"/>
        <source>none: pick one per file</source>
        <translation>keiner: pro Datei wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="107"/>
        <source>default (60 a minute)</source>
        <translation>Standard (60 pro Minute)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="108"/>
        <source> requests a minute</source>
        <translation> Anfragen pro Minute</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="114"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="115"/>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="116"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="117"/>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="118"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="119"/>
        <source>Seller ID:</source>
        <translation>Seller-ID:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="120"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="156"/>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="121"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="122"/>
        <source>Default cancel reason:</source>
        <translation>Standard-Stornogrund:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="123"/>
        <source>Default delivery type:</source>
        <translation>Standard-Lieferart:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="124"/>
        <source>Request budget:</source>
        <translation>Anfragelimit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="126"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="267"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="127"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="128"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="267"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="129"/>
        <source>Seller ID</source>
        <translation>Seller-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="130"/>
        <source>Default cancel reason</source>
        <translation>Standard-Stornogrund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="131"/>
        <source>Default delivery type</source>
        <translation>Standard-Lieferart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="132"/>
        <source>Request budget</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="149"/>
        <source>UserID (e-mail):</source>
        <translation>UserID (E-Mail):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="150"/>
        <source>the Seller Center user&apos;s e-mail</source>
        <translation>die E-Mail des Seller-Center-Benutzers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="151"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="156"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="154"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="154"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="156"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="238"/>
        <source>UserID: enter the e-mail of the Seller Center user.</source>
        <translation>UserID: Geben Sie die E-Mail des Seller-Center-Benutzers ein.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="243"/>
        <source>Seller ID: enter Falabella&apos;s Seller ID (Seller Center: My account).</source>
        <translation>Seller-ID: Geben Sie die Seller-ID von Falabella ein (Seller Center: Mein Konto).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="253"/>
        <source>Username: enter the username of the marketplace account.</source>
        <translation>Benutzername: Geben Sie den Benutzernamen des Marktplatz-Kontos ein.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="47"/>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="54"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="58"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="61"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="80"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="83"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="89"/>
        <source>Safety and watched folders…</source>
        <translation>Sicherheit und überwachte Ordner…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="178"/>
        <source>Enter the password; it is kept in the keyring only.</source>
        <translation>Geben Sie das Passwort ein; es wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="180"/>
        <source>Enter the API key; it is kept in the keyring only.</source>
        <translation>Geben Sie den API-Schlüssel ein; er wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="191"/>
        <source>Saved. The password is in the system keyring.</source>
        <translation>Gespeichert. Das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="193"/>
        <source>Saved. The key is in the system keyring.</source>
        <translation>Gespeichert. Der Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="209"/>
        <source>Removed &apos;%1&apos; and its key.</source>
        <translation>„%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="221"/>
        <source>Save the profile first.</source>
        <translation>Speichern Sie zuerst das Profil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="235"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="244"/>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="254"/>
        <source>Connected. Signed in as %1.</source>
        <translation>Verbunden. Angemeldet als %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="256"/>
        <source>Connected. The key works; %Ln carrier(s) available.</source>
        <translation>
            <numerusform>Verbunden. Der Schlüssel funktioniert; %Ln Versanddienstleister verfügbar.</numerusform>
            <numerusform>Verbunden. Der Schlüssel funktioniert; %Ln Versanddienstleister verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="263"/>
        <source>Connected. The key works; %Ln shipment provider(s) available.</source>
        <translation>
            <numerusform>Verbunden. Der Schlüssel funktioniert; %Ln Versanddienstleister verfügbar.</numerusform>
            <numerusform>Verbunden. Der Schlüssel funktioniert; %Ln Versanddienstleister verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="34"/>
        <source>Jobs in flight</source>
        <translation>Laufende Vorgänge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="51"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="52"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="53"/>
        <source>Stop and quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="54"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="56"/>
        <source>Keep the window open</source>
        <translation>Fenster offen lassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="90"/>
        <source>Sent when the undo window ended, so no longer withdrawable: job %1.</source>
        <translation>
            <numerusform>Nach Ablauf der Bedenkzeit gesendet und daher nicht mehr zurückziehbar: Vorgang %1.</numerusform>
            <numerusform>Nach Ablauf der Bedenkzeit gesendet und daher nicht mehr zurückziehbar: Vorgänge %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="100"/>
        <source>%Ln job(s) are still in their undo window and have not been sent. Withdraw them, or send them now?</source>
        <translation>
            <numerusform>%Ln Vorgang ist noch in seiner Bedenkzeit und wurde nicht gesendet. Zurückziehen oder jetzt senden?</numerusform>
            <numerusform>%Ln Vorgänge sind noch in ihrer Bedenkzeit und wurden nicht gesendet. Zurückziehen oder jetzt senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="109"/>
        <source>%Ln job(s) are being sent. Stop them and quit (Resume goes on with them later), or keep the window open?</source>
        <translation>
            <numerusform>%Ln Vorgang wird gerade gesendet. Anhalten und beenden („Fortsetzen“ setzt ihn später fort) oder das Fenster offen lassen?</numerusform>
            <numerusform>%Ln Vorgänge werden gerade gesendet. Anhalten und beenden („Fortsetzen“ setzt sie später fort) oder das Fenster offen lassen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="116"/>
        <source>Nothing is waiting or being sent any more.</source>
        <translation>Nichts wartet mehr oder wird noch gesendet.</translation>
    </message>
</context>
<context>
    <name>RememberedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="27"/>
        <source>Remembered columns and carriers</source>
        <translation>Gemerkte Spalten und Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="32"/>
        <source>Seller Desk remembers the columns you chose for a file&apos;s headers and the values you picked for rows without one. Forget a choice to be asked again.</source>
        <translation>Seller Desk merkt sich die Spalten, die Sie für die Spaltenköpfe einer Datei gewählt haben, und die Werte für Zeilen ohne eigenen Wert. Vergessen Sie eine Wahl, um wieder gefragt zu werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="40"/>
        <source>&amp;Forget selected</source>
        <translation>Auswahl &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="43"/>
        <source>Forget &amp;all</source>
        <translation>&amp;Alles vergessen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="62"/>
        <source>%1 ← column “%2” (files with the columns %3)</source>
        <translation>%1 ← Spalte „%2“ (Dateien mit den Spalten %3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="67"/>
        <source>%1: carrier %2 for rows without one</source>
        <translation>%1: Versanddienstleister %2 für Zeilen ohne Angabe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="72"/>
        <source>%1: %2 “%3” for rows without one</source>
        <translation>%1: %2 „%3“ für Zeilen ohne Angabe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="77"/>
        <source>Nothing is remembered.</source>
        <translation>Nichts gemerkt.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="69"/>
        <source>Jobs</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="97"/>
        <source>Rows of the selected job</source>
        <translation>Zeilen des gewählten Vorgangs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="111"/>
        <source>Search jobs and rows (Ctrl+F)</source>
        <translation>Vorgänge und Zeilen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="112"/>
        <source>Search jobs and rows</source>
        <translation>Vorgänge und Zeilen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="117"/>
        <location filename="../../desktop_app/ui/results_tab.py" line="380"/>
        <source>Select a job to see its rows.</source>
        <translation>Wählen Sie einen Vorgang, um seine Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="122"/>
        <source>Show rows with outcome</source>
        <translation>Zeilen mit Ergebnis zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="123"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="137"/>
        <source>&amp;Retry failed…</source>
        <translation>Fehlgeschlagene &amp;wiederholen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="140"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="143"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="149"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="152"/>
        <source>Stop the selected job before its next request; Resume goes on (Ctrl+.)</source>
        <translation>Den gewählten Vorgang vor seiner nächsten Anfrage anhalten; „Fortsetzen“ setzt ihn fort (Strg+.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="158"/>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="216"/>
        <source>Retry failed…</source>
        <translation>Fehlgeschlagene wiederholen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="217"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="218"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="225"/>
        <source>Show only this outcome</source>
        <translation>Nur dieses Ergebnis zeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/results_tab.py" line="500"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="146"/>
        <source>Go on with the selected job now: it waits, stalled or was interrupted</source>
        <translation>Den gewählten Vorgang jetzt fortsetzen: Er wartet, stockt oder wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="361"/>
        <source>rows show when the job stops</source>
        <translation>die Zeilen erscheinen, wenn der Vorgang endet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="393"/>
        <source>Job %1 · %2</source>
        <translation>Vorgang %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="423"/>
        <source>Job %1 is being sent already; it can no longer be withdrawn.</source>
        <translation>Vorgang %1 wird bereits gesendet; er kann nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="456"/>
        <source>Job %1 stops before its next request; Resume goes on with it later.</source>
        <translation>Vorgang %1 hält vor seiner nächsten Anfrage an; „Fortsetzen“ setzt ihn später fort.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="482"/>
        <source>retry of job %1</source>
        <translation>Wiederholung von Vorgang %1</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="27"/>
        <source>Retry failed rows of job %1</source>
        <translation>Fehlgeschlagene Zeilen von Vorgang %1 erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="32"/>
        <source>%Ln failed row(s) may succeed when sent again.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagene Zeile kann beim erneuten Senden gelingen.</numerusform>
            <numerusform>%Ln fehlgeschlagene Zeilen können beim erneuten Senden gelingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="35"/>
        <source>%Ln cannot succeed as they are: the marketplace refused the items themselves.</source>
        <translation>
            <numerusform>%Ln kann so nicht gelingen: Der Marktplatz hat die Position selbst abgelehnt.</numerusform>
            <numerusform>%Ln können so nicht gelingen: Der Marktplatz hat die Positionen selbst abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Order items</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="59"/>
        <source>&amp;Add these %Ln row(s) anyway (e.g. after fixing them in the marketplace)</source>
        <translation>
            <numerusform>Diese %Ln Zeile trotzdem &amp;hinzufügen (z. B. nach Korrektur im Marktplatz)</numerusform>
            <numerusform>Diese %Ln Zeilen trotzdem &amp;hinzufügen (z. B. nach Korrektur im Marktplatz)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="70"/>
        <source>Open for retry</source>
        <translation>Zum erneuten Senden öffnen</translation>
    </message>
</context>
<context>
    <name>RowDefaults</name>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="37"/>
        <source>Reason for rows without one:</source>
        <translation>Grund für Zeilen ohne Angabe:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="41"/>
        <source>Shipment provider for rows without one:</source>
        <translation>Versanddienstleister für Zeilen ohne Angabe:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="78"/>
        <source>list not loaded</source>
        <translation>Liste nicht geladen</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="27"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="28"/>
        <source>Order items</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="29"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="30"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="31"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="32"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="33"/>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="34"/>
        <source>Return tracking</source>
        <translation>Retouren-Sendungsnummer</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/safety.py" line="58"/>
        <source>%Ln job(s) from an earlier session were not sent. Send or withdraw them in Results.</source>
        <translation>
            <numerusform>%Ln Vorgang aus einer früheren Sitzung wurde nicht gesendet. Senden oder ziehen Sie ihn unter „Ergebnisse“ zurück.</numerusform>
            <numerusform>%Ln Vorgänge aus einer früheren Sitzung wurden nicht gesendet. Senden oder ziehen Sie sie unter „Ergebnisse“ zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="100"/>
        <source>job %1 waits for your confirmation in Results.</source>
        <translation>Vorgang %1 wartet unter „Ergebnisse“ auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="104"/>
        <source>job %1 is sent after its undo window.</source>
        <translation>Vorgang %1 wird nach seiner Bedenkzeit gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="108"/>
        <source>done; moved to processed/ with its report.</source>
        <translation>erledigt; mit Bericht nach processed/ verschoben.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="146"/>
        <source>Sending, then quitting…</source>
        <translation>Wird gesendet, dann beendet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="152"/>
        <source>Stopping, then quitting…</source>
        <translation>Wird angehalten, dann beendet…</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="14"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="15"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="44"/>
        <source>stored in the keyring — type to replace</source>
        <translation>im Schlüsselbund gespeichert — zum Ersetzen eintippen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="46"/>
        <source>type the password</source>
        <translation>Passwort eingeben</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="48"/>
        <source>paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="32"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="36"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="36"/>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="28"/>
        <source>journal: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="46"/>
        <source>Demo · in-process sandbox</source>
        <translation>Demo · eingebaute Sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="48"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="50"/>
        <source>Marketplace unreachable</source>
        <translation>Marktplatz nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="71"/>
        <source>%Ln job(s) running</source>
        <translation>
            <numerusform>%Ln Vorgang läuft</numerusform>
            <numerusform>%Ln Vorgänge laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="78"/>
        <source>key missing</source>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="82"/>
        <source>⟳ %1/%2 requests left this minute</source>
        <translation>⟳ %1/%2 Anfragen in dieser Minute übrig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="87"/>
        <source>Rate budget of the %1 endpoint, per %2 s window</source>
        <translation>Anfragelimit des Endpunkts %1, je Zeitfenster von %2 s</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="23"/>
        <source>%Ln valid</source>
        <translation>
            <numerusform>%Ln gültig</numerusform>
            <numerusform>%Ln gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="25"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln ungültig</numerusform>
            <numerusform>%Ln ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="28"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln doppelt</numerusform>
            <numerusform>%Ln doppelt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <location filename="../../desktop_app/ui/table_tools.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_tools.py" line="54"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="125"/>
        <location filename="../../desktop_app/ui/undo_panel.py" line="137"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="138"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="150"/>
        <source>Confirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="145"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="157"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="168"/>
        <source>%1 is sent in %2 s.</source>
        <translation>%1 wird in %2 s gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="173"/>
        <source>%1 was stopped. Resume goes on with it.</source>
        <translation>%1 wurde angehalten. „Fortsetzen“ setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="175"/>
        <source>%1 waits for your confirmation.</source>
        <translation>%1 wartet auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="176"/>
        <source>Not sent: %1. Send it now or undo it.</source>
        <translation>Nicht gesendet: %1. Jetzt senden oder rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="181"/>
        <source>cancel %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile stornieren</numerusform>
            <numerusform>%Ln Zeilen stornieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="183"/>
        <source>ship %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile versenden</numerusform>
            <numerusform>%Ln Zeilen versenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="186"/>
        <source>Job %1 (%2, %3)</source>
        <translation>Vorgang %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>WatchFolderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="94"/>
        <source>Safety and watched folders — %1</source>
        <translation>Sicherheit und überwachte Ordner — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="96"/>
        <source>Before sending</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="101"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="103"/>
        <source>Undo window:</source>
        <translation>Bedenkzeit:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="110"/>
        <source>Warn above this 7-day cancel share:</source>
        <translation>Warnen über diesem 7-Tage-Stornoanteil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="112"/>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="122"/>
        <source>Each new file is read once it has not changed for the time beside its folder (and Excel has closed it), sent after the undo window, then moved to processed/ or failed/ with a report.</source>
        <translation>Jede neue Datei wird gelesen, sobald sie sich für die neben ihrem Ordner angegebene Zeit nicht geändert hat (und Excel sie geschlossen hat), nach der Bedenkzeit gesendet und dann mit einem Bericht nach processed/ oder failed/ verschoben.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="131"/>
        <source>A PRODUCTION cancel from a folder always waits for your confirmation.</source>
        <translation>Eine Stornierung in PRODUKTION aus einem Ordner wartet immer auf Ihre Bestätigung.</translation>
    </message>
</context>
<context>
    <name>_FolderRow</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="45"/>
        <source>not watched</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="48"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="50"/>
        <source>Send without asking</source>
        <translation>Ohne Rückfrage senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="57"/>
        <source>after </source>
        <translation>nach </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="58"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="60"/>
        <source>A file is taken once it has not changed for this long.</source>
        <translation>Eine Datei wird übernommen, sobald sie sich so lange nicht geändert hat.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="61"/>
        <source>Unchanged for</source>
        <translation>Unverändert seit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="71"/>
        <source>Folder to watch</source>
        <translation>Zu überwachender Ordner</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="180"/>
        <source>%Ln of these order items are already in an unfinished job of this profile (job %1). Sending them again may apply them twice.</source>
        <translation>
            <numerusform>%Ln dieser Bestellpositionen ist bereits in einem nicht abgeschlossenen Vorgang dieses Profils (Vorgang %1). Erneutes Senden kann sie doppelt anwenden.</numerusform>
            <numerusform>%Ln dieser Bestellpositionen sind bereits in einem nicht abgeschlossenen Vorgang dieses Profils (Vorgang %1). Erneutes Senden kann sie doppelt anwenden.</numerusform>
        </translation>
    </message>
</context>
</TS>
