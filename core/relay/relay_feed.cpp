#include "relay_feed.h"

#include "nats_connection.h"
#include "pipeline/feed_registry.h"
#include "relay_event_decoder.h"

#include <nats/nats.h>

#include <mutex>
#include <utility>
#include <vector>

namespace sb {

// What cnats' delivery thread calls. The feed may be gone by the time a message arrives, so the pointer is cleared
// under the lock first; a message with no feed to take it is destroyed unanswered (its subscription may be gone, so
// it cannot be refused) and comes again after the ack wait. Messages wait here until the feed's thread takes them
// all at once: one queued call per burst, not one per message, so a desk catching up or a busy relay does not
// wake the feed's thread and allocate a call for every message.
struct RelayMessageTarget
{
    std::mutex mutex;
    RelayFeed *owner = nullptr;
    std::vector<std::pair<natsMsg *, quint64>> arrived; // with their stream sequence, in delivery order

    static void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
    {
        auto *self = static_cast<RelayMessageTarget *>(closure);
        jsMsgMetaData *meta = nullptr;
        quint64 sequence = 0;
        if (natsMsg_GetMetaData(&meta, msg) == NATS_OK) {
            sequence = meta->Sequence.Stream;
            jsMsgMetaData_Destroy(meta);
        }
        std::lock_guard<std::mutex> lock(self->mutex);
        if (!self->owner || sequence == 0) {
            natsMsg_Destroy(msg);
            return;
        }
        self->arrived.emplace_back(msg, sequence);
        if (self->arrived.size() > 1)
            return; // the call queued for the first takes this one too
        RelayFeed *feed = self->owner;
        QMetaObject::invokeMethod(feed, &RelayFeed::takeArrived, Qt::QueuedConnection);
    }

    std::vector<std::pair<natsMsg *, quint64>> take()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return std::exchange(arrived, {});
    }
};

namespace {

QString natsError(natsStatus s, jsErrCode code = jsErrCode(0))
{
    const char *text = nats_GetLastError(nullptr);
    QString out = QString::fromUtf8(text && *text ? text : natsStatus_GetText(s));
    if (code)
        out += QStringLiteral(" (JetStream error %1)").arg(int(code));
    return out;
}

} // namespace

RelayFeed::RelayFeed(const RelayFeedConfig &config, QObject *parent)
    : Feed(config.name, QStringLiteral("relay"), parent)
    , m_config(config)
{
    qRegisterMetaType<RelayedFeedStatus>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RelayFeed::connectToRelay);
}

RelayFeed::~RelayFeed()
{
    stop();
}

void RelayFeed::registerType()
{
    qRegisterMetaType<RelayedFeedStatus>();
    FeedRegistry::instance().add<RelayFeed, RelayFeedConfig, RelayEventDecoder>(QStringLiteral("relay"));
}

std::unique_ptr<FrameDecoder> RelayFeed::createDecoder() const
{
    return std::make_unique<RelayEventDecoder>(m_config.name, m_config.feeds, m_config.maxMessageBytes);
}

QVariantList RelayFeed::carriedFeeds() const
{
    QVariantList out;
    for (int i = 0; i < m_config.feeds.size(); ++i)
        out.append(QVariantMap {
            {QStringLiteral("name"), m_config.feeds.at(i)}, {QStringLiteral("type"), m_config.feedTypes.value(i)}});
    return out;
}

void RelayFeed::start()
{
    m_running = true;
    connectToRelay();
}

