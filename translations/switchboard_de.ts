<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BoxLabel</name>
    <message>
        <source>Filter shown rows</source>
        <translation>Angezeigte Zeilen filtern</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
</context>
<context>
    <name>FeedTitle</name>
    <message>
        <source>LSEG News (MRN)</source>
        <translation>LSEG-Nachrichten (MRN)</translation>
    </message>
    <message>
        <source>News (MRN)</source>
        <translation>Nachrichten (MRN)</translation>
    </message>
    <message>
        <source>News alerts</source>
        <translation>Nachrichten-Alerts</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Door incidents (Salto)</source>
        <translation>Türvorfälle (Salto)</translation>
    </message>
    <message>
        <source>Doors (Salto)</source>
        <translation>Türen (Salto)</translation>
    </message>
    <message>
        <source>Hotel events (OPERA)</source>
        <translation>Hotelereignisse (OPERA)</translation>
    </message>
    <message>
        <source>Hotel (OPERA)</source>
        <translation>Hotel (OPERA)</translation>
    </message>
    <message>
        <source>Topic inspector</source>
        <translation>Topic-Inspektor</translation>
    </message>
    <message>
        <source>Topics (Pub/Sub)</source>
        <translation>Topics (Pub/Sub)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>--rate and --burst take numbers.</source>
        <translation>--rate und --burst erwarten Zahlen.</translation>
    </message>
</context>
<context>
    <name>sb::gui::DeskLauncher</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Cannot read %1: %2

File → Edit feeds… fixes it; File → Start demo runs the emulators.</source>
        <translation>%1 kann nicht gelesen werden: %2

Datei → Feeds bearbeiten… behebt das; Datei → Demo starten führt die Emulatoren aus.</translation>
    </message>
    <message>
        <source>Cannot start the feeds of %1:
%2

Store the secrets with `switchboard-cli secret set NAME`, or run the demo from the File menu.</source>
        <translation>Die Feeds von %1 können nicht gestartet werden:
%2

Hinterlegen Sie die Geheimnisse mit `switchboard-cli secret set NAME` oder starten Sie die Demo über das Menü Datei.</translation>
    </message>
    <message>
        <source>Cannot edit %1: %2</source>
        <translation>%1 kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>Switchboard configuration (*.json)</source>
        <translation>Switchboard-Konfiguration (*.json)</translation>
    </message>
    <message>
        <source>Some feeds could not be set up:
%1</source>
        <translation>Einige Feeds konnten nicht eingerichtet werden:
%1</translation>
    </message>
    <message>
        <source>No feed could be set up.
%1

File → Edit feeds… fixes the config; File → Start demo runs the emulators.</source>
        <translation>Kein Feed konnte eingerichtet werden.
%1

Datei → Feeds bearbeiten… behebt die Konfiguration; Datei → Demo starten führt die Emulatoren aus.</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Switchboard&lt;/b&gt; %1&lt;br&gt;A real-time news and events terminal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Switchboard&lt;/b&gt; %1&lt;br&gt;Ein Echtzeit-Terminal für Nachrichten und Ereignisse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>zlib</source>
        <translation>zlib</translation>
    </message>
    <message>
        <source>libdeflate</source>
        <translation>libdeflate</translation>
    </message>
    <message>
        <source>simdjson</source>
        <translation>simdjson</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>none (demo)</source>
        <translation>keine (Demo)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt; of the components the installers bundle:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lizenzen&lt;/b&gt; der Komponenten, die die Installationspakete mitliefern:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlarmDesk</name>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Show the Alarms pane</source>
        <translation>Alarmbereich anzeigen</translation>
    </message>
    <message>
        <source>Alarms: %1</source>
        <translation>Alarme: %1</translation>
    </message>
    <message>
        <source>The event of this alarm is no longer in the history.</source>
        <translation>Das Ereignis dieses Alarms ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Could not search the history: %1</source>
        <translation>Der Verlauf konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>1 open alarm</source>
        <translation>1 offener Alarm</translation>
    </message>
    <message>
        <source>%1 open alarms</source>
        <translation>%1 offene Alarme</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Team alarms: %1</source>
        <translation>Team-Alarme: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlarmTableModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>der Desk</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlarmsPane</name>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Close alarm</source>
        <translation>Alarm schließen</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>Select an alarm first.</source>
        <translation>Wählen Sie zuerst einen Alarm.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlertSubscriptionDialog</name>
    <message>
        <source>Match any term instead of all of them</source>
        <translation>Einen beliebigen Begriff statt aller Begriffe abgleichen</translation>
    </message>
    <message>
        <source>News alerts subscription</source>
        <translation>Abonnement für Nachrichten-Alerts</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>jede Sprache</translation>
    </message>
    <message>
        <source>any urgency</source>
        <translation>jede Dringlichkeit</translation>
    </message>
    <message>
        <source>urgency ≤ </source>
        <translation>Dringlichkeit ≤ </translation>
    </message>
    <message>
        <source>1 is a flash, 3 an ordinary story</source>
        <translation>1 ist eine Eilmeldung, 3 eine gewöhnliche Meldung</translation>
    </message>
    <message>
        <source>VOD.L, N2:TEL</source>
        <translation>VOD.L, N2:TEL</translation>
    </message>
    <message>
        <source>headline contains…</source>
        <translation>Schlagzeile enthält…</translation>
    </message>
    <message>
        <source>The service sends only the alerts that match. Subscribing replaces this feed&apos;s subscription; the filter box in the pane only narrows the rows already received.</source>
        <translation>Der Dienst sendet nur passende Alerts. Ein Abonnement ersetzt das bisherige dieses Feeds; das Filterfeld im Bereich grenzt nur die bereits empfangenen Zeilen ein.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>RICs or news codes</source>
        <translation>RICs oder Nachrichtencodes</translation>
    </message>
    <message>
        <source>Headline text</source>
        <translation>Text der Schlagzeile</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>urgency ≤ %1</source>
        <translation>Dringlichkeit ≤ %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>sb::ui::AlertsPane</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>Subscription…</source>
        <translation>Abonnement…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Choose which alerts the service sends to this feed</source>
        <translation>Wählen Sie, welche Alerts der Dienst an diesen Feed sendet</translation>
    </message>
    <message>
        <source>Subscribed to: —</source>
        <translation>Abonniert: —</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>The account&apos;s alert subscriptions</source>
        <translation>Die Alert-Abonnements des Kontos</translation>
    </message>
    <message>
        <source>queue —</source>
        <translation>Warteschlange —</translation>
    </message>
    <message>
        <source>The subscription could not be changed:
