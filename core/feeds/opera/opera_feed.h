#pragma once

#include "auth/token_info.h"
#include "feeds/opera/opera_consumer_lock.h"
#include "feeds/opera/opera_feed_config.h"
#include "net/graphqlws/graphql_ws_close_policy.h"
#include "net/reconnect_backoff.h"
#include "pipeline/feed.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>
#include <optional>

namespace sb {

class EventStore;
class GraphqlWsClient;
class OAuth2TokenClient;
struct OperaProgress;

// OPERA Cloud business events through the OHIP Streaming API: OAuth token (Basic client auth, x-app-key) →
// wss://<gateway>/subscriptions?key=<sha256(appKey)> with graphql-transport-ws → connection_init carrying the token
// and app key → newEvent subscription for one chain from the last persisted offset + 1. The token is renewed before
// it expires by completing the subscription, letting the server close, and resuming with a new token. An offset
// counts only once the host acknowledges that its events are durable: the history store keeps it in the events'
// transaction, and the feed saves it per chain (its own state file, or the desk's store) only then. When the sink
// fails, the offset stays where it was and the stream is fetched again from there. Duplicates are dropped by
// uniqueEventId (decoder); a local lock keeps a second consumer of the same key and chain from starting (OHIP would
// answer 4409 and stop both).
class OperaFeed : public Feed
{
    Q_OBJECT
public:
    explicit OperaFeed(const OperaFeedConfig &config, QObject *parent = nullptr);
    ~OperaFeed() override;

    std::unique_ptr<FrameDecoder> createDecoder() const override;

    void setBackoff(const ReconnectBackoff &backoff) { m_backoff = backoff; }
    // How long later offsets wait to be saved together (200 ms); tests lengthen it to tell the first save apart.
    void setOffsetSaveIntervalMs(int ms) { m_saveTimer.setInterval(ms); }

    const OperaFeedConfig &config() const { return m_config; }
    qint64 lastOffset() const { return m_lastOffset; }
    static QString offsetStateKey(const QString &chainCode) { return QStringLiteral("offset:") + chainCode; }

Q_SIGNALS:
    // The reconnect timer was started: the wait before the next token request or upgrade (tests read it here rather
    // than sit through it).
    void reconnectScheduled(int delayMs);

public Q_SLOTS:
    void start() override;
    void stop() override;
    void stopGracefully() override;
    void handleControl(const QVariant &message) override;
    void acknowledge(const QVariant &token, bool durable, const QString &error) override;

private:
    void loadOffsetThenConnect();
    void fetchToken();
    void onToken(const TokenInfo &token);
    void openSocket();
    void onAcknowledged();
    void onClosed(int code, const QString &reason, int httpStatus, bool weAskedToEnd);
    void fetchAgainAfterSinkFailure(const QString &why);
    void scheduleReconnect(int delayMs, const QString &why);
    void startReconnectTimer(int delayMs);
    int delayAfterClose(const GraphqlWsClosePolicy::Decision &decision, int plannedMs);
    void reconnect();
    void renewToken();
    void saveOffset();
    qint64 renewAtMs() const;

    OperaFeedConfig m_config;
    OAuth2TokenClient *m_tokenClient = nullptr;
    GraphqlWsClient *m_client = nullptr;
    EventStore *m_store = nullptr;
    std::unique_ptr<EventStore> m_ownedStore;
    OperaConsumerLock m_lock;
    std::optional<TokenInfo> m_token;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_renewTimer;
    QTimer m_saveTimer;
    QString m_subscriptionId;
    QString m_lastGraphqlError;
    qint64 m_lastOffset = -1;
    qint64 m_savedOffset = -1;
    int m_subscriptions = 0;
    bool m_running = false;
    bool m_renewing = false;
    bool m_refetching = false; // completing the stream to fetch unstored events again
    quint64 m_connection = 0; // counts reset markers posted, as the decoder does
    quint64 m_staleUpTo = 0; // acknowledgements of these connections come after a sink failure: ignored
    bool m_authRetried = false;
};

} // namespace sb
