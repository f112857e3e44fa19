<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="19" />
        <source>About Seller Desk</source>
        <translation>Über Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="24" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="25" />
        <source>Data (journal)</source>
        <translation>Daten (Journal)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="26" />
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="27" />
        <source>Settings and profiles</source>
        <translation>Einstellungen und Profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="35" />
        <source>Cancel and ship marketplace order items in bulk.</source>
        <translation>Bestellpositionen auf Marktplätzen gesammelt stornieren und versenden.</translation>
    </message>
</context>
<context>
    <name>ActionTab</name>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="68" />
        <source>Stop reading</source>
        <translation>Einlesen abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="78" />
        <location filename="../../desktop_app/ui/action_tab.py" line="237" />
        <source>No file yet.</source>
        <translation>Noch keine Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="81" />
        <source>Show problems only</source>
        <translation>Nur Probleme zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="84" />
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="85" />
        <source>Leave the selected rows out of this job (Delete)</source>
        <translation>Die gewählten Zeilen aus diesem Auftrag nehmen (Entf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="100" />
        <source>Preview of the rows</source>
        <translation>Vorschau der Zeilen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="163" />
        <source>The clipboard holds no text; copy the ids and try again.</source>
        <translation>Die Zwischenablage enthält keinen Text; kopieren Sie die IDs und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="165" />
        <source>pasted ids</source>
        <translation>eingefügte IDs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="170" />
        <source>Choose or add a profile first.</source>
        <translation>Wählen oder erstellen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="172" />
        <source>Asking the marketplace for open items…</source>
        <translation>Frage den Marktplatz nach offenen Positionen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="180" />
        <source>No items were picked.</source>
        <translation>Es wurden keine Positionen gewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="188" />
        <source>open items</source>
        <translation>offene Positionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="219" />
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="249" />
        <source>Cancel %n item(s)…</source>
        <translation><numerusform>%n Position stornieren…</numerusform><numerusform>%n Positionen stornieren…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="251" />
        <source>Ship %n item(s)…</source>
        <translation><numerusform>%n Position versenden…</numerusform><numerusform>%n Positionen versenden…</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="266" />
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="15" />
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="20" />
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="25" />
        <source>Close notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
</context>
<context>
    <name>CarrierPicker</name>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="25" />
        <source>Carrier for rows without one</source>
        <translation>Versanddienstleister für Zeilen ohne Angabe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="28" />
        <source>Carrier for rows without one:</source>
        <translation>Versanddienstleister für Zeilen ohne Angabe:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="43" />
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="47" />
        <source>loading carriers…</source>
        <translation>lade Versanddienstleister…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="51" />
        <source>carriers not checked</source>
        <translation>Versanddienstleister nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="32" />
        <source>Cancel order items?</source>
        <translation>Bestellpositionen stornieren?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="32" />
        <source>Ship order items?</source>
        <translation>Bestellpositionen versenden?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="39" />
        <source>Cancel %n order item(s)</source>
        <translation><numerusform>%n Bestellposition stornieren</numerusform><numerusform>%n Bestellpositionen stornieren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="41" />
        <source>Ship %n order item(s)</source>
        <translation><numerusform>%n Bestellposition versenden</numerusform><numerusform>%n Bestellpositionen versenden</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="46" />
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Profil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="51" />
        <source>, and %n more</source>
        <translation><numerusform> und %n weitere</numerusform><numerusform> und %n weitere</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="52" />
        <source>Order items: %1</source>
        <translation>Bestellpositionen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="57" />
        <source>Cancelling cannot be undone.</source>
        <translation>Eine Stornierung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="59" />
        <source>The buyers are told their items have shipped.</source>
        <translation>Die Käufer erfahren, dass ihre Artikel versandt wurden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="69" />
        <source>Cancel items</source>
        <translation>Positionen stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="69" />
        <source>Ship items</source>
        <translation>Positionen versenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="70" />
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="78" />
        <source>I understand this changes %n real order item(s) in PRODUCTION.</source>
        <translation><numerusform>Mir ist klar, dass dies %n echte Bestellposition in PRODUKTION ändert.</numerusform><numerusform>Mir ist klar, dass dies %n echte Bestellpositionen in PRODUKTION ändert.</numerusform></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="38" />
        <source>Drop zone for order item files</source>
        <translation>Ablagefläche für Dateien mit Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="40" />
        <source>Drop a CSV, TSV, TXT or Excel file here</source>
        <translation>CSV-, TSV-, TXT- oder Excel-Datei hier ablegen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="47" />
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="48" />
        <source>Paste ids</source>
        <translation>IDs einfügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="49" />
        <source>Load open items…</source>
        <translation>Offene Positionen laden…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="50" />
        <source>Open a file (Ctrl+O)</source>
        <translation>Eine Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="51" />
        <source>Paste order item ids from the clipboard (Ctrl+V)</source>
        <translation>Bestellpositions-IDs aus der Zwischenablage einfügen (Strg+V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="52" />
        <source>Pick from the items the marketplace lists as open</source>
        <translation>Aus den Positionen wählen, die der Marktplatz als offen führt</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="24" />
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="24" />
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="26" />
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="59" />
        <source>Something went wrong that Seller Desk did not expect.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="67" />
        <source>Seller Desk: error</source>
        <translation>Seller Desk: Fehler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="72" />
        <source>Your jobs are safe in the journal. The details are also in %1.</source>
        <translation>Ihre Aufträge sind im Journal sicher. Die Details stehen auch in %1.</translation>
    </message>
</context>
<context>
    <name>FilePrompts</name>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="17" />
        <source>Open order items</source>
        <translation>Bestellpositionen öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="29" />
        <source>Export rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="34" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="77" />
        <source>The import was cancelled; nothing was kept.</source>
        <translation>Das Einlesen wurde abgebrochen; nichts wurde übernommen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="97" />
        <source>No column was chosen; the file was not read.</source>
        <translation>Es wurde keine Spalte gewählt; die Datei wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="37" />
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="38" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="39" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="40" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="41" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="42" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="46" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="49" />
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="50" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="51" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="25" />
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="29" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="38" />
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="44" />
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="62" />
        <source>No profile yet — add one under Profiles…</source>
        <translation>Noch kein Profil — unter Profile… anlegen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="36" />
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="37" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="53" />
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="54" />
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="55" />
        <location filename="../../desktop_app/ui/main_window.py" line="172" />
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="58" />
        <source>Cancel order items (Ctrl+1)</source>
        <translation>Bestellpositionen stornieren (Strg+1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59" />
        <source>Ship order items (Ctrl+2)</source>
        <translation>Bestellpositionen versenden (Strg+2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60" />
        <source>Jobs and their outcomes (Ctrl+3)</source>
        <translation>Aufträge und ihre Ergebnisse (Strg+3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="152" />
        <source>Resuming %n unfinished job(s) from an earlier session.</source>
        <translation><numerusform>Setze %n unfertigen Auftrag aus einer früheren Sitzung fort.</numerusform><numerusform>Setze %n unfertige Aufträge aus einer früheren Sitzung fort.</numerusform></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="21" />
        <source>Order item id</source>
        <translation>Bestellpositions-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="22" />
        <source>Order item ids</source>
        <translation>Bestellpositions-IDs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="23" />
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="24" />
        <source>Shipment tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="25" />
        <source>Return tracking number</source>
        <translation>Retourennummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="36" />
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="40" />
        <source>Seller Desk could not tell which column of %1 holds these fields.</source>
        <translation>Seller Desk konnte nicht erkennen, welche Spalte von %1 diese Felder enthält.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="44" />
        <source>Your choice is remembered for files with the same columns.</source>
        <translation>Ihre Wahl gilt künftig für Dateien mit denselben Spalten.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="35" />
        <source>Seller Desk</source>
        <translation>Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="42" />
        <source>Job %1 (%2)</source>
        <translation>Auftrag %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="50" />
        <source>finished — %1 succeeded, %2 failed.</source>
        <translation>fertig — %1 erfolgreich, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="54" />
        <source>stopped.</source>
        <translation>angehalten.</translation>
    </message>
</context>
<context>
    <name>OpenItemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="90" />
        <source>Open order items</source>
        <translation>Bestellpositionen öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="95" />
        <source>%n open order item(s). Tick the ones to use.</source>
        <translation><numerusform>%n offene Bestellposition. Haken Sie die gewünschten an.</numerusform><numerusform>%n offene Bestellpositionen. Haken Sie die gewünschten an.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="110" />
        <source>Select all</source>
        <translation>Alle wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="111" />
        <source>Select none</source>
        <translation>Keine wählen</translation>
    </message>
</context>
<context>
    <name>OpenItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="33" />
        <source>Order item</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="34" />
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="35" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="36" />
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="37" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="14" />
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="15" />
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="16" />
        <source>duplicate</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="17" />
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="18" />
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="19" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="30" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="31" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="32" />
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="33" />
        <source>Stalled</source>
        <translation>Steckt fest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="34" />
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="35" />
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="42" />
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="44" />
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="40" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="41" />
        <source>Order item</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="41" />
        <source>Order items</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="45" />
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="46" />
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="48" />
        <source>Return tracking</source>
        <translation>Retourennummer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="53" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="54" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="47" />
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="53" />
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="57" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="60" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="78" />
        <source>Sandbox (test data)</source>
        <translation>Sandbox (Testdaten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="79" />
        <source>Production (real orders)</source>
        <translation>Produktion (echte Bestellungen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="85" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="88" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="89" />
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="90" />
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="91" />
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="92" />
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="93" />
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="95" />
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="188" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="96" />
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="188" />
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="97" />
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="108" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="111" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="204" />
        <source>Enter the API key; it is kept in the keyring only.</source>
        <translation>Geben Sie den API-Schlüssel ein; er wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="211" />
        <source>Saved. The key is in the system keyring.</source>
        <translation>Gespeichert. Der Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="226" />
        <source>Removed '%1' and its key.</source>
        <translation>„%1“ und sein Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="235" />
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="244" />
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="247" />
        <source>Connected. The key works; %n carrier(s) available.</source>
        <translation><numerusform>Verbunden. Der Schlüssel funktioniert; %n Versanddienstleister verfügbar.</numerusform><numerusform>Verbunden. Der Schlüssel funktioniert; %n Versanddienstleister verfügbar.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="55" />
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="64" />
        <source>Rows of the selected job</source>
        <translation>Zeilen des gewählten Auftrags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="69" />
        <location filename="../../desktop_app/ui/results_tab.py" line="196" />
        <source>Select a job to see its rows.</source>
        <translation>Wählen Sie einen Auftrag, um seine Zeilen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="74" />
        <source>Show rows with outcome</source>
        <translation>Zeilen mit Ergebnis zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="75" />
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="87" />
        <source>Retry failed…</source>
        <translation>Fehlgeschlagene wiederholen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="90" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="95" />
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="177" />
        <source>rows show when the job stops</source>
        <translation>die Zeilen erscheinen, wenn der Auftrag endet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="207" />
        <source>Job %1 · %2</source>
        <translation>Auftrag %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="230" />
        <source>retry of job %1</source>
        <translation>Wiederholung von Auftrag %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="248" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/results_tab.py" line="254" />
        <source>Wrote %n row(s) to %1.</source>
        <translation><numerusform>%n Zeile nach %1 geschrieben.</numerusform><numerusform>%n Zeilen nach %1 geschrieben.</numerusform></translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="25" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="26" />
        <source>Order items</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="27" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="28" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="29" />
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="14" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="15" />
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="32" />
        <source>stored in the keyring — type to replace</source>
        <translation>im Schlüsselbund gespeichert — zum Ersetzen eintippen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="34" />
        <source>paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="22" />
        <source>journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="38" />
        <source>Demo · in-process sandbox</source>
        <translation>Demo · eingebaute Sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="40" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="42" />
        <source>Marketplace unreachable</source>
        <translation>Marktplatz nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="53" />
        <source>%n job(s) running</source>
        <translation><numerusform>%n Auftrag läuft</numerusform><numerusform>%n Aufträge laufen</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="60" />
        <source>⟳ %1/%2 requests left this minute</source>
        <translation>⟳ %1/%2 Anfragen in dieser Minute übrig</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="65" />
        <source>Rate budget of the %1 endpoint, per %2 s window</source>
        <translation>Anfragebudget des Endpunkts %1, je %2-s-Fenster</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="19" />
        <source>%n valid</source>
        <translation><numerusform>%n gültig</numerusform><numerusform>%n gültig</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="21" />
        <source>%n invalid</source>
        <translation><numerusform>%n ungültig</numerusform><numerusform>%n ungültig</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="24" />
        <source>%n duplicate(s)</source>
        <translation><numerusform>%n doppelt</numerusform><numerusform>%n doppelt</numerusform></translation>
    </message>
</context>
</TS>