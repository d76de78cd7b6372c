<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BoxLabel</name>
    <message>
        <source>Filter shown rows</source>
        <translation>表示中の行を絞り込む</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>履歴を検索</translation>
    </message>
</context>
<context>
    <name>FeedTitle</name>
    <message>
        <source>LSEG News (MRN)</source>
        <translation>LSEG ニュース (MRN)</translation>
    </message>
    <message>
        <source>News (MRN)</source>
        <translation>ニュース (MRN)</translation>
    </message>
    <message>
        <source>News alerts</source>
        <translation>ニュースアラート</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Door incidents (Salto)</source>
        <translation>ドアインシデント (Salto)</translation>
    </message>
    <message>
        <source>Doors (Salto)</source>
        <translation>ドア (Salto)</translation>
    </message>
    <message>
        <source>Hotel events (OPERA)</source>
        <translation>ホテルイベント (OPERA)</translation>
    </message>
    <message>
        <source>Hotel (OPERA)</source>
        <translation>ホテル (OPERA)</translation>
    </message>
    <message>
        <source>Topic inspector</source>
        <translation>トピックインスペクター</translation>
    </message>
    <message>
        <source>Topics (Pub/Sub)</source>
        <translation>トピック (Pub/Sub)</translation>
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
        <translation>--rate と --burst には数値を指定してください。</translation>
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
        <translation>デモを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Cannot read %1: %2

File → Edit feeds… fixes it; File → Start demo runs the emulators.</source>
        <translation>%1 を読み込めません: %2

ファイル → フィードを編集… で修正できます。ファイル → デモを開始 でエミュレーターを実行します。</translation>
    </message>
    <message>
        <source>Cannot start the feeds of %1:
%2

Store the secrets with `switchboard-cli secret set NAME`, or run the demo from the File menu.</source>
        <translation>%1 のフィードを開始できません:
%2

`switchboard-cli secret set NAME` でシークレットを保存するか、ファイル メニューからデモを実行してください。</translation>
    </message>
    <message>
        <source>Cannot edit %1: %2</source>
        <translation>%1 を編集できません: %2</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Switchboard configuration (*.json)</source>
        <translation>Switchboard 設定ファイル (*.json)</translation>
    </message>
    <message>
        <source>Some feeds could not be set up:
%1</source>
        <translation>一部のフィードを設定できませんでした:
%1</translation>
    </message>
    <message>
        <source>No feed could be set up.
%1

File → Edit feeds… fixes the config; File → Start demo runs the emulators.</source>
        <translation>フィードを 1 つも設定できませんでした。
%1

ファイル → フィードを編集… で設定を修正できます。ファイル → デモを開始 でエミュレーターを実行します。</translation>
    </message>
</context>
<context>
    <name>sb::ui::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Switchboard について</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Switchboard&lt;/b&gt; %1&lt;br&gt;A real-time news and events terminal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Switchboard&lt;/b&gt; %1&lt;br&gt;リアルタイムのニュース・イベント端末です。&lt;/p&gt;</translation>
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
        <translation>履歴</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成ファイル</translation>
    </message>
    <message>
        <source>none (demo)</source>
        <translation>なし (デモ)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Licences&lt;/b&gt; of the components the installers bundle:&lt;/p&gt;</source>
        <translation>&lt;p&gt;インストーラーに同梱されるコンポーネントの&lt;b&gt;ライセンス&lt;/b&gt;:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlarmDesk</name>
    <message>
        <source>Alarms</source>
        <translation>アラーム</translation>
    </message>
    <message>
        <source>Show the Alarms pane</source>
        <translation>アラームペインを表示</translation>
    </message>
    <message>
        <source>Alarms: %1</source>
        <translation>アラーム: %1</translation>
    </message>
    <message>
        <source>The event of this alarm is no longer in the history.</source>
        <translation>このアラームのイベントは履歴にもうありません。</translation>
    </message>
    <message>
        <source>Could not search the history: %1</source>
        <translation>履歴を検索できませんでした: %1</translation>
    </message>
    <message>
        <source>1 open alarm</source>
        <translation>未処理のアラーム 1 件</translation>
    </message>
    <message>
        <source>%1 open alarms</source>
        <translation>未処理のアラーム %1 件</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>Team alarms: %1</source>
        <translation>チームのアラーム: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlarmTableModel</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 までスヌーズ</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>デスク</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlarmsPane</name>
    <message>
        <source>Open only</source>
        <translation>未処理のみ</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Close alarm</source>
        <translation>アラームをクローズ</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>メモ（任意）</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 時間</translation>
    </message>
    <message>
        <source>Select an alarm first.</source>
        <translation>先にアラームを選択してください。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlertSubscriptionDialog</name>
    <message>
        <source>Match any term instead of all of them</source>
        <translation>すべてではなく、いずれかの条件に一致</translation>
    </message>
    <message>
        <source>News alerts subscription</source>
        <translation>ニュースアラートのサブスクリプション</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>any urgency</source>
        <translation>すべての緊急度</translation>
    </message>
    <message>
        <source>urgency ≤ </source>
        <translation>緊急度 ≤ </translation>
    </message>
    <message>
        <source>1 is a flash, 3 an ordinary story</source>
        <translation>1 は速報、3 は通常の記事</translation>
    </message>
    <message>
        <source>VOD.L, N2:TEL</source>
        <translation>VOD.L, N2:TEL</translation>
    </message>
    <message>
        <source>headline contains…</source>
        <translation>見出しに含む…</translation>
    </message>
    <message>
        <source>The service sends only the alerts that match. Subscribing replaces this feed&apos;s subscription; the filter box in the pane only narrows the rows already received.</source>
        <translation>サービスは条件に一致するアラートだけを送信します。購読するとこのフィードのサブスクリプションが置き換えられます。ペインのフィルター欄は受信済みの行を絞り込むだけです。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <source>RICs or news codes</source>
        <translation>RIC またはニュースコード</translation>
    </message>
    <message>
        <source>Headline text</source>
        <translation>見出しテキスト</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>urgency ≤ %1</source>
        <translation>緊急度 ≤ %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sb::ui::AlertsPane</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>Subscription…</source>
        <translation>サブスクリプション…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Choose which alerts the service sends to this feed</source>
        <translation>このフィードにサービスが送信するアラートを選択</translation>
    </message>
    <message>
        <source>Subscribed to: —</source>
        <translation>購読中: —</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>サブスクリプション一覧</translation>
    </message>
    <message>
        <source>The account&apos;s alert subscriptions</source>
        <translation>アカウントのアラートサブスクリプション</translation>
    </message>
    <message>
        <source>queue —</source>
        <translation>キュー —</translation>
    </message>
    <message>
        <source>The subscription could not be changed:
