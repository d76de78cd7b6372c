#include "jetstream_sink.h"

#include "jetstream_publisher.h"
#include "nats_connection.h"

namespace sb {

JetStreamSink::JetStreamSink(NatsConnection *connection)
    : m_publisher(new JetStreamPublisher(connection))
{
    m_thread.setObjectName(QStringLiteral("sb-relay-publish"));
    m_publisher->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_publisher, &QObject::deleteLater);
    m_thread.start();
}

JetStreamSink::~JetStreamSink()
{
    // Batches not yet published are dropped unanswered: nothing of them was acknowledged, so they stay upstream.
    m_thread.quit();
    m_thread.wait();
}

void JetStreamSink::write(const EventBatch &events, const AcknowledgementList &, Done done)
{
    JetStreamPublisher *publisher = m_publisher;
    QObject *context = &m_context;
    QMetaObject::invokeMethod(
        publisher,
        [publisher, context, events, done = std::move(done)] {
            const JetStreamPublisher::Result r = publisher->publish(events);
            QMetaObject::invokeMethod(
                context, [done, r] { done(r.durable, r.error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace sb
