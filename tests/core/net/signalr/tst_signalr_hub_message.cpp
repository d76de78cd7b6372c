// SignalR JSON hub messages: every type 1–9 parsed and written back, unknown fields and headers ignored, and
// malformed input (not JSON, no type, unknown type, missing fields, over the size bound) rejected with a reason.
#include "net/signalr/signalr_hub_message.h"

#include <QJsonObject>
#include <QTest>

using namespace sb;

namespace {
// JSON written with single quotes (moc 6.4 mis-parses raw string literals holding double quotes).
QByteArray q(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

SignalRHubMessage parsed(const char *singleQuoted)
{
    QString error;
    const auto m = SignalRHubMessage::parse(q(singleQuoted), &error);
    if (!m)
        qWarning("parse failed: %s", qPrintable(error));
    return m.value_or(SignalRHubMessage());
}
} // namespace

class TstSignalRHubMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invocationWithoutId()
    {
        const auto m = parsed("{'type':1,'target':'ReceiveMessage','arguments':['{\\'id\\':1}'],'extra':true}");
        QCOMPARE(m.type, SignalRHubMessage::Type::Invocation);
        QCOMPARE(m.target, QStringLiteral("ReceiveMessage"));
        QVERIFY(m.invocationId.isEmpty());
        QCOMPARE(m.arguments.size(), 1);
        QCOMPARE(m.arguments.at(0).toString(), QStringLiteral("{'id':1}").replace(QLatin1Char('\''), QLatin1Char('"')));
    }

    void invocationWithIdHeadersAndStreams()
    {
        const auto m = parsed("{'type':1,'headers':{'a':'b'},'invocationId':'7','target':'Send','arguments':[1,{'x':2}]"
                              ",'streamIds':['s']}");
        QCOMPARE(m.invocationId, QStringLiteral("7"));
        QCOMPARE(m.headers.value(QStringLiteral("a")), QStringLiteral("b"));
        QCOMPARE(m.streamIds, QStringList {QStringLiteral("s")});
        QCOMPARE(m.arguments.size(), 2);
        const auto back = SignalRHubMessage::parse(m.toJson());
        QVERIFY(back);
        QCOMPARE(back->invocationId, m.invocationId);
        QCOMPARE(back->arguments, m.arguments);
        QCOMPARE(back->headers, m.headers);
    }

    void streamItemCompletionCancel()
    {
        auto m = parsed("{'type':2,'invocationId':'1','item':42}");
        QCOMPARE(m.type, SignalRHubMessage::Type::StreamItem);
        QCOMPARE(m.item.toInt(), 42);
        m = parsed("{'type':3,'invocationId':'1','result':{'ok':true}}");
        QCOMPARE(m.type, SignalRHubMessage::Type::Completion);
        QVERIFY(!m.hasError);
        QCOMPARE(m.result.toObject().value(QStringLiteral("ok")).toBool(), true);
        m = parsed("{'type':3,'invocationId':'1','error':'boom','result':1}");
        QVERIFY(m.hasError);
        QCOMPARE(m.error, QStringLiteral("boom"));
        QVERIFY(m.result.isUndefined()); // ignored when an error is present
        m = parsed("{'type':3,'invocationId':'1'}");
        QVERIFY(m.result.isUndefined()); // void
        m = parsed("{'type':4,'invocationId':'2','target':'Counter','arguments':[10]}");
        QCOMPARE(m.type, SignalRHubMessage::Type::StreamInvocation);
        QCOMPARE(m.target, QStringLiteral("Counter"));
        m = parsed("{'type':5,'invocationId':'2'}");
        QCOMPARE(m.type, SignalRHubMessage::Type::CancelInvocation);
        QCOMPARE(m.invocationId, QStringLiteral("2"));
    }

