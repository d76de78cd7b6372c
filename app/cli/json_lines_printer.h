#pragma once

#include "event/event.h"
#include "event/feed_error.h"
#include "pipeline/feed_state.h"

#include <QFile>

namespace sb::cli {

// Events on stdout, states and errors on stderr, one JSON object per line, flushed per batch.
class JsonLinesPrinter
{
public:
    JsonLinesPrinter();
    // Prints up to `limit` events (all when limit < 0) with one write; returns how many were printed, or -1 when
    // standard output refused the bytes.
    qsizetype printEvents(const EventBatch &batch, qsizetype limit = -1);
    void printState(const QString &feed, FeedState state, const QString &text);
    void printError(const FeedError &error);
    void printInfo(const QByteArray &json);

private:
    QFile m_out;
    QFile m_err;
};

} // namespace sb::cli
