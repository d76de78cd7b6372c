#pragma once

// A real `nats-server -js` for the relay tests and benchmarks: loopback, a free port, a temporary store directory,
// started and killed by the test, optionally one node of a cluster (NatsCluster). Readiness is polled by the caller
// (QTRY_VERIFY(server.accepting())), never slept on. A missing
// nats-server skips the test on a developer's machine and fails it under CI=true (scripts/setup.sh installs it).
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <nats/nats.h>

namespace sb::test {

class NatsServer
{
public:
    NatsServer() { m_dir.setAutoRemove(true); }
    ~NatsServer() { kill(); }

    static QString binary()
    {
        QString path = QStandardPaths::findExecutable(QStringLiteral("nats-server"));
        if (path.isEmpty())
            path = QStandardPaths::findExecutable(
                QStringLiteral("nats-server"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
        return path;
    }
    // Whether the test may run; when not, skips it or (CI=true) fails it, with the reason.
    static bool available()
    {
        if (!binary().isEmpty())
            return true;
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QTest::qFail("nats-server is not installed (scripts/setup.sh installs it)", __FILE__, __LINE__);
        else
            QTest::qSkip("nats-server is not installed (scripts/setup.sh installs it)", __FILE__, __LINE__);
        return false;
    }

    // Serves TLS only, with this certificate and key (PEM files); clients trust `caFile`. Call before start().
    void useTls(const QString &certFile, const QString &keyFile, const QString &caFile)
    {
        m_extraArgs << QStringLiteral("--tls") << QStringLiteral("--tlscert") << certFile << QStringLiteral("--tlskey")
                    << keyFile;
        m_caFile = caFile;
    }
    // Clients must log in with this token. Call before start().
    void requireToken(const QString &token)
    {
        m_extraArgs << QStringLiteral("--auth") << token;
        m_token = token;
    }

    // One node of a JetStream cluster: routes to the other nodes' cluster ports. Call before start().
    void joinCluster(const QString &nodeName, quint16 clusterPort, const QList<quint16> &peerClusterPorts)
    {
        QStringList routes;
        for (quint16 peer : peerClusterPorts)
            routes << QStringLiteral("nats://127.0.0.1:%1").arg(peer);
        m_extraArgs << QStringLiteral("--server_name") << nodeName << QStringLiteral("--cluster_name")
                    << QStringLiteral("sb-test") << QStringLiteral("--cluster")
                    << QStringLiteral("nats://127.0.0.1:%1").arg(clusterPort) << QStringLiteral("--routes")
                    << routes.join(QLatin1Char(','));
        m_name = nodeName;
    }
    QString name() const { return m_name; }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // Starts (or restarts, on the same port and store) the server; poll accepting() for readiness.
    void start()
    {
        if (m_port == 0)
            m_port = freePort();
        // The server's log goes to its store directory, not into the test's output.
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        const QStringList args = QStringList {QStringLiteral("-js"), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-sd"), m_dir.path(),
                                     QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log"))}
            + m_extraArgs;
        m_process.start(binary(), args);
    }
    // The same store on another free port: what the server had stored, out of reach of clients of the old port.
    void startOnAnotherPort()
    {
        m_port = 0;
        start();
    }
    // SIGTERM: the server shuts down politely, its store written out, for a test that reads the store afterwards.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            kill();
    }
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    // For a benchmark's CPU accounting (/proc/<pid>/stat); 0 when not running.
    qint64 processId() const { return m_process.processId(); }

    // One connect attempt; true once the server takes clients.
    bool accepting() const
    {
        natsOptions *opts = nullptr;
        natsOptions_Create(&opts);
        natsOptions_SetURL(opts, url().toUtf8().constData());
        if (!m_caFile.isEmpty()) {
            natsOptions_SetSecure(opts, true);
            natsOptions_LoadCATrustedCertificates(opts, m_caFile.toLocal8Bit().constData());
        }
        if (!m_token.isEmpty())
            natsOptions_SetToken(opts, m_token.toUtf8().constData());
        natsConnection *nc = nullptr;
        const natsStatus s = natsConnection_Connect(&nc, opts);
        natsConnection_Destroy(nc);
        natsOptions_Destroy(opts);
        return s == NATS_OK;
    }
    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_caFile.isEmpty() ? QLatin1String("nats") : QLatin1String("tls"))
            .arg(m_port);
    }
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QStringList m_extraArgs;
    QString m_caFile;
    QString m_token;
    QString m_name;
};

} // namespace sb::test
