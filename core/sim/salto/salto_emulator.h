#pragma once

#include "sim/emulator_front.h"
#include "sim/emulator_time.h"
#include "sim/salto/salto_emulator_options.h"
#include "sim/salto/salto_event_generator.h"
#include "sim/salto/salto_fault.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace sb::sim {

// A local stand-in for Salto KS Connect event streaming (salto-signalr.md §12): the Identity Server token endpoint
// (POST /connect/token, client credentials with Basic auth, HS256 JWTs carrying scopes, role and site claims) and
// SignalR hubs /v1/hub/entries and /v1/hub/incidents (?site_id=…[&user_id=…]) with negotiation skipped, TLS by
// default. The JWT (Bearer header or access_token) is checked at the upgrade: bad signature or expired → 401, a
// missing scope, role or site → 403. Then the JSON hub protocol: handshake, ReceiveMessage invocations with one JSON
// string argument, server Pings, the client's Ping and Close, and fault switches (SaltoFault).
class SaltoEmulator : public QObject
{
    Q_OBJECT
public:
    explicit SaltoEmulator(const SaltoEmulatorOptions &options = SaltoEmulatorOptions(), QObject *parent = nullptr);
    ~SaltoEmulator() override;
    // Registers the "salto" emulator with EmulatorRegistry.
    static void registerType();

    bool start();
    void stop();
    bool isRunning() const { return m_front.isRunning(); }
    const SaltoEmulatorOptions &options() const { return m_options; }
    void setClock(std::function<qint64()> nowMs) { m_time.setClock(std::move(nowMs)); }

    QUrl hubBaseUrl() const; // wss://localhost:<port> (ws:// without TLS)
    QUrl tokenUrl() const; // https://localhost:<port>/connect/token
    QString caFile() const;
    QList<SaltoSite> sites() const { return m_generator.sites(); }
    // The "salto" feed config of DESIGN.md pointing at this emulator (entries and incidents of one site).
    QJsonObject feedConfig(const QString &name = QStringLiteral("salto"), const QString &siteId = QString()) const;

    // A token as the Identity Server would issue it; tests mint wrong ones (scope, role, sites, expiry, key).
    QString mintToken(const QStringList &scopes, const QString &role, const QStringList &siteIds, qint64 expiresAtMs,
        const QString &subject = QString(), const QByteArray &key = QByteArray()) const;
    QString validToken() const;

    void setFault(SaltoFault fault, bool on);
    // An action to the hub connections of `stream` ("entries", "incidents"), or to all of them when it is empty.
    void trigger(SaltoFault fault, const QString &error = QString(), const QString &stream = QString());
    bool isFaultOn(SaltoFault fault) const { return m_faults.contains(int(fault)); }

    // Generates `count` entries and incidents per site now (incidents one in options.incidentEvery) and sends each to
    // the connections of its site and stream.
    void publish(int count = 1);
    void pingAll();

    int tokensIssued() const { return m_tokensIssued; }
    int upgradesRejected() const { return m_upgradesRejected; }
    QList<int> upgradeStatuses() const { return m_upgradeStatuses; }
    int connections() const { return m_connections; }
    int activeConnections() const;
    int pingsSent() const { return m_pingsSent; }
    int pingsReceived() const { return m_pingsReceived; }
    int closesReceived() const { return m_closesReceived; }
    int handshakesRefused() const { return m_handshakesRefused; }
    int handshakesUnanswered() const { return m_handshakesUnanswered; }
    int eventsSent() const { return m_eventsSent; }
    QSet<QString> eventIdsSent() const { return m_eventIds; }
    QList<QByteArray> authorizations() const { return m_authorizations; } // how each accepted upgrade sent its token

Q_SIGNALS:
    void hubConnected(const QString &stream, const QString &siteId);
    void hubDisconnected();
    void clientPing();
    void clientClose();

private:
    struct Connection
    {
        QPointer<QWebSocket> socket;
        QString stream;
        QString siteId;
        QString userId;
        bool handshaken = false;
        QByteArray buffer;
    };
    struct PendingUpgrade
    {
        QString stream;
        QString siteId;
        QString userId;
    };

    UpgradeVerdict vetUpgrade(const UpgradeRequest &request);
    void onWebSocket(QWebSocket *socket);
    void onBytes(QWebSocket *socket, const QByteArray &bytes);
    void sendRecords(Connection &c, const QList<QByteArray> &records);
    void sendToAll(const QByteArray &record, const QString &stream = QString());
    int checkToken(const QString &token, const PendingUpgrade &upgrade, QByteArray *why) const;

    SaltoEmulatorOptions m_options;
    EmulatorTime m_time;
    EmulatorFront m_front;
    QHash<QWebSocket *, Connection> m_hubs;
    QHash<QString, QList<QByteArray>> m_history; // site/stream → recent records
    SaltoEventGenerator m_generator;
    QSet<int> m_faults;
    int m_tokensIssued = 0;
    int m_upgradesRejected = 0;
    QList<int> m_upgradeStatuses;
    int m_connections = 0;
    int m_pingsSent = 0;
    int m_pingsReceived = 0;
    int m_closesReceived = 0;
    int m_handshakesRefused = 0;
    int m_handshakesUnanswered = 0;
    int m_eventsSent = 0;
    quint64 m_published = 0;
    QSet<QString> m_eventIds;
    QList<QByteArray> m_authorizations;
};

} // namespace sb::sim
