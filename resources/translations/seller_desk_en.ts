<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="230"/>
        <source>%n row(s) hold items an earlier job already cancelled or shipped.</source>
        <translation>
            <numerusform>%n row holds items an earlier job already cancelled or shipped.</numerusform>
            <numerusform>%n rows hold items an earlier job already cancelled or shipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="285"/>
        <source>Saved %n problem row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n problem row to %1.</numerusform>
            <numerusform>Saved %n problem rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="351"/>
        <source>Cancel %n item(s)…</source>
        <translation>
            <numerusform>Cancel %n item…</numerusform>
            <numerusform>Cancel %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="353"/>
        <source>Ship %n item(s)…</source>
        <translation>
            <numerusform>Ship %n item…</numerusform>
            <numerusform>Ship %n items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelRatePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="18"/>
        <source>This profile cancelled %n item(s) in the last 7 days.</source>
        <translation>
            <numerusform>This profile cancelled %n item in the last 7 days.</numerusform>
            <numerusform>This profile cancelled %n items in the last 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="61"/>
        <source>Cancel %n order item(s)</source>
        <translation>
            <numerusform>Cancel %n order item</numerusform>
            <numerusform>Cancel %n order items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="63"/>
        <source>Ship %n order item(s)</source>
        <translation>
            <numerusform>Ship %n order item</numerusform>
            <numerusform>Ship %n order items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="73"/>
        <source>, and %n more</source>
        <translation>
            <numerusform>, and %n more</numerusform>
            <numerusform>, and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="81"/>
        <source>%n row(s) of the file are left out (invalid or duplicate); they are not sent.</source>
        <translation>
            <numerusform>%n row of the file is left out (invalid or duplicate); it is not sent.</numerusform>
            <numerusform>%n rows of the file are left out (invalid or duplicate); they are not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="119"/>
        <source>I understand this changes %n real order item(s) in PRODUCTION.</source>
        <translation>
            <numerusform>I understand this changes %n real order item in PRODUCTION.</numerusform>
            <numerusform>I understand this changes %n real order items in PRODUCTION.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="154"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Resuming %n unfinished job(s) from an earlier session.</source>
        <translation>
            <numerusform>Resuming %n unfinished job from an earlier session.</numerusform>
            <numerusform>Resuming %n unfinished jobs from an earlier session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>%n stopped job(s) wait in Results; Resume goes on with them.</source>
        <translation>
            <numerusform>%n stopped job waits in Results; Resume goes on with it.</numerusform>
            <numerusform>%n stopped jobs wait in Results; Resume goes on with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenItemsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="108"/>
        <source>%n open order item(s). Tick the ones to use.</source>
        <translation>
            <numerusform>%n open order item. Tick the ones to use.</numerusform>
            <numerusform>%n open order items. Tick the ones to use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="256"/>
        <source>Connected. The key works; %n carrier(s) available.</source>
        <translation>
            <numerusform>Connected. The key works; %n carrier available.</numerusform>
            <numerusform>Connected. The key works; %n carriers available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="263"/>
        <source>Connected. The key works; %n shipment provider(s) available.</source>
        <translation>
            <numerusform>Connected. The key works; %n shipment provider available.</numerusform>
            <numerusform>Connected. The key works; %n shipment providers available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="90"/>
        <source>Sent when the undo window ended, so no longer withdrawable: job %1.</source>
        <translation>
            <numerusform>Sent when the undo window ended, so no longer withdrawable: job %1.</numerusform>
            <numerusform>Sent when the undo window ended, so no longer withdrawable: jobs %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="100"/>
        <source>%n job(s) are still in their undo window and have not been sent. Withdraw them, or send them now?</source>
        <translation>
            <numerusform>%n job is still in its undo window and has not been sent. Withdraw it, or send it now?</numerusform>
            <numerusform>%n jobs are still in their undo window and have not been sent. Withdraw them, or send them now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="109"/>
        <source>%n job(s) are being sent. Stop them and quit (Resume goes on with them later), or keep the window open?</source>
        <translation>
            <numerusform>%n job is being sent. Stop it and quit (Resume goes on with it later), or keep the window open?</numerusform>
            <numerusform>%n jobs are being sent. Stop them and quit (Resume goes on with them later), or keep the window open?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/results_tab.py" line="500"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="32"/>
        <source>%n failed row(s) may succeed when sent again.</source>
        <translation>
            <numerusform>%n failed row may succeed when sent again.</numerusform>
            <numerusform>%n failed rows may succeed when sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="35"/>
        <source>%n cannot succeed as they are: the marketplace refused the items themselves.</source>
        <translation>
            <numerusform>%n cannot succeed as it is: the marketplace refused the item itself.</numerusform>
            <numerusform>%n cannot succeed as they are: the marketplace refused the items themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="59"/>
        <source>&amp;Add these %n row(s) anyway (e.g. after fixing them in the marketplace)</source>
        <translation>
            <numerusform>&amp;Add this %n row anyway (e.g. after fixing it in the marketplace)</numerusform>
            <numerusform>&amp;Add these %n rows anyway (e.g. after fixing them in the marketplace)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/safety.py" line="58"/>
        <source>%n job(s) from an earlier session were not sent. Send or withdraw them in Results.</source>
        <translation>
            <numerusform>%n job from an earlier session was not sent. Send or withdraw it in Results.</numerusform>
            <numerusform>%n jobs from an earlier session were not sent. Send or withdraw them in Results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="71"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="23"/>
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="25"/>
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="28"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="181"/>
        <source>cancel %n row(s)</source>
        <translation>
            <numerusform>cancel %n row</numerusform>
            <numerusform>cancel %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="183"/>
        <source>ship %n row(s)</source>
        <translation>
            <numerusform>ship %n row</numerusform>
            <numerusform>ship %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="177"/>
        <source>%n of these order items are already in an unfinished job of this profile (job %1). Sending them again may apply them twice.</source>
        <translation>
            <numerusform>%n of these order items is already in an unfinished job of this profile (job %1). Sending it again may apply it twice.</numerusform>
            <numerusform>%n of these order items are already in an unfinished job of this profile (job %1). Sending them again may apply them twice.</numerusform>
        </translation>
    </message>
</context>
</TS>
