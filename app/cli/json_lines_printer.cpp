#include "json_lines_printer.h"

#include "event/event_json_writer.h"

#include <QDateTime>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sb::cli {

JsonLinesPrinter::JsonLinesPrinter(bool lineBuffered)
    : m_lineBuffered(lineBuffered || stdoutIsTerminal())
{
    (void)m_err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    widenStdoutPipe();
}

// A batch of MRN events is megabytes, and a pipe holds 64 KiB by default: every 64 KiB the writer sleeps until the
// reader wakes, so both sides pay a context switch per 64 KiB. A wider pipe (1 MiB, the unprivileged maximum) lets
// a batch go in a few writes. Refused (an old kernel, a lowered limit) it is only slower.
void JsonLinesPrinter::widenStdoutPipe()
{
#ifdef F_SETPIPE_SZ
    struct stat st = {};
    if (fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode))
        (void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
#endif
}

bool JsonLinesPrinter::stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

qsizetype JsonLinesPrinter::printEvents(const EventBatch &batch, qsizetype limit)
{
    const qsizetype n = limit < 0 ? batch.size() : qMin(limit, batch.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!queueEvent(batch[i]))
            return -1;
    }
    return flushEvents() ? n : -1;
}

bool JsonLinesPrinter::queueEvent(const Event &event)
{
    EventJsonWriter::appendLines(m_buffer, &event, 1);
    return !m_lineBuffered || flushEvents();
}

bool JsonLinesPrinter::flushEvents()
{
    const bool written = writeOut(m_buffer);
    m_buffer.resize(0); // keeps the capacity: after the first batches, printing allocates nothing
    return written;
}

// Straight to the descriptor: stdio or QFile would copy the batch into their own buffer first, and on a terminal
// split it per line.
bool JsonLinesPrinter::writeOut(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, p, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        p += written;
        left -= written;
    }
    return true;
}

void JsonLinesPrinter::printState(const QString &feed, FeedState state, const QString &text)
{
    m_err.write(feedStateJsonLine(feed, state, text, QDateTime::currentMSecsSinceEpoch()) + '\n');
}

void JsonLinesPrinter::printError(const FeedError &error)
{
    m_err.write(error.toJsonLine() + '\n');
}

void JsonLinesPrinter::printInfo(const QByteArray &json)
{
    m_err.write(json + '\n');
}

} // namespace sb::cli
