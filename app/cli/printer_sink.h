#pragma once

#include "event_filter.h"
#include "json_lines_printer.h"
#include "pipeline/event_sink.h"

namespace sb::cli {

// `switchboard-cli listen` without --store: the printed line is the durability point. A batch is durable once its
// bytes are written to stdout (unbuffered, so nothing waits in our process); a failed write, or events past --count,
// are not durable, so what they acknowledge stays upstream for the next run.
class PrinterSink : public EventSink
{
public:
    PrinterSink(JsonLinesPrinter *printer, qint64 limit);
    // Prints only the events `filter` matches (it must outlive the sink). An event it leaves out is durable for a
    // stream, which acknowledges nothing; for a feed that acknowledges (a queue, an offset), it and what follows are
    // not, so they stay upstream for the next reader: a filter never makes an event disappear.
    void setFilter(EventFilter *filter) { m_filter = filter; }

    void write(const EventBatch &events, const AcknowledgementList &acks, Done done) override;
    qint64 printed() const { return m_printed; }
    bool limitReached() const { return m_limit >= 0 && m_printed >= m_limit; }

private:
    void writeFiltered(const EventBatch &events, bool acknowledged, Done done);

    JsonLinesPrinter *m_printer;
    qint64 m_limit; // -1: none
    qint64 m_printed = 0;
    EventFilter *m_filter = nullptr;
};

} // namespace sb::cli
