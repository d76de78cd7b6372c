#include "sim/mrn/lseg_emulator.h"

#include "lseg_test_fixture.h"
#include "lseg_test_http.h"
#include "mrn_test_assembler.h"
#include "omm_test_client.h"

#include <QJsonArray>
#include <QTest>

using namespace sb::sim;
using namespace sb::test;

namespace {

constexpr int kReplayedUpdates = 4; // the three real stories, one of them in two fragments

LsegEmulatorOptions quietOptions()
{
    LsegEmulatorOptions o = quietLsegOptions();
    o.duplicateProbability = 0;
    o.newVersionProbability = 0;
    return o;
}

} // namespace

class TestLsegFaults
    : public QObject
    , private LsegEmulatorFixture
{
    Q_OBJECT

private:
    void startEmulator(const LsegEmulatorOptions &options = quietOptions()) { startLseg(options); }

    void openNews(OmmTestClient &client, int endpoint = 0) { openNewsAfter(client, kReplayedUpdates, endpoint); }

    // `client` on MRN_STORY past the replay, then `fault`, with all it sent received.
    void openNewsAndTrigger(OmmTestClient &client, LsegFault fault)
    {
        openNews(client);
        m_emulator->trigger(fault);
        QVERIFY(client.roundTrip());
    }

    // The updates after the replayed real stories.
    static QList<QJsonObject> newUpdates(const OmmTestClient &client)
    {
        return client.all(QStringLiteral("Update"), kNews).mid(kReplayedUpdates);
    }

    MrnTestAssembler assembleNew(const OmmTestClient &client)
    {
        MrnTestAssembler a;
        a.addAll(newUpdates(client));
        return a;
    }

private Q_SLOTS:
    void init() { startEmulator(); }
    void cleanup() { m_emulator.reset(); }

    void loginRejected()
    {
        m_emulator->trigger(LsegFault::LoginRejected);
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        client.login(m_emulator->issueAccessToken());
        QTRY_COMPARE(client.count(QStringLiteral("Status"), kLogin), 1);
        const QJsonObject s = ommState(client.first(QStringLiteral("Status"), kLogin));
        QCOMPARE(s.value(QStringLiteral("Code")).toString(), QStringLiteral("UserUnknownToPermSys"));
        QVERIFY(s.value(QStringLiteral("Text")).toString().startsWith(QStringLiteral("Login Rejected.")));
        QTRY_COMPARE(client.disconnects, 1);
        OmmTestClient again(m_tls); // one-shot: the next login is fine
        QVERIFY(openAndLogIn(again));
    }

    void tokenExpiredAtLogin()
    {
        m_emulator->setFault(LsegFault::TokenExpiredAtLogin, true);
        for (int i = 0; i < 2; ++i) {
            OmmTestClient client(m_tls);
            QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
            client.login(m_emulator->issueAccessToken());
            QTRY_COMPARE(client.count(QStringLiteral("Status"), kLogin), 1);
            QVERIFY(ommState(client.first(QStringLiteral("Status"), kLogin))
                        .value(QStringLiteral("Text"))
                        .toString()
                        .contains(QStringLiteral("expired")));
        }
        QVERIFY(m_emulator->isFaultOn(LsegFault::TokenExpiredAtLogin));
    }

    void dropConnection()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        QSignalSpy gone(m_emulator.get(), &LsegEmulator::clientDisconnected);
        m_emulator->trigger(LsegFault::DropConnection);
        QTRY_COMPARE(client.disconnects, 1);
        QTRY_COMPARE(gone.size(), 1);
    }

    void pendingDropHitsTheNextSession()
    {
        m_emulator->trigger(LsegFault::DropConnection); // nobody connected yet
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        QTRY_COMPARE(client.disconnects, 1);
    }

    void dropMidStory()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        m_emulator->trigger(LsegFault::DropMidStory);
        QTRY_COMPARE(client.disconnects, 1);
        const QList<QJsonObject> updates = newUpdates(client);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(ommFields(updates.first()).value(QStringLiteral("FRAG_NUM")).toInt(), 1);
        QVERIFY(ommFields(updates.first()).value(QStringLiteral("TOT_SIZE")).toInt() > 2600);
        QCOMPARE(assembleNew(client).pending(), 1);
    }

    void stopPinging()
    {
        LsegEmulatorOptions o = quietOptions();
        o.pingIntervalMs = 20;
        o.pingTimeoutMs = 60;
        startEmulator(o);
        m_emulator->setFault(LsegFault::StopPinging, true);
        OmmTestClient client(m_tls);
        client.autoPong = false;
        QVERIFY(openAndLogIn(client));
        QSignalSpy gone(m_emulator.get(), &LsegEmulator::clientDisconnected);
        QVERIFY(!gone.wait(300)); // no Ping, so no ping timeout either
        QCOMPARE(client.count(QStringLiteral("Ping")), 0);
        m_emulator->setFault(LsegFault::StopPinging, false);
        QTRY_VERIFY(client.count(QStringLiteral("Ping")) > 0);
        QTRY_COMPARE(client.disconnects, 1); // and now the silent client is dropped
    }

    void ignorePongs()
    {
        LsegEmulatorOptions o = quietOptions();
        o.pingIntervalMs = 20;
        o.pingTimeoutMs = 50;
        startEmulator(o);
        m_emulator->setFault(LsegFault::IgnorePongs, true);
        OmmTestClient client(m_tls);
        client.autoPong = false;
        QVERIFY(openAndLogIn(client));
        QTRY_VERIFY(client.count(QStringLiteral("Ping")) >= 10); // well past the timeout
        QVERIFY(client.isConnected());
        client.sendRaw(R"({"Type":"Ping"})");
        QTRY_VERIFY(client.count(QStringLiteral("Ping")) >= 15);
        QCOMPARE(client.count(QStringLiteral("Pong")), 0);
    }

    void itemStatusClosedRecoverAndClosed_data()
    {
        QTest::addColumn<LsegFault>("fault");
        QTest::addColumn<QString>("stream");
        QTest::newRow("ClosedRecover") << LsegFault::ItemClosedRecover << QStringLiteral("ClosedRecover");
        QTest::newRow("Closed") << LsegFault::ItemClosed << QStringLiteral("Closed");
    }
    void itemStatusClosedRecoverAndClosed()
    {
        QFETCH(LsegFault, fault);
        QFETCH(QString, stream);
        OmmTestClient client(m_tls);
        openNews(client);
        m_emulator->trigger(fault);
        QTRY_COMPARE(client.count(QStringLiteral("Status"), kNews), 1);
        const QJsonObject s = client.first(QStringLiteral("Status"), kNews);
        QCOMPARE(s.value(QStringLiteral("ID")).toInt(), 2);
        QCOMPARE(ommState(s).value(QStringLiteral("Stream")).toString(), stream);
        QCOMPARE(ommState(s).value(QStringLiteral("Data")).toString(), QStringLiteral("Suspect"));
        m_emulator->publishStories(2);
        QVERIFY(client.roundTrip());
        QCOMPARE(newUpdates(client).size(), 0); // the stream is closed
        client.requestItem(2, QStringLiteral("MRN_STORY")); // re-requesting reopens it
        QTRY_COMPARE(client.count(QStringLiteral("Refresh"), kNews), 2);
    }

    void ommError()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        m_emulator->trigger(LsegFault::OmmError);
        QTRY_COMPARE(client.count(QStringLiteral("Error")), 1);
        const QJsonObject e = client.first(QStringLiteral("Error"));
        QCOMPARE(e.value(QStringLiteral("ID")).toInt(), 0);
        QVERIFY(
            e.value(QStringLiteral("Text")).toString().startsWith(QStringLiteral("JSON Converter Token Type error")));
        QCOMPARE(e.value(QStringLiteral("Debug")).toObject().value(QStringLiteral("File")).toString(),
            QStringLiteral("Converter/jsonToRwfSimple.C"));
    }

    void malformedFrame()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        m_emulator->trigger(LsegFault::MalformedFrame);
        QTRY_COMPARE(client.unparsable, 1);
        QVERIFY(client.isConnected());
    }

    void badBase64()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::BadBase64Fragment);
        QCOMPARE(assembleNew(client).badBase64, 1);
    }

    void corruptGzip()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::CorruptGzip);
        const MrnTestAssembler a = assembleNew(client);
        QCOMPARE(a.completed.size(), 1);
        QVERIFY(a.completed.first().compressed.startsWith("\x1f\x8b\x08"));
        QCOMPARE(a.completed.first().gunzipStatus, GunzipStatus::Corrupt);
    }

    void orphanFragment()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::OrphanFragment);
        const QList<QJsonObject> updates = newUpdates(client);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(ommFields(updates.first()).value(QStringLiteral("FRAG_NUM")).toInt(), 2);
        QCOMPARE(ommFields(updates.first()).keys().size(), 4);
        QCOMPARE(assembleNew(client).orphans, 1);
    }

    void fragmentGap()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::FragmentGap);
        const QList<QJsonObject> updates = newUpdates(client);
        QCOMPARE(updates.size(), 2);
        QCOMPARE(ommFields(updates[1]).value(QStringLiteral("FRAG_NUM")).toInt(), 3);
        QCOMPARE(assembleNew(client).gaps, 1);
    }

    void fragmentsExceedTotal()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::FragmentsExceedTotal);
        QCOMPARE(assembleNew(client).overTotal, 1);
    }

    void gzipBomb()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::GzipBomb);
        MrnTestAssembler a = assembleNew(client);
        QCOMPARE(a.completed.size(), 1);
        const MrnTestItem &item = a.completed.first();
        QVERIFY(item.fragmentSizes.size() > 1);
        QByteArray out;
        QCOMPARE(gunzip(item.compressed, out, 16 * 1024 * 1024), GunzipStatus::TooLarge);
        QCOMPARE(gunzip(item.compressed, out), GunzipStatus::Ok);
        QCOMPARE(out.size(), 20 * 1024 * 1024);
    }

    void malformedStoryJson()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::MalformedStoryJson);
        const MrnTestAssembler a = assembleNew(client);
        QCOMPARE(a.completed.size(), 1);
        QCOMPARE(a.completed.first().gunzipStatus, GunzipStatus::Ok);
        QVERIFY(!a.completed.first().jsonOk);
    }

    void binaryFrame()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::BinaryFrame);
        QVERIFY(!client.binaryFrames.isEmpty());
        const MrnTestAssembler a = assembleNew(client);
        QCOMPARE(a.completed.size(), 1);
        QVERIFY(a.completed.first().jsonOk);
    }

    void invalidUtf8Binary()
    {
        OmmTestClient client(m_tls);
        openNewsAndTrigger(client, LsegFault::InvalidUtf8Binary);
        QCOMPARE(client.binaryFrames.size(), 1);
        const QByteArray bytes = client.binaryFrames.first();
        QVERIFY(bytes.contains('\xff'));
        QVERIFY(QString::fromUtf8(bytes).toUtf8() != bytes); // not valid UTF-8
    }

    void duplicateStory()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        m_emulator->publishStories(1);
        m_emulator->trigger(LsegFault::DuplicateStory);
        QVERIFY(client.roundTrip());
        const MrnTestAssembler a = assembleNew(client);
        QCOMPARE(a.completed.size(), 2);
        QCOMPARE(a.completed[0].guid, a.completed[1].guid);
        QCOMPARE(a.completed[0].compressed, a.completed[1].compressed);
    }

    void newVersionStory()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        m_emulator->publishStories(1);
        m_emulator->trigger(LsegFault::NewVersionStory);
        QVERIFY(client.roundTrip());
        const MrnTestAssembler a = assembleNew(client);
        QCOMPARE(a.completed.size(), 2);
        QCOMPARE(a.completed[0].guid, a.completed[1].guid);
        QVERIFY(a.completed[0].json != a.completed[1].json);
        QVERIFY(a.completed[1].story.value(QStringLiteral("versionCreated")).toString()
            > a.completed[0].story.value(QStringLiteral("versionCreated")).toString());
    }

    void packedFragments()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        const int framesBefore = int(client.messagesPerFrame.size());
        m_emulator->trigger(LsegFault::PackedFragments);
        QVERIFY(client.roundTrip());
        QCOMPARE(client.messagesPerFrame.value(framesBefore), 2);
        const QList<QJsonObject> updates = newUpdates(client);
        QCOMPARE(
            ommFields(updates[0]).value(QStringLiteral("GUID")), ommFields(updates[1]).value(QStringLiteral("GUID")));
        QCOMPARE(ommFields(updates[1]).value(QStringLiteral("FRAG_NUM")).toInt(), 2);
        QCOMPARE(assembleNew(client).completed.size(), 1);
    }

    void firstEndpointDown()
    {
        OmmTestClient early(m_tls);
        openNews(early, 0);
        m_emulator->setFault(LsegFault::FirstEndpointDown, true);
        QTRY_COMPARE(early.disconnects, 1); // its clients are cut off

        OmmTestClient refused(m_tls);
        QVERIFY(!refused.openAndWait(m_emulator->webSocketUrl(0)));
        OmmTestClient next(m_tls);
        QVERIFY(openAndLogIn(next, 1));

        // Discovery still names the dead endpoint first, so clients must fail over by themselves.
        QNetworkAccessManager nam;
        QUrl url = m_emulator->discoveryUrl();
        url.setQuery(QStringLiteral("transport=websocket"));
        const HttpResult d = getWithToken(nam, url, m_emulator->issueAccessToken(), m_tls);
        QList<int> preferred;
        for (const QJsonValue &v : d.json().value(QStringLiteral("services")).toArray()) {
            const QJsonObject s = v.toObject();
            const QJsonArray loc = s.value(QStringLiteral("location")).toArray();
            if (loc.size() == 2 && loc.first().toString().startsWith(QStringLiteral("ap-southeast-1")))
                preferred << s.value(QStringLiteral("port")).toInt();
        }
        QCOMPARE(preferred, (QList<int> {m_emulator->webSocketPorts()[0], m_emulator->webSocketPorts()[1]}));

        m_emulator->setFault(LsegFault::FirstEndpointDown, false);
        OmmTestClient back(m_tls);
        QVERIFY(back.openAndWait(m_emulator->webSocketUrl(0)));
    }

    void everyLiveSessionSeesAnAction()
    {
        OmmTestClient a(m_tls), b(m_tls);
        openNews(a);
        openNews(b, 1);
        m_emulator->trigger(LsegFault::OmmError);
        QTRY_COMPARE(a.count(QStringLiteral("Error")), 1);
        QTRY_COMPARE(b.count(QStringLiteral("Error")), 1);
    }
};

QTEST_GUILESS_MAIN(TestLsegFaults)
#include "tst_lseg_faults.moc"
