// The SignalR handshake: the request's exact bytes, accepted and refused responses, the remainder after the
// response (messages in the same read), an incomplete response, and malformed ones.
#include "net/signalr/signalr_handshake.h"

#include <QTest>

using namespace sb;

class TstSignalRHandshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestIsJsonVersionOne()
    {
        QCOMPARE(SignalRHandshake::request(), QByteArray("{\"protocol\":\"json\",\"version\":1}\x1e"));
    }

    void acceptedResponseKeepsTheRemainder()
    {
        QString problem;
        const auto r = SignalRHandshake::parseResponse(QByteArray("{}\x1e{\"type\":6}\x1e{\"ty"), &problem);
        QVERIFY(r);
        QVERIFY(r->accepted());
        QCOMPARE(r->remainder, QByteArray("{\"type\":6}\x1e{\"ty"));
    }

    void refusedResponseCarriesTheError()
    {
        QString problem;
        const auto r = SignalRHandshake::parseResponse(
            QByteArray("{\"error\":\"Requested protocol 'messagepack' is not available.\"}\x1e"), &problem);
        QVERIFY(r);
        QVERIFY(!r->accepted());
        QCOMPARE(r->error, QStringLiteral("Requested protocol 'messagepack' is not available."));
    }

    void unknownFieldsAreIgnored()
    {
        QString problem;
        const auto r = SignalRHandshake::parseResponse(QByteArray("{\"minorVersion\":1}\x1e"), &problem);
        QVERIFY(r);
        QVERIFY(r->accepted());
    }

    void incompleteResponseWaits()
    {
        QString problem;
        QVERIFY(!SignalRHandshake::parseResponse("{", &problem));
        QVERIFY(problem.isEmpty());
    }

    void malformedResponsesAreProblems()
    {
        QString problem;
        QVERIFY(!SignalRHandshake::parseResponse(QByteArray("nope\x1e"), &problem));
        QVERIFY(problem.contains(QLatin1String("not JSON")));
        QVERIFY(!SignalRHandshake::parseResponse(QByteArray("[]\x1e"), &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!SignalRHandshake::parseResponse(QByteArray("{\"type\":6}\x1e"), &problem));
        QCOMPARE(problem, QStringLiteral("Expected a handshake response from the server."));
        QVERIFY(!SignalRHandshake::parseResponse(QByteArray(200, 'x'), &problem, 100));
        QVERIFY(problem.contains(QLatin1String("without a record separator")));
    }

    void serverReadsTheRequest()
    {
        QString problem;
        const auto r = SignalRHandshake::parseRequest(SignalRHandshake::request() + "{\"type\":6}\x1e", &problem);
        QVERIFY(r);
        QCOMPARE(r->protocol, QStringLiteral("json"));
        QCOMPARE(r->version, 1);
        QCOMPARE(r->remainder, QByteArray("{\"type\":6}\x1e"));
        QVERIFY(!SignalRHandshake::parseRequest(QByteArray("{\"protocol\":\"json\"}\x1e"), &problem));
        QCOMPARE(SignalRHandshake::response(), QByteArray("{}\x1e"));
        QCOMPARE(SignalRHandshake::response(QStringLiteral("no")), QByteArray("{\"error\":\"no\"}\x1e"));
    }
};

QTEST_GUILESS_MAIN(TstSignalRHandshake)
#include "tst_signalr_handshake.moc"
