#include "printer_sink.h"

namespace sb::cli {

PrinterSink::PrinterSink(JsonLinesPrinter *printer, qint64 limit)
    : m_printer(printer)
    , m_limit(limit)
{ }

void PrinterSink::write(const EventBatch &events, const AcknowledgementList &acks, Done done)
{
    // No state here: a feed that keeps some (OPERA offsets) saves it on its acknowledgement.
    if (m_filter) {
        writeFiltered(events, !acks.isEmpty(), std::move(done));
        return;
    }
    const qsizetype left = m_limit < 0 ? events.size() : qsizetype(qMax<qint64>(0, m_limit - m_printed));
    const qsizetype wanted = qMin(left, events.size());
    const qsizetype printed = wanted > 0 ? m_printer->printEvents(events, wanted) : 0;
    if (printed < 0) {
        done(0, QStringLiteral("could not write to standard output"));
        return;
    }
    m_printed += printed;
    done(printed, printed < events.size() ? QStringLiteral("--count reached") : QString());
}

void PrinterSink::writeFiltered(const EventBatch &events, bool acknowledged, Done done)
{
    qsizetype durable = 0;
    bool gap = false; // an event before this one was not printed and is not durable
    qsizetype queued = 0;
    for (qsizetype i = 0; i < events.size() && !limitReached(); ++i) {
        const bool wanted = m_filter->matches(events.at(i));
        if (wanted) {
            if (!m_printer->queueEvent(events.at(i))) {
                done(gap ? durable : i, QStringLiteral("could not write to standard output"));
                return;
            }
            ++m_printed;
            ++queued;
        }
        gap = gap || (!wanted && acknowledged);
        if (!gap)
            durable = i + 1;
    }
    if (queued > 0 && !m_printer->flushEvents()) {
        done(0, QStringLiteral("could not write to standard output"));
        return;
    }
    done(durable,
        durable < events.size()
            ? (gap ? QStringLiteral("left out by --filter; they stay upstream") : QStringLiteral("--count reached"))
            : QString());
}

} // namespace sb::cli
