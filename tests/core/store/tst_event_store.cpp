#include "store/event_store.h"

#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>
#include <sys/stat.h>

#include <atomic>
#include <cstring>
#include <optional>

using namespace sb;

namespace {

// How long a test waits for the store thread's answer. An answer, not a deadline: under ASan on a loaded two-core
// machine a prune with its index rebuild takes seconds (a fresh Debian run saw 5.4 s).
constexpr int kAnswerMs = 60000;

Event story(const QString &key, const QString &title, const QString &body = QString(), qint64 received = 1000)
{
    Event e;
    e.feed = QStringLiteral("mrn");
    e.kind = QStringLiteral("news.story");
    e.key = key;
    e.timeMs = received - 10;
    e.receivedMs = received;
    e.title = title.toUtf8();
    e.body = body.toUtf8();
    e.urgency = 3;
    e.tags = {QStringLiteral("N2:COM"), QStringLiteral("R:VOD.L")};
    e.attrs = "{\"a\":1}";
    e.language = QStringLiteral("en");
    e.source = QStringLiteral("NS:RTRS");
    return e;
}

// A VFS shim that watches one WAL file: whether everything written to it has been synced, and how often it was.
// It tells a commit that is on disk from one that is only in the page cache, which no query can.
namespace walwatch {

sqlite3_vfs *base = nullptr;
sqlite3_vfs vfs;
sqlite3_io_methods methods;
std::atomic<int> syncs {0};
std::atomic<bool> unsynced {false};
QByteArray watched; // a suffix of the WAL file's name

struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    bool watched;
};

File *of(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}
sqlite3_file *real(sqlite3_file *f)
{
    return of(f)->real;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return real(f)->pMethods->xRead(real(f), b, n, o);
}
int xWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    if (of(f)->watched)
        unsynced = true;
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    const int rc = real(f)->pMethods->xSync(real(f), flags);
    if (of(f)->watched && rc == SQLITE_OK) {
        unsynced = false;
        ++syncs;
    }
    return rc;
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **out)
{
    return real(f)->pMethods->xFetch(real(f), o, n, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = of(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const size_t n = name ? std::strlen(name) : 0;
    file->watched = (flags & SQLITE_OPEN_WAL) && n >= size_t(watched.size())
        && std::memcmp(name + n - watched.size(), watched.constData(), size_t(watched.size())) == 0;
    const int rc = base->xOpen(base, name, file->real, flags, outFlags);
    file->base.pMethods = file->real->pMethods ? &methods : nullptr;
    return rc;
}
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return base->xDelete(base, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return base->xAccess(base, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return base->xFullPathname(base, name, n, out);
}

// Becomes the default VFS, so the store's own sqlite3_open_v2 goes through it.
void install(const QByteArray &walSuffix)
{
    base = sqlite3_vfs_find(nullptr);
    watched = walSuffix;
    vfs = *base;
    vfs.pNext = nullptr;
    vfs.zName = "walwatch";
    vfs.szOsFile = int(sizeof(File)) + base->szOsFile;
    vfs.xOpen = xOpen;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    methods = sqlite3_io_methods {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
        xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier,
        xShmUnmap, xFetch, xUnfetch};
    sqlite3_vfs_register(&vfs, 1);
}

void uninstall()
{
    sqlite3_vfs_unregister(&vfs);
    sqlite3_vfs_register(base, 1);
}

} // namespace walwatch

// Reads the history file behind the store's back, for what the store's API does not show (quarantine, file size).
qint64 queryInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            value = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return value;
}

qint64 usedBytes(const QString &path)
{
    return queryInt(path,
        "SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, pragma_page_size, "
        "pragma_freelist_count");
}

// Distinct words, so the FTS index is as large as in real news and not a few repeated terms.
QString words(int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        for (int c = 0; c < 7; ++c)
            out += QChar(u'a' + int(QRandomGenerator::global()->bounded(26)));
        out += QLatin1Char(' ');
    }
    return out;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    StoreOptions options(const QString &name)
    {
        StoreOptions o;
        o.path = m_dir.filePath(name);
        o.flushIntervalMs = 5;
        return o;
    }
    qint64 countSync(EventStore &store)
    {
        qint64 n = -1;
        store.count(this, [&](qint64 c) { n = c; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(n >= 0, kAnswerMs); }();
        return n;
    }
    QString stateSync(EventStore &store, const QString &feed, const QString &key)
    {
        QString value;
        bool done = false;
        store.getState(feed, key, this, [&](QString v) {
            value = v;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kAnswerMs); }();
        return value;
    }
    // Fills a history with `n` events of about 1 KiB of distinct words, in batches of 100, and closes it.
    void fill(const StoreOptions &o, int n)
    {
        StoreOptions unlimited = o;
        unlimited.maxBytes = 0;
        unlimited.retentionDays = 0;
        EventStore store;
        store.open(unlimited);
        for (int i = 0; i < n; i += 100) {
            EventBatch batch;
            for (int j = i; j < qMin(n, i + 100); ++j)
                batch.append(story(QStringLiteral("k%1").arg(j), QStringLiteral("t%1").arg(j), words(128), 1000 + j));
            store.append(batch);
        }
        QCOMPARE(countSync(store), qint64(n));
        store.flush(); // indexed for search too, as a history that has run a while is
    }
    // Whether `batch` was committed, once the store has answered.
    bool commitSync(EventStore &store, const EventBatch &batch)
    {
        bool answered = false;
        bool committed = false;
        store.commit(batch, this, [&](bool ok, QString) {
            committed = ok;
            answered = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, kAnswerMs); }();
        return committed;
    }
    // The keys of the events a history search for `text` finds, sorted.
    QStringList keysFound(EventStore &store, const QString &text)
    {
        QStringList out;
        for (const Event &e : searchSync(store, {text, {}, 0, 50}))
            out << e.key;
        out.sort();
        return out;
    }
    EventBatch searchSync(EventStore &store, const StoreQuery &q)
    {
        EventBatch result;
        bool done = false;
        store.search(q, this, [&](EventBatch events, QString error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            result = events;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kAnswerMs); }();
        return result;
    }

private Q_SLOTS:
    void commitThenSearchRoundTrips()
    {
        EventStore store;
        QSignalSpy opened(&store, &EventStore::opened);
        store.open(options(QStringLiteral("a.sqlite")));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kAnswerMs);
        bool committed = false;
        store.commit(
            {story(QStringLiteral("G1"), QStringLiteral("Kremlin says visit by Modi is very important"),
                 QStringLiteral("MOSCOW, July 2")),
                story(QStringLiteral("G2"), QStringLiteral("Oil rises"), QStringLiteral("Brent crude 日本語 テスト"))},
            this, [&](bool ok, QString error) {
                QVERIFY2(ok, qPrintable(error));
                committed = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(committed, kAnswerMs);
        EventBatch hits = searchSync(store, {QStringLiteral("kremlin"), {}, 0, 50});
        QCOMPARE(hits.size(), 1);
        const Event &e = hits.first();
        QCOMPARE(e.key, QStringLiteral("G1"));
        QCOMPARE(e.titleText(), QStringLiteral("Kremlin says visit by Modi is very important"));
        QCOMPARE(e.tags, (QStringList {QStringLiteral("N2:COM"), QStringLiteral("R:VOD.L")}));
        QCOMPARE(e.attrs, QByteArray("{\"a\":1}"));
        QCOMPARE(e.urgency, 3);
        QCOMPARE(e.receivedMs, qint64(1000));
        QCOMPARE(e.language, QStringLiteral("en"));
        // The query language, in any case, as whole words; in history a word is looked for in the body as well.
        QCOMPARE(searchSync(store, {QStringLiteral("moscow"), {}, 0, 50}).first().key, QStringLiteral("G1"));
        QCOMPARE(searchSync(store, {QStringLiteral("-brent"), {}, 0, 50}).first().key, QStringLiteral("G1"));
        QCOMPARE(searchSync(store, {QStringLiteral("\"oil rises\""), {}, 0, 50}).first().key, QStringLiteral("G2"));
        QCOMPARE(searchSync(store, {QStringLiteral("KREMLIN"), {}, 0, 50}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("krem"), {}, 0, 50}).size(), 0); // the index holds whole words
        QCOMPARE(searchSync(store, {QStringLiteral("kremlin oil"), {}, 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QStringLiteral("-kremlin"), {}, 0, 50}).first().key, QStringLiteral("G2"));
        QCOMPARE(searchSync(store, {QStringLiteral("oil"), QStringLiteral("alerts"), 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QStringLiteral("urgency:3 feed:MRN kind:news"), {}, 0, 50}).size(), 2);
        QCOMPARE(searchSync(store, {QStringLiteral("urgency:1-2"), {}, 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QStringLiteral("lang:en kremlin"), {}, 0, 50}).size(), 1); // language as a tag
        QCOMPARE(searchSync(store, {QString(), {}, 0, 1}).first().key, QStringLiteral("G2")); // newest first
        QCOMPARE(searchSync(store, {QStringLiteral("-oil"), {}, 0, 1}).first().key, QStringLiteral("G1"));
        // A malformed query is an error naming the token, not an empty result.
        QString error;
        store.search({QStringLiteral("R:VOD.L \"unbalanced"), {}, 0, 50}, this,
            [&](EventBatch, QString why) { error = why.isEmpty() ? QStringLiteral("none") : why; });
        QTRY_VERIFY_WITH_TIMEOUT(!error.isEmpty(), kAnswerMs);
        QVERIFY2(error.contains(QLatin1String("\"unbalanced")), qPrintable(error));
    }

    void codesAreSearchedBareOrWithTheirPrefix()
    {
        EventStore store;
        store.open(options(QStringLiteral("codes.sqlite")));
        Event msft = story(QStringLiteral("M"), QStringLiteral("Software maker beats estimates"));
        msft.tags = {QStringLiteral("R:MSFT.O"), QStringLiteral("N2:TEC")};
        Event vod = story(QStringLiteral("V"), QStringLiteral("Telecoms group sells towers"));
        Event vodafone = story(QStringLiteral("VF"), QStringLiteral("Rival names chief"));
        vodafone.tags = {QStringLiteral("R:VODA.MI")};
        QVERIFY(commitSync(store, {msft, vod, vodafone}));
        const auto keys = [&](const QString &text) { return keysFound(store, text); };
        QCOMPARE(keys(QStringLiteral("R:MSFT.O")), QStringList {QStringLiteral("M")});
        QCOMPARE(keys(QStringLiteral("r:msft.o")), QStringList {QStringLiteral("M")});
        QCOMPARE(keys(QStringLiteral("MSFT.O")), QStringList {QStringLiteral("M")}); // bare value of a code
        QCOMPARE(keys(QStringLiteral("msft.o software")), QStringList {QStringLiteral("M")});
        QCOMPARE(keys(QStringLiteral("R:MSFT")), QStringList {}); // a code is matched whole
        QCOMPARE(keys(QStringLiteral("MSFT")), QStringList {});
        QCOMPARE(keys(QStringLiteral("N2")), QStringList {}); // a prefix alone is not a value
        QCOMPARE(keys(QStringLiteral("N2:MSFT.O")), QStringList {});
        QCOMPARE(keys(QStringLiteral("R:VOD*")), (QStringList {QStringLiteral("V"), QStringLiteral("VF")}));
        QCOMPARE(keys(QStringLiteral("R:VOD.L R:MSFT.O")), (QStringList {QStringLiteral("M"), QStringLiteral("V")}));
        QCOMPARE(keys(QStringLiteral("R:VOD* -R:VODA.MI")), QStringList {QStringLiteral("V")});
        QCOMPARE(keys(QStringLiteral("-vod.l")), (QStringList {QStringLiteral("M"), QStringLiteral("VF")}));
        QCOMPARE(keys(QStringLiteral("\"vod.l\"")), QStringList {}); // a quoted phrase is the title's only
        QCOMPARE(keys(QStringLiteral("towers")), QStringList {QStringLiteral("V")}); // words still search text

        // A changed version re-indexes its codes.
        msft.tags = {QStringLiteral("R:AAPL.O")};
        QVERIFY(commitSync(store, {msft}));
        QCOMPARE(keys(QStringLiteral("R:MSFT.O")), QStringList {});
        QCOMPARE(keys(QStringLiteral("aapl.o")), QStringList {QStringLiteral("M")});
    }

    // Every feed's prefix:value tags are indexed whole, spaces and all, so a history search names them as a filter
    // does.
    void feedTagsAreSearchable()
    {
        EventStore store;
        store.open(options(QStringLiteral("feed-tags.sqlite")));
        Event german = story(QStringLiteral("DE"), QStringLiteral("Zinsen bleiben"));
        german.language = QStringLiteral("de");
        german.tags = {QStringLiteral("N2:COM"), QStringLiteral("lang:de"), QStringLiteral("provider:NS:RTRS")};
        Event english = story(QStringLiteral("EN"), QStringLiteral("Rates on hold"));
        english.tags = {QStringLiteral("N2:COM"), QStringLiteral("lang:en"), QStringLiteral("provider:NS:RTRS")};
        Event door = story(QStringLiteral("S"), QStringLiteral("forced_door · Server room"));
        door.feed = QStringLiteral("salto");
        door.kind = QStringLiteral("door.incident");
        door.language.clear(); // a door incident has none
        door.source = QStringLiteral("Amsterdam HQ");
        door.tags = {QStringLiteral("site:Amsterdam HQ"), QStringLiteral("door:Server room"),
            QStringLiteral("severity:critical")};
        QVERIFY(commitSync(store, {german, english, door}));
        const auto keys = [&](const QString &text) { return keysFound(store, text); };
        QCOMPARE(keys(QStringLiteral("lang:de")), QStringList {QStringLiteral("DE")});
        QCOMPARE(keys(QStringLiteral("LANG:EN")), QStringList {QStringLiteral("EN")});
        QCOMPARE(keys(QStringLiteral("site:amsterdam*")), QStringList {QStringLiteral("S")});
        QCOMPARE(keys(QStringLiteral("site:Amsterdam")), QStringList {}); // a tag is matched whole
        QCOMPARE(keys(QStringLiteral("door:server*")), QStringList {QStringLiteral("S")});
    }

    void rulesAreKeptWithTheEvent()
    {
        EventStore store;
        store.open(options(QStringLiteral("rules.sqlite")));
        Event ruled = story(QStringLiteral("R1"), QStringLiteral("Saudi oil output"));
        ruled.rules = {QStringLiteral("Saudi oil"), QStringLiteral("Energy")};
        QVERIFY(commitSync(store, {ruled, story(QStringLiteral("R2"), QStringLiteral("Plain story"))}));
        const EventBatch hits = searchSync(store, {QString(), {}, 0, 50});
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).key, QStringLiteral("R2"));
        QVERIFY(hits.at(0).rules.isEmpty());
        QCOMPARE(hits.at(1).rules, ruled.rules);
        // A changed version of the story names the rules it matched now.
        ruled.rules = {QStringLiteral("Energy")};
        QVERIFY(commitSync(store, {ruled}));
        QCOMPARE(searchSync(store, {QStringLiteral("saudi"), {}, 0, 50}).first().rules, ruled.rules);
    }

    void alarmsAndTheirTransitionsAreStored()
    {
        const StoreOptions o = options(QStringLiteral("alarms.sqlite"));
        AlarmRecord alarm;
        alarm.feed = QStringLiteral("salto");
        alarm.key = QStringLiteral("E1");
        alarm.rule = QStringLiteral("Door incidents");
        alarm.title = QStringLiteral("Door forced open");
        alarm.raisedMs = 5000;
        alarm.repeatSec = 30;
        alarm.escalateAfterSec = 120;
        alarm.transitions = {{QStringLiteral("new"), QStringLiteral("switchboard"), 5000, QStringLiteral("raised")}};
        AlarmRecord other = alarm;
        other.key = QStringLiteral("E2");
        other.raisedMs = 6000;
        {
            EventStore store;
            store.open(o);
            store.saveAlarm(alarm);
            store.saveAlarm(other);
            alarm.state = QStringLiteral("snoozed");
            alarm.snoozedUntilMs = 9000;
            alarm.escalated = true;
            alarm.transitions.append(
                {QStringLiteral("snoozed"), QStringLiteral("ops-anna"), 7000, QStringLiteral("é")});
            bool saved = false;
            store.saveAlarm(alarm, this, [&](bool ok) { saved = ok; });
            QTRY_VERIFY_WITH_TIMEOUT(saved, kAnswerMs);
            other.state = QStringLiteral("closed");
            other.transitions.append({QStringLiteral("closed"), QStringLiteral("ops-anna"), 8000, QString()});
            store.saveAlarm(other);
        }
        EventStore store; // read back after a restart
        store.open(o);
        AlarmRecordList all;
        AlarmRecordList open;
        int answers = 0;
        store.alarms(false, this, [&](AlarmRecordList a, QString error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            all = a;
            ++answers;
        });
        store.alarms(true, this, [&](AlarmRecordList a, QString) {
            open = a;
            ++answers;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, kAnswerMs);
        QCOMPARE(all.size(), 2);
        QCOMPARE(open.size(), 1);
        const AlarmRecord &a = open.first();
        QCOMPARE(a.key, QStringLiteral("E1"));
        QCOMPARE(a.rule, alarm.rule);
        QCOMPARE(a.title, alarm.title);
        QCOMPARE(a.state, QStringLiteral("snoozed"));
        QCOMPARE(a.raisedMs, qint64(5000));
        QCOMPARE(a.snoozedUntilMs, qint64(9000));
        QCOMPARE(a.repeatSec, 30);
        QCOMPARE(a.escalateAfterSec, 120);
        QVERIFY(a.escalated);
        QCOMPARE(a.transitions.size(), 2);
        QCOMPARE(a.transitions.at(1).state, QStringLiteral("snoozed"));
        QCOMPARE(a.transitions.at(1).who, QStringLiteral("ops-anna"));
        QCOMPARE(a.transitions.at(1).atMs, qint64(7000));
        QCOMPARE(a.transitions.at(1).note, QStringLiteral("é"));
        QCOMPARE(all.at(1).state, QStringLiteral("closed"));
        QCOMPARE(all.at(1).transitions.size(), 2);
    }

    void historyOfTheCurrentSchemaGainsRulesAndAlarms()
    {
        const QString path = m_dir.filePath(QStringLiteral("before-alarms.sqlite"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            // The tables as the version before alarms wrote them: no rules column, no alarm tables.
            const char *before = R"sql(
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  feed TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
  time INTEGER, received INTEGER NOT NULL,
  title TEXT, body TEXT, urgency INTEGER, tags TEXT, attrs TEXT, language TEXT, source TEXT,
  UNIQUE(feed, key));
CREATE INDEX events_received ON events(received);
CREATE TABLE feed_state(feed TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY(feed, key));
CREATE TABLE quarantine(id INTEGER PRIMARY KEY, feed TEXT NOT NULL, received INTEGER NOT NULL, raw BLOB, error TEXT);
INSERT INTO events(feed, kind, key, time, received, title, body, urgency, tags, language, source)
  VALUES ('mrn', 'news.story', 'OLD', 1, 1000, 'Old headline', '', 3, 'R:VOD.L', 'en', '');
)sql";
            QCOMPARE(sqlite3_exec(db, before, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        StoreOptions o = options(QStringLiteral("before-alarms.sqlite"));
        o.retentionDays = 0;
        EventStore store;
        QSignalSpy errors(&store, &EventStore::errorOccurred);
        store.open(o);
        EventBatch hits = searchSync(store, {QStringLiteral("headline"), {}, 0, 50});
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().rules.isEmpty());
        Event ruled = story(QStringLiteral("NEW"), QStringLiteral("New headline"));
        ruled.rules = {QStringLiteral("Saudi oil")};
        QVERIFY(commitSync(store, {ruled}));
        hits = searchSync(store, {QStringLiteral("headline"), {}, 0, 50});
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().rules, ruled.rules);
        AlarmRecord alarm;
        alarm.feed = QStringLiteral("mrn");
        alarm.key = QStringLiteral("NEW");
        alarm.rule = QStringLiteral("Saudi oil");
        alarm.raisedMs = 2000;
        alarm.transitions = {{QStringLiteral("new"), QStringLiteral("switchboard"), 2000, QString()}};
        bool saved = false;
        store.saveAlarm(alarm, this, [&](bool ok) { saved = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, kAnswerMs);
        QCOMPARE(errors.size(), 0);
    }

    void historyOfAnEarlierVersionGetsItsCodesIndexed()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.sqlite"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            // The schema as the first versions wrote it: no code terms, an index of title and body.
            const char *old = R"sql(
CREATE TABLE events(id INTEGER PRIMARY KEY, feed TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
  time INTEGER, received INTEGER NOT NULL, title TEXT, body TEXT, urgency INTEGER, tags TEXT, attrs TEXT,
  language TEXT, source TEXT, UNIQUE(feed, key));
CREATE VIRTUAL TABLE events_fts USING fts5(
  title, body, content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO events(feed, kind, key, time, received, title, body, urgency, tags, language, source)
  VALUES ('mrn', 'news.story', 'OLD', 1, 1000, 'Old headline', '', 3, 'R:VOD.L' || char(10) || 'N2:COM', 'en', '');
)sql";
            QCOMPARE(sqlite3_exec(db, old, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        StoreOptions o = options(QStringLiteral("older.sqlite"));
        o.retentionDays = 0;
        o.maxBytes = 0;
        EventStore store;
        store.open(o);
        QCOMPARE(searchSync(store, {QStringLiteral("R:VOD.L"), {}, 0, 50}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("com"), {}, 0, 50}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("headline"), {}, 0, 50}).size(), 1);
        QVERIFY(commitSync(store, {story(QStringLiteral("NEW"), QStringLiteral("New one"))}));
        QCOMPARE(searchSync(store, {QStringLiteral("vod.l"), {}, 0, 50}).size(), 2);
    }

    // A stored event is searchable once the indexer has reached it: by itself a moment after the commit (off the
    // commit path), or at once when a search asks, as a search first indexes whatever is stored and not yet indexed.
    void storedEventsBecomeSearchableByTheIndexerOrTheNextSearch()
    {
        StoreOptions o = options(QStringLiteral("indexer.sqlite"));
        EventStore store;
        store.open(o);
        QVERIFY(commitSync(store, {story(QStringLiteral("A"), QStringLiteral("Copper miners strike"))}));
        // Nobody searches: the indexer gets there on its own.
        QTRY_COMPARE_WITH_TIMEOUT(queryInt(o.path, "SELECT indexed_to FROM fts_progress"),
            queryInt(o.path, "SELECT max(id) FROM events"), kAnswerMs);
        QCOMPARE(queryInt(o.path, "SELECT count(*) FROM events_fts WHERE events_fts MATCH 'copper'"), 1);

        // A version stored and replaced before it was indexed is found by its latest words only; one replaced after
        // it was indexed loses its old words from the index.
        store.append({story(QStringLiteral("B"), QStringLiteral("Zinc output falls"))});
        store.append({story(QStringLiteral("B"), QStringLiteral("Nickel output rises"))});
        store.append({story(QStringLiteral("A"), QStringLiteral("Copper miners return"))});
        QCOMPARE(searchSync(store, {QStringLiteral("zinc"), {}, 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QStringLiteral("nickel"), {}, 0, 50}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("strike"), {}, 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QStringLiteral("copper return"), {}, 0, 50}).size(), 1);

        // The retention prune empties the history; SQLite hands the ids out again, and the new rows are not taken
        // for indexed ones.
        store.prune(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(countSync(store), qint64(0));
        store.append({story(QStringLiteral("C"), QStringLiteral("Tin price record"), {}, 5000)});
        QCOMPARE(searchSync(store, {QStringLiteral("tin"), {}, 0, 50}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("copper"), {}, 0, 50}).size(), 0);
    }

    // Long text is kept deflated; readers get it back byte for byte.
    void largeTextIsStoredDeflatedAndReadsBackAsItArrived()
    {
        StoreOptions o = options(QStringLiteral("deflated.sqlite"));
        EventStore store;
        store.open(o);
        QString body;
        for (int i = 0; i < 60; ++i)
            body += QStringLiteral("Shares of the group rose %1%% in early trading after results. ").arg(i);
        body += QStringLiteral("Überraschung 日本語");
        Event big = story(QStringLiteral("BIG"), QStringLiteral("Results beat forecasts"), body);
        QByteArray attrs = "{\"story\":{\"body\":\"\",\"audiences\":[";
        for (int i = 0; i < 40; ++i)
            attrs += "\"NP:AUD" + QByteArray::number(i) + "\",";
        attrs += "\"x\"],\"raw\":\"\\u0000\"}";
        big.attrs = attrs;
        const Event small = story(QStringLiteral("SMALL"), QStringLiteral("Short"), QStringLiteral("A short body."));
        store.append({big, small});
        const EventBatch hits = searchSync(store, {QStringLiteral("\"results beat\""), {}, 0, 50});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().body, big.body);
        QCOMPARE(hits.first().attrs, big.attrs);
        QCOMPARE(searchSync(store, {QStringLiteral("short"), {}, 0, 50}).first().body, small.body);
        QCOMPARE(
            queryInt(o.path, "SELECT typeof(body) = 'blob' AND typeof(attrs) = 'blob' FROM events WHERE key = 'BIG'"),
            1);
        QVERIFY(queryInt(o.path, "SELECT length(body) FROM events WHERE key = 'BIG'") < big.body.size() / 2);
        QCOMPARE(queryInt(o.path, "SELECT typeof(body) = 'text' FROM events WHERE key = 'SMALL'"), 1);
    }

    // A history of the previous version (index filled by triggers, text kept in the rows) opens, is indexed again
    // by the indexer, finds what it found before, and takes changed versions of its old rows.
    void historyWithTheIndexOfThePreviousVersionIsIndexedAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("previous.sqlite"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            const char *previous = R"sql(
CREATE TABLE events(id INTEGER PRIMARY KEY, feed TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
  time INTEGER, received INTEGER NOT NULL, title TEXT, body TEXT, urgency INTEGER, tags TEXT, attrs TEXT,
  language TEXT, source TEXT, tag_terms TEXT, UNIQUE(feed, key));
CREATE VIRTUAL TABLE events_fts USING fts5(
  title, body, tag_terms, content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, title, body, tag_terms) VALUES (new.id, new.title, new.body, new.tag_terms);
END;
INSERT INTO events(feed, kind, key, time, received, title, body, urgency, tags, attrs, language, source, tag_terms)
  VALUES ('mrn', 'news.story', 'P1', 1, 1000, 'Port strike ends', 'Dockers return', 3, 'R:VOD.L', '{}', 'en', '',
          't523a564f442e4c v564f442e4c'),
         ('mrn', 'news.story', 'P2', 2, 1001, 'Grain exports', 'Wheat shipped', 3, '', '{}', 'en', '', '');
)sql";
            QCOMPARE(sqlite3_exec(db, previous, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        StoreOptions o = options(QStringLiteral("previous.sqlite"));
        o.retentionDays = 0;
        o.maxBytes = 0;
        EventStore store;
        store.open(o);
        QCOMPARE(searchSync(store, {QStringLiteral("\"strike ends\""), {}, 0, 50}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("R:VOD.L"), {}, 0, 50}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("feed:mrn grain"), {}, 0, 50}).size(), 1);
        QCOMPARE(queryInt(path,
                     "SELECT count(*) FROM sqlite_schema WHERE name = 'events_fts' AND sql LIKE "
                     "'%content=''''%'"),
            1);
        store.append({story(QStringLiteral("P1"), QStringLiteral("Port strike resumes"), QStringLiteral("Again"))});
        QCOMPARE(searchSync(store, {QStringLiteral("\"strike ends\""), {}, 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QStringLiteral("resumes"), {}, 0, 50}).size(), 1);
    }

    void historyFilesAreTheOwnersAlone()
    {
        const auto modeOf = [](const QString &path) {
            struct stat st
            { };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
        };
        StoreOptions o = options(QStringLiteral("private/history/h.sqlite"));
        {
            EventStore store;
            QSignalSpy opened(&store, &EventStore::opened);
            store.open(o);
            QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kAnswerMs);
            QVERIFY(commitSync(store, {story(QStringLiteral("G1"), QStringLiteral("kept private"))}));
            // Open, in WAL mode: the journals exist now.
            QCOMPARE(modeOf(o.path), 0600);
            QCOMPARE(modeOf(o.path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(o.path + QStringLiteral("-shm")), 0600);
            QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("private/history"))), 0700);
            QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("private"))), 0700);
        }
        // A directory that already exists is the user's choice, and left as it was.
        const QString chosen = m_dir.filePath(QStringLiteral("chosen"));
        QVERIFY(QDir().mkdir(chosen,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther));
        {
            EventStore store;
            QSignalSpy opened(&store, &EventStore::opened);
            store.open(options(QStringLiteral("chosen/h.sqlite")));
            QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kAnswerMs);
        }
        QCOMPARE(modeOf(chosen), 0755);
        QCOMPARE(modeOf(chosen + QStringLiteral("/h.sqlite")), 0600);

        // A history of an older version, readable by others, is tightened when opened.
        QVERIFY(
            QFile::setPermissions(o.path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        EventStore again;
        QSignalSpy opened(&again, &EventStore::opened);
        again.open(o);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kAnswerMs);
        QCOMPARE(modeOf(o.path), 0600);
    }

    void changedVersionReplaces()
    {
        EventStore store;
        store.open(options(QStringLiteral("b.sqlite")));
        store.append({story(QStringLiteral("G1"), QStringLiteral("first headline"))});
        store.append({story(QStringLiteral("G1"), QStringLiteral("second headline"))});
        qint64 n = -1;
        store.count(this, [&](qint64 c) { n = c; });
        QTRY_COMPARE_WITH_TIMEOUT(n, qint64(1), kAnswerMs);
        QCOMPARE(searchSync(store, {QStringLiteral("first"), {}, 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QStringLiteral("second"), {}, 0, 50}).size(), 1);
    }

    void survivesReopen()
    {
        const StoreOptions o = options(QStringLiteral("c.sqlite"));
        {
            EventStore store;
            store.open(o);
            store.append(
                {story(QStringLiteral("G9"), QStringLiteral("persisted"), {}, QDateTime::currentMSecsSinceEpoch())});
        }
        EventStore again;
        again.open(o);
        QCOMPARE(searchSync(again, {QStringLiteral("persisted"), {}, 0, 50}).size(), 1);
    }

    void feedState()
    {
        EventStore store;
        store.open(options(QStringLiteral("d.sqlite")));
        bool put = false;
        store.putState(QStringLiteral("opera"), QStringLiteral("offset:CHAIN1"), QStringLiteral("4711"), this,
            [&](bool ok) { put = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(put, kAnswerMs);
        QString value;
        store.getState(QStringLiteral("opera"), QStringLiteral("offset:CHAIN1"), this, [&](QString v) { value = v; });
        QTRY_COMPARE_WITH_TIMEOUT(value, QStringLiteral("4711"), kAnswerMs);
    }

    void quarantineKeepsRawBytes()
    {
        EventStore store;
        store.open(options(QStringLiteral("e.sqlite")));
        // NULs, bytes that are not UTF-8 (a lone continuation byte, an overlong form, 0xFF) and valid UTF-8 between.
        const QByteArray raw("\x00\x01raw\x80\xc0\xaf\xff\xfe\x00\xe2\x82\xac\xc3", 15);
        const QByteArray other("{\"not\":\"an alert\"}");
        int stored = 0;
        store.quarantine(QStringLiteral("alerts"), raw, QStringLiteral("GCM tag mismatch"), this,
            [&](bool ok) { stored += ok ? 1 : 0; });
        store.quarantine(
            QStringLiteral("mrn"), other, QStringLiteral("no guid"), this, [&](bool ok) { stored += ok ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(stored, 2, kAnswerMs);

        std::optional<QuarantinedMessageList> alerts;
        store.quarantined(QStringLiteral("alerts"), 10, this, [&](QuarantinedMessageList list) { alerts = list; });
        QTRY_VERIFY_WITH_TIMEOUT(alerts.has_value(), kAnswerMs);
        QCOMPARE(alerts->size(), 1);
        const QuarantinedMessage &kept = alerts->first();
        QCOMPARE(kept.raw.size(), raw.size());
        QCOMPARE(kept.raw.toHex(), raw.toHex()); // byte for byte, and readable when it is not
        QCOMPARE(kept.raw, raw);
        QCOMPARE(kept.feed, QStringLiteral("alerts"));
        QCOMPARE(kept.error, QStringLiteral("GCM tag mismatch"));
        QVERIFY(kept.receivedMs > 0);

        // Every feed, newest first, and the limit.
        std::optional<QuarantinedMessageList> all;
        store.quarantined(QString(), 10, this, [&](QuarantinedMessageList list) { all = list; });
        QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), kAnswerMs);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).raw, other);
        QCOMPARE(all->at(1).raw, raw);
        QVERIFY(all->at(0).id > all->at(1).id);
        std::optional<QuarantinedMessageList> newest;
        store.quarantined(QString(), 1, this, [&](QuarantinedMessageList list) { newest = list; });
        QTRY_VERIFY_WITH_TIMEOUT(newest.has_value(), kAnswerMs);
        QCOMPARE(newest->size(), 1);
        QCOMPARE(newest->first().feed, QStringLiteral("mrn"));
    }

    void retentionPrunes()
    {
        EventStore store;
        StoreOptions o = options(QStringLiteral("f.sqlite"));
        o.retentionDays = 1;
        store.open(o);
        const qint64 now = 10LL * 86400000;
        store.append({story(QStringLiteral("old"), QStringLiteral("old"), {}, now - 2 * 86400000),
            story(QStringLiteral("new"), QStringLiteral("new"), {}, now - 1000)});
        store.prune(now);
        qint64 n = -1;
        store.count(this, [&](qint64 c) { n = c; });
        QTRY_COMPARE_WITH_TIMEOUT(n, qint64(1), kAnswerMs);
        QCOMPARE(searchSync(store, {QStringLiteral("old"), {}, 0, 50}).size(), 0);
    }

    void sizeCapHoldsDuringABurstWithoutWaitingForTheHourlyPrune()
    {
        EventStore store;
        StoreOptions o = options(QStringLiteral("cap.sqlite"));
        o.maxBytes = 1024 * 1024;
        o.retentionDays = 0;
        store.open(o);
        const QString body = words(6400); // 50 KB of words, which do not deflate away as repeated letters would
        for (int i = 0; i < 80; ++i) // 4 MB of bodies, four times the cap
            store.append({story(QStringLiteral("k%1").arg(i), QStringLiteral("t%1").arg(i), body, 1000 + i)});
        qint64 n = -1;
        store.count(this, [&](qint64 c) { n = c; });
        QTRY_VERIFY_WITH_TIMEOUT(n >= 0, kAnswerMs);
        QVERIFY2(n < 40, qPrintable(QString::number(n))); // the oldest were dropped
        QVERIFY(n > 0);
        const EventBatch newest = searchSync(store, {QStringLiteral("t79"), {}, 0, 5});
        QCOMPARE(newest.size(), 1); // and the newest kept
    }

    // 1. A commit somebody acknowledges upstream is on disk (WAL synced) before its callback runs; append() is not.
    void commitIsSyncedBeforeItsCallbackAndAppendIsNot()
    {
        walwatch::install("/sync.sqlite-wal");
        {
            EventStore store;
            QSignalSpy opened(&store, &EventStore::opened);
            store.open(options(QStringLiteral("sync.sqlite")));
            QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kAnswerMs);

            store.append({story(QStringLiteral("a1"), QStringLiteral("appended"))});
            QCOMPARE(countSync(store), qint64(1));
            QVERIFY(walwatch::unsynced); // written to the WAL, and not synced: NORMAL
            const int afterAppend = walwatch::syncs;

            // Without a context the callbacks run on the store thread right after their commit, before the store does
            // anything else (the search indexer writes unsynced transactions of its own).
            std::atomic<bool> called {false}, onDisk {false};
            store.commit({story(QStringLiteral("c1"), QStringLiteral("committed"))}, nullptr, [&](bool ok, QString) {
                onDisk = !walwatch::unsynced && walwatch::syncs > afterAppend;
                called = ok;
            });
            QTRY_VERIFY_WITH_TIMEOUT(called.load(), kAnswerMs);
            QVERIFY2(onDisk, "the commit's callback ran before its WAL frames were synced");

            // The level goes back to NORMAL for the next plain batch.
            const int afterCommit = walwatch::syncs;
            store.append({story(QStringLiteral("a2"), QStringLiteral("appended again"))});
            QCOMPARE(countSync(store), qint64(3));
            QCOMPARE(walwatch::syncs.load(), afterCommit);
            QVERIFY(walwatch::unsynced);

            // Quarantine and putState with a callback are acknowledged upstream too.
            called = false;
            onDisk = false;
            store.quarantine(QStringLiteral("alerts"), "raw", QStringLiteral("bad"), nullptr, [&](bool ok) {
                onDisk = !walwatch::unsynced;
                called = ok;
            });
            QTRY_VERIFY_WITH_TIMEOUT(called.load(), kAnswerMs);
            QVERIFY(onDisk);
            store.append({story(QStringLiteral("a3"), QStringLiteral("dirty the WAL"))});
            QCOMPARE(countSync(store), qint64(4));
            QVERIFY(walwatch::unsynced);
            called = false;
            onDisk = false;
            store.putState(
                QStringLiteral("opera"), QStringLiteral("offset"), QStringLiteral("7"), nullptr, [&](bool ok) {
                    onDisk = !walwatch::unsynced;
                    called = ok;
                });
            QTRY_VERIFY_WITH_TIMEOUT(called.load(), kAnswerMs);
            QVERIFY(onDisk);
        }
        walwatch::uninstall();
    }

    // 1. State given with a commit is written in the events' transaction: both or neither.
    void commitWritesStateWithItsEvents()
    {
        EventStore store;
        QSignalSpy errors(&store, &EventStore::errorOccurred);
        store.open(options(QStringLiteral("state.sqlite")));
        const QString feed = QStringLiteral("opera"), key = QStringLiteral("offset:CHAIN1");

        bool called = false;
        store.commit({story(QStringLiteral("e1"), QStringLiteral("first"))}, {{feed, key, QStringLiteral("100")}}, this,
            [&](bool ok, QString error) {
                QVERIFY2(ok, qPrintable(error));
                called = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(called, kAnswerMs);
        QCOMPARE(stateSync(store, feed, key), QStringLiteral("100"));
        QCOMPARE(searchSync(store, {QStringLiteral("first"), {}, 0, 50}).size(), 1);

        store.setFailCommitsForTesting(1);
        called = false;
        QString failure;
        store.commit({story(QStringLiteral("e2"), QStringLiteral("second"))}, {{feed, key, QStringLiteral("200")}},
            this, [&](bool ok, QString error) {
                QVERIFY(!ok);
                failure = error;
                called = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(called, kAnswerMs);
        QVERIFY(!failure.isEmpty());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<FeedError>().stage, FeedError::Stage::Store);
        QCOMPARE(stateSync(store, feed, key), QStringLiteral("100")); // the offset did not run ahead
        QCOMPARE(searchSync(store, {QStringLiteral("second"), {}, 0, 50}).size(), 0);
        QCOMPARE(countSync(store), qint64(1));

        // A state-only commit is a transaction of its own.
        called = false;
        store.commit({}, {{feed, key, QStringLiteral("150")}}, this, [&](bool ok, QString) { called = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(called, kAnswerMs);
        QCOMPARE(stateSync(store, feed, key), QStringLiteral("150"));
    }

    // 2. Injected failures: the next n transactions fail, whatever writes them, then writing works again.
    void injectedFailuresRollBackAndReport()
    {
        EventStore store;
        QSignalSpy errors(&store, &EventStore::errorOccurred);
        store.open(options(QStringLiteral("inject.sqlite")));
        store.setFailCommitsForTesting(3);
        int failed = 0;
        QString why;
        store.commit({story(QStringLiteral("x1"), QStringLiteral("lost"))}, this, [&](bool ok, QString error) {
            failed += ok ? 0 : 1;
            why = error;
        });
        store.flush(); // its own transaction
        store.putState(QStringLiteral("f"), QStringLiteral("k"), QStringLiteral("v"), this,
            [&](bool ok) { failed += ok ? 0 : 1; });
        store.quarantine(
            QStringLiteral("f"), "raw", QStringLiteral("bad"), this, [&](bool ok) { failed += ok ? 0 : 1; });
        QTRY_COMPARE_WITH_TIMEOUT(failed, 3, kAnswerMs);
        QVERIFY2(why.contains(QStringLiteral("injected")), qPrintable(why));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(stateSync(store, QStringLiteral("f"), QStringLiteral("k")), QString());

        bool ok = false;
        store.commit({story(QStringLiteral("x2"), QStringLiteral("kept"))}, this, [&](bool r, QString) { ok = r; });
        QTRY_VERIFY_WITH_TIMEOUT(ok, kAnswerMs);
        QCOMPARE(countSync(store), qint64(1));
        QCOMPARE(queryInt(m_dir.filePath(QStringLiteral("inject.sqlite")), "SELECT count(*) FROM quarantine"), 0);
    }

    // 2. A real full database (SQLite's page ceiling): the commit past it fails cleanly, a reopen without it works.
    void fullDatabaseFailsTheCommitAndRecovers()
    {
        EventStore store;
        QSignalSpy errors(&store, &EventStore::errorOccurred);
        StoreOptions o = options(QStringLiteral("full.sqlite"));
        o.maxBytes = 0;
        o.retentionDays = 0;
        o.maxPageCount = 256; // 1 MiB at 4 KiB pages
        store.open(o);
        const QString body = words(5000); // 40 KB that does not deflate away
        bool failed = false;
        QString why;
        int committed = 0;
        for (int i = 0; i < 60 && !failed; ++i) { // 2.4 MB offered to a 1 MiB file
            bool called = false;
            store.commit({story(QStringLiteral("f%1").arg(i), QStringLiteral("t%1").arg(i), body)},
                {{QStringLiteral("f"), QStringLiteral("offset"), QString::number(i)}}, this,
                [&](bool ok, QString error) {
                    called = true;
                    failed = !ok;
                    why = error;
                    committed += ok ? 1 : 0;
                });
            QTRY_VERIFY_WITH_TIMEOUT(called, kAnswerMs);
        }
        QVERIFY(failed);
        QVERIFY2(why.contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(why));
        QVERIFY(!errors.isEmpty());
        QVERIFY(committed > 0);
        QCOMPARE(countSync(store), qint64(committed));
        // The failed commit's state did not land either.
        QCOMPARE(stateSync(store, QStringLiteral("f"), QStringLiteral("offset")), QString::number(committed - 1));

        o.maxPageCount = 0;
        store.open(o);
        bool ok = false;
        store.commit({story(QStringLiteral("after"), QStringLiteral("after"), body)}, this, [&](bool r, QString error) {
            QVERIFY2(r, qPrintable(error));
            ok = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(ok, kAnswerMs);
        QCOMPARE(countSync(store), qint64(committed + 1));
    }

    // 3. A context destroyed while its operation waits in the store's queue never gets its callback.
    void replyNeverRunsForADeletedContext()
    {
        EventStore store;
        store.open(options(QStringLiteral("dead.sqlite")));
        QSemaphore entered, go;
        // Holds the store thread inside a callback that has no context (so it runs there).
        store.commit({story(QStringLiteral("b1"), QStringLiteral("blocker"))}, nullptr, [&](bool, QString) {
            entered.release();
            go.acquire();
        });
        entered.acquire();

        auto *context = new QObject;
        std::atomic<int> ran {0};
        store.commit({story(QStringLiteral("b2"), QStringLiteral("queued"))}, context, [&](bool, QString) { ++ran; });
        store.commit({}, {{QStringLiteral("f"), QStringLiteral("k"), QStringLiteral("v")}}, context,
            [&](bool, QString) { ++ran; });
        store.search({}, context, [&](EventBatch, QString) { ++ran; });
        store.putState(QStringLiteral("f"), QStringLiteral("k2"), QStringLiteral("v"), context, [&](bool) { ++ran; });
        store.getState(QStringLiteral("f"), QStringLiteral("k"), context, [&](QString) { ++ran; });
        store.quarantine(QStringLiteral("f"), "raw", QStringLiteral("bad"), context, [&](bool) { ++ran; });
        store.count(context, [&](qint64) { ++ran; });
        delete context;
        go.release();

        bool later = false; // posted after every reply above would have been
        store.commit(
            {story(QStringLiteral("b3"), QStringLiteral("later"))}, this, [&](bool, QString) { later = true; });
        QTRY_VERIFY_WITH_TIMEOUT(later, kAnswerMs);
        QCoreApplication::processEvents();
        QCOMPARE(ran.load(), 0);
        QCOMPARE(countSync(store), qint64(3)); // the work itself was done
    }

    // 3. Every kind of callback runs on its context's thread; without a context, on the store thread.
    void repliesRunOnTheContextThread()
    {
        EventStore store;
        store.open(options(QStringLiteral("threads.sqlite")));
        QThread other;
        other.start();
        auto *context = new QObject;
        context->moveToThread(&other);
        std::atomic<QThread *> seen[7] = {};
        store.commit({story(QStringLiteral("t1"), QStringLiteral("one"))}, context,
            [&](bool, QString) { seen[0] = QThread::currentThread(); });
        store.search({}, context, [&](EventBatch, QString) { seen[1] = QThread::currentThread(); });
        store.putState(QStringLiteral("f"), QStringLiteral("k"), QStringLiteral("v"), context,
            [&](bool) { seen[2] = QThread::currentThread(); });
        store.getState(
            QStringLiteral("f"), QStringLiteral("k"), context, [&](QString) { seen[3] = QThread::currentThread(); });
        store.quarantine(QStringLiteral("f"), "raw", QStringLiteral("bad"), context,
            [&](bool) { seen[4] = QThread::currentThread(); });
        store.count(context, [&](qint64) { seen[5] = QThread::currentThread(); });
        store.commit({story(QStringLiteral("t2"), QStringLiteral("two"))}, nullptr,
            [&](bool, QString) { seen[6] = QThread::currentThread(); });
        for (int i = 0; i < 7; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(seen[i].load() != nullptr, kAnswerMs);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(seen[i].load(), &other);
        QVERIFY(seen[6].load() != &other);
        QVERIFY(seen[6].load() != QThread::currentThread());
        QMetaObject::invokeMethod(
            context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        other.quit();
        other.wait();
    }

    // 3. Contexts dying while their replies are being sent: none runs for a dead context, none runs elsewhere.
    void contextsDyingDuringRepliesAreSafe()
    {
        EventStore store;
        store.open(options(QStringLiteral("race.sqlite")));
        std::atomic<int> wrong {0};
        int live = 0;
        for (int round = 0; round < 20; ++round) {
            std::vector<QObject *> contexts;
            auto dead = std::make_shared<std::vector<std::atomic<bool>>>(200);
            for (int i = 0; i < 200; ++i) {
                contexts.push_back(new QObject);
                store.commit({}, contexts.back(), [&, dead, i](bool, QString) {
                    if ((*dead)[size_t(i)] || QThread::currentThread() != qApp->thread())
                        ++wrong;
                    if (i % 2)
                        ++live;
                });
            }
            for (int i = 0; i < 200; i += 2) { // while the store thread replies
                (*dead)[size_t(i)] = true;
                delete contexts[size_t(i)];
            }
            QTRY_COMPARE_WITH_TIMEOUT(live, (round + 1) * 100, kAnswerMs);
            for (int i = 1; i < 200; i += 2)
                delete contexts[size_t(i)];
        }
        QCOMPARE(wrong.load(), 0);
    }

    // 4. Quarantine has its own budget, pruned oldest first, and never costs the history its events.
    void quarantineIsPrunedBeforeEvents()
    {
        EventStore store;
        StoreOptions o = options(QStringLiteral("quarantine.sqlite"));
        o.maxBytes = 3 * 1024 * 1024;
        o.retentionDays = 0;
        o.quarantineMaxBytes = 1024 * 1024;
        store.open(o);
        EventBatch batch;
        for (int i = 0; i < 300; ++i)
            batch.append(story(QStringLiteral("q%1").arg(i), QStringLiteral("t%1").arg(i), words(100), 1000 + i));
        bool ok = false;
        store.commit(batch, this, [&](bool r, QString) { ok = r; });
        QTRY_VERIFY_WITH_TIMEOUT(ok, kAnswerMs);
        int quarantined = 0;
        for (int i = 0; i < 12; ++i) // 3 MiB of undecodable bodies
            store.quarantine(QStringLiteral("alerts"), QByteArray(256 * 1024, char('a' + i)),
                QStringLiteral("bad %1").arg(i), this, [&](bool r) { quarantined += r ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(quarantined, 12, kAnswerMs);
        store.prune(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(countSync(store), qint64(300));
        const QString path = o.path;
        QVERIFY(queryInt(path, "SELECT sum(length(raw)) FROM quarantine") <= o.quarantineMaxBytes);
        const qint64 kept = queryInt(path, "SELECT count(*) FROM quarantine");
        QVERIFY2(kept >= 3, qPrintable(QString::number(kept)));
        // The newest stayed: the last one quarantined was 'l' (the twelfth), and they are contiguous up to it.
        QCOMPARE(queryInt(path, "SELECT unicode(CAST(substr(raw, 1, 1) AS TEXT)) FROM quarantine ORDER BY id DESC"),
            qint64('l'));
        QCOMPARE(queryInt(path, "SELECT max(id) - min(id) + 1 FROM quarantine"), kept);
    }

    // 4. Quarantined messages age out after quarantineRetentionDays, whatever the event retention.
    void quarantineAgesOut()
    {
        EventStore store;
        StoreOptions o = options(QStringLiteral("qage.sqlite"));
        o.retentionDays = 0;
        o.quarantineRetentionDays = 7;
        store.open(o);
        int quarantined = 0;
        for (int i = 0; i < 3; ++i)
            store.quarantine(QStringLiteral("alerts"), "raw", QStringLiteral("bad"), this,
                [&](bool r) { quarantined += r ? 1 : 0; });
        store.append({story(QStringLiteral("old"), QStringLiteral("old"))});
        QTRY_COMPARE_WITH_TIMEOUT(quarantined, 3, kAnswerMs);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        store.prune(now + 6LL * 86400000);
        QCOMPARE(countSync(store), qint64(1));
        QCOMPARE(queryInt(o.path, "SELECT count(*) FROM quarantine"), 3);
        store.prune(now + 8LL * 86400000);
        QCOMPARE(countSync(store), qint64(1));
        QCOMPARE(queryInt(o.path, "SELECT count(*) FROM quarantine"), 0);
    }

    // 5. Slightly over the cap, the prune removes about the excess, not a tenth of the history.
    void sizePruneRemovesOnlyTheExcess()
    {
        StoreOptions o = options(QStringLiteral("excess.sqlite"));
        o.retentionDays = 0;
        fill(o, 3000);
        const qint64 used = usedBytes(o.path);
        o.maxBytes = used - used / 50; // 2% over
        EventStore store;
        store.open(o); // prunes at once
        const qint64 n = countSync(store);
        QVERIFY2(n < 3000, qPrintable(QString::number(n)));
        QVERIFY2(n > 3000 - 3000 * 5 / 100, qPrintable(QString::number(n))); // less than 5% gone
        QCOMPARE(searchSync(store, {QStringLiteral("t2999"), {}, 0, 5}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("t0"), {}, 0, 5}).size(), 0); // oldest first
        // The index has not given the deleted rows' share back yet; that is no reason to delete more.
        store.prune(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(countSync(store), n);

        // Far over (a fifth): about a fifth goes, and the index is merged, so the file is under the cap again.
        o.maxBytes = used - used / 5;
        store.open(o);
        const qint64 m = countSync(store);
        QVERIFY2(m > 3000 - 3000 * 27 / 100 && m < 3000 - 3000 * 15 / 100, qPrintable(QString::number(m)));
        QVERIFY2(usedBytes(o.path) <= o.maxBytes, qPrintable(QString::number(usedBytes(o.path) - o.maxBytes)));
        QCOMPARE(searchSync(store, {QStringLiteral("t2999"), {}, 0, 5}).size(), 1);
    }

    // 5. A cap the newest events do not fit under stops the prune at them, and says so.
    void sizePruneKeepsTheNewestEvents()
    {
        StoreOptions o = options(QStringLiteral("floor.sqlite"));
        o.retentionDays = 0;
        fill(o, 3000);
        // Their own bytes (as the store counts them) fit the cap, their bytes with the index do not.
        const qint64 content = queryInt(o.path,
            "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB)) + length(CAST(attrs AS BLOB)) + 256) "
            "FROM (SELECT * FROM events ORDER BY id DESC LIMIT 1000)");
        const qint64 used = usedBytes(o.path);
        QVERIFY2(content < used / 3, qPrintable(QStringLiteral("%1 %2").arg(content).arg(used)));
        o.maxBytes = (content + used / 3) / 2;
        EventStore store;
        QSignalSpy errors(&store, &EventStore::errorOccurred);
        store.open(o);
        QCOMPARE(countSync(store), qint64(1000));
        QCOMPARE(searchSync(store, {QStringLiteral("t2999"), {}, 0, 5}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("t2000"), {}, 0, 5}).size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kAnswerMs);
        QCOMPARE(errors.at(0).at(0).value<FeedError>().code, QStringLiteral("size_cap"));

        // The batch just written is kept too, even past keepNewestEvents.
        EventBatch batch;
        for (int i = 0; i < 1500; ++i)
            batch.append(story(QStringLiteral("n%1").arg(i), QStringLiteral("n%1").arg(i), words(16), 5000 + i));
        bool ok = false;
        store.commit(batch, this, [&](bool r, QString) { ok = r; });
        QTRY_VERIFY_WITH_TIMEOUT(ok, kAnswerMs);
        store.prune(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(countSync(store) >= 1500);
        QCOMPARE(searchSync(store, {QStringLiteral("n0"), {}, 0, 5}).size(), 1);
    }

    void openFailureIsReported()
    {
        EventStore store;
        QSignalSpy errors(&store, &EventStore::errorOccurred);
        StoreOptions o;
        o.path = QStringLiteral("/proc/definitely/not/writable/h.sqlite");
        store.open(o);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kAnswerMs);
        QCOMPARE(errors.at(0).at(0).value<FeedError>().stage, FeedError::Stage::Store);
        bool called = false;
        store.commit({story(QStringLiteral("x"), QStringLiteral("x"))}, this, [&](bool ok, QString error) {
            QVERIFY(!ok);
            QVERIFY(!error.isEmpty());
            called = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, kAnswerMs);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_event_store.moc"
