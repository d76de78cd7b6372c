#include "replay_command.h"

#include "capture/capture_file.h"
#include "event/json_writer.h"
#include "event_filter.h"
#include "json_lines_printer.h"
#include "pipeline/feed_registry.h"
#include "query/query_input.h"
#include "rules/rule_set.h"

#include <QElapsedTimer>

namespace sb::cli {
namespace {

class ReplayOutput : public DecodeOutput
{
public:
    ReplayOutput(JsonLinesPrinter &printer, bool stats, std::shared_ptr<const RuleSet> rules, EventFilter *filter)
        : m_printer(printer)
        , m_stats(stats)
        , m_rules(std::move(rules))
        , m_filter(filter)
    {
        hits.resize(m_rules ? m_rules->size() : 0);
    }
    void event(Event &&e) override
    {
        ++events;
        // As the decode worker does for listen and the desk.
        if (m_rules && !m_rules->isEmpty()) {
            m_input.reset(e);
            e.rules = m_rules->matches(m_input);
            // Names are unique and in set order, so one walk counts them.
            qsizetype at = 0;
            for (const QString &name : std::as_const(e.rules)) {
                while (m_rules->name(at) != name)
                    ++at;
                ++hits[at++];
            }
        }
        // Written while its text is still in cache from the decode, rather than kept for the batch.
        if (!m_stats && (!m_filter || m_filter->matches(e)))
            m_printer.queueEvent(e);
    }
    void error(FeedError &&e) override
    {
        ++errors;
        if (!m_stats)
            m_printer.printError(e);
    }
    void control(QVariant &&) override { }
    void duplicate() override { ++duplicates; }
    void flush() { m_printer.flushEvents(); }

    qint64 events = 0, errors = 0, duplicates = 0;
    QVector<qint64> hits; // per enabled rule, in set order

private:
    JsonLinesPrinter &m_printer;
    bool m_stats;
    std::shared_ptr<const RuleSet> m_rules;
    query::QueryInput m_input;
    EventFilter *m_filter;
};

} // namespace

int runReplay(const QString &type, const QString &path, bool stats, bool lineBuffered,
    std::shared_ptr<const RuleSet> rules, const QString &filterText)
{
    JsonLinesPrinter printer(lineBuffered);
    std::optional<EventFilter> filter;
    QString filterError;
    if (!EventFilter::parse(filterText, &filter, &filterError)) {
        printer.printError(FeedError {type, FeedError::Stage::Decode, QStringLiteral("filter"), filterError, false, 0});
        return 2;
    }
    std::unique_ptr<FrameDecoder> decoder = FeedRegistry::instance().createDecoder(type, type);
    if (!decoder) {
        printer.printError(FeedError {type, FeedError::Stage::Decode, QStringLiteral("unknown_type"),
            QStringLiteral("unknown feed type \"%1\" (known: %2)")
                .arg(type, FeedRegistry::instance().types().join(QStringLiteral(", "))),
            false, 0});
        return 2;
    }
    CaptureReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        printer.printError(FeedError {type, FeedError::Stage::Decode, QStringLiteral("capture"), error, false, 0});
        return 2;
    }
    ReplayOutput out(printer, stats, rules, filter ? &*filter : nullptr);
    qint64 frames = 0;
    QElapsedTimer timer;
    timer.start();
    while (auto frame = reader.next()) {
        decoder->decode(*frame, out);
        ++frames;
        if (!stats && frames % 256 == 0)
            out.flush();
    }
    out.flush();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (stats) {
        for (qsizetype i = 0; rules && i < rules->size(); ++i) {
            QByteArray line;
            JsonWriter w(line);
            w.beginObject();
            w.member("rule", rules->name(i));
            w.member("hits", out.hits.at(i));
            w.endObject();
            printf("%s\n", line.constData());
        }
        QByteArray line;
        JsonWriter w(line);
        w.beginObject();
        w.member("frames", frames);
        w.member("events", out.events);
        w.member("errors", out.errors);
        w.member("duplicates", out.duplicates);
        w.key("seconds");
        w.raw(QByteArray::number(seconds, 'f', 6));
        w.key("events_per_s");
        w.raw(QByteArray::number(seconds > 0 ? double(out.events) / seconds : 0.0, 'f', 0));
        w.endObject();
        printf("%s\n", line.constData());
    }
    return 0;
}

} // namespace sb::cli
