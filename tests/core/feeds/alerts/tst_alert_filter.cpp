#include "feeds/alerts/alert_filter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;

class TestAlertFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAsksForEverything()
    {
        QVERIFY(AlertFilter().toJson().isEmpty());
        AlertFilter back;
        back.language = QStringLiteral("x");
        QVERIFY(AlertFilter::fromJson({}, back));
        QVERIFY(back.isEmpty());
    }

    void buildsTheServiceShape()
    {
        AlertFilter f;
        f.language = QStringLiteral("en");
        f.codes = {QStringLiteral("VOD.L"), QStringLiteral("N2:TEL"), QStringLiteral(" ")};
        f.text = QStringLiteral(" TOP NEWS ");
        const QByteArray json = QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(json,
            QByteArray(
                R"({"operands":[{"type":"language","value":"L:en"},{"type":"newscode","value":"R:VOD.L"},)"
                R"({"type":"newscode","value":"N2:TEL"},{"match":"contains","type":"freetext","value":"TOP NEWS"}],)"
                R"("operator":"and","type":"operator"})"));
    }

    void orAndUrgencyRoundTrip()
    {
        AlertFilter f;
        f.maxUrgency = 1;
        f.codes = {QStringLiteral("AAPL.O")};
        f.matchAny = true;
        AlertFilter back;
        QVERIFY(AlertFilter::fromJson(f.toJson(), back));
        QCOMPARE(back.maxUrgency, 1);
        QCOMPARE(back.codes, QStringList {QStringLiteral("AAPL.O")});
        QVERIFY(back.matchAny);
    }

    void foreignShapesAreNotGuessed()
    {
        AlertFilter back;
        const QJsonObject sigdev {{QStringLiteral("type"), QStringLiteral("operator")},
            {QStringLiteral("operator"), QStringLiteral("and")},
            {QStringLiteral("operands"),
                QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("attribution")},
                    {QStringLiteral("value"), QStringLiteral("NS:SIGDEV")}}}}};
        QVERIFY(!AlertFilter::fromJson(sigdev, back));
        QVERIFY(back.isEmpty());
    }

    void newsCodeKeepsSchemes()
    {
        QCOMPARE(AlertFilter::newsCode(QStringLiteral("VOD.L")), QStringLiteral("R:VOD.L"));
        QCOMPARE(AlertFilter::newsCode(QStringLiteral("P:4295905494")), QStringLiteral("P:4295905494"));
        QCOMPARE(AlertFilter::newsCode(QStringLiteral("N2:TEL")), QStringLiteral("N2:TEL"));
    }
};

QTEST_GUILESS_MAIN(TestAlertFilter)
#include "tst_alert_filter.moc"
