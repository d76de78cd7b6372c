#include "feeds/mrn/service_discovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::ServiceDiscovery;
using sb::ServiceEndpoint;

namespace {

// The first three of the 18 entries of a real answer (reference §3, TRNA notebook), verbatim.
const QByteArray kRealHead = QByteArrayLiteral(R"({"services":[
    {"dataFormat":["tr_json2"],"endpoint":"ap-northeast-1-aws-1-lrg.optimized-pricing-api.refinitiv.net",
     "location":["ap-northeast-1a"],"port":443,"provider":"aws","transport":"websocket"},
    {"dataFormat":["tr_json2"],"endpoint":"ap-northeast-1-aws-3-lrg.optimized-pricing-api.refinitiv.net",
     "location":["ap-northeast-1a","ap-northeast-1b"],"port":443,"provider":"aws","transport":"websocket"},
    {"dataFormat":["tr_json2"],"endpoint":"ap-northeast-1-aws-2-lrg.optimized-pricing-api.refinitiv.net",
     "location":["ap-northeast-1b"],"port":443,"provider":"aws","transport":"websocket"}]})");

const QStringList kRegions {QStringLiteral("ap-northeast-1"), QStringLiteral("ap-southeast-1"),
    QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1"), QStringLiteral("us-east-1"),
    QStringLiteral("us-east-2")};

QJsonObject entry(const QString &endpoint, const QStringList &locations, int port = 443,
    const QString &transport = QStringLiteral("websocket"), const QString &format = QStringLiteral("tr_json2"))
{
    return QJsonObject {{QStringLiteral("dataFormat"), QJsonArray {format}}, {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("location"), QJsonArray::fromStringList(locations)}, {QStringLiteral("port"), port},
        {QStringLiteral("provider"), QStringLiteral("aws")}, {QStringLiteral("transport"), transport}};
}

// A full unfiltered answer in the real shape: every region as -aws-1- (zone a), -aws-3- (both), -aws-2- (zone b),
// then the RSSL entries a request without transport=websocket adds, and a field the client does not know.
QByteArray fullAnswer()
{
    QJsonArray services;
    for (const QString &r : kRegions) {
        const QString a = r + QLatin1Char('a');
        const QString b = r + QLatin1Char('b');
        const QString host = r + QStringLiteral("-aws-%1-lrg.optimized-pricing-api.refinitiv.net");
        services.append(entry(host.arg(1), {a}));
        QJsonObject both = entry(host.arg(3), {a, b});
        both.insert(QStringLiteral("privatelink"), false);
        services.append(both);
        services.append(entry(host.arg(2), {b}));
    }
    for (const QString &r : kRegions) {
        services.append(entry(r + QStringLiteral("-aws-1-sm.optimized-pricing-api.refinitiv.net"),
            {r + QLatin1Char('a'), r + QLatin1Char('b')}, 14002, QStringLiteral("tcp"), QStringLiteral("rwf")));
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("services"), services}}).toJson(QJsonDocument::Compact);
}

QStringList hosts(const QVector<ServiceEndpoint> &list)
{
    QStringList out;
    for (const ServiceEndpoint &e : list)
        out.append(e.endpoint);
    return out;
}

} // namespace

class TestServiceDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheRealShape()
    {
        QString error;
        const auto list = ServiceDiscovery::parse(kRealHead, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 3);
        const ServiceEndpoint &e = list->at(1);
        QCOMPARE(e.endpoint, QStringLiteral("ap-northeast-1-aws-3-lrg.optimized-pricing-api.refinitiv.net"));
        QCOMPARE(e.port, 443);
        QCOMPARE(e.locations, (QStringList {QStringLiteral("ap-northeast-1a"), QStringLiteral("ap-northeast-1b")}));
        QCOMPARE(e.dataFormats, QStringList {QStringLiteral("tr_json2")});
        QCOMPARE(e.transport, QStringLiteral("websocket"));
        QCOMPARE(e.provider, QStringLiteral("aws"));
        QCOMPARE(e.webSocketUrl(),
            QUrl(QStringLiteral("wss://ap-northeast-1-aws-3-lrg.optimized-pricing-api.refinitiv.net:443/WebSocket")));
        QCOMPARE(e.webSocketUrl(false).scheme(), QStringLiteral("ws"));
    }
    void prefersResilientEndpointsThenServerOrder()
    {
        const auto list = ServiceDiscovery::parse(kRealHead, nullptr);
        QVERIFY(list);
        QString error;
        const QVector<ServiceEndpoint> chosen
            = ServiceDiscovery::choose(*list, QStringLiteral("ap-northeast-1"), &error);
        QCOMPARE(hosts(chosen),
            (QStringList {QStringLiteral("ap-northeast-1-aws-3-lrg.optimized-pricing-api.refinitiv.net"),
                QStringLiteral("ap-northeast-1-aws-1-lrg.optimized-pricing-api.refinitiv.net"),
                QStringLiteral("ap-northeast-1-aws-2-lrg.optimized-pricing-api.refinitiv.net")}));
        QVERIFY(error.isEmpty());
    }
    void fullAnswerFailoverOrder_data()
    {
        QTest::addColumn<QString>("region");
        for (const QString &r : kRegions)
            QTest::newRow(qPrintable(r)) << r;
    }
    void fullAnswerFailoverOrder()
    {
        QFETCH(QString, region);
        const auto list = ServiceDiscovery::parse(fullAnswer(), nullptr);
        QVERIFY(list);
        QCOMPARE(list->size(), 24); // parse keeps RSSL entries; choose drops them
        const QVector<ServiceEndpoint> chosen = ServiceDiscovery::choose(*list, region);
        const QString host = region + QStringLiteral("-aws-%1-lrg.optimized-pricing-api.refinitiv.net");
        QCOMPARE(hosts(chosen), (QStringList {host.arg(3), host.arg(1), host.arg(2)}));
        for (const ServiceEndpoint &e : chosen) {
            QCOMPARE(e.transport, QStringLiteral("websocket"));
            QVERIFY(e.locations.first().startsWith(region));
        }
        // Choosing is stable: the list it gives can be chosen from again.
        QCOMPARE(ServiceDiscovery::choose(chosen, region), chosen);
    }
    void regionIsAPrefixOfTheZoneOnly()
    {
        QVector<ServiceEndpoint> list;
        ServiceEndpoint e1 {QStringLiteral("one"), 443, {QStringLiteral("us-east-1a")}, {QStringLiteral("tr_json2")},
            QStringLiteral("websocket"), QStringLiteral("aws")};
        ServiceEndpoint e12 = e1;
        e12.endpoint = QStringLiteral("twelve");
        e12.locations = {QStringLiteral("us-east-12a"), QStringLiteral("us-east-12b")};
        list << e12 << e1;
        QCOMPARE(
            hosts(ServiceDiscovery::choose(list, QStringLiteral("us-east-1"))), QStringList {QStringLiteral("one")});
        QCOMPARE(
            hosts(ServiceDiscovery::choose(list, QStringLiteral("us-east-1a"))), QStringList {QStringLiteral("one")});
        // Only the first location counts.
        ServiceEndpoint second = e1;
        second.endpoint = QStringLiteral("second-zone-only");
        second.locations = {QStringLiteral("eu-west-1a"), QStringLiteral("us-east-1b")};
        list << second;
        QCOMPARE(
            hosts(ServiceDiscovery::choose(list, QStringLiteral("us-east-1"))), QStringList {QStringLiteral("one")});
        // No region: every region, still resilient first.
        QCOMPARE(hosts(ServiceDiscovery::choose(list, QString())),
            (QStringList {QStringLiteral("twelve"), QStringLiteral("second-zone-only"), QStringLiteral("one")}));
    }
    void rsslAndOtherFormatsIgnored()
    {
        const QByteArray json = QByteArrayLiteral(R"({"services":[
            {"dataFormat":["rwf"],"endpoint":"rssl","location":["us-east-1a","us-east-1b"],"port":14002,
             "provider":"aws","transport":"tcp"},
            {"dataFormat":["rwf"],"endpoint":"ws-rwf","location":["us-east-1a","us-east-1b"],"port":443,
             "provider":"aws","transport":"websocket"},
            {"dataFormat":["tr_json2"],"endpoint":"json-over-tcp","location":["us-east-1a"],"port":14002,
             "provider":"aws","transport":"tcp"},
            {"dataFormat":["tr_json2","rwf"],"endpoint":"good","location":["us-east-1a"],"port":443,
             "provider":"aws","transport":"websocket"}]})");
        const auto list = ServiceDiscovery::parse(json, nullptr);
        QVERIFY(list);
        QCOMPARE(list->size(), 4);
        QCOMPARE(
            hosts(ServiceDiscovery::choose(*list, QStringLiteral("us-east-1"))), QStringList {QStringLiteral("good")});
    }
    void unknownRegionNamesTheAvailableOnes()
    {
        const auto list = ServiceDiscovery::parse(fullAnswer(), nullptr);
        QVERIFY(list);
        QString error;
        QVERIFY(ServiceDiscovery::choose(*list, QStringLiteral("sa-east-1"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("\"sa-east-1\"")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("ap-northeast-1, ap-southeast-1, eu-central-1, eu-west-1, us-east-1, "
                                               "us-east-2")),
            qPrintable(error));
        QCOMPARE(ServiceDiscovery::regions(*list), kRegions);
    }
    void nothingUsableAtAll()
    {
        QString error;
        const auto list = ServiceDiscovery::parse(QByteArrayLiteral(R"({"services":[]})"), &error);
        QVERIFY(list);
        QVERIFY(list->isEmpty());
        QVERIFY(ServiceDiscovery::choose(*list, QStringLiteral("us-east-1"), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("no WebSocket")), qPrintable(error));
    }
    void tolerantEntries()
    {
        // Unknown fields, string port, a lone string for a list, and broken entries that are skipped.
        const QByteArray json = QByteArrayLiteral(R"({"extra":{"a":1},"services":[
            {"dataFormat":"tr_json2","endpoint":"a","location":"eu-west-1a","port":"443","transport":"websocket",
             "privatelink":true,"weight":[1,2]},
            {"dataFormat":["tr_json2"],"location":["eu-west-1a"],"port":443,"transport":"websocket"},
            {"dataFormat":["tr_json2"],"endpoint":"bad-port","location":["eu-west-1a"],"port":70000,"transport":"websocket"},
            {"dataFormat":["tr_json2"],"endpoint":"frac-port","location":["eu-west-1a"],"port":44.5,"transport":"websocket"},
            {"dataFormat":["tr_json2"],"endpoint":"nan-port","location":["eu-west-1a"],"port":"nan","transport":"websocket"},
            {"dataFormat":["tr_json2"],"endpoint":"inf-port","location":["eu-west-1a"],"port":"-inf","transport":"websocket"},
            {"dataFormat":["tr_json2"],"endpoint":"huge-port","location":["eu-west-1a"],"port":1e300,"transport":"websocket"},
            {"dataFormat":["tr_json2"],"endpoint":"-huge-port","location":["eu-west-1a"],"port":-1e300,"transport":"websocket"},
            {"dataFormat":["tr_json2"],"endpoint":"big-port","location":["eu-west-1a"],"port":9.3e18,"transport":"websocket"},
            "not an object",
            {"dataFormat":["tr_json2"],"endpoint":"no-location","port":443,"transport":"websocket"}]})");
        QString error;
        const auto list = ServiceDiscovery::parse(json, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(hosts(*list), (QStringList {QStringLiteral("a"), QStringLiteral("no-location")}));
        QCOMPARE(list->first().port, 443);
        QCOMPARE(list->first().locations, QStringList {QStringLiteral("eu-west-1a")});
        QCOMPARE(list->first().provider, QString());
        QCOMPARE(
            hosts(ServiceDiscovery::choose(*list, QStringLiteral("eu-west-1"))), QStringList {QStringLiteral("a")});
    }
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not json") << QByteArrayLiteral("<html>502 Bad Gateway</html>") << QStringLiteral("not JSON");
        QTest::newRow("truncated") << kRealHead.left(120) << QStringLiteral("not JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArrayLiteral("[]") << QStringLiteral("\"services\"");
        QTest::newRow("no services") << QByteArrayLiteral(R"({"items":[]})") << QStringLiteral("\"services\"");
        QTest::newRow("services object") << QByteArrayLiteral(R"({"services":{}})") << QStringLiteral("\"services\"");
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!ServiceDiscovery::parse(json, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestServiceDiscovery)
#include "tst_service_discovery.moc"
