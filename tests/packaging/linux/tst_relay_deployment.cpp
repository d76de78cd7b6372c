// What packaging/linux ships for a team relay, checked by the tools that will read it: both nats-server configs are
// valid for `nats-server -t` (with real certificate files and the passwords in the environment, and invalid without
// them), and the systemd unit passes `systemd-analyze verify` without a warning. A missing tool skips its check.
#include "self_signed_files.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

QString packagingFile(const char *name)
{
    return QStringLiteral(SB_PACKAGING_DIR "/linux/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name,
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/sbin"),
            QStringLiteral("/bin")});
}

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    r.output = p.readAll();
    return r;
}

} // namespace

class TestRelayDeployment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::SelfSignedFiles m_identity;

    // The shipped config with its certificate paths pointing at a real certificate and key.
    QString configWithCertificates(const char *name)
    {
        QByteArray text = readAll(packagingFile(name));
        text.replace("/etc/nats/tls/server.pem", m_identity.certificate().toUtf8())
            .replace("/etc/nats/tls/server.key", m_identity.key().toUtf8())
            .replace("/etc/nats/tls/ca.pem", m_identity.certificate().toUtf8());
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_identity.write()); }

    void theNatsConfigsAreValid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("one node") << QStringLiteral("nats-server.conf");
        QTest::newRow("cluster node") << QStringLiteral("nats-cluster.conf");
    }
    void theNatsConfigsAreValid()
    {
        QFETCH(QString, file);
        const QString server = findTool(QStringLiteral("nats-server"));
        if (server.isEmpty())
            QSKIP("nats-server is not installed (scripts/setup.sh installs it)");
        const QString config = configWithCertificates(file.toUtf8().constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NATS_NODE"), QStringLiteral("nats-2"));
        env.insert(QStringLiteral("RELAY_PASSWORD"), QStringLiteral("relay-secret"));
        env.insert(QStringLiteral("DESK_PASSWORD"), QStringLiteral("desk-secret"));
        const Run ok = run(server, {QStringLiteral("-c"), config, QStringLiteral("-t")}, env);
        QVERIFY2(ok.exitCode == 0 && ok.output.contains("is valid"), ok.output.constData());

        // The passwords are not in the file: without them in the environment the config does not load.
        env.remove(QStringLiteral("DESK_PASSWORD"));
        const Run missing = run(server, {QStringLiteral("-c"), config, QStringLiteral("-t")}, env);
        QVERIFY2(missing.exitCode != 0 && missing.output.contains("DESK_PASSWORD"), missing.output.constData());
    }

    void theUnitPassesSystemdVerify()
    {
        const QString analyze = findTool(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed");
        QByteArray unit = readAll(packagingFile("switchboard-relay.service"));
        QVERIFY(unit.contains("ExecStart=/usr/bin/switchboard-relay --config /etc/switchboard/relay.json"));
        for (const char *setting : {"ProtectSystem=strict", "NoNewPrivileges=yes", "StateDirectory=switchboard-relay",
                 "Restart=on-failure", "KillSignal=SIGTERM", "User=switchboard-relay"})
            QVERIFY2(unit.contains(setting), setting);
        // verify wants the program to exist; the package's is not installed here.
        unit.replace("/usr/bin/switchboard-relay", findTool(QStringLiteral("true")).toUtf8());
        const QString path = m_dir.filePath(QStringLiteral("switchboard-relay.service"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(unit);
        f.close();
        // A misspelt setting is only a warning (exit 0), so the output must be empty too.
        const Run r = run(analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"), path},
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(), r.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestRelayDeployment)
#include "tst_relay_deployment.moc"
