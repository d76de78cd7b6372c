#pragma once

#include "event/feed_error.h"
#include "pipeline/feed_state.h"

#include <QString>

namespace sb {

class NatsConnection;

// A relayed feed's health for the desks: each state change and error is one small JSON object (the CLI's stderr
// line: {"type":"state",…} or {"type":"error",…}) on `sb.status.<feed>`, a plain publish. The stream keeps them, so
// a desk reads the last value per subject. Best effort: a status lost in a reconnect is replaced by the next one.
class FeedStatusPublisher
{
public:
    explicit FeedStatusPublisher(NatsConnection *connection);

    void publishState(const QString &feed, FeedState state, const QString &text, qint64 timeMs);
    void publishError(const FeedError &error);

private:
    NatsConnection *m_connection;
};

} // namespace sb