%1</source>
        <translation>Das Abonnement konnte nicht geändert werden:
%1</translation>
    </message>
    <message>
        <source>The subscriptions could not be listed:
%1</source>
        <translation>Die Abonnements konnten nicht aufgelistet werden:
%1</translation>
    </message>
    <message>
        <source>The subscription could not be deleted:
%1</source>
        <translation>Das Abonnement konnte nicht gelöscht werden:
%1</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>Keine Abonnements</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>custom filter</source>
        <translation>eigener Filter</translation>
    </message>
    <message>
        <source>Delete subscription %1</source>
        <translation>Abonnement %1 löschen</translation>
    </message>
    <message>
        <source>Delete alert subscription %1? Its queue goes with it.</source>
        <translation>Alert-Abonnement %1 löschen? Seine Warteschlange wird mit gelöscht.</translation>
    </message>
    <message>
        <source>no subscription</source>
        <translation>kein Abonnement</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>fragt ab</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>last poll %1</source>
        <translation>letzte Abfrage %1</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 in Bearbeitung</translation>
    </message>
    <message>
        <source>%1 quarantined</source>
        <translation>%1 in Quarantäne</translation>
    </message>
    <message>
        <source>credentials renewed in %1</source>
        <translation>Erneuerung der Zugangsdaten in %1</translation>
    </message>
    <message>
        <source>Queue %1
Subscription %2</source>
        <translation>Warteschlange %1
Abonnement %2</translation>
    </message>
    <message>
        <source>Subscribed to: %1</source>
        <translation>Abonniert: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::BlotterModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Urg</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>RICs / topics</source>
        <translation>RICs / Themen</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Urgency: 1 is an alert, 3 an ordinary story</source>
        <translation>Dringlichkeit: 1 ist eine Eilmeldung, 3 eine gewöhnliche Meldung</translation>
    </message>
</context>
<context>
    <name>sb::ui::BlotterPane</name>
    <message>
        <source>words or codes, Enter</source>
        <translation>Wörter oder Codes, Eingabe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading history… · </source>
        <translation>Verlauf wird geladen… · </translation>
    </message>
    <message numerus="yes">
        <source>%1 stories</source>
        <translation>
            <numerusform>%1 Meldung</numerusform>
            <numerusform>%1 Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>History is not available.</source>
        <translation>Der Verlauf ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No stories in history match “%1”.</source>
        <translation>Keine Meldung im Verlauf passt zu „%1“.</translation>
    </message>
    <message>
        <source>Newest %1 matches for “%2”</source>
        <translation>Neueste %1 Treffer für „%2“</translation>
    </message>
    <message>
        <source>%1 matches for “%2”</source>
        <translation>%1 Treffer für „%2“</translation>
    </message>
    <message>
        <source>words  MSFT.O  R:VOD*  lang:en  urgency:1-2  -word</source>
        <translation>Wörter  MSFT.O  R:VOD*  lang:en  urgency:1-2  -Wort</translation>
    </message>
    <message>
        <source>Each word must appear in the headline or be a code&apos;s value (MSFT.O finds R:MSFT.O).
Tokens narrow further: lang:en  urgency:1 (or 1-2)  kind:news.story  provider:RTRS
and codes such as R:VOD.L, R:VOD* (prefix), N2:COM; -token excludes.
History search (Enter) reads the same language. See Help &gt; Filter syntax.</source>
        <translation>Jedes Wort muss in der Schlagzeile vorkommen oder der Wert eines Codes sein (MSFT.O findet R:MSFT.O).
Tokens grenzen weiter ein: lang:en  urgency:1 (oder 1-2)  kind:news.story  provider:RTRS
sowie Codes wie R:VOD.L, R:VOD* (Präfix), N2:COM; -Token schließt aus.
Die Verlaufssuche (Eingabe) versteht dieselbe Sprache. Siehe Hilfe &gt; Filtersyntax.</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChipStrip</name>
    <message>
        <source>%1 — click to filter by it</source>
        <translation>%1 — klicken, um danach zu filtern</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConnectionBar</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>passed (connection stays open; renewed on reconnect)</source>
        <translation>abgelaufen (Verbindung bleibt offen; Erneuerung beim Wiederverbinden)</translation>
    </message>
    <message>
        <source>passed (connection stays open; a reconnect needs a new token)</source>
        <translation>abgelaufen (Verbindung bleibt offen; Wiederverbinden braucht ein neues Token)</translation>
    </message>
    <message>
        <source>expired (renewed on reconnect)</source>
        <translation>abgelaufen (Erneuerung beim Wiederverbinden)</translation>
    </message>
    <message>
        <source>expired (a reconnect needs a new token)</source>
        <translation>abgelaufen (Wiederverbinden braucht ein neues Token)</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>in %1 min %2 s</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
