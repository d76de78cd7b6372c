#pragma once

#include "lseg_emulator_options.h"
#include "lseg_fault.h"
#include "lseg_fault_switches.h"
#include "lseg_token_store.h"
#include "mrn_publication.h"
#include "mrn_story_generator.h"
#include "sim/emulator_tls_identity.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace sb::sim {

class LoopbackHttpServer;
class LsegAuthService;
class LsegDiscoveryService;
class LsegStreamingSession;
class LsegWebSocketEndpoint;
class MrnNewsPublisher;

// A local stand-in for LSEG Real-Time Optimized with Machine Readable News: the RDP token endpoints (V1 and V2),
// service discovery, and webSocketEndpoints OMM JSON streaming servers, all on loopback, TLS by default with a
// generated certificate whose PEM (caFile()) clients trust. Real clients talk to it over real sockets; faults are
// switched with setFault()/trigger() (see LsegFault).
class LsegEmulator : public QObject
{
    Q_OBJECT
public:
    explicit LsegEmulator(const LsegEmulatorOptions &options = LsegEmulatorOptions(), QObject *parent = nullptr);
    ~LsegEmulator() override;
    // Registers the "mrn" emulator with EmulatorRegistry.
    static void registerType();

    // Listens on ephemeral loopback ports. False if a listener or the certificate could not be set up.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    const LsegEmulatorOptions &options() const { return m_options; }
    // Decides token expiry and the time fields of the news; defaults to the system clock.
    void setClock(std::function<qint64()> nowMs);

    QUrl tokenUrl() const; // V2: https://localhost:<p>/auth/oauth2/v2/token
    QUrl tokenUrlV1() const; // https://localhost:<p>/auth/oauth2/v1/token
    QUrl discoveryUrl() const;
    QUrl webSocketUrl(int endpoint = 0) const; // wss://localhost:<p>/WebSocket
    QList<quint16> webSocketPorts() const;
    QString caFile() const;
    // The "mrn" feed config of DESIGN.md pointing at this emulator (V2 client credentials).
    QJsonObject feedConfig(const QString &name = QStringLiteral("mrn")) const;
    // The same with the V1 password grant instead.
    QJsonObject feedConfigV1(const QString &name = QStringLiteral("mrn")) const;

    void setFault(LsegFault fault, bool on);
    void trigger(LsegFault fault, int times = 1);
    bool isFaultOn(LsegFault fault) const { return m_faults.isOn(fault); }

    // Publishes `rounds` generated items per subscribed RIC now (tests run with storiesPerSecond = 0 and call this).
    void publishStories(int rounds = 1);
    // Closes V1 logins whose token has expired on the injected clock; also runs on a timer.
    void checkTokenExpiries();
    // A valid V2 token without an HTTP round trip, for tests of the streaming side.
    QString issueAccessToken();
    MrnStoryGenerator &generator() { return m_generator; }

    int tokensIssued() const { return m_tokens.issuedCount(); }
    int tokenRequests() const;
    int discoveryRequests() const;
    int connections() const { return m_connections; }
    int activeConnections() const { return int(m_sessions.size()); }
    int loginsAccepted() const { return m_loginsAccepted; }
    int loginsRejected() const { return m_loginsRejected; }
    int pingsSent() const { return m_pingsSent; }
    int pongsReceived() const { return m_pongsReceived; }
    int itemsPublished() const;

Q_SIGNALS:
    void clientConnected();
    void clientDisconnected();
    void loginReceived(const QJsonObject &login);
    void loginAccepted();
    void loginRejected(const QString &text);
    void itemRequested(const QString &name);
    void tokenIssued(const QString &accessToken);
    void pongReceived();

private:
    void onSocketAccepted(QWebSocket *socket, int endpointIndex);
    void deliver(const QList<MrnPublication> &items, bool burst);
    QSet<QString> subscribedRics() const;
    void applyPending(LsegStreamingSession *session);
    bool isActionFault(LsegFault fault) const;
    QUrl httpUrl(const QString &path) const;

    LsegEmulatorOptions m_options;
    std::function<qint64()> m_nowMs;
    EmulatorTlsIdentity m_tls;
    LsegTokenStore m_tokens;
    LsegFaultSwitches m_faults;
    MrnStoryGenerator m_generator;
    LoopbackHttpServer *m_http = nullptr;
    LsegAuthService *m_auth = nullptr;
    LsegDiscoveryService *m_discovery = nullptr;
    MrnNewsPublisher *m_publisher = nullptr;
    QList<LsegWebSocketEndpoint *> m_endpoints;
    QList<LsegStreamingSession *> m_sessions;
    QList<LsegFault> m_pendingActions;
    QTimer m_housekeeping;
    bool m_running = false;
    int m_connections = 0;
    int m_loginsAccepted = 0;
    int m_loginsRejected = 0;
    int m_pingsSent = 0;
    int m_pongsReceived = 0;
};

} // namespace sb::sim
