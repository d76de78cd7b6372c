// `switchboard-cli secret set|delete NAME` and `keychain:NAME` in a config, the real binary against a real Secret
// Service (gnome-keyring in a private D-Bus session, tests/support/with_private_keyring.sh) and the Data Platform
// emulator: a feed whose secret is not in the keychain never starts and names it; once set from standard input it
// logs in with it; deleted, it is refused again.
#include "../../support/cli_run.h"
#include "sim/alerts/alerts_emulator.h"
#include "sim/alerts/sqs_queue_server.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

using Finished = test::FinishedCliRun;

} // namespace

class TestSecretCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("SB_KEYRING_ABSENT"))
            QSKIP(qPrintable(
                QStringLiteral("no Secret Service to test against: ") + qEnvironmentVariable("SB_KEYRING_ABSENT")));
    }

    void aKeychainSecretIsReadBeforeTheFeedStartsAndNeverSentAsItsName()
    {
        sim::AlertsEmulatorOptions options;
        options.alertsPerSecond = 0;
        sim::AlertsEmulator emulator(options);
        QVERIFY(emulator.start());
        const QString secret
            = emulator.feedConfig(QStringLiteral("alerts")).value(QStringLiteral("clientSecret")).toString();
        QJsonObject feed = emulator.feedConfig(QStringLiteral("alerts"));
        feed.insert(QStringLiteral("clientSecret"), QStringLiteral("keychain:sb-test-rdp-secret"));
        feed.insert(QStringLiteral("waitTimeSeconds"), 1);
        QTemporaryDir dir;
        const QString config = test::writeFeedConfig(dir, feed);
        const QStringList listen {QStringLiteral("listen"), QStringLiteral("alerts"), QStringLiteral("--config"),
            config, QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("30")};

        // Not in the keychain: exit 2 naming the secret, and no login was tried with the literal reference.
        Finished f = test::runCliToEnd(listen);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QLatin1String("\"sb-test-rdp-secret\" is not set")), qPrintable(f.err));
        QVERIFY(f.out.isEmpty());
        QVERIFY2(!f.err.contains(QLatin1String("\"state\"")), qPrintable(f.err)); // the feed never started

        // Stored from standard input (with the newline echo adds), then used.
        f = test::runCliToEnd({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb-test-rdp-secret")},
            secret.toUtf8() + '\n');
        QCOMPARE(f.exitCode, 0);
        QVERIFY2(!f.err.contains(secret) && !f.out.contains(secret), "the secret is never echoed");
        {
            test::CliRun run(listen);
            QTRY_VERIFY_WITH_TIMEOUT(emulator.queueServer()->waitingPolls() >= 1, 20000);
            emulator.publish(1);
            QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 20000);
            run.drain();
            QCOMPARE(run.process.exitCode(), 0);
            QCOMPARE(run.events.size(), 1);
        }
        QCOMPARE(emulator.subscriptionCount(), 1);

        // Deleted: refused again.
        f = test::runCliToEnd(
            {QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("sb-test-rdp-secret")});
        QCOMPARE(f.exitCode, 0);
        f = test::runCliToEnd(listen);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QLatin1String("sb-test-rdp-secret")), qPrintable(f.err));
    }

    void theValueComesOnlyFromStandardInput()
    {
        // An empty standard input stores nothing; a value on the command line is not a thing the command takes.
        Finished f
            = test::runCliToEnd({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb-test-empty")}, "");
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QLatin1String("nothing stored")), qPrintable(f.err));
        f = test::runCliToEnd(
            {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb-test-x"), QStringLiteral("hunter2")},
            "");
        QCOMPARE(f.exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestSecretCommand)
#include "tst_secret_command.moc"
