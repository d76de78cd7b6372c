#include "config/config_document.h"
#include "pipeline/feed_registry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace sb;

namespace {

QJsonObject alerts(const QJsonObject &extra = {})
{
    QJsonObject feed {{QStringLiteral("name"), QStringLiteral("alerts")},
        {QStringLiteral("type"), QStringLiteral("alerts")},
        {QStringLiteral("tokenUrl"), QStringLiteral("https://id.example.com/token")},
        {QStringLiteral("clientId"), QStringLiteral("desk")},
        {QStringLiteral("clientSecret"), QStringLiteral("env:SB_TEST_CONFIG_DOCUMENT_SECRET")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        feed.insert(it.key(), it.value());
    return feed;
}

QJsonObject withFeeds(const QJsonArray &feeds)
{
    return QJsonObject {{QStringLiteral("feeds"), feeds}};
}

} // namespace

class TestConfigDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltinFeeds();
        qputenv("SB_TEST_CONFIG_DOCUMENT_SECRET", "s3cret");
    }

    void aGoodDocumentHasNoProblems() { QVERIFY(ConfigDocument::check(withFeeds({alerts()})).isEmpty()); }

    // The sample that packages install beside the docs must load as it is, every feed type in it, once its
    // environment variables are set: a stale key there would be the first error a new user meets.
    void theInstalledSampleConfigChecksClean()
    {
        const QString path = QStringLiteral(SB_TESTDATA_DIR "/../../resources/examples/switchboard.sample.json");
        QJsonObject document;
        QString error;
        QVERIFY2(ConfigDocument::read(path, &document, &error), qPrintable(error));
        QSet<QString> types;
        const QJsonArray feeds = document.value(QStringLiteral("feeds")).toArray();
        for (const QJsonValue &feed : feeds)
            types.insert(feed.toObject().value(QStringLiteral("type")).toString());
        QCOMPARE(types,
            (QSet<QString> {QStringLiteral("mrn"), QStringLiteral("alerts"), QStringLiteral("salto"),
                QStringLiteral("opera"), QStringLiteral("pubsub")}));
        QVERIFY(ConfigDocument::check(document).size() > 0); // env: references unset: named, not sent
        const char *names[]
            = {"LSEG_CLIENT_ID", "LSEG_CLIENT_SECRET", "RDP_CLIENT_ID", "RDP_CLIENT_SECRET", "SALTO_CLIENT_ID",
                "SALTO_CLIENT_SECRET", "OHIP_APP_KEY", "OHIP_CLIENT_ID", "OHIP_CLIENT_SECRET", "PUBSUB_SIGNING_KEY"};
        for (const char *name : names)
            qputenv(name, "sample-value");
        const QVector<ConfigProblem> problems = ConfigDocument::check(document);
        for (const ConfigProblem &p : problems)
            qWarning("%s / %s: %s", qPrintable(p.feed), qPrintable(p.key), qPrintable(p.message));
        QVERIFY(problems.isEmpty());
        for (const char *name : names)
            qunsetenv(name);
    }

    void aWrongTypeIsPlacedOnItsKey()
    {
        const QVector<ConfigProblem> problems
            = ConfigDocument::check(withFeeds({alerts({{QStringLiteral("waitTimeSeconds"), QStringLiteral("soon")}})}));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().feed, QStringLiteral("alerts"));
        QCOMPARE(problems.first().key, QStringLiteral("waitTimeSeconds"));
        QVERIFY2(problems.first().message.contains(QStringLiteral("must be a number")),
            qPrintable(problems.first().message));
    }

    void anUnknownKeyIsPlacedOnItself()
    {
        const QVector<ConfigProblem> problems
            = ConfigDocument::check(withFeeds({alerts({{QStringLiteral("scopee"), QStringLiteral("x")}})}));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().key, QStringLiteral("scopee"));
        QVERIFY(problems.first().message.contains(QStringLiteral("did you mean \"scope\"")));
    }

    void aRefusedUrlIsPlacedOnItsKey()
    {
        const QVector<ConfigProblem> problems = ConfigDocument::check(
            withFeeds({alerts({{QStringLiteral("tokenUrl"), QStringLiteral("http://id.example.com/token")}})}));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().key, QStringLiteral("tokenUrl"));
    }

    void anUnsetVariableIsPlacedOnItsKeyAndNeverResolvedIntoTheDocument()
    {
        QJsonObject feed
            = alerts({{QStringLiteral("clientSecret"), QStringLiteral("env:SB_TEST_CONFIG_DOCUMENT_UNSET")}});
        const QVector<ConfigProblem> problems = ConfigDocument::check(withFeeds({feed}));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().key, QStringLiteral("clientSecret"));
        QVERIFY(problems.first().message.contains(QStringLiteral("SB_TEST_CONFIG_DOCUMENT_UNSET")));
    }

    void namesAndTypesAreChecked()
    {
        QJsonObject unknownType = alerts();
        unknownType.insert(QStringLiteral("type"), QStringLiteral("telex"));
        unknownType.insert(QStringLiteral("name"), QStringLiteral("telex"));
        const QVector<ConfigProblem> problems = ConfigDocument::check(withFeeds({alerts(), alerts(), unknownType}));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).key, QStringLiteral("name"));
        QCOMPARE(problems.at(1).feed, QStringLiteral("telex"));
        QCOMPARE(problems.at(1).key, QStringLiteral("type"));
    }

    void aProblemOutsideTheFeedsNamesNoFeed()
    {
        QJsonObject document = withFeeds({alerts()});
        document.insert(QStringLiteral("stor"), QJsonObject());
        const QVector<ConfigProblem> problems = ConfigDocument::check(document);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().feed.isEmpty());
        QVERIFY(problems.first().message.contains(QStringLiteral("stor")));
    }

    void writesWhatItReadsWithReferencesKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QJsonObject empty;
        QVERIFY(ConfigDocument::read(path, &empty, nullptr));
        QCOMPARE(empty.value(QStringLiteral("feeds")).toArray().size(), 0);
        const QJsonObject document = withFeeds({alerts()});
        QString error;
        QVERIFY2(ConfigDocument::write(path, document, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("env:SB_TEST_CONFIG_DOCUMENT_SECRET"));
        QVERIFY(!text.contains("s3cret"));
        QJsonObject back;
        QVERIFY(ConfigDocument::read(path, &back, &error));
        QCOMPARE(back, document);
    }

    void aWriteThatFailsHalfwayLeavesTheOldFileWhole()
    {
        // Edit feeds saves over the config the desk runs; a write that stops partway (a full disk, a crash) must
        // leave the old file as it was, never half of the new one. A file-size limit makes the write fail after its
        // first bytes, as a full disk would.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QString error;
        QVERIFY2(ConfigDocument::write(path, withFeeds({alerts()}), &error), qPrintable(error));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray old = before.readAll();
        before.close();

        const QJsonObject large
            = withFeeds({alerts({{QStringLiteral("_comment"), QString(64 * 1024, QLatin1Char('x'))}})});
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool written = ConfigDocument::write(path, large, &error);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!written);
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("config.json")}); // no leftovers
    }

    void aFileThatIsNotJsonIsNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ nope");
        f.close();
        QJsonObject out;
        QString error;
        QVERIFY(!ConfigDocument::read(path, &out, &error));
        QVERIFY(error.contains(QStringLiteral("not a JSON object")));
    }
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_config_document.moc"
