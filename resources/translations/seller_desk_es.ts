<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="19"/>
        <source>About Seller Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="24"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="25"/>
        <source>Data (journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="26"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="27"/>
        <source>Settings and profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="35"/>
        <source>Cancel and ship marketplace order items in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTab</name>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="76"/>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="86"/>
        <location filename="../../desktop_app/ui/action_tab.py" line="333"/>
        <source>No file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="89"/>
        <source>Show &amp;problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="92"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="94"/>
        <source>Leave the selected rows out of this job (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="96"/>
        <source>Save pro&amp;blems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="99"/>
        <source>Save the invalid and duplicate rows with their reasons, to fix and read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="106"/>
        <source>Find ids or problems (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="107"/>
        <source>Find rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="126"/>
        <source>Remove selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="177"/>
        <source>The clipboard holds no text; copy the ids and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="179"/>
        <source>pasted ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="184"/>
        <source>Choose or add a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="186"/>
        <source>Asking the marketplace for open items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="196"/>
        <source>No items were picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="199"/>
        <source>open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="229"/>
        <source>%n row(s) hold items an earlier job already cancelled or shipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="284"/>
        <source>Saved %n problem row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="277"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="314"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="337"/>
        <source>%1 done by earlier jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="350"/>
        <source>Cancel %n item(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="352"/>
        <source>Ship %n item(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="381"/>
        <source>These rows were read for a %1 profile; read them again for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="389"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="22"/>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="27"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="34"/>
        <source>Close notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelRatePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="17"/>
        <source>This profile cancelled %n item(s) in the last 7 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="30"/>
        <source>Above the %1 % threshold: marketplaces may restrict or close a shop that cancels this much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="43"/>
        <source>With this job: %1 of %2 order items of the last 7 days (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="49"/>
        <source>The marketplace lists no order of the last 7 days; no share shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="51"/>
        <source>The orders of the last 7 days could not be counted; no share shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="52"/>
        <source>This marketplace cannot list its orders; no share shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierPicker</name>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="26"/>
        <source>Carrier for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="29"/>
        <source>Carrier for rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="44"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="48"/>
        <source>loading carriers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="52"/>
        <source>carriers not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="53"/>
        <source>Cancel order items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="53"/>
        <source>Ship order items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="60"/>
        <source>Cancel %n order item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="62"/>
        <source>Ship %n order item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="67"/>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="72"/>
        <source>, and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="73"/>
        <source>Order items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="80"/>
        <source>%n row(s) of the file are left out (invalid or duplicate); they are not sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="92"/>
        <source>Cancelling cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="94"/>
        <source>The buyers are told their items have shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="104"/>
        <source>Cancel items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="104"/>
        <source>Ship items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="105"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="118"/>
        <source>I understand this changes %n real order item(s) in PRODUCTION.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="125"/>
        <source>I cancel anyway, above the %1 % threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="139"/>
        <source>I send these items again anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="153"/>
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="155"/>
        <source>the marketplace allows %1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="160"/>
        <source>Takes under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="162"/>
        <source>Takes about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="28"/>
        <source>Seller Desk: the journal is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="36"/>
        <source>Seller Desk can rename it to %1.damaged-DATE, keep it there, and start a new journal. The job history in the old file is not carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="44"/>
        <source>Move it aside and start a new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="48"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="38"/>
        <source>Drop zone for order item files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="40"/>
        <source>Drop a CSV, TSV, TXT or Excel file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="47"/>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="48"/>
        <source>P&amp;aste ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="49"/>
        <source>&amp;Load open items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="50"/>
        <source>Open a file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="51"/>
        <source>Paste order item ids from the clipboard (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="52"/>
        <source>Pick from the items the marketplace lists as open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="14"/>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="15"/>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="32"/>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="59"/>
        <source>Something went wrong that Seller Desk did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="67"/>
        <source>Seller Desk: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="72"/>
        <source>Your jobs are safe in the journal. The details are also in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="10"/>
        <source>Order item id</source>
        <translation>ID de artículo del pedido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="11"/>
        <location filename="../../desktop_app/ui/field_labels.py" line="16"/>
        <source>Order item ids</source>
        <translation>IDs de artículos del pedido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="12"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="13"/>
        <source>Shipment tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="14"/>
        <source>Return tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="17"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="18"/>
        <source>Reason detail</source>
        <translation>Detalle del motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="19"/>
        <source>Shipment provider</source>
        <translation>Proveedor de envío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="20"/>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="21"/>
        <source>Delivery type</source>
        <translation>Tipo de entrega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="23"/>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="24"/>
        <source>Product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="25"/>
        <source>Variant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="26"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="27"/>
        <source>Tracking id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="28"/>
        <source>Delivery partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="29"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="30"/>
        <source>Dispatch date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="31"/>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="32"/>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="33"/>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../desktop_app/ui/field_picker.py" line="44"/>
        <source>Profile default: %1</source>
        <translation>Predeterminado del perfil: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_picker.py" line="46"/>
        <source>(none — the file says)</source>
        <translation>(ninguno: lo indica el archivo)</translation>
    </message>
</context>
<context>
    <name>FilePrompts</name>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="17"/>
        <source>Open order items</source>
        <translation type="unfinished">Artículos de pedido abiertos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="29"/>
        <source>Export rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="34"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="37"/>
        <source>Columns and templates — Seller Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="50"/>
        <source>&amp;Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="52"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Also read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="64"/>
        <source>&amp;Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="67"/>
        <source>Save sample &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="69"/>
        <source>Rows of the demo marketplace, ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="100"/>
        <source>A cancel file for %1 may hold these columns, in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="102"/>
        <source>A ship file for %1 may hold these columns, in any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="108"/>
        <source>Headers are matched without regard to case, spaces or punctuation; other columns are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="115"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="115"/>
        <source>optional</source>
        <translation type="unfinished">opcional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="140"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="146"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="148"/>
        <source>with %1 sample rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="109"/>
        <source>The import was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="129"/>
        <source>No column was chosen; the file was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobLook</name>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="44"/>
        <source>Withdrawn — nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="51"/>
        <source>Finished with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="56"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="60"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="64"/>
        <source>Rate limit · on in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="69"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="73"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="77"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="79"/>
        <source>Waiting for the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="83"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="85"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="99"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="102"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="104"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="44"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="45"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="46"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="47"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="48"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="49"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="53"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="56"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="57"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="58"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="87"/>
        <source>nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="130"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="24"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="28"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="37"/>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="43"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="61"/>
        <source>No profile yet — add one under Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="42"/>
        <source>Seller Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="43"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60"/>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="61"/>
        <location filename="../../desktop_app/ui/main_window.py" line="239"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64"/>
        <source>Cancel order items (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="65"/>
        <source>Ship order items (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="66"/>
        <source>Jobs and their outcomes (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Resuming %n unfinished job(s) from an earlier session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>%n stopped job(s) wait in Results; Resume goes on with them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="40"/>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="44"/>
        <source>Seller Desk could not tell which column of %1 holds these fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="48"/>
        <source>Your choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="56"/>
        <source>Carrier for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="62"/>
        <source>— choose a column —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="65"/>
        <source>Not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="67"/>
        <source>The same carrier for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="76"/>
        <source>Carrier for every row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="98"/>
        <source>Choose a column for every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="101"/>
        <source>The marketplace needs the %1 of every row: without it this file cannot be sent. Add the column to the file, or choose the column that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="105"/>
        <source>Or pick the same carrier for every row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="23"/>
        <source>Open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="24"/>
        <source>Paste order item ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="25"/>
        <source>Send the rows of the current tab (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="26"/>
        <source>Export the selected job&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="27"/>
        <source>Search jobs and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="28"/>
        <source>Undo: withdraw the job counting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="29"/>
        <source>Retry the selected job&apos;s failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="30"/>
        <source>Cancel, Ship, Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="33"/>
        <source>Copy the selected cells (tab-separated, pastes into Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="35"/>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="36"/>
        <source>Leave the selected rows out of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="37"/>
        <source>Columns and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="38"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="49"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="53"/>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="60"/>
        <source>&amp;Paste ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="67"/>
        <source>&amp;Export rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="75"/>
        <source>P&amp;rofiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="82"/>
        <source>Remembered &amp;columns and carriers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="87"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="89"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="90"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="91"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="93"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="95"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="98"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="99"/>
        <source>&amp;Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="100"/>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="112"/>
        <source>Show &amp;problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="115"/>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="116"/>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="124"/>
        <source>&amp;Undo send (withdraw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="131"/>
        <source>&amp;Withdraw selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="135"/>
        <source>S&amp;top selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="139"/>
        <source>Res&amp;ume selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="146"/>
        <source>&amp;Retry failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="154"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="158"/>
        <source>&amp;Columns and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="165"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="172"/>
        <source>&amp;About Seller Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="36"/>
        <source>Seller Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="45"/>
        <source>Job %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="50"/>
        <source>withdrawn — nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="55"/>
        <source>finished — %1 succeeded, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="59"/>
        <source>stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenItemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="104"/>
        <source>Open order items</source>
        <translation>Artículos de pedido abiertos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="108"/>
        <source>%n open order item(s). Tick the ones to use.</source>
        <translation>
            <numerusform>%n artículo de pedido abierto. Marque los que quiera usar.</numerusform>
            <numerusform>%n artículos de pedido abiertos. Marque los que quiera usar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="112"/>
        <source>The first %1 open order items the marketplace lists (it may list more). Tick the ones to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="122"/>
        <source>Search by order item, order, SKU or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="138"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="139"/>
        <source>Select none</source>
        <translation>No seleccionar nada</translation>
    </message>
</context>
<context>
    <name>OpenItemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="35"/>
        <source>Order item</source>
        <translation>Artículo del pedido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="36"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="37"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="38"/>
        <source>Ordered</source>
        <translation>Pedido el</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="39"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="14"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="15"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="16"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="17"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="18"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="19"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="20"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="31"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="32"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="33"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="34"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="35"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="36"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="37"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="38"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="45"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="47"/>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialOrders</name>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="36"/>
        <source>Orders were not checked for items missing from the file: %1</source>
        <translation>No se revisó si a los pedidos les faltan artículos del archivo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="44"/>
        <source>Added the missing items of each partial order to its row.</source>
        <translation>Se agregaron a cada fila los artículos que faltaban de su pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="57"/>
        <source>Part of an order</source>
        <translation>Parte de un pedido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="59"/>
        <source>A row of this file lists only part of its order.</source>
        <translation>Una fila de este archivo incluye solo parte de su pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="63"/>
        <source>%1 rows of this file list only part of their order.</source>
        <translation>%1 filas de este archivo incluyen solo parte de su pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="67"/>
        <source>Falabella marks the whole order ready to ship, so its other items ship too.</source>
        <translation>Falabella marca todo el pedido como listo para enviar, así que sus demás artículos también se envían.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="73"/>
        <source>Add the missing items to those rows, so their results cover them?</source>
        <translation>¿Agregar los artículos que faltan a esas filas, para que sus resultados los incluyan?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="78"/>
        <source>Add the missing items</source>
        <translation>Agregar los artículos que faltan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="83"/>
        <source>Keep the rows as they are</source>
        <translation>Dejar las filas como están</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="89"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="90"/>
        <source>Order items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="90"/>
        <source>Order item</source>
        <translation type="unfinished">Artículo del pedido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="103"/>
        <source>Carrier</source>
        <translation type="unfinished">Transportista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="104"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="106"/>
        <source>Return tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="112"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="113"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../desktop_app/ui/preview_table.py" line="17"/>
        <source>Preview of the rows</source>
        <translation type="unfinished"></translation>
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
        <translation>Falabella Colombia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="52"/>
        <source>Falabella Peru</source>
        <translation>Falabella Perú</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="55"/>
        <source>Dropship (you ship it)</source>
        <translation>Dropship (usted lo envía)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="56"/>
        <source>Pickup (the provider collects)</source>
        <translation>Retiro (el proveedor lo recoge)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="57"/>
        <source>Send to warehouse</source>
        <translation>Enviar a la bodega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="74"/>
        <source>Sandbox (test data)</source>
        <translation>Sandbox (datos de prueba)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="75"/>
        <source>Production (real orders)</source>
        <translation>Producción (pedidos reales)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="83"/>
        <source>Other SellerCenter (custom host)</source>
        <translation>Otro SellerCenter (host propio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="86"/>
        <source>Daraz, Lazada and Jumia moved to other APIs and are not supported; Falabella still runs SellerCenter.</source>
        <translation>Daraz, Lazada y Jumia pasaron a otras API y no son compatibles; Falabella sigue usando SellerCenter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="92"/>
        <source>Seller Center: My account</source>
        <translation>Seller Center: Mi cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="99"/>
        <source>none: pick one per file</source>
        <translation>ninguno: elija uno por archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="107"/>
        <source>default (60 a minute)</source>
        <translation>predeterminado (60 por minuto)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="108"/>
        <source> requests a minute</source>
        <translation> solicitudes por minuto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="114"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="115"/>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="116"/>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="117"/>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="118"/>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="119"/>
        <source>Seller ID:</source>
        <translation>Seller ID:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="120"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="156"/>
        <source>User id:</source>
        <translation>ID de usuario:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="121"/>
        <source>API key:</source>
        <translation>Clave API:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="122"/>
        <source>Default cancel reason:</source>
        <translation>Motivo de cancelación predeterminado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="123"/>
        <source>Default delivery type:</source>
        <translation>Tipo de entrega predeterminado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="124"/>
        <source>Request budget:</source>
        <translation>Límite de solicitudes:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="126"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="267"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="127"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="128"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="267"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="129"/>
        <source>Seller ID</source>
        <translation>Seller ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="130"/>
        <source>Default cancel reason</source>
        <translation>Motivo de cancelación predeterminado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="131"/>
        <source>Default delivery type</source>
        <translation>Tipo de entrega predeterminado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="132"/>
        <source>Request budget</source>
        <translation>Límite de solicitudes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="149"/>
        <source>UserID (e-mail):</source>
        <translation>UserID (correo):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="150"/>
        <source>the Seller Center user&apos;s e-mail</source>
        <translation>el correo del usuario de Seller Center</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="151"/>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="156"/>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="154"/>
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="154"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="156"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="238"/>
        <source>UserID: enter the e-mail of the Seller Center user.</source>
        <translation>UserID: ingrese el correo del usuario de Seller Center.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="243"/>
        <source>Seller ID: enter Falabella&apos;s Seller ID (Seller Center: My account).</source>
        <translation>Seller ID: ingrese el Seller ID de Falabella (Seller Center: Mi cuenta).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="253"/>
        <source>Username: enter the username of the marketplace account.</source>
        <translation>Usuario: ingrese el usuario de la cuenta del marketplace.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="47"/>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="54"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="58"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="61"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="80"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="83"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="89"/>
        <source>Safety and watched folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="178"/>
        <source>Enter the password; it is kept in the keyring only.</source>
        <translation>Ingrese la contraseña; se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="180"/>
        <source>Enter the API key; it is kept in the keyring only.</source>
        <translation>Ingrese la clave API; se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="191"/>
        <source>Saved. The password is in the system keyring.</source>
        <translation>Guardado. La contraseña está en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="193"/>
        <source>Saved. The key is in the system keyring.</source>
        <translation>Guardado. La clave está en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="209"/>
        <source>Removed &apos;%1&apos; and its key.</source>
        <translation>Se eliminó «%1» y su clave.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="221"/>
        <source>Save the profile first.</source>
        <translation>Primero guarde el perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="235"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="244"/>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="254"/>
        <source>Connected. Signed in as %1.</source>
        <translation>Conectado. Sesión iniciada como %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="256"/>
        <source>Connected. The key works; %n carrier(s) available.</source>
        <translation>
            <numerusform>Conectado. La clave funciona; %n transportista disponible.</numerusform>
            <numerusform>Conectado. La clave funciona; %n transportistas disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="263"/>
        <source>Connected. The key works; %n shipment provider(s) available.</source>
        <translation>
            <numerusform>Conectado. La clave funciona; %n proveedor de envío disponible.</numerusform>
            <numerusform>Conectado. La clave funciona; %n proveedores de envío disponibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="34"/>
        <source>Jobs in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="51"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="52"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="53"/>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="54"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="56"/>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="90"/>
        <source>Sent when the undo window ended, so no longer withdrawable: job %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="100"/>
        <source>%n job(s) are still in their undo window and have not been sent. Withdraw them, or send them now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="109"/>
        <source>%n job(s) are being sent. Stop them and quit (Resume goes on with them later), or keep the window open?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="116"/>
        <source>Nothing is waiting or being sent any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="27"/>
        <source>Remembered columns and carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="32"/>
        <source>Seller Desk remembers the columns you chose for a file&apos;s headers and the values you picked for rows without one. Forget a choice to be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="40"/>
        <source>&amp;Forget selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="43"/>
        <source>Forget &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="62"/>
        <source>%1 ← column “%2” (files with the columns %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="67"/>
        <source>%1: carrier %2 for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="72"/>
        <source>%1: %2 “%3” for rows without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="77"/>
        <source>Nothing is remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="69"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="85"/>
        <source>Rows of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="97"/>
        <source>Search jobs and rows (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="98"/>
        <source>Search jobs and rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="103"/>
        <location filename="../../desktop_app/ui/results_tab.py" line="366"/>
        <source>Select a job to see its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="108"/>
        <source>Show rows with outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="109"/>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="123"/>
        <source>&amp;Retry failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="126"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="129"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="135"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="138"/>
        <source>Stop the selected job before its next request; Resume goes on (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="144"/>
        <source>Sh&amp;ow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="202"/>
        <source>Retry failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="203"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="204"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="211"/>
        <source>Show only this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="132"/>
        <source>Go on with the selected job now: it waits, stalled or was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="347"/>
        <source>rows show when the job stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="379"/>
        <source>Job %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="409"/>
        <source>Job %1 is being sent already; it can no longer be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="442"/>
        <source>Job %1 stops before its next request; Resume goes on with it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="468"/>
        <source>retry of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/results_tab.py" line="486"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="27"/>
        <source>Retry failed rows of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="32"/>
        <source>%n failed row(s) may succeed when sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="35"/>
        <source>%n cannot succeed as they are: the marketplace refused the items themselves.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Order items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="59"/>
        <source>&amp;Add these %n row(s) anyway (e.g. after fixing them in the marketplace)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="70"/>
        <source>Open for retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowDefaults</name>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="37"/>
        <source>Reason for rows without one:</source>
        <translation>Motivo para las filas sin motivo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="41"/>
        <source>Shipment provider for rows without one:</source>
        <translation>Proveedor de envío para las filas sin proveedor:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/row_defaults.py" line="78"/>
        <source>list not loaded</source>
        <translation>lista no cargada</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="27"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="28"/>
        <source>Order items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="29"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="30"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="31"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="32"/>
        <source>Carrier</source>
        <translation type="unfinished">Transportista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="33"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="34"/>
        <source>Return tracking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/safety.py" line="58"/>
        <source>%n job(s) from an earlier session were not sent. Send or withdraw them in Results.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="100"/>
        <source>job %1 waits for your confirmation in Results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="104"/>
        <source>job %1 is sent after its undo window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="108"/>
        <source>done; moved to processed/ with its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="146"/>
        <source>Sending, then quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="152"/>
        <source>Stopping, then quitting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="14"/>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="15"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="44"/>
        <source>stored in the keyring — type to replace</source>
        <translation>guardada en el llavero: escriba para reemplazarla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="46"/>
        <source>type the password</source>
        <translation>escriba la contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="48"/>
        <source>paste the key</source>
        <translation>pegue la clave</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="23"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="27"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="27"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="26"/>
        <source>journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="46"/>
        <source>Demo · in-process sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="48"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="50"/>
        <source>Marketplace unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="71"/>
        <source>%n job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="78"/>
        <source>key missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="82"/>
        <source>⟳ %1/%2 requests left this minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="87"/>
        <source>Rate budget of the %1 endpoint, per %2 s window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="23"/>
        <source>%n valid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="25"/>
        <source>%n invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="28"/>
        <source>%n duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <location filename="../../desktop_app/ui/table_tools.py" line="48"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_tools.py" line="53"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="125"/>
        <location filename="../../desktop_app/ui/undo_panel.py" line="137"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="138"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="150"/>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="145"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="157"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="168"/>
        <source>%1 is sent in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="173"/>
        <source>%1 was stopped. Resume goes on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="175"/>
        <source>%1 waits for your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="176"/>
        <source>Not sent: %1. Send it now or undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="181"/>
        <source>cancel %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="183"/>
        <source>ship %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="186"/>
        <source>Job %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchFolderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="92"/>
        <source>Safety and watched folders — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="95"/>
        <source>Before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="100"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="102"/>
        <source>Undo window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="109"/>
        <source>Warn above this 7-day cancel share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="111"/>
        <source>Watched folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="118"/>
        <source>Each new file is read once it has not changed for the time beside its folder (and Excel has closed it), sent after the undo window, then moved to processed/ or failed/ with a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="127"/>
        <source>A PRODUCTION cancel from a folder always waits for your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FolderRow</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="44"/>
        <source>not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="46"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="48"/>
        <source>Send without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="55"/>
        <source>after </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="56"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="58"/>
        <source>A file is taken once it has not changed for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="59"/>
        <source>Unchanged for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="69"/>
        <source>Folder to watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="172"/>
        <source>%n of these order items are already in an unfinished job of this profile (job %1). Sending them again may apply them twice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
