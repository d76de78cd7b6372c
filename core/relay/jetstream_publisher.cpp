#include "jetstream_publisher.h"

#include "event/event_json_writer.h"
#include "nats_connection.h"
#include "relay_subjects.h"

#include <QElapsedTimer>

#include <nats/nats.h>

#include <algorithm>

namespace sb {

namespace {

QString statusText(natsStatus s)
{
    const char *text = nats_GetLastError(nullptr);
    return QString::fromUtf8(text && *text ? text : natsStatus_GetText(s));
}

} // namespace

JetStreamPublisher::JetStreamPublisher(NatsConnection *connection)
    : m_connection(connection)
    , m_relay(connection->config().describe())
    , m_stream(connection->config().stream.toUtf8())
    , m_ackTimeoutMs(connection->config().ackTimeoutMs)
{
    jsOptions opts;
    jsOptions_Init(&opts);
    opts.Wait = m_ackTimeoutMs;
    // A whole batch goes out before the first ack is awaited; the host's batches are far smaller than this.
    opts.PublishAsync.MaxPending = 1 << 16;
    opts.PublishAsync.StallWait = m_ackTimeoutMs;
    opts.PublishAsync.AckHandler = &JetStreamPublisher::onAck;
    opts.PublishAsync.AckHandlerClosure = this;
    if (natsConnection_JetStream(&m_js, connection->handle(), &opts) != NATS_OK)
        m_js = nullptr;
}

JetStreamPublisher::~JetStreamPublisher()
{
    if (!m_js)
        return;
    forgetPending();
    jsCtx_Destroy(m_js);
}

void JetStreamPublisher::onAck(jsCtx *, natsMsg *msg, jsPubAck *ack, jsPubAckErr *error, void *closure)
{
    auto *self = static_cast<JetStreamPublisher *>(closure);
    QByteArray why;
    if (!ack) {
        why = error && error->ErrText ? QByteArray(error->ErrText)
                                      : QByteArray(natsStatus_GetText(error ? error->Err : NATS_ERR));
        if (error && error->Err == NATS_TIMEOUT)
            why = "no publish ack in time";
    }
    self->settle(msg, ack ? nullptr : why.constData());
    natsMsg_Destroy(msg);
}

void JetStreamPublisher::settle(natsMsg *msg, const char *error)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_positions.find(msg);
    if (it == m_positions.end())
        return; // an ack for a batch given up already
    const qsizetype position = it->second;
    m_positions.erase(it);
    if (!error) {
        m_acked[size_t(position)] = 1;
    } else if (m_firstFailure < 0 || position < m_firstFailure) {
        m_firstFailure = position;
        m_failure = QString::fromUtf8(error);
    }
}

void JetStreamPublisher::forgetPending()
{
    // Takes back what is still waiting for an ack: a late ack would find nothing to settle, and the next batch's
    // wait must not include it. Those events stay upstream; if JetStream stored them after all, their Msg-Id makes
    // the next publish a duplicate it drops.
    // cnats 3.4 dereferences a context's pending map that only its first async publish creates.
    if (!m_everPublished)
        return;
    natsMsgList pending;
    if (js_PublishAsyncGetPendingList(&pending, m_js) == NATS_OK) {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (int i = 0; i < pending.Count; ++i)
            m_positions.erase(pending.Msgs[i]);
        natsMsgList_Destroy(&pending);
    }
}

JetStreamPublisher::Result JetStreamPublisher::publish(const EventBatch &events)
{
    Result result;
    if (!m_js) {
        result.error = m_relay + QStringLiteral(": no JetStream context");
        return result;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_positions.clear();
        m_acked.assign(size_t(events.size()), 0);
        m_firstFailure = -1;
        m_failure.clear();
    }
    QString refused;
    qsizetype sent = 0;
    QByteArray line;
    for (const Event &event : events) {
        line.clear();
        EventJsonWriter::append(line, event);
        const QByteArray subject = RelaySubjects::forEvent(event);
        const QByteArray id = RelaySubjects::messageId(event);
        natsMsg *msg = nullptr;
        natsStatus s = natsMsg_Create(&msg, subject.constData(), nullptr, line.constData(), int(line.size()));
        if (s == NATS_OK) {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_positions.emplace(msg, sent);
        }
        if (s == NATS_OK) {
            jsPubOptions opts;
            jsPubOptions_Init(&opts);
            opts.MsgId = id.constData(); // sent as the Nats-Msg-Id header
            opts.ExpectStream = m_stream.constData();
            opts.MaxWait = m_ackTimeoutMs;
            s = js_PublishMsgAsync(m_js, &msg, &opts);
            m_everPublished = true;
        }
        if (s != NATS_OK) {
            // Not taken by the library: ours to free, and nothing from here on is sent.
            if (msg) {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_positions.erase(msg);
            }
            natsMsg_Destroy(msg);
            refused = QStringLiteral("publish refused: ") + statusText(s);
            break;
        }
        ++sent;
    }
    if (sent > 0) {
        QElapsedTimer waited;
        waited.start();
        // cnats' flusher thread holds every write back 1 ms to gather more; the end of a batch is known here, so
        // it goes out now. A PING is cnats' only call that writes in place; its PONG mostly comes back before the
        // acks, and is waited for within their budget.
        if (natsConnection_Status(m_connection->handle()) == NATS_CONN_STATUS_CONNECTED)
            natsConnection_FlushTimeout(m_connection->handle(), m_ackTimeoutMs + 1000);
        jsPubOptions wait;
        jsPubOptions_Init(&wait);
        // Each publish times out on its own first.
        wait.MaxWait = std::max<qint64>(1, m_ackTimeoutMs + 1000 - waited.elapsed());
        if (js_PublishAsyncComplete(m_js, &wait) != NATS_OK)
            forgetPending();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    while (result.durable < sent && m_acked[size_t(result.durable)])
        ++result.durable;
    if (result.durable < events.size()) {
        QString why;
        if (m_firstFailure >= 0 && m_firstFailure <= result.durable)
            why = m_failure;
        else if (result.durable < sent)
            why = QStringLiteral("no publish ack within %1 ms").arg(m_ackTimeoutMs);
        else
            why = refused;
        if (natsConnection_Status(m_connection->handle()) != NATS_CONN_STATUS_CONNECTED)
            why += QStringLiteral(" (connection %1)")
                       .arg(natsConnection_Status(m_connection->handle()) == NATS_CONN_STATUS_RECONNECTING
                               ? QStringLiteral("lost, reconnecting")
                               : QStringLiteral("closed"));
        result.error = m_relay + QStringLiteral(": ") + why;
    }
    m_positions.clear();
    return result;
}

} // namespace sb
