#pragma once

#include "feeds/pubsub/pubsub_control.h"
#include "feeds/pubsub/pubsub_feed_config.h"
#include "feeds/pubsub/pubsub_pending_answers.h"
#include "feeds/pubsub/pubsub_permissions.h"
#include "feeds/pubsub/pubsub_session.h"
#include "net/reconnect_backoff.h"
#include "pipeline/feed.h"

#include <QTimer>

#include <atomic>

class QNetworkReply;

namespace sb {

// Realtime Pub/Sub over WebSocket: wss://<host>/apps/<appId>?access_token=<JWT> (the JWT configured, or minted
// afresh for every attempt) → main/welcome → subscribe to the configured and user-added topics, again after every
// welcome, since subscriptions live per connection. Pings keep the connection alive; a drop reconnects with backoff
// and jitter; a server close that would only repeat (a forbidden subscription, a refused token) stops the feed and
// says why, with the close code and reason. A configured topic the token's permissions do not allow stops the feed
// before it connects, and a subscription the server refuses stops it too; either error names the topic.
//
// Commands (handleCommand → commandResult): subscribe, unsubscribe, publish, send (a "message" to the backend),
// each checked first (payload size, private topics, the token's permissions); publish and send may wait for the
// ack or the reply by message id, with a timeout. adminPublish and health use the admin HTTP API. The feed also
// emits unsolicited results with op "session" when the connection changes, for panes that show it.
class PubSubFeed : public Feed
{
    Q_OBJECT
public:
    explicit PubSubFeed(const PubSubFeedConfig &config, QObject *parent = nullptr);
    ~PubSubFeed() override;

    std::unique_ptr<FrameDecoder> createDecoder() const override;

    const PubSubFeedConfig &config() const { return m_config; }
    QString connectionId() const { return m_connectionId; }
    QStringList topics() const { return m_topics; }
    // Whether a reconnect attempt is scheduled; readable from any thread, so that a test can tell that a stopped
    // feed will not try again without waiting to see that it does not.
    bool reconnectScheduled() const { return m_reconnectScheduled.load(std::memory_order_relaxed); }
    // Readable from any thread (tests watch it while the feed runs on the io thread).
    int pongsReceived() const { return m_session.pongsReceived(); }

public Q_SLOTS:
    void start() override;
    void stop() override;
    void handleControl(const QVariant &message) override;
    void handleCommand(const QJsonObject &command) override;

private:
    void connectSocket();
    void onConnected();
    void onClosed(const PubSubSession::Close &close);
    void finishClose();
    void onWelcome(const PubSubWelcome &welcome);
    void onAnswer(const PubSubAnswer &answer);
    void expireAnswers();
    void armAnswerTimer();
    void scheduleReconnect(const QString &why);
    void failWith(const QString &code, const QString &message, FeedError::Stage stage = FeedError::Stage::Connect);
    void cancelReconnect();
    QString refusedTopics() const;
    QString serverRefusedTopics(const QString &reason) const;
    bool sendText(const QByteArray &frame);
    void subscribeCommand(const QJsonObject &command);
    void unsubscribeCommand(const QJsonObject &command);
    void publishCommand(const QJsonObject &command, bool toTopic);
    void adminCommand(const QJsonObject &command, bool publish);
    void reply(const QJsonObject &command, bool ok, const QString &error, QJsonObject extra = {});
    void emitSession();
    // Feed::error with the message redacted: server reasons and URLs can carry the token.
    FeedError error(FeedError::Stage stage, const QString &code, const QString &message, bool retryable) const;
    QString redact(const QString &text) const;

    struct CloseInfo
    {
        int code = 0;
        QString reason;
        QString socketError;
        bool wasWelcomed = false;
    };

    PubSubFeedConfig m_config;
    ReconnectBackoff m_backoff;
    PubSubSession m_session;
    QTimer m_reconnectTimer;
    QTimer m_answerTimer;
    PubSubPendingAnswers m_pending;
    PubSubPermissions m_permissions;
    bool m_permissionsKnown = false;
    QString m_token;
    QString m_subject;
    qint64 m_tokenExpiresSec = 0;
    QStringList m_topics;
    QStringList m_sentSubscriptions; // on this connection, for naming the topic a server close refused
    QString m_connectionId;
    QString m_appId;
    int m_httpStatus = 0;
    CloseInfo m_close;
    quint64 m_closeBarrier = 0; // the barrier whose answer lets the close be acted on; 0: none pending
    quint64 m_nextBarrier = 0;
    std::atomic<bool> m_reconnectScheduled {false};
    bool m_running = false;
};

} // namespace sb