void RelayFeed::connectToRelay()
{
    if (!m_running || m_connection)
        return;
    setState(FeedState::Connecting, m_config.relay.describe());
    m_connection = new NatsConnection(m_config.relay, this);
    QString error;
    // Blocks up to the connect timeout; the NATS client has no asynchronous first connect.
    if (!m_connection->open(&error) || !subscribe(&error)) {
        releaseAll();
        delete m_connection;
        m_connection = nullptr;
        FeedError e;
        e.feed = name();
        e.stage = FeedError::Stage::Connect;
        e.code = QStringLiteral("relay_unreachable");
        e.message = error;
        e.retryable = true;
        e.timeMs = nowMs();
        reportError(e);
        setState(FeedState::Reconnecting, error);
        m_retry.start(m_config.reconnectMs);
        return;
    }
    NatsConnection *connection = m_connection;
    connect(connection, &NatsConnection::disconnected, this,
        [this] { setState(FeedState::Reconnecting, m_config.relay.describe() + QStringLiteral(": connection lost")); });
    connect(connection, &NatsConnection::reconnected, this, &RelayFeed::showLive);
    showLive();
}

bool RelayFeed::subscribe(QString *error)
{
    jsCtx *js = nullptr;
    natsStatus s = natsConnection_JetStream(&js, m_connection->handle(), nullptr);
    if (s != NATS_OK) {
        *error = m_config.relay.describe() + QStringLiteral(": no JetStream context: ") + natsError(s);
        return false;
    }
    const QByteArray stream = m_config.relay.stream.toUtf8();
    const QByteArray consumer = m_config.consumer.toUtf8();
    const QByteArray deliver = "_sb.deliver." + stream + '.' + consumer; // outside the stream's sb.>
    jsErrCode code = jsErrCode(0);
    jsConsumerInfo *info = nullptr;
    s = js_GetConsumerInfo(&info, js, stream.constData(), consumer.constData(), nullptr, &code);
    if (s == NATS_NOT_FOUND) {
        jsConsumerConfig cc;
        jsConsumerConfig_Init(&cc);
        cc.Durable = consumer.constData();
        cc.DeliverSubject = deliver.constData();
        cc.FilterSubject = "sb.>";
        cc.AckPolicy = js_AckExplicit;
        cc.AckWait = qint64(m_config.ackWaitSec) * 1000000000;
        cc.MaxAckPending = m_config.maxAckPending;
        if (m_config.sinceMs > 0) {
            cc.DeliverPolicy = js_DeliverByStartTime;
            cc.OptStartTime = (nowMs() - m_config.sinceMs) * 1000000;
        } else {
            cc.DeliverPolicy = js_DeliverAll;
        }
        code = jsErrCode(0);
        s = js_AddConsumer(&info, js, stream.constData(), &cc, nullptr, &code);
    }
    jsConsumerInfo_Destroy(info);
    if (s == NATS_OK) {
        m_target = std::make_shared<RelayMessageTarget>();
        m_target->owner = this;
        jsSubOptions so;
        jsSubOptions_Init(&so);
        so.Stream = stream.constData();
        so.Consumer = consumer.constData();
        so.ManualAck = true;
        code = jsErrCode(0);
        s = js_Subscribe(
            &m_subscription, js, "sb.>", &RelayMessageTarget::onMessage, m_target.get(), nullptr, &so, &code);
    }
    if (s == NATS_OK) {
        // cnats' delivery thread may still be inside onMessage when the subscription is destroyed (a reconnect makes
        // a new target), so it holds a reference of its own until it says the handler has returned for good.
        auto *held = new std::shared_ptr<RelayMessageTarget>(m_target);
        const auto release = [](void *closure) { delete static_cast<std::shared_ptr<RelayMessageTarget> *>(closure); };
        if (natsSubscription_SetOnCompleteCB(m_subscription, release, held) != NATS_OK)
            delete held; // closed already: nothing will be delivered
    }
    jsCtx_Destroy(js);
    if (s != NATS_OK) {
        *error = m_config.relay.describe() + QStringLiteral(": consumer \"%1\" cannot be used: ").arg(m_config.consumer)
            + natsError(s, code);
        return false;
    }
    return true;
}

void RelayFeed::showLive()
{
    QString text = QStringLiteral("consumer %1").arg(m_config.consumer);
    for (auto it = m_relayedStates.cbegin(); it != m_relayedStates.cend(); ++it)
        text += QStringLiteral(" · %1 %2").arg(it.key(), it.value());
    setState(FeedState::Live, text);
}