%1</source>
        <translation>サブスクリプションを変更できませんでした:
%1</translation>
    </message>
    <message>
        <source>The subscriptions could not be listed:
%1</source>
        <translation>サブスクリプションを一覧表示できませんでした:
%1</translation>
    </message>
    <message>
        <source>The subscription could not be deleted:
%1</source>
        <translation>サブスクリプションを削除できませんでした:
%1</translation>
    </message>
    <message>
        <source>No subscriptions</source>
        <translation>サブスクリプションはありません</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>custom filter</source>
        <translation>カスタムフィルター</translation>
    </message>
    <message>
        <source>Delete subscription %1</source>
        <translation>サブスクリプション %1 を削除</translation>
    </message>
    <message>
        <source>Delete alert subscription %1? Its queue goes with it.</source>
        <translation>アラートサブスクリプション %1 を削除しますか? キューも一緒に削除されます。</translation>
    </message>
    <message>
        <source>no subscription</source>
        <translation>サブスクリプションなし</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>ポーリング中</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>last poll %1</source>
        <translation>最終ポーリング %1</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>処理中 %1 件</translation>
    </message>
    <message>
        <source>%1 quarantined</source>
        <translation>隔離 %1 件</translation>
    </message>
    <message>
        <source>credentials renewed in %1</source>
        <translation>認証情報の更新まで %1</translation>
    </message>
    <message>
        <source>Queue %1
Subscription %2</source>
        <translation>キュー %1
サブスクリプション %2</translation>
    </message>
    <message>
        <source>Subscribed to: %1</source>
        <translation>購読中: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::BlotterModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Urg</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>RICs / topics</source>
        <translation>RIC / トピック</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Urgency: 1 is an alert, 3 an ordinary story</source>
        <translation>緊急度: 1 は速報、3 は通常の記事</translation>
    </message>
</context>
<context>
    <name>sb::ui::BlotterPane</name>
    <message>
        <source>words or codes, Enter</source>
        <translation>語句またはコード、Enter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Loading history… · </source>
        <translation>履歴を読み込み中… · </translation>
    </message>
    <message numerus="yes">
        <source>%1 stories</source>
        <translation>
            <numerusform>%1 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>History is not available.</source>
        <translation>履歴を利用できません。</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>「%1」を検索中…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>No stories in history match “%1”.</source>
        <translation>履歴に「%1」に一致する記事はありません。</translation>
    </message>
    <message>
        <source>Newest %1 matches for “%2”</source>
        <translation>「%2」の最新 %1 件の一致</translation>
    </message>
    <message>
        <source>%1 matches for “%2”</source>
        <translation>「%2」に %1 件一致</translation>
    </message>
    <message>
        <source>words  MSFT.O  R:VOD*  lang:en  urgency:1-2  -word</source>
        <translation>語句  MSFT.O  R:VOD*  lang:en  urgency:1-2  -語句</translation>
    </message>
    <message>
        <source>Each word must appear in the headline or be a code&apos;s value (MSFT.O finds R:MSFT.O).
Tokens narrow further: lang:en  urgency:1 (or 1-2)  kind:news.story  provider:RTRS
and codes such as R:VOD.L, R:VOD* (prefix), N2:COM; -token excludes.
History search (Enter) reads the same language. See Help &gt; Filter syntax.</source>
        <translation>各語句は見出しに含まれるか、コードの値と一致する必要があります (MSFT.O で R:MSFT.O が見つかります)。
トークンでさらに絞り込めます: lang:en  urgency:1 (または 1-2)  kind:news.story  provider:RTRS
R:VOD.L、R:VOD* (前方一致)、N2:COM などのコードも使えます。-トークン で除外します。
履歴検索 (Enter) も同じ言語を使います。ヘルプ &gt; フィルター構文 を参照してください。</translation>
    </message>
</context>
<context>
    <name>sb::ui::ChipStrip</name>
    <message>
        <source>%1 — click to filter by it</source>
        <translation>%1 — クリックで絞り込み</translation>
    </message>