</context>
<context>
    <name>sb::ui::CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The current configuration names no keychain secrets. A config refers to one as &quot;keychain:NAME&quot;; it is read from the system keychain when the feeds start.</source>
        <translation>Die aktuelle Konfiguration nennt keine Geheimnisse aus dem Schlüsselbund. Eine Konfiguration verweist auf ein Geheimnis als &quot;keychain:NAME&quot;; es wird beim Start der Feeds aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>The secrets the current configuration refers to as &quot;keychain:NAME&quot;, kept in the system keychain. A change applies when the configuration is next opened.</source>
        <translation>Die Geheimnisse, auf die die aktuelle Konfiguration als &quot;keychain:NAME&quot; verweist; sie liegen im Schlüsselbund des Systems. Eine Änderung wird wirksam, wenn die Konfiguration das nächste Mal geöffnet wird.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>new value for the selected name</source>
        <translation>neuer Wert für den ausgewählten Namen</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Hinterlegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Hinterlegt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht hinterlegt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>sb::ui::DeskTray</name>
    <message>
        <source>&amp;Show Switchboard</source>
        <translation>Switchboard &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in the watch list</source>
        <translation>
            <numerusform>%n ungelesen in der Beobachtungsliste</numerusform>
            <numerusform>%n ungelesen in der Beobachtungsliste</numerusform>
        </translation>
    </message>
    <message>
        <source>1 open alarm</source>
        <translation>1 offener Alarm</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarms</source>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::DiagnosticsPane</name>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Decode errors</source>
        <translation>Dekodierfehler</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Events per second, last five minutes</source>
        <translation>Ereignisse pro Sekunde, letzte fünf Minuten</translation>
    </message>
    <message>
        <source>No feed</source>
        <translation>Kein Feed</translation>
    </message>
    <message>
        <source>≤ %1 ms</source>
        <translation>≤ %1 ms</translation>
    </message>
</context>
<context>
    <name>sb::ui::DoorEventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Zutritt</translation>
    </message>
</context>
<context>
    <name>sb::ui::DoorEventsPane</name>
    <message>
        <source>Select an event to see its raw message</source>
        <translation>Wählen Sie ein Ereignis, um seine Rohnachricht zu sehen</translation>
    </message>
    <message>
        <source>Entries and incidents</source>
        <translation>Zutritte und Vorfälle</translation>
    </message>
    <message>
        <source>Incidents only</source>
        <translation>Nur Vorfälle</translation>
    </message>
    <message>
        <source>Entries only</source>
        <translation>Nur Zutritte</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents, %2 critical</source>
        <translation>
            <numerusform>%1 Vorfall, %2 kritisch</numerusform>
            <numerusform>%1 Vorfälle, %2 kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 incidents, %3 critical</source>
        <translation>
            <numerusform>%1 von %2 Vorfall, %3 kritisch</numerusform>
            <numerusform>%1 von %2 Vorfällen, %3 kritisch</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: words, or site:… door:… user:… event:… severity:high, urgency:1-2 (high and above)</source>
        <translation>Filter: Wörter oder site:… door:… user:… event:… severity:high, urgency:1-2 (hoch und höher)</translation>
    </message>
</context>
<context>
    <name>sb::ui::EditActions</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;Undo clear</source>
        <translation>Leeren &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Search history…</source>
        <translation>Verlauf &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln…</translation>
    </message>
    <message>
        <source>Save filter as r&amp;ule…</source>
        <translation>Filter als Reg&amp;el speichern…</translation>
    </message>
</context>
<context>
    <name>sb::ui::EscalationBanner</name>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Escalated: %1 — %2 (%3), not acknowledged</source>
        <translation>Eskaliert: %1 — %2 (%3), nicht quittiert</translation>
    </message>
    <message numerus="yes">
        <source> · %n more escalated</source>
        <translation>
            <numerusform> · %n weiterer eskaliert</numerusform>
            <numerusform> · %n weitere eskaliert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::EventTablePane</name>
    <message>
        <source>Paused · %1 held</source>
        <translation>Angehalten · %1 zurückgehalten</translation>
    </message>
    <message>
        <source>Paused · %1 held · %2 dropped</source>
        <translation>Angehalten · %1 zurückgehalten · %2 verworfen</translation>
    </message>
    <message>
        <source>Save filter as &amp;rule…</source>
        <translation>Filter als &amp;Regel speichern…</translation>
    </message>
