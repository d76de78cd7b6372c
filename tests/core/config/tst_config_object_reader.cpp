// ConfigObjectReader: typed reads with defaults, errors that name the feed and the key (wrong type, out of range,
// unknown key with a suggestion), documentation keys, nested objects, and plaintext endpoints refused for
// credentials unless they are loopback.
#include "config/config_object_reader.h"

#include <QJsonDocument>
#include <QTest>

using sb::ConfigObjectReader;

namespace {
QJsonObject json(const char *singleQuoted)
{
    return QJsonDocument::fromJson(QByteArray(singleQuoted).replace('\'', '"')).object();
}
} // namespace

class TestConfigObjectReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTypedValuesAndDefaults()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(
            json("{'name':'news','type':'mrn','enabled':false,'scope':'s','keepAliveMs':250,'delta':true,"
                 "'items':['A','','B'],'hubs':'entries,incidents','url':'wss://h/x','filter':{'a':1},"
                 "'maxBytes':4294967296,'empty':'','none':null}"),
            QStringLiteral("mrn"));
        QCOMPARE(in.name(), QStringLiteral("news"));
        QCOMPARE(in.string(QStringLiteral("scope")), QStringLiteral("s"));
        QCOMPARE(in.string(QStringLiteral("region"), QStringLiteral("r")), QStringLiteral("r"));
        QCOMPARE(in.string(QStringLiteral("empty"), QStringLiteral("d")), QStringLiteral("d"));
        QCOMPARE(in.string(QStringLiteral("none"), QStringLiteral("d")), QStringLiteral("d"));
        QCOMPARE(in.integer(QStringLiteral("keepAliveMs"), 1), 250);
        QCOMPARE(in.integer(QStringLiteral("pingMs"), 7), 7);
        QCOMPARE(in.integer64(QStringLiteral("maxBytes"), 1), 4294967296LL);
        QCOMPARE(in.boolean(QStringLiteral("delta"), false), true);
        QCOMPARE(in.stringList(QStringLiteral("items")), (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(in.stringList(QStringLiteral("hubs")),
            (QStringList {QStringLiteral("entries"), QStringLiteral("incidents")}));
        QCOMPARE(in.url(QStringLiteral("url")), QUrl(QStringLiteral("wss://h/x")));
        QCOMPARE(in.object(QStringLiteral("filter")).value(QStringLiteral("a")).toInt(), 1);
        QVERIFY2(!in.hasError(), qPrintable(in.error()));
        QVERIFY(in.unknownKeys().isEmpty());
    }

    void nameFallsBackForTheMessages()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(json("{'keepAliveMs':'x'}"), QStringLiteral("salto"));
        QCOMPARE(in.name(), QStringLiteral("salto"));
        in.integer(QStringLiteral("keepAliveMs"), 1);
        QVERIFY(in.error().startsWith(QStringLiteral("feed \"salto\": ")));
    }

    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("number as string")
            << QByteArray("{'name':'news','keepAliveMs':'15000'}")
            << QStringLiteral("feed \"news\": key \"keepAliveMs\" must be a number, got a string");
        QTest::newRow("string as number")
            << QByteArray("{'name':'news','scope':5}")
            << QStringLiteral("feed \"news\": key \"scope\" must be a string, got a number");
        QTest::newRow("bool as string") << QByteArray("{'name':'news','delta':'true'}")
                                        << QStringLiteral(
                                               "feed \"news\": key \"delta\" must be true or false, got a string");
        QTest::newRow("list with a number")
            << QByteArray("{'name':'news','items':['A',3]}")
            << QStringLiteral("feed \"news\": key \"items\" must be an array of strings, got a number in it");
        QTest::newRow("object as array") << QByteArray("{'name':'news','filter':[]}")
                                         << QStringLiteral(
                                                "feed \"news\": key \"filter\" must be an object, got an array");
        QTest::newRow("enabled as string")
            << QByteArray("{'name':'news','enabled':'no'}")
            << QStringLiteral("feed \"news\": key \"enabled\" must be true or false, got a string");
        QTest::newRow("not a url") << QByteArray("{'name':'news','url':'no scheme'}")
                                   << QStringLiteral("feed \"news\": key \"url\" is not a URL");
    }

    void wrongTypesAreErrors()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, message);
        ConfigObjectReader in = ConfigObjectReader::forFeed(json(config.constData()), QStringLiteral("x"));
        in.integer(QStringLiteral("keepAliveMs"), 15000, 1);
        in.string(QStringLiteral("scope"));
        in.boolean(QStringLiteral("delta"), false);
        in.stringList(QStringLiteral("items"));
        in.object(QStringLiteral("filter"));
        in.url(QStringLiteral("url"));
        QVERIFY(in.hasError());
        QVERIFY2(in.error().startsWith(message), qPrintable(in.error()));
    }

    void numbersAreRangeChecked_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative") << -1.0 << QStringLiteral("key \"n\" must be between 1 and 2147483647, got -1");
        QTest::newRow("zero") << 0.0 << QStringLiteral("between 1 and 2147483647, got 0");
        QTest::newRow("past int") << 2147483648.0 << QStringLiteral("between 1 and 2147483647, got 2147483648");
        QTest::newRow("huge") << 1e300 << QStringLiteral("got 1.0000000000000001e+300");
        QTest::newRow("fraction") << 1.5 << QStringLiteral("key \"n\" must be a whole number, got 1.5");
    }

    void numbersAreRangeChecked()
    {
        QFETCH(double, value);
        QFETCH(QString, message);
        ConfigObjectReader in(QStringLiteral("feed \"f\""), QJsonObject {{QStringLiteral("n"), value}});
        QCOMPARE(in.integer(QStringLiteral("n"), 42, 1), 42);
        QVERIFY2(in.error().contains(message), qPrintable(in.error()));
    }

    void bounds64()
    {
        ConfigObjectReader in(QStringLiteral("feed \"f\""), QJsonObject {{QStringLiteral("n"), 1e19}});
        QCOMPARE(in.integer64(QStringLiteral("n"), 5), qint64(5));
        QVERIFY2(in.error().contains(QStringLiteral("must be between 0 and 9007199254740992")), qPrintable(in.error()));
    }

    void choiceNamesTheAllowedValues()
    {
        ConfigObjectReader in(QStringLiteral("feed \"a\""), json("{'content':'research'}"));
        QCOMPARE(in.choice(QStringLiteral("content"), {QStringLiteral("headlines"), QStringLiteral("stories")},
                     QStringLiteral("headlines")),
            QStringLiteral("headlines"));
        QCOMPARE(in.error(),
            QStringLiteral("feed \"a\": key \"content\" must be one of \"headlines\", \"stories\", got \"research\""));
    }

    void unknownKeysSuggestTheNearestKnownOne()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(
            json("{'name':'news','type':'mrn','clientSecert':'x','clientId':'c'}"), QStringLiteral("mrn"));
        in.string(QStringLiteral("clientId"));
        in.string(QStringLiteral("clientSecret"));
        in.string(QStringLiteral("username"));
        QCOMPARE(in.unknownKeys(), QStringList {QStringLiteral("clientSecert")});
        QCOMPARE(
            in.error(), QStringLiteral("feed \"news\": unknown key \"clientSecert\" (did you mean \"clientSecret\"?)"));
    }

    void unknownKeyFarFromEveryKnownOneHasNoSuggestion()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(json("{'name':'news','colour':'red'}"), QString());
        in.string(QStringLiteral("clientId"));
        QCOMPARE(in.error(), QStringLiteral("feed \"news\": unknown key \"colour\""));
    }

    void typeErrorsComeBeforeUnknownKeys()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(json("{'name':'n','zzz':1,'keepAliveMs':'1'}"), QString());
        in.integer(QStringLiteral("keepAliveMs"), 1);
        QVERIFY2(in.error().contains(QStringLiteral("keepAliveMs")), qPrintable(in.error()));
    }

    void documentationKeysAreIgnored()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(
            json("{'name':'news','_comment':'why','//':'note','// url':'old one','_url':5}"), QString());
        QVERIFY(in.unknownKeys().isEmpty());
        QVERIFY2(!in.hasError(), qPrintable(in.error()));
    }

    void nestedObjectsNameTheirPath()
    {
        ConfigObjectReader in = ConfigObjectReader::forFeed(json("{'name':'doors','hubs':[{'sitId':'s'}]}"), QString());
        const QJsonObject hub = in.array(QStringLiteral("hubs")).at(0).toObject();
        ConfigObjectReader inner = in.nested(QStringLiteral("hub 1"), hub);
        inner.string(QStringLiteral("siteId"));
        QCOMPARE(
            inner.error(), QStringLiteral("feed \"doors\": hub 1: unknown key \"sitId\" (did you mean \"siteId\"?)"));
    }

    void plaintextCarriesCredentialsOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message"); // empty: allowed
        QTest::newRow("ws remote") << "ws://door.example.com"
                                   << "feed \"doors\": url ws://door.example.com sends the access token in clear; "
                                      "use wss:// (plaintext is allowed only to loopback)";
        QTest::newRow("http remote") << "http://10.0.0.8:8080/token"
                                     << "feed \"doors\": url http://10.0.0.8:8080/token sends the access token in "
                                        "clear; use https:// (plaintext is allowed only to loopback)";
        QTest::newRow("query kept out of the message")
            << "HTTP://api.example.com/x?secret=1"
            << "feed \"doors\": url http://api.example.com/x sends the access token in clear; use https://";
        QTest::newRow("localhost is not a prefix") << "ws://localhost.example.com"
                                                   << "sends the access token in clear";
        QTest::newRow("wss") << "wss://door.example.com"
                             << "";
        QTest::newRow("https") << "https://door.example.com"
                               << "";
        QTest::newRow("ws localhost") << "ws://localhost:1234/x"
                                      << "";
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080"
                                        << "";
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3"
                                        << "";
        QTest::newRow("ws ::1") << "ws://[::1]:99"
                                << "";
        QTest::newRow("unset") << ""
                               << "";
    }

    void plaintextCarriesCredentialsOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        ConfigObjectReader in(QStringLiteral("feed \"doors\""), QJsonObject());
        in.requireEncrypted(QStringLiteral("url"), QUrl(url), QStringLiteral("the access token"));
        if (message.isEmpty())
            QVERIFY2(!in.hasError(), qPrintable(in.error()));
        else
            QVERIFY2(in.error().contains(message), qPrintable(in.error()));
    }
};

QTEST_APPLESS_MAIN(TestConfigObjectReader)
#include "tst_config_object_reader.moc"
