#include "sim/mrn/lseg_emulator.h"

#include "lseg_test_fixture.h"
#include "lseg_test_http.h"
#include "mrn_test_assembler.h"
#include "omm_test_client.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace sb::sim;
using namespace sb::test;

namespace {

LsegEmulatorOptions quietOptions()
{
    return quietLsegOptions();
}

} // namespace

class TestLsegStreaming
    : public QObject
    , private LsegEmulatorFixture
{
    Q_OBJECT

private:
    qint64 m_now = 1719915217000;

    void startEmulator(const LsegEmulatorOptions &options = quietOptions())
    {
        startLseg(options, [this] { return m_now; });
    }

    // Connected, logged in, MRN_STORY open and the replayed real stories received.
    void openNews(OmmTestClient &client) { openNewsAfter(client, 4); }

private Q_SLOTS:
    void init()
    {
        m_now = 1719915217000;
        startEmulator();
    }
    void cleanup() { m_emulator.reset(); }

    void loginAccepted()
    {
        QSignalSpy connected(m_emulator.get(), &LsegEmulator::clientConnected);
        QSignalSpy received(m_emulator.get(), &LsegEmulator::loginReceived);
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        QVERIFY(client.sslErrors.isEmpty());
        QCOMPARE(client.socket.subprotocol(), QStringLiteral("tr_json2"));
        QCOMPARE(m_emulator->webSocketUrl().path(), QStringLiteral("/WebSocket"));
        const QString token = m_emulator->issueAccessToken();
        QVERIFY(client.loginAndWait(token));
        QTRY_COMPARE(connected.size(), 1);
        QCOMPARE(received.size(), 1);
        const QJsonObject login = received.first().first().toJsonObject();
        QCOMPARE(login.value(QStringLiteral("Key"))
                     .toObject()
                     .value(QStringLiteral("Elements"))
                     .toObject()
                     .value(QStringLiteral("AuthenticationToken"))
                     .toString(),
            token);

        const QJsonObject r = client.first(QStringLiteral("Refresh"), kLogin);
        QCOMPARE(r.value(QStringLiteral("ID")).toInt(), 1);
        const QJsonObject elements = r.value(QStringLiteral("Elements")).toObject();
        QCOMPARE(elements.value(QStringLiteral("PingTimeout")).toInt(), 30);
        QCOMPARE(elements.value(QStringLiteral("MaxMsgSize")).toInt(), 61430);
        const QJsonObject key = r.value(QStringLiteral("Key")).toObject();
        QCOMPARE(key.value(QStringLiteral("Name")).toString(), QStringLiteral("switchboard-demo"));
        const QJsonObject keyElements = key.value(QStringLiteral("Elements")).toObject();
        QCOMPARE(keyElements.value(QStringLiteral("ApplicationId")).toString(), QStringLiteral("256"));
        QCOMPARE(keyElements.value(QStringLiteral("Position")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(keyElements.value(QStringLiteral("SupportBatchRequests")).toInt(), 7);
        QCOMPARE(ommState(r).value(QStringLiteral("Stream")).toString(), QStringLiteral("Open"));
        QCOMPARE(ommState(r).value(QStringLiteral("Data")).toString(), QStringLiteral("Ok"));
        QVERIFY(
            ommState(r).value(QStringLiteral("Text")).toString().startsWith(QStringLiteral("Login accepted by host ")));
        QVERIFY(client.frames.first().startsWith('['));
        QCOMPARE(m_emulator->loginsAccepted(), 1);
        QCOMPARE(m_emulator->connections(), 1);
        QCOMPARE(m_emulator->activeConnections(), 1);
    }

    void fullFlowOverHttp()
    {
        // Token, discovery, the preferred (multi-zone) endpoint of the region, login: as a real client does.
        QNetworkAccessManager nam;
        const HttpResult token = postForm(nam, m_emulator->tokenUrl(),
            "grant_type=client_credentials&client_id=switchboard-demo&client_secret=demo-secret&scope=trapi.streaming."
            "pricing.read",
            m_tls);
        QCOMPARE(token.status, 200);
        const QString access = token.json().value(QStringLiteral("access_token")).toString();
        QUrl discovery = m_emulator->discoveryUrl();
        discovery.setQuery(QStringLiteral("transport=websocket"));
        const HttpResult services = getWithToken(nam, discovery, access, m_tls);
        QCOMPARE(services.status, 200);
        QUrl endpoint;
        for (const QJsonValue &v : services.json().value(QStringLiteral("services")).toArray()) {
            const QJsonObject s = v.toObject();
            const QJsonArray loc = s.value(QStringLiteral("location")).toArray();
            if (loc.size() >= 2 && loc.first().toString().startsWith(QStringLiteral("ap-southeast-1"))) {
                endpoint = QUrl(QStringLiteral("wss://%1:%2/WebSocket")
                                    .arg(s.value(QStringLiteral("endpoint")).toString())
                                    .arg(s.value(QStringLiteral("port")).toInt()));
                break;
            }
        }
        QCOMPARE(endpoint, m_emulator->webSocketUrl(0));
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(endpoint));
        QVERIFY(client.loginAndWait(access));
    }

    void loginRejectedForUnknownToken()
    {
        QSignalSpy rejected(m_emulator.get(), &LsegEmulator::loginRejected);
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        client.login(QStringLiteral("not-a-token"));
        QTRY_COMPARE(client.count(QStringLiteral("Status"), kLogin), 1);
        const QJsonObject s = ommState(client.first(QStringLiteral("Status"), kLogin));
        QCOMPARE(s.value(QStringLiteral("Stream")).toString(), QStringLiteral("Closed"));
        QCOMPARE(s.value(QStringLiteral("Data")).toString(), QStringLiteral("Suspect"));
        QCOMPARE(s.value(QStringLiteral("Code")).toString(), QStringLiteral("UserUnknownToPermSys"));
        QVERIFY(s.value(QStringLiteral("Text")).toString().startsWith(QStringLiteral("Login Rejected.")));
        QVERIFY(!client.frames.first().contains("not-a-token")); // the token is not echoed
        QTRY_COMPARE(client.disconnects, 1);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(m_emulator->loginsRejected(), 1);
        QTRY_COMPARE(m_emulator->activeConnections(), 0);
    }

    void loginRejectedForExpiredToken()
    {
        const QString token = m_emulator->issueAccessToken();
        m_now += 7199 * 1000;
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        client.login(token);
        QTRY_COMPARE(client.count(QStringLiteral("Status"), kLogin), 1);
        const QJsonObject s = ommState(client.first(QStringLiteral("Status"), kLogin));
        QCOMPARE(s.value(QStringLiteral("Stream")).toString(), QStringLiteral("Closed"));
        QVERIFY(s.value(QStringLiteral("Text")).toString().contains(QStringLiteral("expired")));
        QTRY_COMPARE(client.disconnects, 1);
    }

    void v2LoginOutlivesItsToken()
    {
        // An open V2 connection needs no renewal (reference §13).
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        m_now += 8000 * 1000;
        m_emulator->checkTokenExpiries();
        QVERIFY(client.roundTrip());
        QCOMPARE(client.count(QStringLiteral("Status"), kLogin), 0);
        QVERIFY(client.isConnected());
    }

    void userNameLogin()
    {
        const QJsonObject login {{QStringLiteral("ID"), 1}, {QStringLiteral("Domain"), kLogin},
            {QStringLiteral("Key"),
                QJsonObject {{QStringLiteral("Name"), QStringLiteral("user")},
                    {QStringLiteral("Elements"),
                        QJsonObject {{QStringLiteral("ApplicationId"), QStringLiteral("256")},
                            {QStringLiteral("Position"), QStringLiteral("10.0.0.1/h")}}}}}};
        {
            OmmTestClient client(m_tls);
            QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
            client.send(login);
            QTRY_COMPARE(client.count(QStringLiteral("Status"), kLogin), 1); // not allowed by default
        }
        LsegEmulatorOptions o = quietOptions();
        o.allowUserNameLogin = true;
        startEmulator(o);
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        client.send(login);
        QTRY_COMPARE(client.count(QStringLiteral("Refresh"), kLogin), 1);
        QCOMPARE(client.first(QStringLiteral("Refresh"), kLogin)
                     .value(QStringLiteral("Key"))
                     .toObject()
                     .value(QStringLiteral("Name"))
                     .toString(),
            QStringLiteral("user"));
    }

    void v1ReissueIsSilentAndExpiryCloses()
    {
        QNetworkAccessManager nam;
        auto v1Token = [&] {
            return postForm(nam, m_emulator->tokenUrlV1(),
                "grant_type=password&username=demo-machine-id&password=demo-password&client_id=k", m_tls)
                .json()
                .value(QStringLiteral("access_token"))
                .toString();
        };
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        QVERIFY(client.loginAndWait(v1Token()));
        QVERIFY(client.first(QStringLiteral("Refresh"), kLogin)
                    .value(QStringLiteral("Key"))
                    .toObject()
                    .value(QStringLiteral("Elements"))
                    .toObject()
                    .contains(QStringLiteral("AuthenticationTTReissue")));
        m_now += 500 * 1000;
        client.login(v1Token(), false); // reissue, "Refresh": false
        QVERIFY(client.roundTrip());
        QCOMPARE(client.count(QStringLiteral("Refresh"), kLogin), 1);
        QCOMPARE(client.count(QStringLiteral("Status"), kLogin), 0);
        m_now += 500 * 1000; // past the first token, not the second
        m_emulator->checkTokenExpiries();
        QVERIFY(client.roundTrip());
        QVERIFY(client.isConnected());
        m_now += 200 * 1000; // past the second too
        m_emulator->checkTokenExpiries();
        QTRY_COMPARE(client.count(QStringLiteral("Status"), kLogin), 1);
        QCOMPARE(ommState(client.first(QStringLiteral("Status"), kLogin)).value(QStringLiteral("Stream")).toString(),
            QStringLiteral("Closed"));
        QTRY_COMPARE(client.disconnects, 1);
    }

    void reissueWithRefreshAnswersAgain()
    {
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        client.login(m_emulator->issueAccessToken());
        QTRY_COMPARE(client.count(QStringLiteral("Refresh"), kLogin), 2);
    }

    void itemRefreshThenRealStories()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        const QJsonObject r = client.first(QStringLiteral("Refresh"), kNews);
        QCOMPARE(r.value(QStringLiteral("ID")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("Key")).toObject().value(QStringLiteral("Name")).toString(),
            QStringLiteral("MRN_STORY"));
        QCOMPARE(ommState(r).value(QStringLiteral("Text")).toString(), QStringLiteral("All is well"));
        QVERIFY(ommFields(r).value(QStringLiteral("FRAGMENT")).isNull());
        QCOMPARE(ommFields(r).value(QStringLiteral("TOT_SIZE")).toInt(), 0);
        QCOMPARE(ommFields(r).value(QStringLiteral("MRN_TYPE")).toString(), QStringLiteral("STORY"));
        QCOMPARE(ommFields(r).value(QStringLiteral("ACTIV_DATE")).toString(), QStringLiteral("2024-07-02"));

        MrnTestAssembler assembler;
        assembler.addAll(client.all(QStringLiteral("Update"), kNews));
        QCOMPARE(assembler.completed.size(), 3);
        const QStringList sha {QStringLiteral("6a3345542911f35bcb5c70cc2ca2d96af0b8587f03ae1edc63422dbbc7ce242b"),
            QStringLiteral("51df4aeef86584263eca6ba9c5fe7491fdd084779b054671678be908bc589f49"),
            QStringLiteral("15a6aba22d3af12276158a4d0afd05207e85452bb2ddf1758241780fc3f3c3f4")};
        for (int i = 0; i < 3; ++i) {
            const MrnTestItem &item = assembler.completed[i];
            QVERIFY(item.jsonOk);
            QCOMPARE(
                QString::fromLatin1(QCryptographicHash::hash(item.json, QCryptographicHash::Sha256).toHex()), sha[i]);
            QCOMPARE(item.story.value(QStringLiteral("id")).toString(), item.guid);
        }
        QCOMPARE(assembler.completed[1].fragmentSizes, (QList<int> {2600, 14}));

        const QList<QJsonObject> updates = client.all(QStringLiteral("Update"), kNews);
        for (qsizetype i = 1; i < updates.size(); ++i) {
            const int prev = updates[i - 1].value(QStringLiteral("SeqNumber")).toInt();
            const int next = updates[i].value(QStringLiteral("SeqNumber")).toInt();
            QVERIFY(next == prev + 16 || next == prev + 16 - 65536 + 16);
        }
    }

    void generatedStoriesDecode()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        m_emulator->publishStories(60);
        QVERIFY(client.roundTrip());
        MrnTestAssembler assembler;
        const QList<QJsonObject> updates = client.all(QStringLiteral("Update"), kNews);
        assembler.addAll(updates);
        QVERIFY(assembler.completed.size() >= 60);
        QCOMPARE(assembler.pending(), 0);
        int multi = 0;
        for (const MrnTestItem &item : assembler.completed) {
            QVERIFY2(item.jsonOk, qPrintable(item.guid));
            QCOMPARE(item.story.value(QStringLiteral("id")).toString(), item.guid);
            QCOMPARE(item.mrnType, QStringLiteral("STORY"));
            QCOMPARE(item.mrnSrc, QStringLiteral("HK1_PRD_A"));
            QVERIFY(item.compressed.startsWith("\x1f\x8b\x08"));
            if (item.fragmentSizes.size() > 1) {
                ++multi;
                QCOMPARE(item.fragmentSizes.first(), 2600);
            }
            QVERIFY(item.fragmentSizes.last() <= 2600);
        }
        QVERIFY(multi > 0);
        for (const QJsonObject &u : updates) {
            QCOMPARE(u.value(QStringLiteral("UpdateType")).toString(), QStringLiteral("Unspecified"));
            QVERIFY(u.value(QStringLiteral("DoNotCache")).toBool());
            const QJsonObject f = ommFields(u);
            if (f.value(QStringLiteral("FRAG_NUM")).toInt() > 1)
                QCOMPARE(f.keys().size(), 4);
            else
                QVERIFY(f.contains(QStringLiteral("TOT_SIZE")) && f.contains(QStringLiteral("TIMACT_MS")));
        }
        QCOMPARE(m_emulator->itemsPublished(), 60);
    }

    void storiesFlowAtTheConfiguredRate()
    {
        LsegEmulatorOptions o = quietOptions();
        o.storiesPerSecond = 100;
        o.replayRealStories = false;
        startEmulator(o);
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        client.requestItem(2, QStringLiteral("MRN_STORY"));
        QTRY_VERIFY_WITH_TIMEOUT(client.count(QStringLiteral("Update"), kNews) >= 20, 10000);
    }

    void burstModePacksFrames()
    {
        LsegEmulatorOptions o = quietOptions();
        o.burstStoriesPerSecond = 5000;
        o.replayRealStories = false;
        o.duplicateProbability = 0; // so that every GUID below must be distinct
        o.newVersionProbability = 0;
        startEmulator(o);
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        client.requestItem(2, QStringLiteral("MRN_STORY"));
        QTRY_VERIFY_WITH_TIMEOUT(client.count(QStringLiteral("Update"), kNews) >= 1000, 20000);
        const int maxPerFrame = *std::max_element(client.messagesPerFrame.begin(), client.messagesPerFrame.end());
        QCOMPARE(maxPerFrame, 3);
        QVERIFY(client.messagesPerFrame.count(2) > 0);
        MrnTestAssembler assembler;
        assembler.addAll(client.all(QStringLiteral("Update"), kNews));
        QVERIFY(assembler.completed.size() >= 900);
        QSet<QString> guids;
        for (const MrnTestItem &item : assembler.completed) {
            QVERIFY(item.jsonOk);
            guids.insert(item.guid);
        }
        // Pooled content goes out under fresh GUIDs, so a client sees every burst item as a new story.
        QCOMPARE(guids.size(), assembler.completed.size());
    }

    void burstStoryLimitSendsAFixedCorpus()
    {
        LsegEmulatorOptions o = quietOptions();
        o.burstStoriesPerSecond = 1'000'000; // one tick would send far more than the limit
        o.burstStoryLimit = 300;
        o.replayRealStories = false;
        o.duplicateProbability = 0;
        o.newVersionProbability = 0;
        startEmulator(o);
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        client.requestItem(2, QStringLiteral("MRN_STORY"));
        MrnTestAssembler assembler;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                assembler = MrnTestAssembler();
                assembler.addAll(client.all(QStringLiteral("Update"), kNews));
                return assembler.completed.size() >= 300;
            }(),
            20000);
        QVERIFY(client.roundTrip());
        QCOMPARE(m_emulator->itemsPublished(), 300);
        assembler = MrnTestAssembler();
        assembler.addAll(client.all(QStringLiteral("Update"), kNews));
        QCOMPARE(assembler.completed.size(), 300);
    }

    void analyticsStreams()
    {
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        client.requestItem(3, QStringLiteral("MRN_TRNA"));
        client.requestItem(4, QStringLiteral("MRN_TRSI"));
        QTRY_COMPARE(client.count(QStringLiteral("Refresh"), kNews), 2);
        QCOMPARE(client.count(QStringLiteral("Update"), kNews), 0); // no real-story replay on analytics
        m_emulator->publishStories(3);
        QVERIFY(client.roundTrip());
        MrnTestAssembler assembler;
        assembler.addAll(client.all(QStringLiteral("Update"), kNews));
        QCOMPARE(assembler.completed.size(), 6);
        QSet<QString> types;
        for (const MrnTestItem &item : assembler.completed) {
            QVERIFY(item.jsonOk);
            QVERIFY(item.guid.startsWith(QStringLiteral("tr:")));
            types.insert(item.mrnType);
        }
        QCOMPARE(types, (QSet<QString> {QStringLiteral("TRNA"), QStringLiteral("TRSI")}));
        QCOMPARE(assembler.completed.first().mrnSrc, QStringLiteral("trna-prod-5-9-18-euw1"));
    }

    void batchRequest()
    {
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        client.send(QJsonObject {{QStringLiteral("ID"), 5}, {QStringLiteral("Domain"), kNews},
            {QStringLiteral("Key"),
                QJsonObject {{QStringLiteral("Name"),
                    QJsonArray {QStringLiteral("MRN_STORY"), QStringLiteral("MRN_TRNA_DOC")}}}}});
        QTRY_COMPARE(client.count(QStringLiteral("Refresh"), kNews), 2);
        const QJsonObject batch = client.first(QStringLiteral("Status"), kNews);
        QCOMPARE(batch.value(QStringLiteral("ID")).toInt(), 5);
        QCOMPARE(ommState(batch).value(QStringLiteral("Text")).toString(),
            QStringLiteral("Processed 2 total items from Batch Request.  2 Ok."));
        const QList<QJsonObject> refreshes = client.all(QStringLiteral("Refresh"), kNews);
        QCOMPARE(refreshes[0].value(QStringLiteral("ID")).toInt(), 6);
        QCOMPARE(refreshes[1].value(QStringLiteral("ID")).toInt(), 7);
    }

    void unknownItemIsNotFound()
    {
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        client.requestItem(2, QStringLiteral("MRN_NOPE"));
        client.requestItem(3, QStringLiteral("MRN_STORY"), QStringLiteral("MarketPrice"));
        QTRY_COMPARE(client.count(QStringLiteral("Status")), 2);
        for (const QJsonObject &s : client.all(QStringLiteral("Status"))) {
            QCOMPARE(ommState(s).value(QStringLiteral("Stream")).toString(), QStringLiteral("Closed"));
            QCOMPARE(ommState(s).value(QStringLiteral("Code")).toString(), QStringLiteral("NotFound"));
        }
    }

    void itemBeforeLoginIsRefused()
    {
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        client.requestItem(2, QStringLiteral("MRN_STORY"));
        QTRY_COMPARE(client.count(QStringLiteral("Status"), kNews), 1);
        QCOMPARE(ommState(client.first(QStringLiteral("Status"))).value(QStringLiteral("Code")).toString(),
            QStringLiteral("NotOpen"));
    }

    void closedItemGetsNoMore()
    {
        OmmTestClient client(m_tls);
        openNews(client);
        client.send(QJsonObject {{QStringLiteral("ID"), 2}, {QStringLiteral("Type"), QStringLiteral("Close")},
            {QStringLiteral("Domain"), kNews}});
        QVERIFY(client.roundTrip());
        m_emulator->publishStories(5);
        QVERIFY(client.roundTrip());
        QCOMPARE(client.count(QStringLiteral("Update"), kNews), 4);
    }

    void loginCloseEndsTheConnection()
    {
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        client.sendRaw(R"({"Domain":"Login","ID":1,"Type":"Close"})");
        QTRY_COMPARE(client.disconnects, 1);
    }

    void invalidJsonGetsAnError()
    {
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        client.sendRaw("{\"ID\":1,");
        QTRY_COMPARE(client.count(QStringLiteral("Error")), 1);
        const QJsonObject e = client.first(QStringLiteral("Error"));
        QCOMPARE(e.value(QStringLiteral("ID")).toInt(), 0);
        QCOMPARE(e.value(QStringLiteral("Debug")).toObject().value(QStringLiteral("Message")).toString(),
            QStringLiteral("{\"ID\":1,"));
        client.sendRaw(R"({"ID":"2","Domain":"NewsTextAnalytics","Key":{"Name":"MRN_STORY"}})");
        QTRY_COMPARE(client.count(QStringLiteral("Error")), 2);
        QCOMPARE(client.all(QStringLiteral("Error")).last().value(QStringLiteral("Text")).toString(),
            QStringLiteral("JSON Converter Token Type error: Expected 'PRIMITIVE' for key 'ID' Received 'STRING'"));
        QVERIFY(client.isConnected());
    }

    void serverPingsAndCountsPongs()
    {
        LsegEmulatorOptions o = quietOptions();
        o.pingIntervalMs = 30;
        o.pingTimeoutMs = 2000;
        startEmulator(o);
        QSignalSpy pongs(m_emulator.get(), &LsegEmulator::pongReceived);
        OmmTestClient client(m_tls);
        QVERIFY(openAndLogIn(client));
        QTRY_VERIFY(m_emulator->pongsReceived() >= 3);
        QVERIFY(client.count(QStringLiteral("Ping")) >= 3);
        QVERIFY(m_emulator->pingsSent() >= 3);
        QVERIFY(pongs.size() >= 3);
        QVERIFY(client.isConnected());
        QCOMPARE(client.frames.value(1), QByteArray("[{\"Type\":\"Ping\"}]"));
    }

    void silentClientIsDroppedAfterPingTimeout()
    {
        LsegEmulatorOptions o = quietOptions();
        o.pingIntervalMs = 30;
        o.pingTimeoutMs = 100;
        startEmulator(o);
        QSignalSpy gone(m_emulator.get(), &LsegEmulator::clientDisconnected);
        OmmTestClient client(m_tls);
        client.autoPong = false;
        QVERIFY(openAndLogIn(client));
        QTRY_COMPARE(client.disconnects, 1);
        QVERIFY(client.count(QStringLiteral("Ping")) >= 1);
        QTRY_COMPARE(gone.size(), 1);
        QCOMPARE(m_emulator->activeConnections(), 0);
    }

    void clientPingIsAnswered()
    {
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        QVERIFY(client.roundTrip());
        QCOMPARE(client.frames.last(), QByteArray("[{\"Type\":\"Pong\"}]"));
    }

    void subprotocolAndPathAreRequired()
    {
        OmmTestClient none(m_tls);
        none.open(m_emulator->webSocketUrl(), {});
        QTRY_COMPARE(none.disconnects, 1);
        QCOMPARE(none.socket.closeCode(), QWebSocketProtocol::CloseCodeProtocolError);
        OmmTestClient path(m_tls);
        QUrl url = m_emulator->webSocketUrl();
        url.setPath(QStringLiteral("/other"));
        path.open(url);
        QTRY_COMPARE(path.disconnects, 1);
    }

    void webSocketTlsIsVerified()
    {
        OmmTestClient client(trustingTls(QString()));
        QVERIFY(!client.openAndWait(m_emulator->webSocketUrl()));
        QVERIFY(!client.sslErrors.isEmpty());
    }

    void oversizedClientMessageDisconnects()
    {
        LsegEmulatorOptions o = quietOptions();
        o.maxMsgSize = 1000;
        startEmulator(o);
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        client.sendRaw("{\"Type\":\"Pong\",\"Pad\":\"" + QByteArray(2000, 'x') + "\"}");
        QTRY_COMPARE(client.disconnects, 1);
        QCOMPARE(client.socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }

    void stopAndStartAgain()
    {
        OmmTestClient client(m_tls);
        QVERIFY(client.openAndWait(m_emulator->webSocketUrl()));
        m_emulator->stop();
        QVERIFY(!m_emulator->isRunning());
        QTRY_COMPARE(client.disconnects, 1);
        QVERIFY(m_emulator->start());
        m_tls = trustingTls(m_emulator->caFile()); // a new certificate
        OmmTestClient again(m_tls);
        QVERIFY(openAndLogIn(again));
    }

    void plainWebSocketWhenTlsIsOff()
    {
        LsegEmulatorOptions o = quietOptions();
        o.tls = false;
        startEmulator(o);
        OmmTestClient client;
        QVERIFY(openAndLogIn(client));
    }
};

QTEST_GUILESS_MAIN(TestLsegStreaming)
#include "tst_lseg_streaming.moc"
