#pragma once

#include "event/event.h"
#include "event/feed_error.h"
#include "event/raw_frame.h"

#include <QVariant>

namespace sb {

// Where a decoder puts its results. Implemented by the decode worker (and by replay and benchmarks).
class DecodeOutput
{
public:
    virtual ~DecodeOutput() = default;
    virtual void event(Event &&event) = 0;
    virtual void error(FeedError &&error) = 0;
    // A protocol message the session on the io thread must act on (ping, login answer, stream status).
    virtual void control(QVariant &&message) = 0;
    virtual void duplicate() { }
    // Something the feed may do upstream once every event emitted so far is durable (see Acknowledgement), with feed
    // state to keep alongside those events. An output that keeps nothing (replay, benchmarks) ignores it.
    virtual void acknowledge(
        QVariant &&token, const QString &stateKey = QString(), const QString &stateValue = QString())
    {
        Q_UNUSED(token)
        Q_UNUSED(stateKey)
        Q_UNUSED(stateValue)
    }
};

// Turns raw frames of one feed into Events, in order, on the feed's decode thread. Never throws; bad input becomes
// a FeedError and the decoder keeps going.
class FrameDecoder
{
public:
    virtual ~FrameDecoder() = default;
    virtual void decode(const RawFrame &frame, DecodeOutput &out) = 0;
    // Called about once a second with the current time, for expiry of partial state.
    virtual void tick(qint64 nowMs, DecodeOutput &out)
    {
        Q_UNUSED(nowMs)
        Q_UNUSED(out)
    }
    // Drops partial state, e.g. after a reconnect: fragments of the old connection will never complete.
    virtual void reset() { }
};

} // namespace sb
