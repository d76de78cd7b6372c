// switchboard-sim, the real binary: it starts the emulators named by --feeds (all by default) and no others, and
// writes a config file whose feeds point at exactly those.
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// One run of switchboard-sim; killed when the test is done with it.
class SimRun
{
public:
    explicit SimRun(const QStringList &arguments) { process.start(QStringLiteral(SB_SIM_BINARY), arguments); }
    ~SimRun()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
        }
    }
    QProcess process;
};

QStringList feedTypes(const QString &configPath)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("<unreadable>")};
    QStringList types;
    const QJsonArray feeds = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("feeds")).toArray();
    for (const auto &feed : feeds)
        types << feed.toObject().value(QStringLiteral("type")).toString();
    return types;
}

} // namespace

class TestSwitchboardSim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsOnlyTheNamedEmulators_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("pubsub") << QStringList {QStringLiteral("--feeds"), QStringLiteral("pubsub")}
                                << QStringList {QStringLiteral("pubsub")};
        QTest::newRow("salto,opera") << QStringList {QStringLiteral("--feeds"), QStringLiteral("salto,opera")}
                                     << QStringList {QStringLiteral("opera"), QStringLiteral("salto")};
        QTest::newRow("all") << QStringList()
                             << QStringList {QStringLiteral("mrn"), QStringLiteral("opera"), QStringLiteral("alerts"),
                                    QStringLiteral("pubsub"), QStringLiteral("salto")};
    }
    void startsOnlyTheNamedEmulators()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, types);
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("sim.json"));
        SimRun run(arguments + QStringList {QStringLiteral("--no-tls"), QStringLiteral("--config-out"), configPath});
        // The path is printed once the config is written and every emulator listens.
        QTRY_VERIFY_WITH_TIMEOUT(run.process.canReadLine() || run.process.state() == QProcess::NotRunning, 30000);
        QVERIFY2(run.process.state() == QProcess::Running, run.process.readAllStandardError().constData());
        QCOMPARE(QString::fromLocal8Bit(run.process.readLine()).trimmed(), QFileInfo(configPath).absoluteFilePath());
        QCOMPARE(feedTypes(configPath), types);
    }

    void aFeedWithoutEmulatorIsRefused()
    {
        SimRun run({QStringLiteral("--feeds"), QStringLiteral("pubsub,lseg"), QStringLiteral("--no-tls")});
        QVERIFY(run.process.waitForFinished(30000));
        QCOMPARE(run.process.exitCode(), 64);
        QVERIFY(run.process.readAllStandardError().contains("no emulator for \"lseg\""));
    }
};

QTEST_GUILESS_MAIN(TestSwitchboardSim)
#include "tst_switchboard_sim.moc"