void RelayFeed::takeArrived()
{
    if (!m_target)
        return; // released: what had arrived was destroyed with it
    for (const auto &[msg, sequence] : m_target->take())
        onMessage(msg, sequence);
}

void RelayFeed::onMessage(natsMsg *msg, quint64 sequence)
{
    if (!m_running) {
        natsMsg_Destroy(msg);
        return;
    }
    // A redelivery of one still in the pipeline (its ack wait ran out): the one already on its way answers for both.
    if (m_pending.contains(sequence)) {
        natsMsg_Destroy(msg);
        return;
    }
    m_pending.insert(sequence, msg);
    RawFrame frame = RawFrame::fromBinary(QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg)), nowMs());
    frame.text = RelayEventDecoder::context(sequence, QByteArray(natsMsg_GetSubject(msg)));
    if (!postFrame(std::move(frame))) {
        // The decode queue is full: let the server send it again rather than lose it.
        m_pending.remove(sequence);
        natsMsg_Nak(msg, nullptr);
        natsMsg_Destroy(msg);
    }
}

void RelayFeed::acknowledge(const QVariant &token, bool durable, const QString &error)
{
    Q_UNUSED(error)
    natsMsg *msg = m_pending.take(token.toULongLong());
    if (!msg)
        return;
    if (durable)
        natsMsg_Ack(msg, nullptr);
    else
        natsMsg_Nak(msg, nullptr);
    natsMsg_Destroy(msg);
}

void RelayFeed::handleControl(const QVariant &message)
{
    if (!message.canConvert<RelayedFeedStatus>())
        return;
    const RelayedFeedStatus status = message.value<RelayedFeedStatus>();
    if (status.state == QLatin1String("Error")) {
        FeedError e;
        e.feed = status.feed;
        e.stage = FeedError::Stage::Connect;
        e.code = QStringLiteral("relayed_error");
        e.message = status.text;
        e.retryable = true;
        e.timeMs = nowMs();
        Q_EMIT errorOccurred(e);
        return;
    }
    m_relayedStates.insert(status.feed, status.state);
    for (int s = int(FeedState::Idle); s <= int(FeedState::Failed); ++s) {
        if (feedStateName(FeedState(s)).compare(status.state, Qt::CaseInsensitive) == 0) {
            Q_EMIT carriedFeedStateChanged(status.feed, FeedState(s), status.text);
            break;
        }
    }
    if (m_connection)
        showLive();
}

void RelayFeed::releaseAll()
{
    if (m_target) {
        std::lock_guard<std::mutex> lock(m_target->mutex);
        m_target->owner = nullptr;
        for (const auto &arrived : m_target->arrived)
            natsMsg_Destroy(arrived.first); // unanswered, as below
        m_target->arrived.clear();
    }
    if (m_subscription) {
        // Destroy, not Unsubscribe: the consumer stays on the server, durable, for the next start.
        natsSubscription_Destroy(m_subscription);
        m_subscription = nullptr;
    }
    // Unanswered messages are neither acked nor refused: the server delivers them again after the ack wait, or at
    // once to this consumer's next subscription.
    for (natsMsg *msg : std::as_const(m_pending))
        natsMsg_Destroy(msg);
    m_pending.clear();
}

void RelayFeed::stop()
{
    m_running = false;
    m_retry.stop();
    // What was delivered and not stored goes back at once, not after the ack wait: the next start (a CLI run with
    // --count, a desk reopened) gets it without a pause. Anything stored and not yet acknowledged comes again too,
    // and the history keeps one row per key.
    if (m_connection) {
        for (natsMsg *msg : std::as_const(m_pending))
            natsMsg_Nak(msg, nullptr);
    }
    if (m_connection)
        natsConnection_FlushTimeout(m_connection->handle(), 2000); // the acks given so far reach the server first
    releaseAll();
    delete m_connection;
    m_connection = nullptr;
    if (state() != FeedState::Idle)
        setState(FeedState::Idle);
}

} // namespace sb