    void pingAndClose()
    {
        QCOMPARE(parsed("{'type':6}").type, SignalRHubMessage::Type::Ping);
        QCOMPARE(SignalRHubMessage::ping().toRecord(), QByteArray("{\"type\":6}\x1e"));
        auto m = parsed("{'type':7,'error':'Connection closed with an error.','allowReconnect':true}");
        QCOMPARE(m.type, SignalRHubMessage::Type::Close);
        QVERIFY(m.hasError);
        QVERIFY(m.allowReconnect);
        m = parsed("{'type':7}");
        QVERIFY(!m.hasError);
        QVERIFY(!m.allowReconnect);
        QCOMPARE(SignalRHubMessage::close().toJson(), QByteArray("{\"type\":7}"));
        const auto back = SignalRHubMessage::parse(SignalRHubMessage::close(QStringLiteral("bye"), true).toJson());
        QVERIFY(back && back->allowReconnect && back->error == QLatin1String("bye"));
    }

    void ackAndSequenceAreTolerated()
    {
        auto m = parsed("{'type':8,'sequenceId':1394}");
        QCOMPARE(m.type, SignalRHubMessage::Type::Ack);
        QCOMPARE(m.sequenceId, 1394);
        m = parsed("{'type':9,'sequenceId':1}");
        QCOMPARE(m.type, SignalRHubMessage::Type::Sequence);
    }

    void everyTypeRoundTrips()
    {
        for (int t = 1; t <= 9; ++t) {
            SignalRHubMessage m;
            m.type = SignalRHubMessage::Type(t);
            m.invocationId = QStringLiteral("i");
            m.target = QStringLiteral("T");
            m.item = 1;
            const auto back = SignalRHubMessage::parse(m.toJson());
            QVERIFY2(back, m.toJson().constData());
            QCOMPARE(int(back->type), t);
        }
    }

    void malformedInputIsRejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not a JSON object");
        QTest::newRow("no type") << q("{'target':'x'}") << QStringLiteral("numeric \"type\"");
        QTest::newRow("string type") << q("{'type':'1'}") << QStringLiteral("numeric \"type\"");
        QTest::newRow("unknown type") << q("{'type':42}") << QStringLiteral("unknown message type 42");
        QTest::newRow("fractional type") << q("{'type':1.5}") << QStringLiteral("unknown message type");
        // Hostile numbers: casting these to an integer was undefined behaviour (the UBSan build stops on it).
        QTest::newRow("type 1e300") << q("{'type':1e300}") << QStringLiteral("unknown message type");
        QTest::newRow("type -1e300") << q("{'type':-1e300}") << QStringLiteral("unknown message type");
        QTest::newRow("type 9.3e18") << q("{'type':9.3e18}") << QStringLiteral("unknown message type");
        QTest::newRow("type 4294967297") << q("{'type':4294967297}") << QStringLiteral("unknown message type");
        QTest::newRow("no target") << q("{'type':1,'arguments':[]}") << QStringLiteral("target");
        QTest::newRow("no arguments") << q("{'type':1,'target':'x'}") << QStringLiteral("arguments");
        QTest::newRow("item without id") << q("{'type':2,'item':1}") << QStringLiteral("invocationId");
        QTest::newRow("item missing") << q("{'type':2,'invocationId':'1'}") << QStringLiteral("item");
        QTest::newRow("completion without id") << q("{'type':3}") << QStringLiteral("invocationId");
        QTest::newRow("cancel without id") << q("{'type':5}") << QStringLiteral("invocationId");
        QTest::newRow("ack without id") << q("{'type':8}") << QStringLiteral("sequenceId");
    }

    void malformedInputIsRejected()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!SignalRHubMessage::parse(input, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void sizeIsBounded()
    {
        QString error;
        const QByteArray big = q("{'type':6,'pad':'") + QByteArray(200, 'x') + "\"}";
        QVERIFY(!SignalRHubMessage::parse(big, &error, 100));
        QVERIFY(error.contains(QLatin1String("exceeds the limit")));
        QVERIFY(SignalRHubMessage::parse(big, &error, 1000));
    }
};

QTEST_GUILESS_MAIN(TstSignalRHubMessage)
#include "tst_signalr_hub_message.moc"
