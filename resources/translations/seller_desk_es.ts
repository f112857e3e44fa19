<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="19"/>
        <source>About Seller Desk</source>
        <translation>Acerca de Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="24"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="25"/>
        <source>Data (journal)</source>
        <translation>Datos (registro)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="26"/>
        <source>Logs</source>
        <translation>Archivos de log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="27"/>
        <source>Settings and profiles</source>
        <translation>Configuración y perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about.py" line="35"/>
        <source>Cancel and ship marketplace order items in bulk.</source>
        <translation>Cancela y despacha ítems de órdenes del marketplace en lote.</translation>
    </message>
</context>
<context>
    <name>ActionTab</name>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="76"/>
        <source>Stop reading</source>
        <translation>Detener lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="86"/>
        <location filename="../../desktop_app/ui/action_tab.py" line="336"/>
        <source>No file yet.</source>
        <translation>Aún no hay archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="89"/>
        <source>Show &amp;problems only</source>
        <translation>Mostrar solo &amp;problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="92"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar selección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="94"/>
        <source>Leave the selected rows out of this job (Delete)</source>
        <translation>Quitar las filas seleccionadas de este proceso (Supr)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="96"/>
        <source>Save pro&amp;blems…</source>
        <translation>Guardar pro&amp;blemas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="99"/>
        <source>Save the invalid and duplicate rows with their reasons, to fix and read again</source>
        <translation>Guardar las filas inválidas y duplicadas con su motivo, para corregirlas y volver a leerlas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="106"/>
        <source>Find ids or problems</source>
        <translation>Buscar IDs o problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="107"/>
        <source>Find ids or problems (Ctrl+F)</source>
        <translation>Buscar IDs o problemas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="108"/>
        <source>Find rows</source>
        <translation>Buscar filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="127"/>
        <source>Remove selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="178"/>
        <source>The clipboard holds no text; copy the ids and try again.</source>
        <translation>El portapapeles no contiene texto; copia los IDs e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="180"/>
        <source>pasted ids</source>
        <translation>IDs pegados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="185"/>
        <source>Choose or add a profile first.</source>
        <translation>Primero elige o agrega un perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="187"/>
        <source>Asking the marketplace for open items…</source>
        <translation>Consultando al marketplace los ítems pendientes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="197"/>
        <source>No items were picked.</source>
        <translation>No se eligió ningún ítem.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="200"/>
        <source>open items</source>
        <translation>ítems pendientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="230"/>
        <source>%Ln row(s) hold items an earlier job already cancelled or shipped.</source>
        <translation>
            <numerusform>%Ln fila contiene ítems que un proceso anterior ya canceló o despachó.</numerusform>
            <numerusform>%Ln filas contienen ítems que un proceso anterior ya canceló o despachó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="353"/>
        <source>Cancel %Ln item(s)…</source>
        <translation>
            <numerusform>Cancelar %Ln ítem…</numerusform>
            <numerusform>Cancelar %Ln ítems…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="355"/>
        <source>Ship %Ln item(s)…</source>
        <translation>
            <numerusform>Despachar %Ln ítem…</numerusform>
            <numerusform>Despachar %Ln ítems…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="280"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="287"/>
        <source>Saved %Ln problem row(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %Ln fila con problemas en %1.</numerusform>
            <numerusform>Se guardaron %Ln filas con problemas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="317"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="340"/>
        <source>%1 done by earlier jobs</source>
        <translation>%1 ya hechas por procesos anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="384"/>
        <source>These rows were read for a %1 profile; read them again for this one.</source>
        <translation>Estas filas se leyeron para un perfil de %1; vuelve a leerlas para este.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_tab.py" line="392"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="22"/>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="27"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="34"/>
        <source>Close notification</source>
        <translation>Cerrar notificación</translation>
    </message>
</context>
<context>
    <name>CancelRatePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="18"/>
        <source>This profile cancelled %Ln item(s) in the last 7 days.</source>
        <translation>
            <numerusform>Este perfil canceló %Ln ítem en los últimos 7 días.</numerusform>
            <numerusform>Este perfil canceló %Ln ítems en los últimos 7 días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="31"/>
        <source>Above the %1 % threshold: marketplaces may restrict or close a shop that cancels this much.</source>
        <translation>Sobre el umbral de %1 %: los marketplaces pueden restringir o cerrar una tienda que cancela tanto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="44"/>
        <source>With this job: %1 of %2 order items of the last 7 days (%3 %).</source>
        <translation>Con este proceso: %1 de %2 ítems de órdenes de los últimos 7 días (%3 %).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="50"/>
        <source>The marketplace lists no order of the last 7 days; no share shown.</source>
        <translation>El marketplace no registra órdenes de los últimos 7 días; no se muestra la proporción.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="52"/>
        <source>The orders of the last 7 days could not be counted; no share shown.</source>
        <translation>No se pudieron contar las órdenes de los últimos 7 días; no se muestra la proporción.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="53"/>
        <source>This marketplace cannot list its orders; no share shown.</source>
        <translation>Este marketplace no puede listar sus órdenes; no se muestra la proporción.</translation>
    </message>
</context>
<context>
    <name>CarrierPicker</name>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="26"/>
        <source>Carrier for rows without one</source>
        <translation>Transportista para las filas sin transportista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="29"/>
        <source>Carrier for rows without one:</source>
        <translation>Transportista para las filas sin transportista:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="44"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="48"/>
        <source>loading carriers…</source>
        <translation>cargando transportistas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/carrier_picker.py" line="52"/>
        <source>carriers not checked</source>
        <translation>transportistas sin verificar</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="54"/>
        <source>Cancel order items?</source>
        <translation>¿Cancelar ítems de órdenes?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="54"/>
        <source>Ship order items?</source>
        <translation>¿Despachar ítems de órdenes?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="68"/>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Perfil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="74"/>
        <source>Order items: %1</source>
        <translation>Ítems de la orden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="61"/>
        <source>Cancel %Ln order item(s)</source>
        <translation>
            <numerusform>Cancelar %Ln ítem de orden</numerusform>
            <numerusform>Cancelar %Ln ítems de órdenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="63"/>
        <source>Ship %Ln order item(s)</source>
        <translation>
            <numerusform>Despachar %Ln ítem de orden</numerusform>
            <numerusform>Despachar %Ln ítems de órdenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="73"/>
        <source>, and %Ln more</source>
        <translation>
            <numerusform> y %Ln más</numerusform>
            <numerusform> y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="81"/>
        <source>%Ln row(s) of the file are left out (invalid or duplicate); they are not sent.</source>
        <translation>
            <numerusform>Se omite %Ln fila del archivo (inválida o duplicada); no se envía.</numerusform>
            <numerusform>Se omiten %Ln filas del archivo (inválidas o duplicadas); no se envían.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="94"/>
        <source>Cancelling cannot be undone.</source>
        <translation>Una cancelación no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="96"/>
        <source>The buyers are told their items have shipped.</source>
        <translation>Se avisa a los compradores que sus productos fueron despachados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="106"/>
        <source>Cancel items</source>
        <translation>Cancelar ítems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="106"/>
        <source>Ship items</source>
        <translation>Despachar ítems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="107"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="121"/>
        <source>I understand this changes %Ln real order item(s) in PRODUCTION.</source>
        <translation>
            <numerusform>Entiendo que esto cambia %Ln ítem real en PRODUCCIÓN.</numerusform>
            <numerusform>Entiendo que esto cambia %Ln ítems reales en PRODUCCIÓN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="157"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="129"/>
        <source>I cancel anyway, above the %1 % threshold.</source>
        <translation>Cancelo de todos modos, por encima del umbral de %1 %.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="143"/>
        <source>I send these items again anyway.</source>
        <translation>Envío estos ítems otra vez de todos modos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="160"/>
        <source>the marketplace allows %1 a minute</source>
        <translation>el marketplace permite %1 por minuto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="162"/>
        <source>the marketplace allows %1 per %2</source>
        <translation>el marketplace permite %1 por %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="168"/>
        <source>Takes under a minute</source>
        <translation>Tarda menos de un minuto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="170"/>
        <source>Takes about %1</source>
        <translation>Tarda unos %1</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="28"/>
        <source>Seller Desk: the journal is damaged</source>
        <translation>Seller Desk: el registro está dañado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="36"/>
        <source>Seller Desk can rename it to %1.damaged-DATE, keep it there, and start a new journal. The job history in the old file is not carried over.</source>
        <translation>Seller Desk puede renombrarlo a %1.damaged-FECHA, dejarlo ahí y empezar un registro nuevo. Los procesos del archivo anterior no se traspasan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="44"/>
        <source>Move it aside and start a new journal</source>
        <translation>Apartarlo y empezar un registro nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/damaged_journal.py" line="48"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="38"/>
        <source>Drop zone for order item files</source>
        <translation>Zona para soltar archivos de ítems de órdenes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="40"/>
        <source>Drop a CSV, TSV, TXT or Excel file here</source>
        <translation>Suelta aquí un archivo CSV, TSV, TXT o Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="47"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="48"/>
        <source>P&amp;aste ids</source>
        <translation>Pe&amp;gar IDs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="49"/>
        <source>&amp;Load open items…</source>
        <translation>&amp;Cargar ítems pendientes…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="50"/>
        <source>Open a file (Ctrl+O)</source>
        <translation>Abrir un archivo (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="51"/>
        <source>Paste order item ids from the clipboard (Ctrl+V)</source>
        <translation>Pegar IDs de ítems desde el portapapeles (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/drop_zone.py" line="52"/>
        <source>Pick from the items the marketplace lists as open</source>
        <translation>Elegir entre los ítems que el marketplace tiene pendientes</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="14"/>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="15"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/environment_badge.py" line="32"/>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="59"/>
        <source>Something went wrong that Seller Desk did not expect.</source>
        <translation>Ocurrió algo que Seller Desk no esperaba.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="67"/>
        <source>Seller Desk: error</source>
        <translation>Seller Desk: error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_hook.py" line="72"/>
        <source>Your jobs are safe in the journal. The details are also in %1.</source>
        <translation>Tus procesos están a salvo en el registro. Los detalles también están en %1.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="10"/>
        <source>Order item id</source>
        <translation>ID del ítem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="11"/>
        <location filename="../../desktop_app/ui/field_labels.py" line="16"/>
        <source>Order item ids</source>
        <translation>IDs de los ítems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="12"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="13"/>
        <source>Shipment tracking number</source>
        <translation>Número de seguimiento del envío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="14"/>
        <source>Return tracking number</source>
        <translation>Número de seguimiento de la devolución</translation>
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
        <translation>ID de la orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="24"/>
        <source>Product id</source>
        <translation>ID del producto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="25"/>
        <source>Variant id</source>
        <translation>ID de la variante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="26"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="27"/>
        <source>Tracking id</source>
        <translation>ID de seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="28"/>
        <source>Delivery partner</source>
        <translation>Socio logístico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="29"/>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="30"/>
        <source>Dispatch date</source>
        <translation>Fecha de despacho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="31"/>
        <source>Invoice date</source>
        <translation>Fecha de la factura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="32"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/field_labels.py" line="33"/>
        <source>Tracking link</source>
        <translation>Enlace de seguimiento</translation>
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
        <translation>Abrir archivo de ítems de órdenes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="29"/>
        <source>Export rows</source>
        <translation>Exportar filas</translation>
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
        <translation>Columnas y plantillas — Seller Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="50"/>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="52"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Needed</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Also read as</source>
        <translation>También se lee como</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="60"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="65"/>
        <source>&amp;Save template…</source>
        <translation>&amp;Guardar plantilla…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="68"/>
        <source>Save sample &amp;file…</source>
        <translation>Guardar &amp;archivo de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="70"/>
        <source>Rows of the demo marketplace, ready to send</source>
        <translation>Filas del marketplace de demostración, listas para enviar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="101"/>
        <source>A cancel file for %1 may hold these columns, in any order.</source>
        <translation>Un archivo de cancelación para %1 puede tener estas columnas, en cualquier orden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="103"/>
        <source>A ship file for %1 may hold these columns, in any order.</source>
        <translation>Un archivo de despacho para %1 puede tener estas columnas, en cualquier orden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="109"/>
        <source>Headers are matched without regard to case, spaces or punctuation; other columns are ignored.</source>
        <translation>Los encabezados se reconocen sin importar mayúsculas, espacios ni signos de puntuación; las demás columnas se ignoran.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="116"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="116"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="141"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="147"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_window.py" line="149"/>
        <source>with %1 sample rows.</source>
        <translation>con %1 filas de ejemplo.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="109"/>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>Se interrumpió la lectura; no se conservó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_flow.py" line="129"/>
        <source>No column was chosen; the file was not read.</source>
        <translation>No se eligió ninguna columna; el archivo no se leyó.</translation>
    </message>
</context>
<context>
    <name>JobLook</name>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="44"/>
        <source>Withdrawn — nothing sent</source>
        <translation>Retirado: no se envió nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="51"/>
        <source>Finished with failures</source>
        <translation>Finalizado con fallos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="56"/>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="60"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="64"/>
        <source>Rate limit · on in %1</source>
        <translation>Límite de solicitudes · sigue en %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="69"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="73"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="77"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="79"/>
        <source>Waiting for the marketplace</source>
        <translation>Esperando al marketplace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="83"/>
        <source>Stalled</source>
        <translation>Atascado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/job_look.py" line="85"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
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
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="45"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="46"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="47"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="48"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="49"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="53"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="56"/>
        <source>Succeeded</source>
        <translation>Exitosas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="57"/>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="58"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="86"/>
        <source>nothing sent</source>
        <translation>nada enviado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/jobs_model.py" line="129"/>
        <source>about %1 left</source>
        <translation>faltan unos %1</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="24"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="28"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="37"/>
        <source>Profiles…</source>
        <translation>Perfiles…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="43"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/toolbar.py" line="61"/>
        <source>No profile yet — add one under Profiles…</source>
        <translation>Aún no hay perfil: agrega uno en Perfiles…</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60"/>
        <source>Ship</source>
        <translation>Despachar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="61"/>
        <location filename="../../desktop_app/ui/main_window.py" line="241"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64"/>
        <source>Cancel order items (Ctrl+1)</source>
        <translation>Cancelar ítems de órdenes (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="65"/>
        <source>Ship order items (Ctrl+2)</source>
        <translation>Despachar ítems de órdenes (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="66"/>
        <source>Jobs and their outcomes (Ctrl+3)</source>
        <translation>Procesos y sus resultados (Ctrl+3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Resuming %Ln unfinished job(s) from an earlier session.</source>
        <translation>
            <numerusform>Reanudando %Ln proceso sin terminar de una sesión anterior.</numerusform>
            <numerusform>Reanudando %Ln procesos sin terminar de una sesión anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>%Ln stopped job(s) wait in Results; Resume goes on with them.</source>
        <translation>
            <numerusform>%Ln proceso detenido espera en Resultados; “Reanudar” lo continúa.</numerusform>
            <numerusform>%Ln procesos detenidos esperan en Resultados; “Reanudar” los continúa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="40"/>
        <source>Choose columns</source>
        <translation>Elegir columnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="44"/>
        <source>Seller Desk could not tell which column of %1 holds these fields.</source>
        <translation>Seller Desk no pudo saber qué columna de %1 contiene estos campos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="48"/>
        <source>Your choice is remembered for files with the same columns.</source>
        <translation>Tu elección se recuerda para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="56"/>
        <source>Carrier for every row</source>
        <translation>Transportista para todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="62"/>
        <source>— choose a column —</source>
        <translation>— elige una columna —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="65"/>
        <source>Not in this file</source>
        <translation>No está en este archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="67"/>
        <source>The same carrier for every row</source>
        <translation>El mismo transportista para todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="76"/>
        <source>Carrier for every row:</source>
        <translation>Transportista para todas las filas:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="98"/>
        <source>Choose a column for every field.</source>
        <translation>Elige una columna para cada campo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="101"/>
        <source>The marketplace needs the %1 of every row: without it this file cannot be sent. Add the column to the file, or choose the column that holds it.</source>
        <translation>El marketplace necesita el dato “%1” de cada fila: sin él, este archivo no se puede enviar. Agrega la columna al archivo o elige la columna que lo contiene.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mapping.py" line="105"/>
        <source>Or pick the same carrier for every row.</source>
        <translation>O elige el mismo transportista para todas las filas.</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="23"/>
        <source>Open a file</source>
        <translation>Abrir un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="24"/>
        <source>Paste order item ids</source>
        <translation>Pegar IDs de ítems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="25"/>
        <source>Send the rows of the current tab (asks first)</source>
        <translation>Enviar las filas de la pestaña actual (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="26"/>
        <source>Export the selected job&apos;s rows</source>
        <translation>Exportar las filas del proceso seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="27"/>
        <source>Search jobs and rows</source>
        <translation>Buscar procesos y filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="28"/>
        <source>Undo: withdraw the job counting down</source>
        <translation>Deshacer: retirar el proceso en cuenta regresiva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="29"/>
        <source>Retry the selected job&apos;s failed rows</source>
        <translation>Reintentar las filas fallidas del proceso seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="30"/>
        <source>Stop the selected job before its next request</source>
        <translation>Detener el proceso seleccionado antes de su próxima solicitud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="31"/>
        <source>Cancel, Ship, Results</source>
        <translation>Cancelar, Despachar, Resultados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="34"/>
        <source>Copy the selected cells (tab-separated, pastes into Excel)</source>
        <translation>Copiar las celdas seleccionadas (separadas por tabulaciones, se pegan en Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="36"/>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="37"/>
        <source>Leave the selected rows out of the job</source>
        <translation>Quitar las filas seleccionadas del proceso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="38"/>
        <source>Columns and templates</source>
        <translation>Columnas y plantillas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="39"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="50"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="54"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Abrir archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="61"/>
        <source>&amp;Paste ids</source>
        <translation>&amp;Pegar IDs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="68"/>
        <source>&amp;Export rows…</source>
        <translation>&amp;Exportar filas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="76"/>
        <source>P&amp;rofiles…</source>
        <translation>Pe&amp;rfiles…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="83"/>
        <source>Remembered &amp;columns and carriers…</source>
        <translation>&amp;Columnas y transportistas recordados…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="90"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="91"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="92"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="94"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="99"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="100"/>
        <source>&amp;Ship</source>
        <translation>&amp;Despachar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="101"/>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="113"/>
        <source>Show &amp;problems only</source>
        <translation>Mostrar solo &amp;problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="116"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Procesos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="117"/>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="125"/>
        <source>&amp;Undo send (withdraw)</source>
        <translation>&amp;Deshacer envío (retirar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="132"/>
        <source>&amp;Withdraw selected job</source>
        <translation>&amp;Retirar el proceso seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="136"/>
        <source>S&amp;top selected job</source>
        <translation>De&amp;tener el proceso seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="140"/>
        <source>Res&amp;ume selected job</source>
        <translation>Rea&amp;nudar el proceso seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="147"/>
        <source>&amp;Retry failed…</source>
        <translation>Reintentar &amp;fallidas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="155"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="159"/>
        <source>&amp;Columns and templates</source>
        <translation>&amp;Columnas y plantillas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="166"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/menu_bar.py" line="173"/>
        <source>&amp;About Seller Desk</source>
        <translation>Acerca &amp;de Seller Desk</translation>
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
        <translation>Proceso %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="50"/>
        <source>withdrawn — nothing was sent.</source>
        <translation>retirado: no se envió nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="55"/>
        <source>finished — %1 succeeded, %2 failed.</source>
        <translation>finalizado: %1 exitosas, %2 fallidas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifier.py" line="59"/>
        <source>stopped.</source>
        <translation>detenido.</translation>
    </message>
</context>
<context>
    <name>OpenItemsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="104"/>
        <source>Open order items</source>
        <translation>Ítems de órdenes pendientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="108"/>
        <source>%Ln open order item(s). Tick the ones to use.</source>
        <translation>
            <numerusform>%Ln ítem de orden pendiente. Marca los que quieras usar.</numerusform>
            <numerusform>%Ln ítems de órdenes pendientes. Marca los que quieras usar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="112"/>
        <source>The first %1 open order items the marketplace lists (it may list more). Tick the ones to use.</source>
        <translation>Los primeros %1 ítems pendientes que lista el marketplace (puede haber más). Marca los que quieras usar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="122"/>
        <source>Search by order item, order, SKU or country</source>
        <translation>Buscar por ítem, orden, SKU o país</translation>
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
        <translation>Ítem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="36"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="37"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="38"/>
        <source>Ordered</source>
        <translation>Fecha de la orden</translation>
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
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="15"/>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="16"/>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="17"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="18"/>
        <source>succeeded</source>
        <translation>exitosa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="19"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="20"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="31"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="32"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="33"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="34"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="35"/>
        <source>Stalled</source>
        <translation>Atascado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="36"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="37"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="38"/>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="45"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outcomes.py" line="47"/>
        <source>Ship</source>
        <translation>Despachar</translation>
    </message>
</context>
<context>
    <name>PartialOrders</name>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="36"/>
        <source>Orders were not checked for items missing from the file: %1</source>
        <translation>No se revisó si a las órdenes les faltan ítems del archivo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="44"/>
        <source>Added the missing items of each partial order to its row.</source>
        <translation>Se agregaron a cada fila los ítems que faltaban de su orden parcial.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="57"/>
        <source>Part of an order</source>
        <translation>Parte de una orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="59"/>
        <source>A row of this file lists only part of its order.</source>
        <translation>Una fila de este archivo incluye solo parte de su orden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="63"/>
        <source>%1 rows of this file list only part of their order.</source>
        <translation>%1 filas de este archivo incluyen solo parte de su orden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="67"/>
        <source>Falabella marks the whole order ready to ship, so its other items ship too.</source>
        <translation>Falabella marca toda la orden como lista para despacho, así que sus demás ítems también se despachan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="73"/>
        <source>Add the missing items to those rows, so their results cover them?</source>
        <translation>¿Agregar los ítems que faltan a esas filas, para que sus resultados los incluyan?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/partial_orders.py" line="78"/>
        <source>Add the missing items</source>
        <translation>Agregar los ítems que faltan</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="90"/>
        <source>Order items</source>
        <translation>Ítems de la orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="90"/>
        <source>Order item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="103"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="104"/>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="106"/>
        <source>Return tracking</source>
        <translation>Seguimiento de devolución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="112"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview_model.py" line="113"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../desktop_app/ui/preview_table.py" line="18"/>
        <source>Preview of the rows</source>
        <translation>Vista previa de las filas</translation>
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
        <translation>Dropship (tú lo despachas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="56"/>
        <source>Pickup (the provider collects)</source>
        <translation>Retiro (el proveedor lo retira)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="57"/>
        <source>Send to warehouse</source>
        <translation>Enviar a bodega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="74"/>
        <source>Sandbox (test data)</source>
        <translation>Sandbox (datos de prueba)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="75"/>
        <source>Production (real orders)</source>
        <translation>Producción (órdenes reales)</translation>
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
        <translation>ninguno: elige uno por archivo</translation>
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
        <translation>UserID: ingresa el correo del usuario de Seller Center.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="243"/>
        <source>Seller ID: enter Falabella&apos;s Seller ID (Seller Center: My account).</source>
        <translation>Seller ID: ingresa el Seller ID de Falabella (Seller Center: Mi cuenta).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_form.py" line="253"/>
        <source>Username: enter the username of the marketplace account.</source>
        <translation>Usuario: ingresa el usuario de la cuenta del marketplace.</translation>
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
        <translation>Seguridad y carpetas vigiladas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="178"/>
        <source>Enter the password; it is kept in the keyring only.</source>
        <translation>Ingresa la contraseña; se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="180"/>
        <source>Enter the API key; it is kept in the keyring only.</source>
        <translation>Ingresa la clave API; se guarda solo en el llavero del sistema.</translation>
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
        <translation>Se eliminó “%1” y su clave.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="221"/>
        <source>Save the profile first.</source>
        <translation>Primero guarda el perfil.</translation>
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
        <source>Connected. The key works; %Ln carrier(s) available.</source>
        <translation>
            <numerusform>Conectado. La clave funciona; hay %Ln transportista disponible.</numerusform>
            <numerusform>Conectado. La clave funciona; hay %Ln transportistas disponibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="263"/>
        <source>Connected. The key works; %Ln shipment provider(s) available.</source>
        <translation>
            <numerusform>Conectado. La clave funciona; hay %Ln proveedor de envío disponible.</numerusform>
            <numerusform>Conectado. La clave funciona; hay %Ln proveedores de envío disponibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="34"/>
        <source>Jobs in flight</source>
        <translation>Procesos en curso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="51"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="52"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="53"/>
        <source>Stop and quit</source>
        <translation>Detener y salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="54"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="56"/>
        <source>Keep the window open</source>
        <translation>Mantener la ventana abierta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="90"/>
        <source>Sent when the undo window ended, so no longer withdrawable: job %1.</source>
        <translation>
            <numerusform>Se envió al terminar el plazo para deshacer, así que ya no se puede retirar: proceso %1.</numerusform>
            <numerusform>Se enviaron al terminar el plazo para deshacer, así que ya no se pueden retirar: procesos %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="100"/>
        <source>%Ln job(s) are still in their undo window and have not been sent. Withdraw them, or send them now?</source>
        <translation>
            <numerusform>%Ln proceso sigue en su plazo para deshacer y no se ha enviado. ¿Retirarlo o enviarlo ahora?</numerusform>
            <numerusform>%Ln procesos siguen en su plazo para deshacer y no se han enviado. ¿Retirarlos o enviarlos ahora?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="109"/>
        <source>%Ln job(s) are being sent. Stop them and quit (Resume goes on with them later), or keep the window open?</source>
        <translation>
            <numerusform>%Ln proceso se está enviando. ¿Detenerlo y salir (“Reanudar” lo continúa después) o mantener la ventana abierta?</numerusform>
            <numerusform>%Ln procesos se están enviando. ¿Detenerlos y salir (“Reanudar” los continúa después) o mantener la ventana abierta?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="116"/>
        <source>Nothing is waiting or being sent any more.</source>
        <translation>Ya no hay nada en espera ni enviándose.</translation>
    </message>
</context>
<context>
    <name>RememberedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="27"/>
        <source>Remembered columns and carriers</source>
        <translation>Columnas y transportistas recordados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="32"/>
        <source>Seller Desk remembers the columns you chose for a file&apos;s headers and the values you picked for rows without one. Forget a choice to be asked again.</source>
        <translation>Seller Desk recuerda las columnas que elegiste para los encabezados de un archivo y los valores que elegiste para las filas sin valor. Olvida una elección para que se te pregunte de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="40"/>
        <source>&amp;Forget selected</source>
        <translation>&amp;Olvidar selección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="43"/>
        <source>Forget &amp;all</source>
        <translation>Olvidar &amp;todo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="62"/>
        <source>%1 ← column “%2” (files with the columns %3)</source>
        <translation>%1 ← columna “%2” (archivos con las columnas %3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="67"/>
        <source>%1: carrier %2 for rows without one</source>
        <translation>%1: transportista %2 para las filas sin transportista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="72"/>
        <source>%1: %2 “%3” for rows without one</source>
        <translation>%1: %2 “%3” para las filas sin valor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/remembered.py" line="77"/>
        <source>Nothing is remembered.</source>
        <translation>No hay nada recordado.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="69"/>
        <source>Jobs</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="97"/>
        <source>Rows of the selected job</source>
        <translation>Filas del proceso seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="111"/>
        <source>Search jobs and rows (Ctrl+F)</source>
        <translation>Buscar procesos y filas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="112"/>
        <source>Search jobs and rows</source>
        <translation>Buscar procesos y filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="117"/>
        <location filename="../../desktop_app/ui/results_tab.py" line="380"/>
        <source>Select a job to see its rows.</source>
        <translation>Selecciona un proceso para ver sus filas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="122"/>
        <source>Show rows with outcome</source>
        <translation>Mostrar filas con resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="123"/>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="137"/>
        <source>&amp;Retry failed…</source>
        <translation>Reintentar &amp;fallidas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="140"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="143"/>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="149"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="152"/>
        <source>Stop the selected job before its next request; Resume goes on (Ctrl+.)</source>
        <translation>Detener el proceso seleccionado antes de su próxima solicitud; “Reanudar” lo continúa (Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="158"/>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="216"/>
        <source>Retry failed…</source>
        <translation>Reintentar fallidas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="217"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="218"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="225"/>
        <source>Show only this outcome</source>
        <translation>Mostrar solo este resultado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/results_tab.py" line="500"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln fila en %1.</numerusform>
            <numerusform>Se escribieron %Ln filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="146"/>
        <source>Go on with the selected job now: it waits, stalled or was interrupted</source>
        <translation>Continuar ahora con el proceso seleccionado: está en espera, atascado o se interrumpió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="361"/>
        <source>rows show when the job stops</source>
        <translation>las filas aparecen cuando el proceso termina</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="393"/>
        <source>Job %1 · %2</source>
        <translation>Proceso %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="423"/>
        <source>Job %1 is being sent already; it can no longer be withdrawn.</source>
        <translation>El proceso %1 ya se está enviando; ya no se puede retirar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="456"/>
        <source>Job %1 stops before its next request; Resume goes on with it later.</source>
        <translation>El proceso %1 se detiene antes de su próxima solicitud; “Reanudar” lo continúa después.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/results_tab.py" line="482"/>
        <source>retry of job %1</source>
        <translation>reintento del proceso %1</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="27"/>
        <source>Retry failed rows of job %1</source>
        <translation>Reintentar las filas fallidas del proceso %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="32"/>
        <source>%Ln failed row(s) may succeed when sent again.</source>
        <translation>
            <numerusform>%Ln fila fallida puede resultar exitosa si se envía de nuevo.</numerusform>
            <numerusform>%Ln filas fallidas pueden resultar exitosas si se envían de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="35"/>
        <source>%Ln cannot succeed as they are: the marketplace refused the items themselves.</source>
        <translation>
            <numerusform>%Ln no puede resultar exitosa tal como está: el marketplace rechazó el ítem en sí.</numerusform>
            <numerusform>%Ln no pueden resultar exitosas tal como están: el marketplace rechazó los ítems en sí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Order items</source>
        <translation>Ítems de la orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="45"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="59"/>
        <source>&amp;Add these %Ln row(s) anyway (e.g. after fixing them in the marketplace)</source>
        <translation>
            <numerusform>&amp;Agregar esta %Ln fila de todos modos (p. ej., después de corregirla en el marketplace)</numerusform>
            <numerusform>&amp;Agregar estas %Ln filas de todos modos (p. ej., después de corregirlas en el marketplace)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="70"/>
        <source>Open for retry</source>
        <translation>Abrir para reintentar</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="28"/>
        <source>Order items</source>
        <translation>Ítems de la orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="29"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="30"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="31"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="32"/>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="33"/>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rows_model.py" line="34"/>
        <source>Return tracking</source>
        <translation>Seguimiento de devolución</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/safety.py" line="58"/>
        <source>%Ln job(s) from an earlier session were not sent. Send or withdraw them in Results.</source>
        <translation>
            <numerusform>%Ln proceso de una sesión anterior no se envió. Envíalo o retíralo en Resultados.</numerusform>
            <numerusform>%Ln procesos de una sesión anterior no se enviaron. Envíalos o retíralos en Resultados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="100"/>
        <source>job %1 waits for your confirmation in Results.</source>
        <translation>el proceso %1 espera tu confirmación en Resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="104"/>
        <source>job %1 is sent after its undo window.</source>
        <translation>el proceso %1 se envía al terminar su plazo para deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="108"/>
        <source>done; moved to processed/ with its report.</source>
        <translation>listo; se movió a processed/ con su reporte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="146"/>
        <source>Sending, then quitting…</source>
        <translation>Enviando y luego saliendo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/safety.py" line="152"/>
        <source>Stopping, then quitting…</source>
        <translation>Deteniendo y luego saliendo…</translation>
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
        <translation>guardada en el llavero: escribe para reemplazarla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="46"/>
        <source>type the password</source>
        <translation>escribe la contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/secret_field.py" line="48"/>
        <source>paste the key</source>
        <translation>pega la clave</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="32"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="36"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/shortcuts.py" line="36"/>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="28"/>
        <source>journal: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="46"/>
        <source>Demo · in-process sandbox</source>
        <translation>Demo · sandbox integrado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="48"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="50"/>
        <source>Marketplace unreachable</source>
        <translation>Marketplace inaccesible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="71"/>
        <source>%Ln job(s) running</source>
        <translation>
            <numerusform>%Ln proceso en curso</numerusform>
            <numerusform>%Ln procesos en curso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="78"/>
        <source>key missing</source>
        <translation>falta la clave</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="82"/>
        <source>⟳ %1/%2 requests left this minute</source>
        <translation>⟳ quedan %1/%2 solicitudes en este minuto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="87"/>
        <source>Rate budget of the %1 endpoint, per %2 s window</source>
        <translation>Límite de solicitudes del endpoint %1, por ventana de %2 s</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="23"/>
        <source>%Ln valid</source>
        <translation>
            <numerusform>%Ln válida</numerusform>
            <numerusform>%Ln válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="25"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln inválida</numerusform>
            <numerusform>%Ln inválidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="28"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicada</numerusform>
            <numerusform>%Ln duplicadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <location filename="../../desktop_app/ui/table_tools.py" line="49"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_tools.py" line="54"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="125"/>
        <location filename="../../desktop_app/ui/undo_panel.py" line="137"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="138"/>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="150"/>
        <source>Confirm…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="145"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="157"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="168"/>
        <source>%1 is sent in %2 s.</source>
        <translation>%1 se envía en %2 s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="173"/>
        <source>%1 was stopped. Resume goes on with it.</source>
        <translation>%1 se detuvo. “Reanudar” lo continúa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="175"/>
        <source>%1 waits for your confirmation.</source>
        <translation>%1 espera tu confirmación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="176"/>
        <source>Not sent: %1. Send it now or undo it.</source>
        <translation>Sin enviar: %1. Envíalo ahora o deshazlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="181"/>
        <source>cancel %Ln row(s)</source>
        <translation>
            <numerusform>cancelar %Ln fila</numerusform>
            <numerusform>cancelar %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="183"/>
        <source>ship %Ln row(s)</source>
        <translation>
            <numerusform>despachar %Ln fila</numerusform>
            <numerusform>despachar %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/undo_panel.py" line="186"/>
        <source>Job %1 (%2, %3)</source>
        <translation>Proceso %1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>WatchFolderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="94"/>
        <source>Safety and watched folders — %1</source>
        <translation>Seguridad y carpetas vigiladas — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="96"/>
        <source>Before sending</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="101"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="103"/>
        <source>Undo window:</source>
        <translation>Plazo para deshacer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="110"/>
        <source>Warn above this 7-day cancel share:</source>
        <translation>Avisar sobre esta proporción de cancelaciones en 7 días:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="112"/>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="122"/>
        <source>Each new file is read once it has not changed for the time beside its folder (and Excel has closed it), sent after the undo window, then moved to processed/ or failed/ with a report.</source>
        <translation>Cada archivo nuevo se lee cuando no ha cambiado durante el tiempo indicado junto a su carpeta (y Excel lo cerró), se envía al terminar el plazo para deshacer y luego se mueve a processed/ o failed/ con un reporte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="131"/>
        <source>A PRODUCTION cancel from a folder always waits for your confirmation.</source>
        <translation>Una cancelación en PRODUCCIÓN desde una carpeta siempre espera tu confirmación.</translation>
    </message>
</context>
<context>
    <name>_FolderRow</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="45"/>
        <source>not watched</source>
        <translation>sin vigilar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="48"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="50"/>
        <source>Send without asking</source>
        <translation>Enviar sin preguntar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="57"/>
        <source>after </source>
        <translation>después de </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="58"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="60"/>
        <source>A file is taken once it has not changed for this long.</source>
        <translation>Un archivo se toma cuando no ha cambiado durante este tiempo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="61"/>
        <source>Unchanged for</source>
        <translation>Sin cambios durante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/watch_folder.py" line="71"/>
        <source>Folder to watch</source>
        <translation>Carpeta para vigilar</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="180"/>
        <source>%Ln of these order items are already in an unfinished job of this profile (job %1). Sending them again may apply them twice.</source>
        <translation>
            <numerusform>%Ln de estos ítems ya está en un proceso sin terminar de este perfil (proceso %1). Enviarlo de nuevo puede aplicarlo dos veces.</numerusform>
            <numerusform>%Ln de estos ítems ya están en un proceso sin terminar de este perfil (proceso %1). Enviarlos de nuevo puede aplicarlos dos veces.</numerusform>
        </translation>
    </message>
</context>
</TS>
