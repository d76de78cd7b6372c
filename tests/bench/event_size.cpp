// No large text twice (#14): bytes per Event printed (one JSON Lines line) and stored (its SQLite row and FTS index,
// measured as the growth of a history between 40 and 240 copies), against the feed's own JSON. The reference beside
// each figure is the same Event with its body text also inside attrs, as it was before #14. Goal: ≤ 1.3 × the
// source. Never fails.
//
//   event_size
#include "event/source_json.h"

#include "event_size.h"
#include "source_samples.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sb;

namespace {

void report(const char *feed, const QVector<test::SourceSample> &samples)
{
    double source = 0, printed = 0, stored = 0, printedBefore = 0, storedBefore = 0, fts = 0, tagBytes = 0;
    for (const test::SourceSample &s : samples) {
        Event before = s.event;
        before.attrs = SourceJson::restoredAttrs(s.event);
        source += double(s.source.size());
        printed += double(test::printedBytes(s.event));
        stored += test::storedBytesPerEvent(s.event);
        fts += test::storedBytesPerEvent(s.event, test::StoredPart::FtsIndex);
        tagBytes += double(s.event.tags.join(QLatin1Char(' ')).toUtf8().size());
        printedBefore += double(test::printedBytes(before));
        storedBefore += test::storedBytesPerEvent(before);
    }
    const double n = qMax(1, int(samples.size()));
    std::printf(
        "event_size %-6s %d events, source %.0f B/event: printed %.0f B (%.2f x source; body twice: %.0f B, "
        "%.2f x), stored %.0f B (%.2f x source; body twice: %.0f B, %.2f x); goal <= 1.30 x: printed %s, stored %s\n",
        feed, int(samples.size()), source / n, printed / n, printed / source, printedBefore / n, printedBefore / source,
        stored / n, stored / source, storedBefore / n, storedBefore / source,
        printed / source <= 1.3 ? "met" : "NOT met", stored / source <= 1.3 ? "met" : "NOT met");
    std::printf("event_size %-6s stored per event: FTS index %.0f B, row %.0f B (body and attrs deflated; tags ~%.0f "
                "B, once)\n",
        feed, fts / n, (stored - fts) / n, tagBytes / n);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    report("mrn", test::mrnSamples());
    report("alerts", test::alertSamples(8));
    report("opera", test::operaSamples(8));
    return 0;
}
