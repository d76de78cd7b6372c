#pragma once

#include "acknowledgement.h"
#include "event/event.h"

#include <QString>

#include <functional>

namespace sb {

// Where a host's events become durable: the history store (the desk, `switchboard-cli listen --store`), the JSON
// Lines printer (`switchboard-cli listen`), later the team relay. The host writes each batch once, in order, and
// acknowledges upstream only what the sink reports durable; it shows a batch only after the sink has answered.
class EventSink
{
public:
    // `durable`: how many leading events of the batch are stored (all of them on success); `error` says why the rest
    // are not. Called exactly once per write, on the host's thread or on any thread the sink documents.
    using Done = std::function<void(qsizetype durable, const QString &error)>;

    virtual ~EventSink() = default;
    // `acks` are for the sink's information only (their state, see Acknowledgement); the host gives them.
    virtual void write(const EventBatch &events, const AcknowledgementList &acks, Done done) = 0;
};

} // namespace sb
