#pragma once

#include "pipeline/event_sink.h"

#include <QObject>
#include <QThread>

namespace sb {

class JetStreamPublisher;
class NatsConnection;

// The team relay's sink: every event is published to the relay's JetStream stream on `sb.<feed>.<kind>` with
// `Nats-Msg-Id: <feed>/<key>` (the server drops a duplicate within its window), its payload the Event's JSON Lines
// form. A batch is published asynchronously and pipelined on a thread of the sink's own; `done` reports how many
// leading events JetStream has acknowledged, so an SQS delete or an OPERA offset follows the stream's ack, never
// runs ahead of it. A refused publish, an ack error or no ack in time reports that prefix and why, naming the relay.
// `done` is called on the thread that made the sink.
class JetStreamSink : public EventSink
{
public:
    // `connection` is open and outlives the sink.
    explicit JetStreamSink(NatsConnection *connection);
    ~JetStreamSink() override;

    void write(const EventBatch &events, const AcknowledgementList &acks, Done done) override;

private:
    QThread m_thread;
    JetStreamPublisher *m_publisher; // lives on m_thread
    QObject m_context; // answers come back to the thread that made the sink; none after it is gone
};

} // namespace sb