</context>
<context>
    <name>sb::ui::FeedActions</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Hold new stories back in the active blotter (P)</source>
        <translation>Neue Meldungen im aktiven Blotter zurückhalten (P)</translation>
    </message>
    <message>
        <source>C&amp;lear blotter</source>
        <translation>Blotter &amp;leeren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>sb::ui::FeedConfigDialog</name>
    <message>
        <source>Edit feeds</source>
        <translation>Feeds bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add feed</source>
        <translation>Feed &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>Feed &amp;entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Values are kept as typed: write secrets as env:NAME or keychain:NAME. Numbers, true, false and [arrays] are read as JSON; quote a value to keep it text.</source>
        <translation>Werte bleiben wie eingegeben: Geheimnisse als env:NAME oder keychain:NAME schreiben. Zahlen, true, false und [Arrays] werden als JSON gelesen; setzen Sie einen Wert in Anführungszeichen, damit er Text bleibt.</translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation>&amp;Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove k&amp;ey</source>
        <translation>Schlüssel en&amp;tfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>This feed has problems</source>
        <translation>Dieser Feed hat Probleme</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>feed</translation>
    </message>
    <message>
        <source>feed %1</source>
        <translation>feed %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::FeedIndicator</name>
    <message>
        <source>%1: click for diagnostics</source>
        <translation>%1: klicken für Diagnose</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Discovering</source>
        <translation>Dienstsuche</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Subscribing</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1k/s</source>
        <translation>%1k/s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation>%1, angehalten</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
</context>
<context>
    <name>sb::ui::FileActions</name>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>Konfiguration &amp;öffnen…</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <source>Edit &amp;feeds…</source>
        <translation>&amp;Feeds bearbeiten…</translation>
    </message>
    <message>
        <source>Export selection as &amp;CSV…</source>
        <translation>Auswahl als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export selection as &amp;JSON Lines…</source>
        <translation>Auswahl als &amp;JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>JSONL</source>
        <translation>JSONL</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Switchboard configuration (*.json);;All files (*)</source>
        <translation>Switchboard-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>C&amp;redentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
