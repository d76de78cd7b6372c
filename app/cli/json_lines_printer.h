#pragma once

#include "event/event.h"
#include "event/feed_error.h"
#include "pipeline/feed_state.h"

#include <QFile>

namespace sb::cli {

// Events on stdout, states and errors on stderr, one JSON object per line. A batch of events leaves in one write(2)
// from a buffer kept across batches: a pipe reader wants throughput, and a write per line cost more than the decode.
// Line-buffered (a write per event) when asked to, for a reader that wants each event as soon as it is decoded.
class JsonLinesPrinter
{
public:
    explicit JsonLinesPrinter(bool lineBuffered = false);
    // A terminal is read by a person: each line as it comes, whatever the options say.
    static bool stdoutIsTerminal();

    // Prints up to `limit` events (all when limit < 0); returns how many were printed, or -1 when standard output
    // refused the bytes.
    qsizetype printEvents(const EventBatch &batch, qsizetype limit = -1);
    // For a caller that sees events one by one (replay): queued lines leave at flushEvents(), or at once when
    // line-buffered. False when standard output refused the bytes.
    bool queueEvent(const Event &event);
    bool flushEvents();
    void printState(const QString &feed, FeedState state, const QString &text);
    void printError(const FeedError &error);
    void printInfo(const QByteArray &json);

private:
    static void widenStdoutPipe();
    bool writeOut(const QByteArray &bytes);

    bool m_lineBuffered;
    QByteArray m_buffer;
    QFile m_err;
};

} // namespace sb::cli