</context>
<context>
    <name>sb::ui::ConnectionBar</name>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>トークン有効期限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>passed (connection stays open; renewed on reconnect)</source>
        <translation>期限切れ (接続は維持、再接続時に更新)</translation>
    </message>
    <message>
        <source>passed (connection stays open; a reconnect needs a new token)</source>
        <translation>期限切れ (接続は維持、再接続には新しいトークンが必要)</translation>
    </message>
    <message>
        <source>expired (renewed on reconnect)</source>
        <translation>期限切れ (再接続時に更新)</translation>
    </message>
    <message>
        <source>expired (a reconnect needs a new token)</source>
        <translation>期限切れ (再接続には新しいトークンが必要)</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>あと %1 時間 %2 分</translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>あと %1 分 %2 秒</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>あと %1 秒</translation>
    </message>
</context>
<context>
    <name>sb::ui::CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>The current configuration names no keychain secrets. A config refers to one as &quot;keychain:NAME&quot;; it is read from the system keychain when the feeds start.</source>
        <translation>現在の設定ファイルはキーチェーンのシークレットを参照していません。設定ファイルではシークレットを &quot;keychain:NAME&quot; と記述して参照し、フィードの開始時にシステムのキーチェーンから読み込みます。</translation>
    </message>
    <message>
        <source>The secrets the current configuration refers to as &quot;keychain:NAME&quot;, kept in the system keychain. A change applies when the configuration is next opened.</source>
        <translation>現在の設定ファイルが &quot;keychain:NAME&quot; として参照している、システムのキーチェーン内のシークレットです。変更は次に設定ファイルを開いたときに適用されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>new value for the selected name</source>
        <translation>選択した名前の新しい値</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>sb::ui::DeskTray</name>
    <message>
        <source>&amp;Show Switchboard</source>
        <translation>Switchboard を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in the watch list</source>
        <translation>
            <numerusform>ウォッチリストの未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>1 open alarm</source>
        <translation>未対応のアラーム 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarms</source>
        <translation>
            <numerusform>未対応のアラーム %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::DiagnosticsPane</name>
    <message>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>イベント/秒</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Decode errors</source>
        <translation>デコードエラー</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>レイテンシ p50</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>レイテンシ p99</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>状態の履歴</translation>
    </message>
    <message>
        <source>Events per second, last five minutes</source>
        <translation>1 秒あたりのイベント数 (直近 5 分間)</translation>
    </message>
    <message>
        <source>No feed</source>
        <translation>フィードなし</translation>
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
        <translation>時刻</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>ドア</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入室</translation>
    </message>
</context>
<context>
    <name>sb::ui::DoorEventsPane</name>
    <message>
        <source>Select an event to see its raw message</source>
        <translation>イベントを選択すると元のメッセージが表示されます</translation>
    </message>
    <message>
        <source>Entries and incidents</source>
        <translation>入室とインシデント</translation>
    </message>
    <message>
        <source>Incidents only</source>
        <translation>インシデントのみ</translation>
    </message>
    <message>
        <source>Entries only</source>
        <translation>入室のみ</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message numerus="yes">
        <source>%1 incidents, %2 critical</source>
        <translation>
            <numerusform>インシデント %1 件、うち重大 %2 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 incidents, %3 critical</source>
        <translation>
            <numerusform>インシデント %2 件中 %1 件、うち重大 %3 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: words, or site:… door:… user:… event:… severity:high, urgency:1-2 (high and above)</source>
        <translation>フィルター: 語句、または site:… door:… user:… event:… severity:high、urgency:1-2 (高以上)</translation>
    </message>