</context>
<context>
    <name>sb::ui::FilterSyntaxDialog</name>
    <message>
        <source>Filter syntax</source>
        <translation>Filtersyntax</translation>
    </message>
    <message>
        <source>News (blotter and alerts)</source>
        <translation>Nachrichten (Blotter und Alerts)</translation>
    </message>
    <message>
        <source>stories coded R:MSFT.O, or with MSFT.O in the headline</source>
        <translation>Meldungen mit dem Code R:MSFT.O oder mit MSFT.O in der Schlagzeile</translation>
    </message>
    <message>
        <source>stories with a code starting R:VOD (R:VOD.L, R:VODA.MI…)</source>
        <translation>Meldungen mit einem Code, der mit R:VOD beginnt (R:VOD.L, R:VODA.MI…)</translation>
    </message>
    <message>
        <source>either subject</source>
        <translation>eines der beiden Themen</translation>
    </message>
    <message>
        <source>flashes only; urgency:1-2 for a range</source>
        <translation>nur Eilmeldungen; urgency:1-2 für einen Bereich</translation>
    </message>
    <message>
        <source>English stories</source>
        <translation>englischsprachige Meldungen</translation>
    </message>
    <message>
        <source>stories, not analytics or sentiment</source>
        <translation>Meldungen, keine Analysen oder Stimmungsdaten</translation>
    </message>
    <message>
        <source>one provider</source>
        <translation>ein Anbieter</translation>
    </message>
    <message>
        <source>a phrase, in the headline</source>
        <translation>eine Wortfolge in der Schlagzeile</translation>
    </message>
    <message>
        <source>Door incidents</source>
        <translation>Türvorfälle</translation>
    </message>
    <message>
        <source>critical or high incidents</source>
        <translation>kritische oder hohe Vorfälle</translation>
    </message>
    <message>
        <source>high and above</source>
        <translation>hoch und höher</translation>
    </message>
    <message>
        <source>Hotel events</source>
        <translation>Hotelereignisse</translation>
    </message>
    <message>
        <source>one hotel, by its code</source>
        <translation>ein Hotel, nach seinem Code</translation>
    </message>
    <message>
        <source>one business module</source>
        <translation>ein Geschäftsmodul</translation>
    </message>
    <message>
        <source>Topic inspector</source>
        <translation>Topic-Inspektor</translation>
    </message>
    <message>
        <source>topics starting with orders</source>
        <translation>Topics, die mit „orders“ beginnen</translation>
    </message>
    <message>
        <source>received messages; dir:out for the ones you sent</source>
        <translation>empfangene Nachrichten; dir:out für gesendete</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every filter box, the history search and &lt;code&gt;switchboard-cli listen|replay --filter&lt;/code&gt; read one language. Tokens are separated by spaces; double quotes group a phrase or a value with spaces. A word (or phrase) must appear in the title, in any case. &lt;code&gt;feed:&lt;/code&gt;, &lt;code&gt;kind:&lt;/code&gt; (&lt;code&gt;kind:news&lt;/code&gt; also matches &lt;code&gt;news.story&lt;/code&gt;), &lt;code&gt;urgency:N&lt;/code&gt; or &lt;code&gt;urgency:N-M&lt;/code&gt;, and any other &lt;code&gt;prefix:value&lt;/code&gt; names a tag of the event (&lt;code&gt;value*&lt;/code&gt; for a prefix). Tokens of one field are alternatives; different fields, and every word, must all hold. &lt;code&gt;-token&lt;/code&gt; must not hold. A malformed token is named in red under the box and the filter waits for a fix. Escape clears the box.&lt;/p&gt;&lt;p&gt;In the boxes and the CLI a bare word (not a quoted phrase) also matches a tag&apos;s value: &lt;code&gt;MSFT.O&lt;/code&gt; finds events tagged &lt;code&gt;R:MSFT.O&lt;/code&gt;, as &lt;code&gt;R:MSFT.O&lt;/code&gt; does. Rules use the strict language, where a word is the title only. A pane counts its columns as tags (site, door, language…), so the same query works before every feed tags its events. History search finds a word where the title or the story has it as a whole word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Filterfelder, die Verlaufssuche und &lt;code&gt;switchboard-cli listen|replay --filter&lt;/code&gt; verstehen dieselbe Sprache. Tokens werden durch Leerzeichen getrennt; doppelte Anführungszeichen fassen eine Wortfolge oder einen Wert mit Leerzeichen zusammen. Ein Wort (oder eine Wortfolge) muss im Titel vorkommen, unabhängig von Groß- und Kleinschreibung. &lt;code&gt;feed:&lt;/code&gt;, &lt;code&gt;kind:&lt;/code&gt; (&lt;code&gt;kind:news&lt;/code&gt; passt auch auf &lt;code&gt;news.story&lt;/code&gt;), &lt;code&gt;urgency:N&lt;/code&gt; oder &lt;code&gt;urgency:N-M&lt;/code&gt; sowie jedes andere &lt;code&gt;Präfix:Wert&lt;/code&gt; bezeichnet ein Tag des Ereignisses (&lt;code&gt;Wert*&lt;/code&gt; für einen Präfix). Tokens desselben Felds sind Alternativen; verschiedene Felder und jedes Wort müssen alle zutreffen. &lt;code&gt;-Token&lt;/code&gt; darf nicht zutreffen. Ein fehlerhaftes Token wird rot unter dem Feld genannt, und der Filter wartet auf eine Korrektur. Esc leert das Feld.&lt;/p&gt;&lt;p&gt;In den Feldern und in der CLI passt ein einzelnes Wort (keine Wortfolge in Anführungszeichen) auch auf den Wert eines Tags: &lt;code&gt;MSFT.O&lt;/code&gt; findet Ereignisse mit dem Tag &lt;code&gt;R:MSFT.O&lt;/code&gt;, genau wie &lt;code&gt;R:MSFT.O&lt;/code&gt;. Regeln verwenden die strikte Sprache, in der ein Wort nur den Titel betrifft. Ein Bereich zählt seine Spalten als Tags (Standort, Tür, Sprache…), sodass dieselbe Abfrage schon funktioniert, bevor jeder Feed seine Ereignisse mit Tags versieht. Die Verlaufssuche findet ein Wort, wenn es im Titel oder in der Meldung als ganzes Wort vorkommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Codes keep their prefixes (R:, N2:, G:, M:, P:…); the history search box next to the filter reads the same language (Enter runs it).</source>
        <translation>Codes behalten ihre Präfixe (R:, N2:, G:, M:, P:…); das Feld für die Verlaufssuche neben dem Filter versteht dieselbe Sprache (Eingabe startet sie).</translation>
    </message>
    <message>
        <source>stories with exactly this code</source>
        <translation>Meldungen mit genau diesem Code</translation>
    </message>
    <message>
        <source>oil in the headline, no Vodafone code</source>
        <translation>„oil“ in der Schlagzeile, kein Vodafone-Code</translation>
    </message>
    <message>
        <source>Site, door, user, event and severity count as tags. The list above the table shows entries, incidents or both. An incident&apos;s urgency is its severity&apos;s rank: critical 1, high 2, medium 3, low 4.</source>
        <translation>Standort (site), Tür (door), Benutzer (user), Ereignis (event) und Schweregrad (severity) zählen als Tags. Die Liste über der Tabelle zeigt Zutritte, Vorfälle oder beides. Die Dringlichkeit eines Vorfalls ist der Rang seines Schweregrads: kritisch 1, hoch 2, mittel 3, niedrig 4.</translation>
    </message>
    <message>
        <source>one door; door:Server* for doors starting so</source>
        <translation>eine Tür; door:Server* für Türen, die so beginnen</translation>
    </message>
    <message>
        <source>by site, user or event (name or code)</source>
        <translation>nach Standort, Benutzer oder Ereignis (Name oder Code)</translation>
    </message>
    <message>
        <source>Hotel, module, event, room, guest, key and changed count as tags.</source>
        <translation>Hotel (hotel), Modul (module), Ereignis (event), Zimmer (room), Gast (guest), Schlüssel (key) und Änderung (changed) zählen als Tags.</translation>
    </message>
    <message>
        <source>event names starting with cancel</source>
        <translation>Ereignisnamen, die mit „cancel“ beginnen</translation>
    </message>
    <message>
        <source>either room</source>
        <translation>eines der beiden Zimmer</translation>
    </message>
    <message>
        <source>The message&apos;s topic, type and direction count as tags.</source>
        <translation>Topic (topic), Typ (type) und Richtung (dir) der Nachricht zählen als Tags.</translation>
    </message>
    <message>
        <source>one message type</source>
        <translation>ein Nachrichtentyp</translation>
    </message>
