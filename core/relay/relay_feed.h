#pragma once

#include "pipeline/feed.h"
#include "relay_feed_config.h"

#include <QHash>
#include <QMap>
#include <QTimer>

#include <memory>

typedef struct __natsMsg natsMsg;
typedef struct __natsSubscription natsSubscription;

namespace sb {

class NatsConnection;
struct RelayMessageTarget;
struct RelayedFeedStatus;

// The consumer side of the team relay (issue #18): a desk's or the CLI's feed of the events switchboard-relay
// publishes. One durable push consumer per desk (`consumer`), explicit acks, filtered to `sb.>`: NATS 2.9 gives a
// consumer one filter subject, and one consumer keeps one ordered delivery and one ack floor per desk that carries the
// `sb.status.<feed>` health messages with the events; feeds not named in `feeds` are skipped by the decoder (their
// bytes cross the wire, the price of that simplicity). The consumer is created by the feed (never by the client
// library, which would delete it on unsubscribe), starting `since` back on its first creation; later starts bind to
// it and resume after the last acknowledgement. A message is acknowledged only when the host says the events
// before it are stored; a refusal is a NAK, so the server delivers it again.
class RelayFeed : public Feed
{
    Q_OBJECT
    // The relayed feeds by name and type ({"name","type"} maps; type empty when unknown), for the desk's panes and
    // indicators before their first event: a property, so the app reads it without knowing this class.
    Q_PROPERTY(QVariantList carriedFeeds READ carriedFeeds CONSTANT)
public:
    explicit RelayFeed(const RelayFeedConfig &config, QObject *parent = nullptr);
    ~RelayFeed() override;

    std::unique_ptr<FrameDecoder> createDecoder() const override;
    QVariantList carriedFeeds() const;
    static void registerType();

    const RelayFeedConfig &config() const { return m_config; }

Q_SIGNALS:
    // A relayed feed's state from `sb.status.<feed>`, to be shown as that feed's (the app connects it by name).
    void carriedFeedStateChanged(const QString &feed, sb::FeedState state, const QString &text);

public Q_SLOTS:
    void start() override;
    void stop() override;
    void handleControl(const QVariant &message) override;
    void acknowledge(const QVariant &token, bool durable, const QString &error) override;

private:
    friend struct RelayMessageTarget;
    void connectToRelay();
    bool subscribe(QString *error);
    void takeArrived();
    void onMessage(natsMsg *msg, quint64 sequence);
    void releaseAll();
    void showLive();

    RelayFeedConfig m_config;
    NatsConnection *m_connection = nullptr;
    natsSubscription *m_subscription = nullptr;
    std::shared_ptr<RelayMessageTarget> m_target;
    QHash<quint64, natsMsg *> m_pending; // by stream sequence, until the host answers
    QMap<QString, QString> m_relayedStates;
    QTimer m_retry;
    bool m_running = false;
};

} // namespace sb
