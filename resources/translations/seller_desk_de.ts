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
        <translation>Daten (Journal)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="26"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
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
        <location filename="../../desktop_app/ui/action_tab.py" line="68"/>
        <source>Stop reading</source>
        <translation>Einlesen abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="78"/>
        <location filename="../../desktop_app/ui/action_tab.py" line="226"/>
        <source>No file yet.</source>
        <translation>Noch keine Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="81"/>
        <source>Show problems only</source>
        <translation>Nur Probleme zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="84"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="85"/>
        <source>Leave the selected rows out of this job (Delete)</source>
        <translation>Die gewählten Zeilen aus diesem Auftrag nehmen (Entf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="145"/>
        <source>The clipboard holds no text; copy the ids and try again.</source>
        <translation>Die Zwischenablage enthält keinen Text; kopieren Sie die IDs und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="147"/>
        <source>pasted ids</source>
        <translation>eingefügte IDs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="152"/>
        <source>Choose or add a profile first.</source>
        <translation>Wählen oder erstellen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="154"/>
        <source>Asking the marketplace for open items…</source>
        <translation>Frage den Marktplatz nach offenen Positionen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="164"/>
        <source>No items were picked.</source>
        <translation>Es wurden keine Positionen gewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="167"/>
        <source>open items</source>
        <translation>offene Positionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="207"/>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="238"/>
        <source>Cancel %n item(s)…</source>
        <translation>
            <numerusform>%n Position stornieren…</numerusform>
            <numerusform>%n Positionen stornieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="240"/>
        <source>Ship %n item(s)…</source>
        <translation>
            <numerusform>%n Position versenden…</numerusform>
            <numerusform>%n Positionen versenden…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="269"/>
        <source>These rows were read for a %1 profile; read them again for this one.</source>
        <translation>Diese Zeilen wurden für ein %1-Profil gelesen; lesen Sie sie für dieses Profil neu ein.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="276"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="15"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="20"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="25"/>
        <source>Close notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
</context>
<context>
    <name>CancelRatePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="17"/>
        <source>This profile cancelled %n item(s) in the last 7 days.</source>
        <translation>
            <numerusform>Dieses Profil hat in den letzten 7 Tagen %n Position storniert.</numerusform>
            <numerusform>Dieses Profil hat in den letzten 7 Tagen %n Positionen storniert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="30"/>
        <source>Above the %1 % threshold: marketplaces may restrict or close a shop that cancels this much.</source>
        <translation>Über der Schwelle von %1 %: Marktplätze können einen Shop, der so viel storniert, einschränken oder schließen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="43"/>
        <source>With this job: %1 of %2 order items of the last 7 days (%3 %).</source>
        <translation>Mit diesem Auftrag: %1 von %2 Bestellpositionen der letzten 7 Tage (%3 %).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="49"/>
        <source>The marketplace lists no order of the last 7 days; no share shown.</source>
        <translation>Der Marktplatz listet keine Bestellung der letzten 7 Tage; kein Anteil angezeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="51"/>
        <source>The orders of the last 7 days could not be counted; no share shown.</source>
        <translation>Die Bestellungen der letzten 7 Tage konnten nicht gezählt werden; kein Anteil angezeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="52"/>
        <source>This marketplace cannot list its orders; no share shown.</source>
        <translation>Dieser Marktplatz kann seine Bestellungen nicht auflisten; kein Anteil angezeigt.</translation>
    </message>
</context>
<context>
    <name>CarrierPicker</name>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="25"/>
        <source>Carrier for rows without one</source>
        <translation>Versanddienstleister für Zeilen ohne Angabe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="28"/>
        <source>Carrier for rows without one:</source>
        <translation>Versanddienstleister für Zeilen ohne Angabe:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="43"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="47"/>
        <source>loading carriers…</source>
        <translation>lade Versanddienstleister…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="51"/>
        <source>carriers not checked</source>
        <translation>Versanddienstleister nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="43"/>
        <source>Cancel order items?</source>
        <translation>Bestellpositionen stornieren?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="43"/>
        <source>Ship order items?</source>
        <translation>Bestellpositionen versenden?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="50"/>
        <source>Cancel %n order item(s)</source>
        <translation>
            <numerusform>%n Bestellposition stornieren</numerusform>
            <numerusform>%n Bestellpositionen stornieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="52"/>
        <source>Ship %n order item(s)</source>
        <translation>
            <numerusform>%n Bestellposition versenden</numerusform>
            <numerusform>%n Bestellpositionen versenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="57"/>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Profil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="62"/>
        <source>, and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="63"/>
        <source>Order items: %1</source>
        <translation>Bestellpositionen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="68"/>
        <source>Cancelling cannot be undone.</source>
        <translation>Eine Stornierung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="70"/>
        <source>The buyers are told their items have shipped.</source>
        <translation>Die Käufer erfahren, dass ihre Artikel versandt wurden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="80"/>
        <source>Cancel items</source>
        <translation>Positionen stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="80"/>
        <source>Ship items</source>
        <translation>Positionen versenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="81"/>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="94"/>
        <source>I understand this changes %n real order item(s) in PRODUCTION.</source>
        <translation>
            <numerusform>Mir ist klar, dass dies %n echte Bestellposition in PRODUKTION ändert.</numerusform>
            <numerusform>Mir ist klar, dass dies %n echte Bestellpositionen in PRODUKTION ändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="101"/>
        <source>I cancel anyway, above the %1 % threshold.</source>
        <translation>Ich storniere trotzdem, über der Schwelle von %1 %.</translation>
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
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="48"/>
        <source>Paste ids</source>
        <translation>IDs einfügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="49"/>
        <source>Load open items…</source>
        <translation>Offene Positionen laden…</translation>
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
        <location filename="../../desktop_app/ui/environment_badge.py" line="24"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="24"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="26"/>
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
        <translation>Ihre Aufträge sind im Journal sicher. Die Details stehen auch in %1.</translation>
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
        <translation>Bestellpositionen öffnen</translation>
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
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="99"/>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>Das Einlesen wurde abgebrochen; nichts wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="119"/>
        <source>No column was chosen; the file was not read.</source>
        <translation>Es wurde keine Spalte gewählt; die Datei wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="37"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="38"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="39"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="40"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="41"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="42"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="46"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="49"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="50"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="51"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
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
        <location filename="../../desktop_app/ui/main_window.py" line="37"/>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="38"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="54"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="55"/>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="56"/>
        <location filename="../../desktop_app/ui/main_window.py" line="176"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59"/>
        <source>Cancel order items (Ctrl+1)</source>
        <translation>Bestellpositionen stornieren (Strg+1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60"/>
        <source>Ship order items (Ctrl+2)</source>
        <translation>Bestellpositionen versenden (Strg+2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="61"/>
        <source>Jobs and their outcomes (Ctrl+3)</source>
        <translation>Aufträge und ihre Ergebnisse (Strg+3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="154"/>
        <source>Resuming %n unfinished job(s) from an earlier session.</source>
        <translation>
            <numerusform>Setze %n unfertigen Auftrag aus einer früheren Sitzung fort.</numerusform>
            <numerusform>Setze %n unfertige Aufträge aus einer früheren Sitzung fort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="26"/>
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="30"/>
        <source>Seller Desk could not tell which column of %1 holds these fields.</source>
        <translation>Seller Desk konnte nicht erkennen, welche Spalte von %1 diese Felder enthält.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="34"/>
        <source>Your choice is remembered for files with the same columns.</source>
        <translation>Ihre Wahl gilt künftig für Dateien mit denselben Spalten.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="35"/>
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="42"/>
        <source>Job %1 (%2)</source>
        <translation>Auftrag %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="47"/>
        <source>withdrawn — nothing was sent.</source>
        <translation>zurückgezogen — nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="52"/>
        <source>finished — %1 succeeded, %2 failed.</source>
        <translation>fertig — %1 erfolgreich, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="56"/>
        <source>stopped.</source>
        <translation>angehalten.</translation>
    </message>
</context>
<context>
    <name>OpenItemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="94"/>
        <source>Open order items</source>
        <translation>Bestellpositionen öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="99"/>
        <source>%n open order item(s). Tick the ones to use.</source>
        <translation>
            <numerusform>%n offene Bestellposition. Haken Sie die gewünschten an.</numerusform>
            <numerusform>%n offene Bestellpositionen. Haken Sie die gewünschten an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="114"/>
        <source>Select all</source>
        <translation>Alle wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="115"/>
        <source>Select none</source>
        <translation>Keine wählen</translation>
    </message>
</context>
<context>
    <name>OpenItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="34"/>
        <source>Order item</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="35"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="36"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="37"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="38"/>
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
        <translation>Steckt fest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="36"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="37"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="44"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="46"/>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="82"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="83"/>
        <source>Order item</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="83"/>
        <source>Order items</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="96"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="97"/>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="99"/>
        <source>Return tracking</source>
        <translation>Retourennummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="106"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../desktop_app/ui/preview_table.py" line="17"/>
        <source>Preview of the rows</source>
        <translation>Vorschau der Zeilen</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="38"/>
        <source>Dropship (you ship it)</source>
        <translation>Dropship (Sie versenden)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="39"/>
        <source>Pickup (the provider collects)</source>
        <translation>Abholung (der Dienstleister holt ab)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="40"/>
        <source>Send to warehouse</source>
        <translation>An das Lager senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="57"/>
        <source>Sandbox (test data)</source>
        <translation>Sandbox (Testdaten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="58"/>
        <source>Production (real orders)</source>
        <translation>Produktion (echte Bestellungen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="67"/>
        <source>none: pick one per file</source>
        <translation>keiner: pro Datei wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="75"/>
        <source>default (60 a minute)</source>
        <translation>Standard (60 pro Minute)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="76"/>
        <source> requests a minute</source>
        <translation> Anfragen pro Minute</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="82"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="83"/>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="84"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="85"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="86"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="119"/>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="87"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="88"/>
        <source>Default cancel reason:</source>
        <translation>Standard-Stornogrund:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="89"/>
        <source>Default delivery type:</source>
        <translation>Standard-Lieferart:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="90"/>
        <source>Request budget:</source>
        <translation>Anfragebudget:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="92"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="204"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="93"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="204"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="94"/>
        <source>Default cancel reason</source>
        <translation>Standard-Stornogrund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="95"/>
        <source>Default delivery type</source>
        <translation>Standard-Lieferart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="96"/>
        <source>Request budget</source>
        <translation>Anfragebudget</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="112"/>
        <source>UserID (e-mail):</source>
        <translation>UserID (E-Mail):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="113"/>
        <source>the Seller Center user&apos;s e-mail</source>
        <translation>die E-Mail des Seller-Center-Benutzers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="114"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="119"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="117"/>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="117"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="119"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="184"/>
        <source>UserID: enter the e-mail of the Seller Center user.</source>
        <translation>UserID: Geben Sie die E-Mail des Seller-Center-Benutzers ein.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="190"/>
        <source>Username: enter the username of the marketplace account.</source>
        <translation>Benutzername: Geben Sie den Benutzernamen des Marktplatz-Kontos ein.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="43"/>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="50"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="54"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="57"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="76"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="79"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="85"/>
        <source>Safety and watched folders…</source>
        <translation>Sicherheit und überwachte Ordner…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="168"/>
        <source>Enter the password; it is kept in the keyring only.</source>
        <translation>Geben Sie das Passwort ein; es wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="170"/>
        <source>Enter the API key; it is kept in the keyring only.</source>
        <translation>Geben Sie den API-Schlüssel ein; er wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="181"/>
        <source>Saved. The password is in the system keyring.</source>
        <translation>Gespeichert. Das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="183"/>
        <source>Saved. The key is in the system keyring.</source>
        <translation>Gespeichert. Der Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="199"/>
        <source>Removed &apos;%1&apos; and its key.</source>
        <translation>„%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="211"/>
        <source>Save the profile first.</source>
        <translation>Speichern Sie zuerst das Profil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="221"/>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="230"/>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="240"/>
        <source>Connected. Signed in as %1.</source>
        <translation>Verbunden. Angemeldet als %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="242"/>
        <source>Connected. The key works; %n carrier(s) available.</source>
        <translation>
            <numerusform>Verbunden. Der Schlüssel funktioniert; %n Versanddienstleister verfügbar.</numerusform>
            <numerusform>Verbunden. Der Schlüssel funktioniert; %n Versanddienstleister verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="249"/>
        <source>Connected. The key works; %n shipment provider(s) available.</source>
        <translation>
            <numerusform>Verbunden. Der Schlüssel funktioniert; %n Versanddienstleister verfügbar.</numerusform>
            <numerusform>Verbunden. Der Schlüssel funktioniert; %n Versanddienstleister verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitCountdownDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="21"/>
        <source>Jobs not sent yet</source>
        <translation>Noch nicht gesendete Aufträge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="25"/>
        <source>%n job(s) are still in their undo window and have not been sent. Send them now, or withdraw them?</source>
        <translation>
            <numerusform>%n Auftrag ist noch in seiner Rückgängig-Frist und wurde nicht gesendet. Jetzt senden oder zurückziehen?</numerusform>
            <numerusform>%n Aufträge sind noch in ihrer Rückgängig-Frist und wurden nicht gesendet. Jetzt senden oder zurückziehen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="37"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="43"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="49"/>
        <source>Don&apos;t quit</source>
        <translation>Nicht beenden</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="60"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="69"/>
        <source>Rows of the selected job</source>
        <translation>Zeilen des gewählten Auftrags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="74"/>
        <location filename="../../desktop_app/ui/results_tab.py" line="245"/>
        <source>Select a job to see its rows.</source>
        <translation>Wählen Sie einen Auftrag, um seine Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="79"/>
        <source>Show rows with outcome</source>
        <translation>Zeilen mit Ergebnis zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="80"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="93"/>
        <source>Retry failed…</source>
        <translation>Fehlgeschlagene wiederholen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="96"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="99"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="102"/>
        <source>Go on with the selected job now: it waits, stalled or was interrupted</source>
        <translation>Den ausgewählten Auftrag jetzt fortsetzen: Er wartet, stockt oder wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="107"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="226"/>
        <source>rows show when the job stops</source>
        <translation>die Zeilen erscheinen, wenn der Auftrag endet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="256"/>
        <source>Job %1 · %2</source>
        <translation>Auftrag %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="285"/>
        <source>Job %1 is being sent already; it can no longer be withdrawn.</source>
        <translation>Auftrag %1 wird bereits gesendet; er kann nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="313"/>
        <source>retry of job %1</source>
        <translation>Wiederholung von Auftrag %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="331"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/results_tab.py" line="338"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowDefaults</name>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="36"/>
        <source>Reason for rows without one:</source>
        <translation>Grund für Zeilen ohne Grund:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="40"/>
        <source>Shipment provider for rows without one:</source>
        <translation>Versanddienstleister für Zeilen ohne einen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="77"/>
        <source>list not loaded</source>
        <translation>Liste nicht geladen</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="25"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="26"/>
        <source>Order items</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="27"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="28"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="29"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/safety.py" line="58"/>
        <source>%n job(s) from an earlier session were not sent. Send or withdraw them in Results.</source>
        <translation>
            <numerusform>%n Auftrag aus einer früheren Sitzung wurde nicht gesendet. Senden oder ziehen Sie ihn unter Ergebnisse zurück.</numerusform>
            <numerusform>%n Aufträge aus einer früheren Sitzung wurden nicht gesendet. Senden oder ziehen Sie sie unter Ergebnisse zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="100"/>
        <source>job %1 waits for your confirmation in Results.</source>
        <translation>Auftrag %1 wartet unter Ergebnisse auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="104"/>
        <source>job %1 is sent after its undo window.</source>
        <translation>Auftrag %1 wird nach seiner Rückgängig-Frist gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="108"/>
        <source>done; moved to processed/ with its report.</source>
        <translation>erledigt; mit Bericht nach processed/ verschoben.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="138"/>
        <source>Sending, then quitting…</source>
        <translation>Wird gesendet, dann beendet…</translation>
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
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="22"/>
        <source>journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="38"/>
        <source>Demo · in-process sandbox</source>
        <translation>Demo · eingebaute Sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="40"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="42"/>
        <source>Marketplace unreachable</source>
        <translation>Marktplatz nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="53"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="60"/>
        <source>⟳ %1/%2 requests left this minute</source>
        <translation>⟳ %1/%2 Anfragen in dieser Minute übrig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="65"/>
        <source>Rate budget of the %1 endpoint, per %2 s window</source>
        <translation>Anfragebudget des Endpunkts %1, je %2-s-Fenster</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="19"/>
        <source>%n valid</source>
        <translation>
            <numerusform>%n gültig</numerusform>
            <numerusform>%n gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="21"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="24"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doppelt</numerusform>
            <numerusform>%n doppelt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="87"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="88"/>
        <location filename="../../desktop_app/ui/undo_panel.py" line="105"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="94"/>
        <source>Confirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="99"/>
        <location filename="../../desktop_app/ui/undo_panel.py" line="108"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="118"/>
        <source>%1 is sent in %2 s.</source>
        <translation>%1 wird in %2 s gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="123"/>
        <source>%1 waits for your confirmation.</source>
        <translation>%1 wartet auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="124"/>
        <source>Not sent: %1. Send it now or withdraw it.</source>
        <translation>Nicht gesendet: %1. Jetzt senden oder zurückziehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="129"/>
        <source>cancel %n row(s)</source>
        <translation>
            <numerusform>%n Zeile stornieren</numerusform>
            <numerusform>%n Zeilen stornieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="131"/>
        <source>ship %n row(s)</source>
        <translation>
            <numerusform>%n Zeile versenden</numerusform>
            <numerusform>%n Zeilen versenden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="134"/>
        <source>Job %1 (%2, %3)</source>
        <translation>Auftrag %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>WatchFolderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="76"/>
        <source>Safety and watched folders — %1</source>
        <translation>Sicherheit und überwachte Ordner — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="79"/>
        <source>Before sending</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="84"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="86"/>
        <source>Undo window:</source>
        <translation>Rückgängig-Frist:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="93"/>
        <source>Warn above this 7-day cancel share:</source>
        <translation>Warnen über diesem 7-Tage-Stornoanteil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="95"/>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="102"/>
        <source>Each new file is read once it has stopped growing, sent after the undo window, then moved to processed/ or failed/ with a report.</source>
        <translation>Jede neue Datei wird gelesen, sobald sie nicht mehr wächst, nach der Rückgängig-Frist gesendet und dann mit einem Bericht nach processed/ oder failed/ verschoben.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="110"/>
        <source>A PRODUCTION cancel from a folder always waits for your confirmation.</source>
        <translation>Eine PRODUKTIV-Stornierung aus einem Ordner wartet immer auf Ihre Bestätigung.</translation>
    </message>
</context>
<context>
    <name>_FolderRow</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="39"/>
        <source>not watched</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="41"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="43"/>
        <source>Send without asking</source>
        <translation>Ohne Rückfrage senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="54"/>
        <source>Folder to watch</source>
        <translation>Zu überwachender Ordner</translation>
    </message>
</context>
</TS>
