#include "relay/shared_alarm_codec.h"

#include <QRegularExpression>
#include <QTest>

using namespace sb;

class TestSharedAlarmCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysUseOnlyWhatNatsAllowsAndDecodeBack_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("salto") << QStringLiteral("E-1_x/2")
                               << QStringLiteral("salto.E-1_x/2");
        QTest::newRow("dots and spaces") << QStringLiteral("doors.hq") << QStringLiteral("site 1.door")
                                         << QStringLiteral("doors=2Ehq.site=201=2Edoor");
        QTest::newRow("equals sign") << QStringLiteral("opera") << QStringLiteral("a=b")
                                     << QStringLiteral("opera.a=3Db");
        QTest::newRow("unicode") << QStringLiteral("mrn") << QString::fromUtf8("Zürich*>")
                                 << QStringLiteral("mrn.Z=C3=BCrich=2A=3E");
        QTest::newRow("empty key") << QStringLiteral("pubsub") << QStringLiteral("") << QStringLiteral("pubsub.=");
    }
    void keysUseOnlyWhatNatsAllowsAndDecodeBack()
    {
        QFETCH(QString, feed);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const QString encoded = SharedAlarmCodec::key(feed, key);
        QCOMPARE(encoded, expected);
        static const QRegularExpression allowed(QStringLiteral("^[-/_=a-zA-Z0-9]+\\.[-/_=a-zA-Z0-9]+$"));
        QVERIFY(allowed.match(encoded).hasMatch());
        QString f;
        QString k;
        QVERIFY(SharedAlarmCodec::splitKey(encoded, &f, &k));
        QCOMPARE(f, feed);
        QCOMPARE(k, key);
    }

    void foreignKeysAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("one token") << QStringLiteral("salto");
        QTest::newRow("three tokens") << QStringLiteral("salto.a.b");
        QTest::newRow("empty token") << QStringLiteral("salto.");
        QTest::newRow("lower-case escape") << QStringLiteral("salto.a=2e");
        QTest::newRow("cut escape") << QStringLiteral("salto.a=2");
        QTest::newRow("escaped plain letter") << QStringLiteral("salto.=41");
        QTest::newRow("not UTF-8") << QStringLiteral("salto.=FF");
    }
    void foreignKeysAreRefused()
    {
        QFETCH(QString, key);
        QString f;
        QString k;
        QVERIFY(!SharedAlarmCodec::splitKey(key, &f, &k));
    }

    void valueRoundTrips()
    {
        AlarmRecord a;
        a.feed = QStringLiteral("salto");
        a.key = QStringLiteral("E1");
        a.rule = QStringLiteral("Door incidents");
        a.title = QString::fromUtf8("Tür aufgebrochen");
        a.state = QStringLiteral("snoozed");
        a.raisedMs = 1764930120000;
        a.snoozedUntilMs = 1764930720000;
        a.repeatSec = 30;
        a.escalateAfterSec = 120;
        a.escalated = true;
        a.transitions
            = {{QStringLiteral("new"), QStringLiteral("switchboard"), 1764930120000, QStringLiteral("raised")},
                {QStringLiteral("snoozed"), QStringLiteral("anna"), 1764930125000, QStringLiteral("\"quoted\" note")}};
        AlarmRecord back;
        QString error;
        QVERIFY2(SharedAlarmCodec::fromValue(SharedAlarmCodec::value(a), &back, &error), qPrintable(error));
        QCOMPARE(back.feed, a.feed);
        QCOMPARE(back.key, a.key);
        QCOMPARE(back.rule, a.rule);
        QCOMPARE(back.title, a.title);
        QCOMPARE(back.state, a.state);
        QCOMPARE(back.raisedMs, a.raisedMs);
        QCOMPARE(back.snoozedUntilMs, a.snoozedUntilMs);
        QCOMPARE(back.repeatSec, a.repeatSec);
        QCOMPARE(back.escalateAfterSec, a.escalateAfterSec);
        QCOMPARE(back.escalated, true);
        QCOMPARE(back.transitions.size(), 2);
        QCOMPARE(back.transitions.at(1).who, QStringLiteral("anna"));
        QCOMPARE(back.transitions.at(1).atMs, qint64(1764930125000));
        QCOMPARE(back.transitions.at(1).note, QStringLiteral("\"quoted\" note"));
    }

    void malformedValuesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        QTest::newRow("not JSON") << QByteArray("{oops") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no feed") << QByteArray(R"({"key":"k","state":"new","transitions":[]})")
                                 << QStringLiteral("\"feed\"");
        QTest::newRow("no transitions") << QByteArray(R"({"feed":"f","key":"k","state":"new","transitions":[]})")
                                        << QStringLiteral("empty");
        QTest::newRow("transition without state")
            << QByteArray(R"({"feed":"f","key":"k","state":"new","transitions":[{"who":"x"}]})")
            << QStringLiteral("no state");
    }
    void malformedValuesSayWhy()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        AlarmRecord out;
        QString error;
        QVERIFY(!SharedAlarmCodec::fromValue(json, &out, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSharedAlarmCodec)
#include "tst_shared_alarm_codec.moc"