</context>
<context>
    <name>sb::ui::EditActions</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>&amp;Undo clear</source>
        <translation>クリアを元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>フィルター(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Search history…</source>
        <translation>履歴を検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>ルール(&amp;R)…</translation>
    </message>
    <message>
        <source>Save filter as r&amp;ule…</source>
        <translation>フィルターをルールとして保存(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>sb::ui::EscalationBanner</name>
    <message>
        <source>Escalation</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Escalated: %1 — %2 (%3), not acknowledged</source>
        <translation>エスカレーション: %1 — %2（%3）、未確認</translation>
    </message>
    <message numerus="yes">
        <source> · %n more escalated</source>
        <translation>
            <numerusform> · ほか %n 件エスカレーション</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::EventTablePane</name>
    <message>
        <source>Paused · %1 held</source>
        <translation>一時停止中 · %1 件保留</translation>
    </message>
    <message>
        <source>Paused · %1 held · %2 dropped</source>
        <translation>一時停止中 · %1 件保留 · %2 件破棄</translation>
    </message>
    <message>
        <source>Save filter as &amp;rule…</source>
        <translation>フィルターをルールとして保存(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>sb::ui::FeedActions</name>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Hold new stories back in the active blotter (P)</source>
        <translation>アクティブなブロッターで新着記事を保留 (P)</translation>
    </message>
    <message>
        <source>C&amp;lear blotter</source>
        <translation>ブロッターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
</context>
<context>
    <name>sb::ui::FeedConfigDialog</name>
    <message>
        <source>Edit feeds</source>
        <translation>フィードを編集</translation>
    </message>
    <message>
        <source>&amp;Add feed</source>
        <translation>フィードを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove feed</source>
        <translation>フィードを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Values are kept as typed: write secrets as env:NAME or keychain:NAME. Numbers, true, false and [arrays] are read as JSON; quote a value to keep it text.</source>
        <translation>値は入力したとおりに保存されます。シークレットは env:NAME または keychain:NAME と書いてください。数値、true、false、[配列] は JSON として読み込まれます。テキストのままにするには値を引用符で囲んでください。</translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation>キーを追加(&amp;K)</translation>
    </message>
    <message>
        <source>Remove k&amp;ey</source>
        <translation>キーを削除(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>This feed has problems</source>
        <translation>このフィードには問題があります</translation>
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
        <translation>%1: クリックで診断を表示</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>認証中</translation>
    </message>
    <message>
        <source>Discovering</source>
        <translation>検出中</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>ログイン中</translation>
    </message>
    <message>
        <source>Subscribing</source>
        <translation>購読中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1k/s</source>
        <translation>%1k/秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>イベントなし</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 時間前</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation>%1、一時停止中</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>エラー 1 件</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>エラー %1 件</translation>
    </message>
</context>
<context>
    <name>sb::ui::FileActions</name>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>設定ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Start &amp;demo</source>
        <translation>デモを開始(&amp;D)</translation>
    </message>
    <message>
        <source>Edit &amp;feeds…</source>
        <translation>フィードを編集(&amp;F)…</translation>
    </message>
    <message>
        <source>Export selection as &amp;CSV…</source>
        <translation>選択範囲を CSV でエクスポート(&amp;C)…</translation>
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
        <translation>選択範囲を JSON Lines でエクスポート(&amp;J)…</translation>
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
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>設定ファイルを開く</translation>
    </message>
    <message>
        <source>Switchboard configuration (*.json);;All files (*)</source>
        <translation>Switchboard 設定ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>C&amp;redentials…</source>
        <translation>認証情報(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>sb::ui::FilterSyntaxDialog</name>
    <message>
        <source>Filter syntax</source>
        <translation>フィルター構文</translation>
    </message>
    <message>
        <source>News (blotter and alerts)</source>
        <translation>ニュース (ブロッターとアラート)</translation>
    </message>
    <message>
        <source>stories coded R:MSFT.O, or with MSFT.O in the headline</source>
        <translation>コード R:MSFT.O が付いた記事、または見出しに MSFT.O を含む記事</translation>
    </message>
    <message>
        <source>stories with a code starting R:VOD (R:VOD.L, R:VODA.MI…)</source>
        <translation>R:VOD で始まるコードが付いた記事 (R:VOD.L、R:VODA.MI など)</translation>
    </message>
    <message>
        <source>either subject</source>
        <translation>いずれかのサブジェクト</translation>
    </message>
    <message>
        <source>flashes only; urgency:1-2 for a range</source>
        <translation>速報のみ。範囲指定は urgency:1-2</translation>
    </message>
    <message>
        <source>English stories</source>
        <translation>英語の記事</translation>
    </message>
    <message>
        <source>stories, not analytics or sentiment</source>
        <translation>記事のみ (アナリティクスやセンチメントを除く)</translation>
    </message>
    <message>
        <source>one provider</source>
        <translation>特定の提供元</translation>
    </message>
    <message>
        <source>a phrase, in the headline</source>
        <translation>見出し中のフレーズ</translation>
    </message>
    <message>
        <source>Door incidents</source>
        <translation>ドアインシデント</translation>
    </message>
    <message>
        <source>critical or high incidents</source>
        <translation>重大または高のインシデント</translation>
    </message>
    <message>
        <source>high and above</source>
        <translation>高以上</translation>
    </message>
    <message>
        <source>Hotel events</source>
        <translation>ホテルイベント</translation>
    </message>
    <message>
        <source>one hotel, by its code</source>
        <translation>特定のホテル (コードで指定)</translation>
    </message>
    <message>
        <source>one business module</source>
        <translation>特定の業務モジュール</translation>
    </message>
    <message>
        <source>Topic inspector</source>
        <translation>トピックインスペクター</translation>
    </message>
    <message>
        <source>topics starting with orders</source>
        <translation>orders で始まるトピック</translation>
    </message>
    <message>
        <source>received messages; dir:out for the ones you sent</source>
        <translation>受信したメッセージ。送信したものは dir:out</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every filter box, the history search and &lt;code&gt;switchboard-cli listen|replay --filter&lt;/code&gt; read one language. Tokens are separated by spaces; double quotes group a phrase or a value with spaces. A word (or phrase) must appear in the title, in any case. &lt;code&gt;feed:&lt;/code&gt;, &lt;code&gt;kind:&lt;/code&gt; (&lt;code&gt;kind:news&lt;/code&gt; also matches &lt;code&gt;news.story&lt;/code&gt;), &lt;code&gt;urgency:N&lt;/code&gt; or &lt;code&gt;urgency:N-M&lt;/code&gt;, and any other &lt;code&gt;prefix:value&lt;/code&gt; names a tag of the event (&lt;code&gt;value*&lt;/code&gt; for a prefix). Tokens of one field are alternatives; different fields, and every word, must all hold. &lt;code&gt;-token&lt;/code&gt; must not hold. A malformed token is named in red under the box and the filter waits for a fix. Escape clears the box.&lt;/p&gt;&lt;p&gt;In the boxes and the CLI a bare word (not a quoted phrase) also matches a tag&apos;s value: &lt;code&gt;MSFT.O&lt;/code&gt; finds events tagged &lt;code&gt;R:MSFT.O&lt;/code&gt;, as &lt;code&gt;R:MSFT.O&lt;/code&gt; does. Rules use the strict language, where a word is the title only. A pane counts its columns as tags (site, door, language…), so the same query works before every feed tags its events. History search finds a word where the title or the story has it as a whole word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;すべてのフィルター欄、履歴検索、&lt;code&gt;switchboard-cli listen|replay --filter&lt;/code&gt; は同じ言語を使います。トークンはスペースで区切ります。フレーズやスペースを含む値はダブルクォートで囲みます。語句 (またはフレーズ) はタイトルに含まれている必要があります (大文字と小文字は区別しません)。&lt;code&gt;feed:&lt;/code&gt;、&lt;code&gt;kind:&lt;/code&gt; (&lt;code&gt;kind:news&lt;/code&gt; は &lt;code&gt;news.story&lt;/code&gt; にも一致します)、&lt;code&gt;urgency:N&lt;/code&gt; または &lt;code&gt;urgency:N-M&lt;/code&gt;、その他の &lt;code&gt;接頭辞:値&lt;/code&gt; はイベントのタグを指定します (前方一致は &lt;code&gt;値*&lt;/code&gt;)。同じフィールドのトークンはいずれかに一致すればよく、異なるフィールドとすべての語句はすべて満たす必要があります。&lt;code&gt;-トークン&lt;/code&gt; は満たしてはならない条件です。形式が正しくないトークンは欄の下に赤字で示され、修正されるまでフィルターは適用されません。Esc で欄をクリアします。&lt;/p&gt;&lt;p&gt;フィルター欄と CLI では、単独の語句 (引用符で囲んだフレーズではないもの) はタグの値にも一致します。&lt;code&gt;MSFT.O&lt;/code&gt; は &lt;code&gt;R:MSFT.O&lt;/code&gt; と同様に、&lt;code&gt;R:MSFT.O&lt;/code&gt; のタグが付いたイベントを見つけます。ルールでは厳密な言語を使い、語句はタイトルだけを対象とします。ペインは列 (拠点、ドア、言語など) をタグとして扱うため、フィードがイベントにタグを付ける前でも同じクエリが使えます。履歴検索では、タイトルまたは本文に単語全体として含まれる語句が見つかります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Codes keep their prefixes (R:, N2:, G:, M:, P:…); the history search box next to the filter reads the same language (Enter runs it).</source>
        <translation>コードは接頭辞 (R:、N2:、G:、M:、P: など) を付けたまま指定します。フィルターの隣にある履歴検索欄も同じ言語を使います (Enter で実行)。</translation>
    </message>
    <message>
        <source>stories with exactly this code</source>
        <translation>このコードと完全に一致するコードが付いた記事</translation>
    </message>
    <message>
        <source>oil in the headline, no Vodafone code</source>
        <translation>見出しに oil を含み、Vodafone のコードが付いていない記事</translation>
    </message>
    <message>
        <source>Site, door, user, event and severity count as tags. The list above the table shows entries, incidents or both. An incident&apos;s urgency is its severity&apos;s rank: critical 1, high 2, medium 3, low 4.</source>
        <translation>拠点 (site)、ドア (door)、ユーザー (user)、イベント (event)、重大度 (severity) はタグとして扱われます。表の上のリストで、入室、インシデント、またはその両方を表示できます。インシデントの緊急度は重大度の順位です: 重大 1、高 2、中 3、低 4。</translation>
    </message>
    <message>
        <source>one door; door:Server* for doors starting so</source>
        <translation>特定のドア。Server で始まるドアは door:Server*</translation>
    </message>
    <message>
        <source>by site, user or event (name or code)</source>
        <translation>拠点、ユーザー、イベント (名前またはコード) で指定</translation>
    </message>
    <message>
        <source>Hotel, module, event, room, guest, key and changed count as tags.</source>
        <translation>ホテル (hotel)、モジュール (module)、イベント (event)、部屋 (room)、ゲスト (guest)、キー (key)、変更内容 (changed) はタグとして扱われます。</translation>
    </message>
    <message>
        <source>event names starting with cancel</source>
        <translation>cancel で始まるイベント名</translation>
    </message>
    <message>
        <source>either room</source>
        <translation>いずれかの部屋</translation>
    </message>
    <message>
        <source>The message&apos;s topic, type and direction count as tags.</source>
        <translation>メッセージのトピック (topic)、種類 (type)、方向 (dir) はタグとして扱われます。</translation>
    </message>
    <message>
        <source>one message type</source>
        <translation>特定のメッセージ種類</translation>
    </message>
</context>
<context>
    <name>sb::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Switchboard へようこそ</translation>
    </message>
    <message>
        <source>Switchboard needs feeds to listen to. Try it with the built-in emulators, which serve live, realistic news on this machine, or open a configuration file with your own services.</source>
        <translation>Switchboard には受信するフィードが必要です。このマシン上でリアルなライブニュースを配信する内蔵エミュレーターで試すか、ご自身のサービスを記述した設定ファイルを開いてください。</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>デモを開始</translation>
    </message>
    <message>
        <source>Run the built-in emulators and connect every feed to them.</source>
        <translation>内蔵エミュレーターを実行し、すべてのフィードを接続します。</translation>
    </message>
    <message>
        <source>Open a configuration file…</source>
        <translation>設定ファイルを開く…</translation>
    </message>
    <message>
        <source>A JSON file with your feeds and credentials (see the README).</source>
        <translation>フィードと認証情報を記述した JSON ファイル (README を参照)。</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>設定ファイルを開く</translation>
    </message>
    <message>
        <source>Switchboard configuration (*.json);;All files (*)</source>
        <translation>Switchboard 設定ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Filter syntax</source>
        <translation>フィルター構文(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Switchboard について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sb::ui::HotelEventModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>ホテル</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>%1 %2 · key %3</source>
        <translation>%1 %2 · キー %3</translation>
    </message>
</context>
<context>
    <name>sb::ui::HotelEventsPane</name>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Filter: words, or hotel:… room:… guest:… event:… module:… key:…</source>
        <translation>フィルター: 語句、または hotel:… room:… guest:… event:… module:… key:…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>offset —</source>
        <translation>オフセット —</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>オフセット %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 events</source>
        <translation>
            <numerusform>%1 件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events</source>
        <translation>
            <numerusform>%2 件中 %1 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program is already streaming this chain with the same OHIP application key. Only one consumer may stream at a time, and two would stop the stream for both. Switchboard waits and tries again.
%1</source>
        <translation>別のプログラムが同じ OHIP アプリケーションキーでこのチェーンをすでにストリーミングしています。同時にストリーミングできるのは 1 つのコンシューマーだけで、2 つになると両方のストリームが停止します。Switchboard は待機してから再試行します。
%1</translation>
    </message>
</context>
<context>
    <name>sb::ui::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>In a pane</source>
        <translation>ペイン内</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In a filter: clear it and return to the rows</source>
        <translation>フィルター内: クリアして行に戻る</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>↑、↓、Page Up、Page Down</translation>
    </message>
    <message>
        <source>Move through the rows</source>
        <translation>行を移動</translation>
    </message>
</context>
<context>
    <name>sb::ui::LayoutActions</name>
    <message>
        <source>&amp;Panes</source>
        <translation>ペイン(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>ワークスペース(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
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
        <translation>詳細</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>F&amp;eed</source>
        <translation>フィード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Select rows to copy.</source>
        <translation>コピーする行を選択してください。</translation>
    </message>
    <message>
        <source>Rules saved and applied.</source>
        <translation>ルールを保存して適用しました。</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>ウォッチリスト</translation>
    </message>
</context>
<context>
    <name>sb::ui::MessageComposer</name>
    <message>
        <source>Compress</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>Send text as a string</source>
        <translation>テキストを文字列として送信</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Publish to topic</source>
        <translation>トピックに発行</translation>
    </message>
    <message>
        <source>Send to backend</source>
        <translation>バックエンドに送信</translation>
    </message>
    <message>
        <source>Publish over HTTP (admin)</source>
        <translation>HTTP で発行 (管理)</translation>
    </message>
    <message>
        <source>Don&apos;t wait</source>
        <translation>待機しない</translation>
    </message>
    <message>
        <source>Wait for ack</source>
        <translation>ACK を待機</translation>
    </message>
    <message>
        <source>Wait for reply</source>
        <translation>応答を待機</translation>
    </message>
    <message>
        <source>topic, e.g. chat</source>
        <translation>トピック (例: chat)</translation>
    </message>
    <message>
        <source>messageType (default broadcast)</source>
        <translation>messageType (既定値 broadcast)</translation>
    </message>
    <message>
        <source>Payload: JSON, e.g. {&quot;text&quot;: &quot;hello&quot;}</source>
        <translation>ペイロード: JSON (例: {&quot;text&quot;: &quot;hello&quot;})</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>テンプレートを保存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Payload is not valid JSON (%1)</source>
        <translation>ペイロードが有効な JSON ではありません (%1)</translation>
    </message>
    <message>
        <source>Payload of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>ペイロード %1 バイトが上限の %2 バイトを超えています</translation>
    </message>
    <message>
        <source>Topic is empty</source>
        <translation>トピックが空です</translation>
    </message>
    <message>
        <source>Empty payload</source>
        <translation>ペイロードが空です</translation>
    </message>
    <message>
        <source>✓ valid JSON (%1 bytes)</source>
        <translation>✓ 有効な JSON (%1 バイト)</translation>
    </message>
    <message>
        <source>✗ not JSON: %1</source>
        <translation>✗ JSON ではありません: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (位置 %2)</translation>
    </message>
    <message>
        <source>one JSON value expected</source>
        <translation>JSON 値を 1 つだけ指定してください</translation>
    </message>
</context>
<context>
    <name>sb::ui::NewRowsCue</name>
    <message>
        <source>Scroll to the newest row</source>
        <translation>最新の行へスクロール</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Bring the cleared rows back (Ctrl+Z)</source>
        <translation>クリアした行を元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The selected row has left the table; Details still shows it.</source>
        <translation>選択した行は表から外れましたが、詳細には引き続き表示されます。</translation>
    </message>
    <message>
        <source>%1 new above — jump</source>
        <translation>上に新着 %1 件 — 移動</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1 rows</source>
        <translation>
            <numerusform>%1 行をクリアしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>再起動後に有効になります。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Names you on the alarms you acknowledge; empty: your login name.</source>
        <translation>確認したアラームに記録される名前です。空欄の場合はログイン名になります。</translation>
    </message>
    <message>
        <source>&amp;Operator name:</source>
        <translation>オペレーター名(&amp;O):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>The config file sets it (&quot;store&quot;: &quot;path&quot;): %1</source>
        <translation>設定ファイルで指定されています (&quot;store&quot;: &quot;path&quot;): %1</translation>
    </message>
    <message>
        <source>A new location applies after a restart.</source>
        <translation>新しい場所は再起動後に有効になります。</translation>
    </message>
    <message>
        <source>&amp;History file:</source>
        <translation>履歴ファイル(&amp;H):</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The config file sets it (&quot;store&quot;: &quot;maxBytes&quot;): no cap.</source>
        <translation>設定ファイルで指定されています (&quot;store&quot;: &quot;maxBytes&quot;): 上限なし。</translation>
    </message>
    <message>
        <source>The config file sets it (&quot;store&quot;: &quot;maxBytes&quot;).</source>
        <translation>設定ファイルで指定されています (&quot;store&quot;: &quot;maxBytes&quot;)。</translation>
    </message>
    <message>
        <source>The oldest stories are pruned past it. Applies after a restart.</source>
        <translation>上限を超えると古い記事から削除されます。再起動後に有効になります。</translation>
    </message>
    <message>
        <source>History si&amp;ze cap:</source>
        <translation>履歴サイズの上限(&amp;Z):</translation>
    </message>
    <message>
        <source>Play &amp;sounds</source>
        <translation>サウンドを再生(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the feeds running in the system tray</source>
        <translation>ウィンドウを閉じてもシステムトレイでフィードの実行を続ける(&amp;C)</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Switchboard.</source>
        <translation>このデスクトップにはシステムトレイがないため、ウィンドウを閉じると Switchboard が終了します。</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>履歴ファイル</translation>
    </message>
    <message>
        <source>SQLite history (*.sqlite);;All files (*)</source>
        <translation>SQLite 履歴 (*.sqlite);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>sb::ui::RateChart</name>
    <message>
        <source>%1k/s</source>
        <translation>%1k/秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation>−%1 分</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>sb::ui::RuleNotifier</name>
    <message numerus="yes">
        <source>%1 — and %n more</source>
        <translation>
            <numerusform>%1 — ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::RuleSoundPlayer</name>
    <message>
        <source>Rule &quot;%1&quot;: sound &quot;%2&quot; is neither a built-in sound (chime, alert, alarm) nor a WAV file.</source>
        <translation>ルール「%1」: サウンド「%2」は組み込みサウンド (chime、alert、alarm) でも WAV ファイルでもありません。</translation>
    </message>
    <message>
        <source>No audio output device: rule sounds are silent.</source>
        <translation>オーディオ出力デバイスがありません: ルールのサウンドは鳴りません。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: sound &quot;%2&quot; cannot be played.</source>
        <translation>ルール「%1」: サウンド「%2」を再生できません。</translation>
    </message>
</context>
<context>
    <name>sb::ui::RulesDialog</name>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上へ(&amp;P)</translation>
    </message>
    <message>
        <source>Mo&amp;ve down</source>
        <translation>下へ(&amp;V)</translation>
    </message>
    <message>
        <source>In order: the first matching rule&apos;s colour wins.</source>
        <translation>順序が重要です。最初に一致したルールの色が使われます。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. R:VOD.L urgency:1-2 -lang:de</source>
        <translation>例: R:VOD.L urgency:1-2 -lang:de</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>クエリ(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>色なし</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>チャイム</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>アラーム</translation>
    </message>
    <message>
        <source>WAV file…</source>
        <translation>WAV ファイル…</translation>
    </message>
    <message>
        <source>&amp;Sound:</source>
        <translation>サウンド(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Notify (desktop notification)</source>
        <translation>通知(&amp;N) (デスクトップ通知)</translation>
    </message>
    <message>
        <source>&amp;Watch list</source>
        <translation>ウォッチリスト(&amp;W)</translation>
    </message>
    <message>
        <source>Alarm: requires ac&amp;knowledgement</source>
        <translation>アラーム: 確認が必要(&amp;K)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Play once</source>
        <translation>1 回だけ再生</translation>
    </message>
    <message>
        <source>&amp;Repeat the sound every:</source>
        <translation>サウンドの繰り返し間隔(&amp;R):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Esca&amp;late after:</source>
        <translation>エスカレーションまで(&amp;L):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Every rule needs a name.</source>
        <translation>すべてのルールに名前が必要です。</translation>
    </message>
    <message>
        <source>Another rule is already called &quot;%1&quot;; each rule needs a name of its own.</source>
        <translation>「%1」という名前のルールは既にあります。ルールごとに別の名前が必要です。</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>ルール「%1」: %2</translation>
    </message>
    <message>
        <source>No events received yet to preview the rule against.</source>
        <translation>ルールを試すためのイベントをまだ受信していません。</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>一致を数えています…</translation>
    </message>
    <message>
        <source>Fix the query to see what it would match.</source>
        <translation>クエリを修正すると、一致する件数が表示されます。</translation>
    </message>
    <message>
        <source>Would have matched %1 of the last %2 events.</source>
        <translation>直近 %2 件のイベントのうち %1 件に一致したはずです。</translation>
    </message>
    <message>
        <source>Rule colour</source>
        <translation>ルールの色</translation>
    </message>
    <message>
        <source>Rule sound</source>
        <translation>ルールのサウンド</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV サウンド (*.wav)</translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>ルールをインポート</translation>
    </message>
    <message>
        <source>Rules (*.json);;All files (*)</source>
        <translation>ルール (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>インポートしませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1; Save to use them.</source>
        <translation>
            <numerusform>%1 から %n 件のルールをインポートしました。使うには保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>ルールをエクスポート</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>ルール (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n 件のルールを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>エクスポートしませんでした: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存しませんでした: %1</translation>
    </message>
</context>
<context>
    <name>sb::ui::SelectionExport</name>
    <message>
        <source>Select rows to export.</source>
        <translation>エクスポートする行を選択してください。</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV でエクスポート</translation>
    </message>
    <message>
        <source>Export as JSON Lines</source>
        <translation>JSON Lines でエクスポート</translation>
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
            <numerusform>%n 行を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>%1 にエクスポートできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>sb::ui::SoundToggle</name>
    <message>
        <source>Rule sounds are muted. Click to play them again.</source>
        <translation>ルールのサウンドはミュート中です。クリックすると再び鳴ります。</translation>
    </message>
    <message>
        <source>Rule sounds are on. Click to mute them.</source>
        <translation>ルールのサウンドはオンです。クリックするとミュートします。</translation>
    </message>
    <message>
        <source>Unmute rule sounds</source>
        <translation>ルールのサウンドのミュートを解除</translation>
    </message>
    <message>
        <source>Mute rule sounds</source>
        <translation>ルールのサウンドをミュート</translation>
    </message>
</context>
<context>
    <name>sb::ui::StoryActions</name>
    <message>
        <source>&amp;Next story</source>
        <translation>次の記事(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous story</source>
        <translation>前の記事(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open story</source>
        <translation>記事を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>sb::ui::StoryViewer</name>
    <message>
        <source>Select a story in a blotter, or search the history.</source>
        <translation>ブロッターで記事を選択するか、履歴を検索してください。</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>オーディエンス</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>生の JSON</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>受信 %1</translation>
    </message>
    <message>
        <source>urgency %1</source>
        <translation>緊急度 %1</translation>
    </message>
    <message>
        <source>(no body: a headline-only alert)</source>
        <translation>(本文なし: 見出しのみのアラート)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>sb::ui::TopicInspectorPane</name>
    <message>
        <source>Subscribe</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>購読解除</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>Msgs</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <source>topic to subscribe</source>
        <translation>購読するトピック</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>メッセージをエクスポート</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 messages to %2</source>
        <translation>
            <numerusform>%1 件のメッセージを %2 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>生データ</translation>
    </message>
    <message>
        <source>Resume (%1 held)</source>
        <translation>再開 (%1 件保留)</translation>
    </message>
    <message>
        <source>Resume (%1 held, %2 dropped)</source>
        <translation>再開 (%1 件保留、%2 件破棄)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>This pane has no feed to send to.</source>
        <translation>このペインには送信先のフィードがありません。</translation>
    </message>
    <message>
        <source>The %1 feed is not running.</source>
        <translation>フィード %1 は実行されていません。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Sent, waiting for the %1…</source>
        <translation>送信済み、%1 を待機中…</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>%1 を購読しました</translation>
    </message>
    <message>
        <source>Unsubscribed from %1</source>
        <translation>%1 の購読を解除しました</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 が拒否されました: %2</translation>
    </message>
    <message>
        <source>Health: HTTP %1 %2</source>
        <translation>ヘルスチェック: HTTP %1 %2</translation>
    </message>
    <message>
        <source>Health check failed: %1</source>
        <translation>ヘルスチェックに失敗しました: %1</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>acked in %1 ms</source>
        <translation>%1 ms で ACK</translation>
    </message>
    <message>
        <source>replied %1 in %2 ms</source>
        <translation>%2 ms で応答 %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Reply (%1): %2</source>
        <translation>応答 (%1): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(backend)</source>
        <translation>(バックエンド)</translation>
    </message>
    <message>
        <source>Filter: words, or topic:orders/* type:… dir:in|out</source>
        <translation>フィルター: 語句、または topic:orders/* type:… dir:in|out</translation>
    </message>
    <message>
        <source>Cannot write %1: the write stopped short (is the disk full?)</source>
        <translation>%1 に書き込めません: 書き込みが途中で終了しました (ディスクがいっぱいではありませんか?)</translation>
    </message>
</context>
<context>
    <name>sb::ui::TopicMessageModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>sb::ui::WatchListModel</name>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
</context>
<context>
    <name>sb::ui::WatchListPane</name>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>すべて既読にする</translation>
    </message>
    <message>
        <source>Pin the selected items to the top, or unpin them</source>
        <translation>選択した項目を先頭にピン留め、または解除します</translation>
    </message>
    <message>
        <source>Mark the selected items read</source>
        <translation>選択した項目を既読にします</translation>
    </message>
    <message>
        <source>Mark every item read</source>
        <translation>すべての項目を既読にします</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>未解決のアラーム</translation>
    </message>
    <message>
        <source>Show only the items whose alarm is still open</source>
        <translation>アラームが未解決の項目だけを表示</translation>
    </message>
</context>
<context>
    <name>sb::ui::WorkspaceMenu</name>
    <message>
        <source>&amp;Save workspace as…</source>
        <translation>ワークスペースに名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Rename workspace…</source>
        <translation>ワークスペースの名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete workspace…</source>
        <translation>ワークスペースを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>News</source>
        <translation>ニュース</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>ワークスペースを保存</translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation>ワークスペース名:</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>ワークスペースの名前を変更</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>“%1” cannot be used: it is empty, built in, or taken by another workspace.</source>
        <translation>「%1」は使用できません。空であるか、組み込みの名前か、別のワークスペースで使われています。</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>ワークスペースを削除</translation>
    </message>
    <message>
        <source>Delete workspace “%1”?</source>
        <translation>ワークスペース「%1」を削除しますか?</translation>
    </message>
</context>
</TS>
