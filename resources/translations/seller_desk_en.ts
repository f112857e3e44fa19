<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ActionTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="249" />
        <source>Cancel %n item(s)…</source>
        <translation>
            <numerusform>Cancel %n item…</numerusform><numerusform>Cancel %n items…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="251" />
        <source>Ship %n item(s)…</source>
        <translation>
            <numerusform>Ship %n item…</numerusform><numerusform>Ship %n items…</numerusform></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="39" />
        <source>Cancel %n order item(s)</source>
        <translation>
            <numerusform>Cancel %n order item</numerusform><numerusform>Cancel %n order items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="41" />
        <source>Ship %n order item(s)</source>
        <translation>
            <numerusform>Ship %n order item</numerusform><numerusform>Ship %n order items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="51" />
        <source>, and %n more</source>
        <translation>
            <numerusform>, and %n more</numerusform><numerusform>, and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="78" />
        <source>I understand this changes %n real order item(s) in PRODUCTION.</source>
        <translation>
            <numerusform>I understand this changes %n real order item in PRODUCTION.</numerusform><numerusform>I understand this changes %n real order items in PRODUCTION.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="152" />
        <source>Resuming %n unfinished job(s) from an earlier session.</source>
        <translation>
            <numerusform>Resuming %n unfinished job from an earlier session.</numerusform><numerusform>Resuming %n unfinished jobs from an earlier session.</numerusform></translation>
    </message>
</context>
<context>
    <name>OpenItemsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="95" />
        <source>%n open order item(s). Tick the ones to use.</source>
        <translation>
            <numerusform>%n open order item. Tick the ones to use.</numerusform><numerusform>%n open order items. Tick the ones to use.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="247" />
        <source>Connected. The key works; %n carrier(s) available.</source>
        <translation>
            <numerusform>Connected. The key works; %n carrier available.</numerusform><numerusform>Connected. The key works; %n carriers available.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/results_tab.py" line="254" />
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform><numerusform>Wrote %n rows to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="53" />
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform><numerusform>%n jobs running</numerusform></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="19" />
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform><numerusform>%n valid</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="21" />
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform><numerusform>%n invalid</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="24" />
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
</context>
</TS>