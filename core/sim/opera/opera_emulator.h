#pragma once

#include "sim/emulator_front.h"
#include "sim/emulator_time.h"
#include "sim/opera/opera_emulator_options.h"
#include "sim/opera/opera_event_generator.h"
#include "sim/opera/opera_event_log.h"
#include "sim/opera/opera_fault.h"
#include "sim/opera/opera_stream_connection.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace sb::sim {

// A local stand-in for the OHIP Streaming API (opera-graphql-ws.md): the OAuth token endpoint
// (POST /oauth/v1/tokens, Basic client auth, x-app-key) and a graphql-transport-ws server at
// /subscriptions?key=<sha256(appKey)>, TLS by default. OHIP behaviour on top of the protocol: HTTP 400 for a wrong
// key hash, 4401 for bad credentials in connection_init, 4400 for an invalid subscription, 4409 for a second
// consumer of the same key and chain, server pings, per-chain offsets with replay, a server close after the
// client's complete, and fault switches (OperaFault).
class OperaEmulator : public QObject
{
    Q_OBJECT
public:
    explicit OperaEmulator(const OperaEmulatorOptions &options = OperaEmulatorOptions(), QObject *parent = nullptr);
    ~OperaEmulator() override;
    // Registers the "opera" emulator with EmulatorRegistry.
    static void registerType();

    bool start();
    void stop();
    bool isRunning() const { return m_front.isRunning(); }
    const OperaEmulatorOptions &options() const { return m_options; }
    void setClock(std::function<qint64()> nowMs) { m_time.setClock(std::move(nowMs)); }

    QUrl gatewayUrl() const; // https://localhost:<stream port>
    QUrl tokenUrl() const; // https://localhost:<token port>/oauth/v1/tokens
    QUrl streamUrl() const; // wss://localhost:<stream port>/subscriptions?key=<hash>
    QString caFile() const;
    QStringList hotels(const QString &chainCode) const;
    // The "opera" feed config of DESIGN.md pointing at this emulator.
    QJsonObject feedConfig(const QString &name = QStringLiteral("opera"), const QString &chainCode = QString()) const;

    void setFault(OperaFault fault, bool on);
    void trigger(OperaFault fault);
    bool isFaultOn(OperaFault fault) const { return m_faults.contains(int(fault)); }

    // Generates `count` events per chain now and sends them to matching subscribers.
    void publish(int count = 1);
    // Rewinds every active subscriber of the chain to `fromOffset` and resends from there (a faulty replay).
    void replayTo(const QString &chainCode, qint64 fromOffset);
    // Closes every stream whose token has expired (OHIP ends a stream whose token expired); also on a timer.
    void expireTokens();
    QString issueAccessToken();
    // Sends a ping to every acknowledged stream now.
    void pingAll();

    const OperaEventLog &log() const { return m_log; }
    int tokensIssued() const { return m_tokensIssued; }
    int tokenRequests() const { return m_tokenRequests; }
    int upgradesRejected() const { return m_upgradesRejected; }
    int connections() const { return m_connections; }
    int activeConnections() const { return int(m_streams.size()); }
    int subscriptions() const { return m_subscriptions; }
    int pingsSent() const { return m_pingsSent; }
    int pingsReceived() const { return m_pingsReceived; }
    int pongsReceived() const { return m_pongsReceived; }
    int completesReceived() const { return m_completesReceived; }
    int eventsSent() const { return m_eventsSent; }
    QList<int> closeCodesSent() const { return m_closeCodesSent; }
    QStringList subscribeQueries() const { return m_subscribeQueries; }

Q_SIGNALS:
    void streamOpened();
    void streamClosed();
    void initReceived(const QJsonObject &payload);
    void subscribed(const QString &chainCode, qint64 fromOffset);
    void completeReceived();
    void pongReceived();

private:
    UpgradeVerdict vetUpgrade(const UpgradeRequest &request);
    void onWebSocket(QWebSocket *socket);
    void onMessage(QWebSocket *socket, const QString &text);
    void onSubscribe(OperaStreamConnection &c, const QString &id, const QJsonObject &payload);
    void sendEvents(OperaStreamConnection &c);
    void sendJson(QWebSocket *socket, const QJsonObject &message);
    void closeStream(QWebSocket *socket, int code, const QString &reason);
    void release(OperaStreamConnection &c);
    bool tokenValid(const QString &bearer) const;
    QString consumerKey(const QString &chainCode) const;

    OperaEmulatorOptions m_options;
    EmulatorTime m_time;
    EmulatorFront m_front;
    QHash<QWebSocket *, OperaStreamConnection> m_streams;
    QHash<QString, QWebSocket *> m_consumers; // consumer key (key hash + chain) → the stream holding it
    QHash<QString, qint64> m_tokens; // access token → expiry (ms)
    QHash<QString, qint64> m_lastSent; // consumer key → last offset sent (OHIP remembers it for 24 h)
    OperaEventLog m_log;
    OperaEventGenerator m_generator;
    QSet<int> m_faults;
    int m_tokensIssued = 0;
    int m_tokenRequests = 0;
    int m_upgradesRejected = 0;
    int m_connections = 0;
    int m_subscriptions = 0;
    int m_pingsSent = 0;
    int m_pingsReceived = 0;
    int m_pongsReceived = 0;
    int m_completesReceived = 0;
    int m_eventsSent = 0;
    QList<int> m_closeCodesSent;
    QStringList m_subscribeQueries;
};

} // namespace sb::sim
