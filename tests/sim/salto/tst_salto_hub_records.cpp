// SaltoHubRecords: the emulator's own side of the SignalR JSON hub protocol writes and reads the wire bytes of
// HubProtocol.md, and the client's SignalR code (written apart) reads what it writes and writes what it reads.
#include "net/signalr/signalr_handshake.h"
#include "net/signalr/signalr_hub_message.h"
#include "sim/salto/salto_hub_records.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {

QJsonObject json(const QByteArray &record)
{
    return QJsonDocument::fromJson(record.chopped(1)).object();
}

} // namespace

class TestSaltoHubRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheSpecHandshakeAndKeepsWhatFollows()
    {
        QString problem;
        const auto handshake = sim::SaltoHubRecords::takeHandshake(
            QByteArray("{\"protocol\":\"json\",\"version\":1}\x1e{\"type\":6}\x1e"), &problem);
        QVERIFY2(handshake, qPrintable(problem));
        QCOMPARE(handshake->protocol, QStringLiteral("json"));
        QCOMPARE(handshake->version, 1);
        QCOMPARE(handshake->remainder, QByteArray("{\"type\":6}\x1e"));
        // The client's request is the same handshake.
        const auto fromClient = sim::SaltoHubRecords::takeHandshake(SignalRHandshake::request(), &problem);
        QVERIFY(fromClient);
        QCOMPARE(fromClient->protocol, QStringLiteral("json"));
        QCOMPARE(fromClient->version, 1);
    }

    void waitsForTheSeparatorAndRefusesWhatIsNoHandshake()
    {
        QString problem;
        QVERIFY(!sim::SaltoHubRecords::takeHandshake("{\"protocol\":\"json\"", &problem));
        QVERIFY(problem.isEmpty());
        QVERIFY(!sim::SaltoHubRecords::takeHandshake("{\"type\":6}\x1e", &problem));
        QVERIFY(!problem.isEmpty());
    }

    void answersAsTheSpecSays()
    {
        QCOMPARE(sim::SaltoHubRecords::handshakeAnswer(), QByteArray("{}\x1e"));
        QString problem;
        const auto accepted = SignalRHandshake::parseResponse(sim::SaltoHubRecords::handshakeAnswer(), &problem);
        QVERIFY(accepted && accepted->accepted());
        const QString refusal = QStringLiteral("Requested protocol 'messagepack' is not available.");
        QCOMPARE(
            json(sim::SaltoHubRecords::handshakeAnswer(refusal)).value(QStringLiteral("error")).toString(), refusal);
        const auto refused = SignalRHandshake::parseResponse(sim::SaltoHubRecords::handshakeAnswer(refusal), &problem);
        QVERIFY(refused);
        QCOMPARE(refused->error, refusal);
    }

    void writesRecordsTheClientReads()
    {
        QCOMPARE(sim::SaltoHubRecords::ping(), QByteArray("{\"type\":6}\x1e"));
        const QByteArray invocation
            = sim::SaltoHubRecords::invocation(QStringLiteral("ReceiveMessage"), QJsonArray {QStringLiteral("{}")});
        QVERIFY(invocation.endsWith('\x1e'));
        const auto message = SignalRHubMessage::parse(invocation.chopped(1));
        QVERIFY(message);
        QCOMPARE(message->type, SignalRHubMessage::Type::Invocation);
        QCOMPARE(message->target, QStringLiteral("ReceiveMessage"));
        QCOMPARE(message->arguments, QJsonArray {QStringLiteral("{}")});
        QVERIFY(message->invocationId.isEmpty()); // a broadcast expects no completion

        const auto close
            = SignalRHubMessage::parse(sim::SaltoHubRecords::close(QStringLiteral("bye"), true).chopped(1));
        QVERIFY(close);
        QCOMPARE(close->type, SignalRHubMessage::Type::Close);
        QCOMPARE(close->error, QStringLiteral("bye"));
        QVERIFY(close->allowReconnect);
        QVERIFY(!json(sim::SaltoHubRecords::close(QStringLiteral("bye"), false))
                     .contains(QStringLiteral("allowReconnect")));
    }

    void splitsRecordsAndReadsTheirType()
    {
        QByteArray buffer = SignalRHubMessage::ping().toRecord() + SignalRHubMessage::close().toRecord() + "{\"ty";
        const QList<QByteArray> records = sim::SaltoHubRecords::takeRecords(buffer);
        QCOMPARE(records.size(), 2);
        QCOMPARE(sim::SaltoHubRecords::typeOf(records[0]), sim::SaltoHubRecords::Ping);
        QCOMPARE(sim::SaltoHubRecords::typeOf(records[1]), sim::SaltoHubRecords::Close);
        QCOMPARE(buffer, QByteArray("{\"ty")); // the unfinished record waits for its end
        QCOMPARE(sim::SaltoHubRecords::typeOf("not json"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSaltoHubRecords)
#include "tst_salto_hub_records.moc"
