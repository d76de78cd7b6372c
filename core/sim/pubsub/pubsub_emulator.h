#pragma once

#include "auth/jwt_key.h"
#include "auth/jwt_verifier.h"
#include "sim/emulator_front.h"
#include "sim/emulator_time.h"
#include "sim/pubsub/pubsub_demo_traffic.h"
#include "sim/pubsub/pubsub_emulator_options.h"
#include "sim/pubsub/pubsub_fault.h"
#include "sim/pubsub/pubsub_grants.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace sb::sim {

class LoopbackHttpServer;
struct HttpRequest;
class HttpResponder;

// A local stand-in for Realtime Pub/Sub (realtime-pubsub.md): wss://localhost:<port>/apps/<appId>?access_token=<JWT>
// with the token checked on the upgrade (HS* against the client key, ES* against added EC keys, expiry; HTTP 401
// when it fails), the main/welcome message, subscriptions (secure topics need a subscriber permission matching the
// topic, or the connection is closed with "Subscription to secure topic is forbidden!"; private topics are each
// connection's own), publish with publisher permissions, client messages forwarded to secure/inbound, acks on
// priv/acks, replies on priv/<connectionId> as a stand-in backend, presence, compressed deliveries as binary frames,
// the admin HTTP API (POST /api/topics/<appId>/publish with an admin JWT, GET /api/health/status), the message size
// limit, an idle timeout, one connection per subject (HTTP 429 for a second), fault switches and demo traffic.
class PubSubEmulator : public QObject
{
    Q_OBJECT
public:
    explicit PubSubEmulator(const PubSubEmulatorOptions &options = PubSubEmulatorOptions(), QObject *parent = nullptr);
    ~PubSubEmulator() override;
    // Registers the "pubsub" emulator with EmulatorRegistry.
    static void registerType();

    bool start();
    void stop();
    bool isRunning() const { return m_front.isRunning(); }
    const PubSubEmulatorOptions &options() const { return m_options; }
    void setClock(std::function<qint64()> nowMs) { m_time.setClock(std::move(nowMs)); }
    // Also accept tokens signed with this key (an EC public or private key for ES*).
    void addClientKey(const JwtKey &key) { m_clientVerifier.addKey(key); }

    QUrl url() const; // wss://localhost:<port>/apps/<appId>
    QUrl adminUrl() const; // https://localhost:<http port>
    QString caFile() const;
    // A client token signed with the HS256 client key.
    QString clientToken(const QString &subject, const QStringList &permissions, int lifetimeSec = 300) const;
    QString adminToken(const QStringList &permissions, int lifetimeSec = 3600) const;
    // The "pubsub" feed config of DESIGN.md pointing at this emulator (minting its own tokens).
    QJsonObject feedConfig(const QString &name = QStringLiteral("pubsub")) const;

    void setFault(PubSubFault fault, bool on);
    void trigger(PubSubFault fault);

    // Publishes as a server-side publisher (the demo traffic and tests).
    void publish(const QString &topic, const QString &messageType, const QJsonValue &payload, bool compress = false,
        const QString &subject = QStringLiteral("server"));
    void publishDemo(int count = 1);

    int connections() const { return m_connections; }
    int activeConnections() const { return int(m_clients.size()); }
    int upgradesRejected() const { return m_upgradesRejected; }
    int subscribes() const { return m_subscribes; }
    int messagesReceived() const { return m_messagesReceived; }
    int binaryFramesSent() const { return m_binarySent; }
    QStringList subscriptionsOf(const QString &subject) const;
    QList<int> closeCodesSent() const { return m_closeCodes; }

Q_SIGNALS:
    void clientConnected(const QString &connectionId, const QString &subject);
    void clientDisconnected(const QString &connectionId);
    void subscribed(const QString &connectionId, const QString &topic);
    void messageReceived(const QString &connectionId, const QJsonObject &message);

private:
    struct Client
    {
        QPointer<QWebSocket> socket;
        QString connectionId;
        QString subject;
        QStringList permissionList;
        PubSubGrants permissions;
        QSet<QString> topics;
        qint64 lastActivityMs = 0;
        bool welcomed = false;
    };

    UpgradeVerdict vetUpgrade(const UpgradeRequest &request);
    void onWebSocket(QWebSocket *socket);
    void onText(QWebSocket *socket, const QString &text);
    void onClientMessage(Client &c, const QString &type, const QJsonObject &data);
    void welcome(QWebSocket *socket);
    void deliver(const QString &topic, const QString &messageType, const QJsonValue &data, bool compress);
    void send(QWebSocket *socket, const QString &topic, const QString &messageType, const QJsonValue &data,
        bool compress = false);
    void closeClient(QWebSocket *socket, int code, const QString &reason);
    void presence(const Client &c, bool connected);
    void onAdminPublish(const HttpRequest &request, const HttpResponder &responder);
    void housekeeping();
    void pingAll();
    QJsonObject clientInfo(const Client &c) const;

    PubSubEmulatorOptions m_options;
    EmulatorTime m_time;
    JwtVerifier m_clientVerifier;
    JwtVerifier m_adminVerifier;
    EmulatorFront m_front;
    QHash<QWebSocket *, Client> m_clients;
    PubSubDemoTraffic m_demo;
    QString m_runTag;
    QSet<int> m_faults;
    quint64 m_nextConnection = 0;
    quint64 m_nextMessage = 0;
    int m_connections = 0;
    int m_upgradesRejected = 0;
    int m_subscribes = 0;
    int m_messagesReceived = 0;
    int m_binarySent = 0;
    QList<int> m_closeCodes;
};

} // namespace sb::sim
