#include "store/event_store.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

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
    EventBatch searchSync(EventStore &store, const StoreQuery &q)
    {
        EventBatch result;
        bool done = false;
        store.search(q, this, [&](EventBatch events, QString error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            result = events;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return result;
    }

private Q_SLOTS:
    void commitThenSearchRoundTrips()
    {
        EventStore store;
        QSignalSpy opened(&store, &EventStore::opened);
        store.open(options(QStringLiteral("a.sqlite")));
        QTRY_COMPARE(opened.size(), 1);
        bool committed = false;
        store.commit(
            {story(QStringLiteral("G1"), QStringLiteral("Kremlin says visit by Modi is very important"),
                 QStringLiteral("MOSCOW, July 2")),
                story(QStringLiteral("G2"), QStringLiteral("Oil rises"), QStringLiteral("Brent crude 日本語 テスト"))},
            this, [&](bool ok, QString error) {
                QVERIFY2(ok, qPrintable(error));
                committed = true;
            });
        QTRY_VERIFY(committed);
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
        QCOMPARE(searchSync(store, {QStringLiteral("moscow"), {}, 0, 50}).size(), 1); // body is indexed
        QCOMPARE(searchSync(store, {QStringLiteral("brent crude"), {}, 0, 50}).first().key, QStringLiteral("G2"));
        QCOMPARE(searchSync(store, {QStringLiteral("krem*"), {}, 0, 50}).size(), 1);
        QCOMPARE(searchSync(store, {QStringLiteral("kremlin oil"), {}, 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QStringLiteral("kremlin OR oil"), {}, 0, 50}).size(), 2);
        QCOMPARE(searchSync(store, {QStringLiteral("oil"), QStringLiteral("alerts"), 0, 50}).size(), 0);
        QCOMPARE(searchSync(store, {QString(), {}, 0, 1}).first().key, QStringLiteral("G2")); // newest first
        QCOMPARE(searchSync(store, {QStringLiteral("R:VOD.L \"unbalanced"), {}, 0, 50}).size(), 0); // no syntax error
    }

    void changedVersionReplaces()
    {
        EventStore store;
        store.open(options(QStringLiteral("b.sqlite")));
        store.append({story(QStringLiteral("G1"), QStringLiteral("first headline"))});
        store.append({story(QStringLiteral("G1"), QStringLiteral("second headline"))});
        qint64 n = -1;
        store.count(this, [&](qint64 c) { n = c; });
        QTRY_COMPARE(n, qint64(1));
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
        QTRY_VERIFY(put);
        QString value;
        store.getState(QStringLiteral("opera"), QStringLiteral("offset:CHAIN1"), this, [&](QString v) { value = v; });
        QTRY_COMPARE(value, QStringLiteral("4711"));
    }

    void quarantineKeepsRawBytes()
    {
        EventStore store;
        store.open(options(QStringLiteral("e.sqlite")));
        bool ok = false;
        store.quarantine(QStringLiteral("alerts"), QByteArray("\x00\x01raw", 5), QStringLiteral("GCM tag mismatch"),
            this, [&](bool r) { ok = r; });
        QTRY_VERIFY(ok);
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
        QTRY_COMPARE(n, qint64(1));
        QCOMPARE(searchSync(store, {QStringLiteral("old"), {}, 0, 50}).size(), 0);
    }

    void sizeCapHoldsDuringABurstWithoutWaitingForTheHourlyPrune()
    {
        EventStore store;
        StoreOptions o = options(QStringLiteral("cap.sqlite"));
        o.maxBytes = 1024 * 1024;
        o.retentionDays = 0;
        store.open(o);
        const QString body(50 * 1024, QLatin1Char('x'));
        for (int i = 0; i < 80; ++i) // 4 MB of bodies, four times the cap
            store.append({story(QStringLiteral("k%1").arg(i), QStringLiteral("t%1").arg(i), body, 1000 + i)});
        qint64 n = -1;
        store.count(this, [&](qint64 c) { n = c; });
        QTRY_VERIFY(n >= 0);
        QVERIFY2(n < 40, qPrintable(QString::number(n))); // the oldest were dropped
        QVERIFY(n > 0);
        const EventBatch newest = searchSync(store, {QStringLiteral("t79"), {}, 0, 5});
        QCOMPARE(newest.size(), 1); // and the newest kept
    }

    void openFailureIsReported()
    {
        EventStore store;
        QSignalSpy errors(&store, &EventStore::errorOccurred);
        StoreOptions o;
        o.path = QStringLiteral("/proc/definitely/not/writable/h.sqlite");
        store.open(o);
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<FeedError>().stage, FeedError::Stage::Store);
        bool called = false;
        store.commit({story(QStringLiteral("x"), QStringLiteral("x"))}, this, [&](bool ok, QString error) {
            QVERIFY(!ok);
            QVERIFY(!error.isEmpty());
            called = true;
        });
        QTRY_VERIFY(called);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_event_store.moc"
