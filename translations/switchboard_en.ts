<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sb::ui::BlotterPane</name>
    <message numerus="yes">
        <source>%1 stories</source>
        <translation>
            <numerusform>%1 story</numerusform>
            <numerusform>%1 stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::DeskTray</name>
    <message numerus="yes">
        <source>%n unread in the watch list</source>
        <translation>
            <numerusform>%n unread in the watch list</numerusform>
            <numerusform>%n unread in the watch list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarms</source>
        <translation>
            <numerusform>%n open alarm</numerusform>
            <numerusform>%n open alarms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::DoorEventsPane</name>
    <message numerus="yes">
        <source>%1 incidents, %2 critical</source>
        <translation>
            <numerusform>%1 incident, %2 critical</numerusform>
            <numerusform>%1 incidents, %2 critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 incidents, %3 critical</source>
        <translation>
            <numerusform>%1 of %2 incident, %3 critical</numerusform>
            <numerusform>%1 of %2 incidents, %3 critical</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::EscalationBanner</name>
    <message numerus="yes">
        <source> · %n more escalated</source>
        <translation>
            <numerusform> · %n more escalated</numerusform>
            <numerusform> · %n more escalated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::HotelEventsPane</name>
    <message numerus="yes">
        <source>%1 events</source>
        <translation>
            <numerusform>%1 event</numerusform>
            <numerusform>%1 events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events</source>
        <translation>
            <numerusform>%1 of %2 event</numerusform>
            <numerusform>%1 of %2 events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::NewRowsCue</name>
    <message numerus="yes">
        <source>Cleared %1 rows</source>
        <translation>
            <numerusform>Cleared %1 row</numerusform>
            <numerusform>Cleared %1 rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::RuleNotifier</name>
    <message numerus="yes">
        <source>%1 — and %n more</source>
        <translation>
            <numerusform>%1 — and %n more</numerusform>
            <numerusform>%1 — and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::RulesDialog</name>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1; Save to use them.</source>
        <translation>
            <numerusform>Imported %n rule from %1; Save to use it.</numerusform>
            <numerusform>Imported %n rules from %1; Save to use them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>Exported %n rule to %1.</numerusform>
            <numerusform>Exported %n rules to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::SelectionExport</name>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::TopicInspectorPane</name>
    <message numerus="yes">
        <source>Exported %1 messages to %2</source>
        <translation>
            <numerusform>Exported %1 message to %2</numerusform>
            <numerusform>Exported %1 messages to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::WatchListPane</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