</context>
<context>
    <name>sb::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Willkommen bei Switchboard</translation>
    </message>
    <message>
        <source>Switchboard needs feeds to listen to. Try it with the built-in emulators, which serve live, realistic news on this machine, or open a configuration file with your own services.</source>
        <translation>Switchboard braucht Feeds, denen es zuhören kann. Probieren Sie es mit den eingebauten Emulatoren aus, die auf diesem Rechner realistische Live-Nachrichten liefern, oder öffnen Sie eine Konfigurationsdatei mit Ihren eigenen Diensten.</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Run the built-in emulators and connect every feed to them.</source>
        <translation>Die eingebauten Emulatoren starten und alle Feeds mit ihnen verbinden.</translation>
    </message>
    <message>
        <source>Open a configuration file…</source>
        <translation>Konfigurationsdatei öffnen…</translation>
    </message>
    <message>
        <source>A JSON file with your feeds and credentials (see the README).</source>
        <translation>Eine JSON-Datei mit Ihren Feeds und Zugangsdaten (siehe README).</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>Switchboard configuration (*.json);;All files (*)</source>
        <translation>Switchboard-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Filter syntax</source>
        <translation>&amp;Filtersyntax</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Über Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::ui::HotelEventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 %2 · key %3</source>
        <translation>%1 %2 · Schlüssel %3</translation>
    </message>
</context>
<context>
    <name>sb::ui::HotelEventsPane</name>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Filter: words, or hotel:… room:… guest:… event:… module:… key:…</source>
        <translation>Filter: Wörter oder hotel:… room:… guest:… event:… module:… key:…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>offset —</source>
        <translation>Offset —</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 events</source>
        <translation>
            <numerusform>%1 Ereignis</numerusform>
            <numerusform>%1 Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events</source>
        <translation>
            <numerusform>%1 von %2 Ereignis</numerusform>
            <numerusform>%1 von %2 Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program is already streaming this chain with the same OHIP application key. Only one consumer may stream at a time, and two would stop the stream for both. Switchboard waits and tries again.
%1</source>
        <translation>Ein anderes Programm streamt diese Kette bereits mit demselben OHIP-Anwendungsschlüssel. Es darf nur ein Empfänger gleichzeitig streamen; zwei würden den Stream für beide beenden. Switchboard wartet und versucht es erneut.
%1</translation>
    </message>
</context>
<context>
    <name>sb::ui::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>In a pane</source>
        <translation>In einem Bereich</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In a filter: clear it and return to the rows</source>
        <translation>In einem Filter: ihn leeren und zu den Zeilen zurückkehren</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Pfeil auf, Pfeil ab, Bild auf, Bild ab</translation>
    </message>
    <message>
        <source>Move through the rows</source>
        <translation>Durch die Zeilen gehen</translation>
    </message>
</context>
<context>
    <name>sb::ui::LayoutActions</name>
    <message>
        <source>&amp;Panes</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>%1 — Switchboard</source>
        <translation>%1 — Switchboard</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>F&amp;eed</source>
        <translation>&amp;Feed</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Select rows to copy.</source>
        <translation>Wählen Sie Zeilen zum Kopieren aus.</translation>
    </message>
    <message>
        <source>Rules saved and applied.</source>
        <translation>Regeln gespeichert und angewendet.</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Beobachtungsliste</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageComposer</name>
    <message>
        <source>Compress</source>
        <translation>Komprimieren</translation>
    </message>
    <message>
        <source>Send text as a string</source>
        <translation>Text als Zeichenkette senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Publish to topic</source>
        <translation>An Topic veröffentlichen</translation>
    </message>
    <message>
        <source>Send to backend</source>
        <translation>An Backend senden</translation>
    </message>
    <message>
        <source>Publish over HTTP (admin)</source>
        <translation>Über HTTP veröffentlichen (Admin)</translation>
    </message>
    <message>
        <source>Don&apos;t wait</source>
        <translation>Nicht warten</translation>
    </message>
    <message>
        <source>Wait for ack</source>
        <translation>Auf Bestätigung warten</translation>
    </message>
    <message>
        <source>Wait for reply</source>
        <translation>Auf Antwort warten</translation>
    </message>
    <message>
        <source>topic, e.g. chat</source>
        <translation>Topic, z. B. chat</translation>
    </message>
    <message>
        <source>messageType (default broadcast)</source>
        <translation>messageType (Standard: broadcast)</translation>
    </message>
    <message>
        <source>Payload: JSON, e.g. {&quot;text&quot;: &quot;hello&quot;}</source>
        <translation>Nutzdaten: JSON, z. B. {&quot;text&quot;: &quot;hello&quot;}</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Payload is not valid JSON (%1)</source>
        <translation>Die Nutzdaten sind kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>Payload of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Nutzdaten von %1 Bytes überschreiten die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>Topic is empty</source>
        <translation>Das Topic ist leer</translation>
    </message>
    <message>
        <source>Empty payload</source>
        <translation>Leere Nutzdaten</translation>
    </message>
    <message>
        <source>✓ valid JSON (%1 bytes)</source>
        <translation>✓ gültiges JSON (%1 Bytes)</translation>
    </message>
    <message>
        <source>✗ not JSON: %1</source>
        <translation>✗ kein JSON: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>one JSON value expected</source>
        <translation>genau ein JSON-Wert erwartet</translation>
    </message>
