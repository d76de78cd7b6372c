#include "printer_sink.h"

namespace sb::cli {

PrinterSink::PrinterSink(JsonLinesPrinter *printer, qint64 limit)
    : m_printer(printer)
    , m_limit(limit)
{ }

void PrinterSink::write(const EventBatch &events, const AcknowledgementList &acks, Done done)
{
    Q_UNUSED(acks) // no state here: a feed that keeps some (OPERA offsets) saves it on its acknowledgement
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

} // namespace sb::cli
