#include "json_lines_printer.h"

#include "event/json_writer.h"

#include <QDateTime>

#include <cstdio>

namespace sb::cli {

JsonLinesPrinter::JsonLinesPrinter()
{
    (void)m_out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    (void)m_err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qsizetype JsonLinesPrinter::printEvents(const EventBatch &batch, qsizetype limit)
{
    const qsizetype n = limit < 0 ? batch.size() : qMin(limit, batch.size());
    QByteArray out;
    for (qsizetype i = 0; i < n; ++i) {
        out += batch[i].toJsonLine();
        out += '\n';
    }
    if (m_out.write(out) != out.size())
        return -1;
    return n;
}

void JsonLinesPrinter::printState(const QString &feed, FeedState state, const QString &text)
{
    QByteArray line;
    JsonWriter w(line);
    w.beginObject();
    w.key("type");
    w.string(QByteArrayLiteral("state"));
    w.key("feed");
    w.string(feed);
    w.key("state");
    w.string(feedStateName(state));
    w.key("text");
    w.string(text);
    w.key("time");
    w.string(Event::formatTime(QDateTime::currentMSecsSinceEpoch()));
    w.endObject();
    line += '\n';
    m_err.write(line);
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