</context>
<context>
    <name>sb::ui::NewRowsCue</name>
    <message>
        <source>Scroll to the newest row</source>
        <translation>Zur neuesten Zeile scrollen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring the cleared rows back (Ctrl+Z)</source>
        <translation>Die geleerten Zeilen zurückholen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The selected row has left the table; Details still shows it.</source>
        <translation>Die ausgewählte Zeile ist nicht mehr in der Tabelle; Details zeigt sie weiterhin.</translation>
    </message>
    <message>
        <source>%1 new above — jump</source>
        <translation>%1 neu oben — springen</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1 rows</source>
        <translation>
            <numerusform>%1 Zeile geleert</numerusform>
            <numerusform>%1 Zeilen geleert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Names you on the alarms you acknowledge; empty: your login name.</source>
        <translation>Ihr Name auf den Alarmen, die Sie quittieren; leer: Ihr Anmeldename.</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>&amp;Bedienername:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The config file sets it (&quot;store&quot;: &quot;path&quot;): %1</source>
        <translation>Von der Konfigurationsdatei festgelegt (&quot;store&quot;: &quot;path&quot;): %1</translation>
    </message>
    <message>
        <source>A new location applies after a restart.</source>
        <translation>Ein neuer Speicherort wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>&amp;History file:</source>
        <translation>&amp;Verlaufsdatei:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The config file sets it (&quot;store&quot;: &quot;maxBytes&quot;): no cap.</source>
        <translation>Von der Konfigurationsdatei festgelegt (&quot;store&quot;: &quot;maxBytes&quot;): keine Begrenzung.</translation>
    </message>
    <message>
        <source>The config file sets it (&quot;store&quot;: &quot;maxBytes&quot;).</source>
        <translation>Von der Konfigurationsdatei festgelegt (&quot;store&quot;: &quot;maxBytes&quot;).</translation>
    </message>
    <message>
        <source>The oldest stories are pruned past it. Applies after a restart.</source>
        <translation>Darüber hinaus werden die ältesten Meldungen gelöscht. Wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>History si&amp;ze cap:</source>
        <translation>Maximale Verlaufs&amp;größe:</translation>
    </message>
    <message>
        <source>Play &amp;sounds</source>
        <translation>&amp;Töne abspielen</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the feeds running in the system tray</source>
        <translation>Beim Schließen des Fensters laufen die Feeds im Infobereich &amp;weiter</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Switchboard.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher beendet das Schließen des Fensters Switchboard.</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>Verlaufsdatei</translation>
    </message>
    <message>
        <source>SQLite history (*.sqlite);;All files (*)</source>
        <translation>SQLite-Verlauf (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::RateChart</name>
    <message>
        <source>%1k/s</source>
        <translation>%1k/s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation>−%1 min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>sb::ui::RuleNotifier</name>
    <message numerus="yes">
        <source>%1 — and %n more</source>
        <translation>
            <numerusform>%1 — und %n weitere</numerusform>
            <numerusform>%1 — und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::RuleSoundPlayer</name>
    <message>
        <source>Rule &quot;%1&quot;: sound &quot;%2&quot; is neither a built-in sound (chime, alert, alarm) nor a WAV file.</source>
        <translation>Regel „%1“: Der Klang „%2“ ist weder ein eingebauter Klang (chime, alert, alarm) noch eine WAV-Datei.</translation>
    </message>
    <message>
        <source>No audio output device: rule sounds are silent.</source>
        <translation>Kein Audioausgabegerät: Regelklänge bleiben stumm.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: sound &quot;%2&quot; cannot be played.</source>
        <translation>Regel „%1“: Der Klang „%2“ kann nicht abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>sb::ui::RulesDialog</name>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Mo&amp;ve down</source>
        <translation>Na&amp;ch unten</translation>
    </message>
    <message>
        <source>In order: the first matching rule&apos;s colour wins.</source>
        <translation>Die Reihenfolge zählt: Es gilt die Farbe der ersten passenden Regel.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. R:VOD.L urgency:1-2 -lang:de</source>
        <translation>z. B. R:VOD.L urgency:1-2 -lang:de</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>Fa&amp;rbe:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Glocke</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>WAV file…</source>
        <translation>WAV-Datei…</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>&amp;Ton:</translation>
    </message>
    <message>
        <source>&amp;Notify (desktop notification)</source>
        <translation>Benachrichti&amp;gen (Desktop-Benachrichtigung)</translation>
    </message>
    <message>
        <source>&amp;Watch list</source>
        <translation>&amp;Beobachtungsliste</translation>
    </message>
    <message>
        <source>Alarm: requires ac&amp;knowledgement</source>
        <translation>Alarm: erfordert &amp;Quittierung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Play once</source>
        <translation>Einmal abspielen</translation>
    </message>
    <message>
        <source>&amp;Repeat the sound every:</source>
        <translation>Ton &amp;wiederholen alle:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Esca&amp;late after:</source>
        <translation>Es&amp;kalieren nach:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Every rule needs a name.</source>
        <translation>Jede Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another rule is already called &quot;%1&quot;; each rule needs a name of its own.</source>
        <translation>Eine andere Regel heißt bereits „%1“; jede Regel braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>No events received yet to preview the rule against.</source>
        <translation>Noch keine Ereignisse empfangen, an denen sich die Regel testen ließe.</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>Treffer werden gezählt…</translation>
    </message>
    <message>
        <source>Fix the query to see what it would match.</source>
        <translation>Korrigieren Sie die Abfrage, um zu sehen, was sie treffen würde.</translation>
    </message>
    <message>
        <source>Would have matched %1 of the last %2 events.</source>
        <translation>Hätte %1 der letzten %2 Ereignisse getroffen.</translation>
    </message>
    <message>
        <source>Rule colour</source>
        <translation>Farbe der Regel</translation>
    </message>
    <message>
        <source>Rule sound</source>
        <translation>Ton der Regel</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV-Ton (*.wav)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <source>Rules (*.json);;All files (*)</source>
        <translation>Regeln (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1; Save to use them.</source>
        <translation>
            <numerusform>%n Regel aus %1 importiert; Speichern übernimmt sie.</numerusform>
            <numerusform>%n Regeln aus %1 importiert; Speichern übernimmt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>Regeln (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n Regel nach %1 exportiert.</numerusform>
            <numerusform>%n Regeln nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::SelectionExport</name>
    <message>
        <source>Select rows to export.</source>
        <translation>Wählen Sie Zeilen zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation>Als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation>JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::SoundToggle</name>
    <message>
        <source>Rule sounds are muted. Click to play them again.</source>
        <translation>Regelklänge sind stumm. Klicken, um sie wieder abzuspielen.</translation>
    </message>
    <message>
        <source>Rule sounds are on. Click to mute them.</source>
        <translation>Regelklänge sind an. Klicken, um sie stummzuschalten.</translation>
    </message>
    <message>
        <source>Unmute rule sounds</source>
        <translation>Regelklänge einschalten</translation>
    </message>
    <message>
        <source>Mute rule sounds</source>
        <translation>Regelklänge stummschalten</translation>
    </message>
</context>
<context>
    <name>sb::ui::StoryActions</name>
    <message>
        <source>&amp;Next story</source>
        <translation>&amp;Nächste Meldung</translation>
    </message>
    <message>
        <source>&amp;Previous story</source>
        <translation>&amp;Vorherige Meldung</translation>
    </message>
    <message>
        <source>&amp;Open story</source>
        <translation>Meldung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>sb::ui::StoryViewer</name>
    <message>
        <source>Select a story in a blotter, or search the history.</source>
        <translation>Wählen Sie eine Meldung in einem Blotter aus oder durchsuchen Sie den Verlauf.</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>empfangen %1</translation>
    </message>
    <message>
        <source>urgency %1</source>
        <translation>Dringlichkeit %1</translation>
    </message>
    <message>
        <source>(no body: a headline-only alert)</source>
        <translation>(kein Text: ein Alert nur mit Schlagzeile)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>sb::ui::TopicInspectorPane</name>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>Abo</translation>
    </message>
    <message>
        <source>Msgs</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>topic to subscribe</source>
        <translation>zu abonnierendes Topic</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 messages to %2</source>
        <translation>
            <numerusform>%1 Nachricht nach %2 exportiert</numerusform>
            <numerusform>%1 Nachrichten nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Resume (%1 held)</source>
        <translation>Fortsetzen (%1 zurückgehalten)</translation>
    </message>
    <message>
        <source>Resume (%1 held, %2 dropped)</source>
        <translation>Fortsetzen (%1 zurückgehalten, %2 verworfen)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This pane has no feed to send to.</source>
        <translation>Dieser Bereich hat keinen Feed, an den er senden kann.</translation>
    </message>
    <message>
        <source>The %1 feed is not running.</source>
        <translation>Der Feed %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent, waiting for the %1…</source>
        <translation>Gesendet, warte auf %1…</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>%1 abbestellt</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Health: HTTP %1 %2</source>
        <translation>Zustand: HTTP %1 %2</translation>
    </message>
    <message>
        <source>Health check failed: %1</source>
        <translation>Zustandsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>acked in %1 ms</source>
        <translation>bestätigt in %1 ms</translation>
    </message>
    <message>
        <source>replied %1 in %2 ms</source>
        <translation>Antwort %1 in %2 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reply (%1): %2</source>
        <translation>Antwort (%1): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(backend)</source>
        <translation>(Backend)</translation>
    </message>
    <message>
        <source>Filter: words, or topic:orders/* type:… dir:in|out</source>
        <translation>Filter: Wörter oder topic:orders/* type:… dir:in|out</translation>
    </message>
    <message>
        <source>Cannot write %1: the write stopped short (is the disk full?)</source>
        <translation>%1 kann nicht geschrieben werden: Der Schreibvorgang brach vorzeitig ab (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>sb::ui::TopicMessageModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Komprimiert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>sb::ui::WatchListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>sb::ui::WatchListPane</name>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Pin the selected items to the top, or unpin them</source>
        <translation>Die ausgewählten Einträge oben anheften oder lösen</translation>
    </message>
    <message>
        <source>Mark the selected items read</source>
        <translation>Die ausgewählten Einträge als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark every item read</source>
        <translation>Alle Einträge als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>Show only the items whose alarm is still open</source>
        <translation>Nur Einträge zeigen, deren Alarm noch offen ist</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspaceMenu</name>
    <message>
        <source>&amp;Save workspace as…</source>
        <translation>Arbeitsbereich &amp;speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Rename workspace…</source>
        <translation>Arbeitsbereich &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete workspace…</source>
        <translation>Arbeitsbereich &amp;löschen…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation>Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>“%1” cannot be used: it is empty, built in, or taken by another workspace.</source>
        <translation>„%1“ kann nicht verwendet werden: Der Name ist leer, eingebaut oder bereits von einem anderen Arbeitsbereich belegt.</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Delete workspace “%1”?</source>
        <translation>Arbeitsbereich „%1“ löschen?</translation>
    </message>
</context>
</TS>
