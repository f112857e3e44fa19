<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="230"/>
        <source>%Ln row(s) hold items an earlier job already cancelled or shipped.</source>
        <translation>
            <numerusform>%Ln row holds items an earlier job already cancelled or shipped.</numerusform>
            <numerusform>%Ln rows hold items an earlier job already cancelled or shipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="287"/>
        <source>Saved %Ln problem row(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln problem row to %1.</numerusform>
            <numerusform>Saved %Ln problem rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="353"/>
        <source>Cancel %Ln item(s)…</source>
        <translation>
            <numerusform>Cancel %Ln item…</numerusform>
            <numerusform>Cancel %Ln items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/action_tab.py" line="355"/>
        <source>Ship %Ln item(s)…</source>
        <translation>
            <numerusform>Ship %Ln item…</numerusform>
            <numerusform>Ship %Ln items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelRatePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/cancel_rate.py" line="18"/>
        <source>This profile cancelled %Ln item(s) in the last 7 days.</source>
        <translation>
            <numerusform>This profile cancelled %Ln item in the last 7 days.</numerusform>
            <numerusform>This profile cancelled %Ln items in the last 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="61"/>
        <source>Cancel %Ln order item(s)</source>
        <translation>
            <numerusform>Cancel %Ln order item</numerusform>
            <numerusform>Cancel %Ln order items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="63"/>
        <source>Ship %Ln order item(s)</source>
        <translation>
            <numerusform>Ship %Ln order item</numerusform>
            <numerusform>Ship %Ln order items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="73"/>
        <source>, and %Ln more</source>
        <translation>
            <numerusform>, and %Ln more</numerusform>
            <numerusform>, and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="81"/>
        <source>%Ln row(s) of the file are left out (invalid or duplicate); they are not sent.</source>
        <translation>
            <numerusform>%Ln row of the file is left out (invalid or duplicate); it is not sent.</numerusform>
            <numerusform>%Ln rows of the file are left out (invalid or duplicate); they are not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="121"/>
        <source>I understand this changes %Ln real order item(s) in PRODUCTION.</source>
        <translation>
            <numerusform>I understand this changes %Ln real order item in PRODUCTION.</numerusform>
            <numerusform>I understand this changes %Ln real order items in PRODUCTION.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="157"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>Resuming %Ln unfinished job(s) from an earlier session.</source>
        <translation>
            <numerusform>Resuming %Ln unfinished job from an earlier session.</numerusform>
            <numerusform>Resuming %Ln unfinished jobs from an earlier session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>%Ln stopped job(s) wait in Results; Resume goes on with them.</source>
        <translation>
            <numerusform>%Ln stopped job waits in Results; Resume goes on with it.</numerusform>
            <numerusform>%Ln stopped jobs wait in Results; Resume goes on with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenItemsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/open_items.py" line="108"/>
        <source>%Ln open order item(s). Tick the ones to use.</source>
        <translation>
            <numerusform>%Ln open order item. Tick the ones to use.</numerusform>
            <numerusform>%Ln open order items. Tick the ones to use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="256"/>
        <source>Connected. The key works; %Ln carrier(s) available.</source>
        <translation>
            <numerusform>Connected. The key works; %Ln carrier available.</numerusform>
            <numerusform>Connected. The key works; %Ln carriers available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/profiles.py" line="263"/>
        <source>Connected. The key works; %Ln shipment provider(s) available.</source>
        <translation>
            <numerusform>Connected. The key works; %Ln shipment provider available.</numerusform>
            <numerusform>Connected. The key works; %Ln shipment providers available.</numerusform>
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
        <source>%Ln job(s) are still in their undo window and have not been sent. Withdraw them, or send them now?</source>
        <translation>
            <numerusform>%Ln job is still in its undo window and has not been sent. Withdraw it, or send it now?</numerusform>
            <numerusform>%Ln jobs are still in their undo window and have not been sent. Withdraw them, or send them now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/quit_countdown.py" line="109"/>
        <source>%Ln job(s) are being sent. Stop them and quit (Resume goes on with them later), or keep the window open?</source>
        <translation>
            <numerusform>%Ln job is being sent. Stop it and quit (Resume goes on with it later), or keep the window open?</numerusform>
            <numerusform>%Ln jobs are being sent. Stop them and quit (Resume goes on with them later), or keep the window open?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/results_tab.py" line="500"/>
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln row to %1.</numerusform>
            <numerusform>Wrote %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="32"/>
        <source>%Ln failed row(s) may succeed when sent again.</source>
        <translation>
            <numerusform>%Ln failed row may succeed when sent again.</numerusform>
            <numerusform>%Ln failed rows may succeed when sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="35"/>
        <source>%Ln cannot succeed as they are: the marketplace refused the items themselves.</source>
        <translation>
            <numerusform>%Ln cannot succeed as it is: the marketplace refused the item itself.</numerusform>
            <numerusform>%Ln cannot succeed as they are: the marketplace refused the items themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/retry.py" line="59"/>
        <source>&amp;Add these %Ln row(s) anyway (e.g. after fixing them in the marketplace)</source>
        <translation>
            <numerusform>&amp;Add this %Ln row anyway (e.g. after fixing it in the marketplace)</numerusform>
            <numerusform>&amp;Add these %Ln rows anyway (e.g. after fixing them in the marketplace)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/safety.py" line="58"/>
        <source>%Ln job(s) from an earlier session were not sent. Send or withdraw them in Results.</source>
        <translation>
            <numerusform>%Ln job from an earlier session was not sent. Send or withdraw it in Results.</numerusform>
            <numerusform>%Ln jobs from an earlier session were not sent. Send or withdraw them in Results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status_bar.py" line="71"/>
        <source>%Ln job(s) running</source>
        <translation>
            <numerusform>%Ln job running</numerusform>
            <numerusform>%Ln jobs running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="23"/>
        <source>%Ln valid</source>
        <translation>
            <numerusform>%Ln valid</numerusform>
            <numerusform>%Ln valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="25"/>
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/summary.py" line="28"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="181"/>
        <source>cancel %Ln row(s)</source>
        <translation>
            <numerusform>cancel %Ln row</numerusform>
            <numerusform>cancel %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/undo_panel.py" line="183"/>
        <source>ship %Ln row(s)</source>
        <translation>
            <numerusform>ship %Ln row</numerusform>
            <numerusform>ship %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/confirm.py" line="180"/>
        <source>%Ln of these order items are already in an unfinished job of this profile (job %1). Sending them again may apply them twice.</source>
        <translation>
            <numerusform>%Ln of these order items is already in an unfinished job of this profile (job %1). Sending it again may apply it twice.</numerusform>
            <numerusform>%Ln of these order items are already in an unfinished job of this profile (job %1). Sending them again may apply them twice.</numerusform>
        </translation>
    </message>
</context>
</TS>
