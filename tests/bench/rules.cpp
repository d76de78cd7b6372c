// The query language under a desk's rule load: a RuleSet of 100 rules over the emulator's generated MRN stories, each
// event prepared once (QueryInput) and matched as the decode worker does it (the names of the rules it matched).
// Printed: the time per event, what 20,000 events/s would take of one core (goal < 10 %), and beside it the MRN
// decode of the same stories.
#include "feeds/mrn/mrn_frame_decoder.h"
#include "pipeline/frame_decoder.h"
#include "query/query.h"
#include "query/query_input.h"
#include "rules/rule_set.h"
#include "sim/mrn/mrn_story_generator.h"
#include "sim/mrn/mrn_update_encoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>

using namespace sb;

namespace {

struct Collect : DecodeOutput
{
    void event(Event &&e) override { events.append(std::move(e)); }
    void error(FeedError &&) override { ++errors; }
    void control(QVariant &&) override { }
    EventBatch events;
    int errors = 0;
};

// A desk's mix: code rules (a RIC, a RIC family), codes with an urgency band, topic-and-language pairs, headline
// words and phrases, and exclusions; built from the corpus's own codes so that some rules hit and most do not.
QStringList hundredQueries(const EventBatch &events)
{
    QHash<QString, int> counts;
    for (const Event &e : events)
        for (const QString &t : e.tags)
            ++counts[t];
    QStringList rics;
    QStringList topics;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("R:")))
            rics << it.key();
        else if (it.key().startsWith(QLatin1String("N2:")))
            topics << it.key();
    }
    rics.sort();
    topics.sort();
    const QStringList words = {QStringLiteral("profit"), QStringLiteral("\"rate cut\""), QStringLiteral("merger"),
        QStringLiteral("dividend"), QStringLiteral("outlook"), QStringLiteral("strike"), QStringLiteral("bank"),
        QStringLiteral("oil"), QStringLiteral("guidance"), QStringLiteral("recall")};
    QStringList texts;
    for (int i = 0; texts.size() < 100; ++i) {
        const QString ric = rics.isEmpty() ? QStringLiteral("R:VOD.L") : rics.at(i % rics.size());
        const QString topic = topics.isEmpty() ? QStringLiteral("N2:US") : topics.at(i % topics.size());
        const QString word = words.at(i % words.size());
        switch (i % 5) {
        case 0:
            texts << ric;
            break;
        case 1:
            texts << ric.left(5) + QLatin1Char('*') + QStringLiteral(" urgency:1-2");
            break;
        case 2:
            texts << topic + QStringLiteral(" lang:en -N2:SPO");
            break;
        case 3:
            texts << word + QStringLiteral(" kind:news");
            break;
        default:
            texts << ric + QLatin1Char(' ') + topic + QLatin1Char(' ') + word;
        }
    }
    return texts;
}

RuleSet ruleSetOf(const QStringList &texts)
{
    QVector<Rule> rules;
    for (const QString &t : texts) {
        Rule rule;
        rule.name = QStringLiteral("rule %1").arg(rules.size() + 1);
        rule.query = t;
        rules << rule;
    }
    QString error;
    std::optional<RuleSet> set = RuleSet::compile(rules, &error);
    if (!set) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return RuleSet();
    }
    return std::move(*set);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int stories = argc > 1 ? std::atoi(argv[1]) : 20000;
    const int rounds = 5;

    sim::MrnStoryGenerator generator(7, [] { return qint64(1'763'800'000'000); });
    sim::MrnUpdateEncoder encoder;
    QVector<QString> frames;
    for (int i = 0; i < stories; ++i) {
        const sim::MrnStory story = generator.nextStory();
        for (const QByteArray &f : encoder.framesForStory(story.json, story.guid))
            frames << QString::fromUtf8(f);
    }

    double bestDecode = 1e99;
    EventBatch events;
    for (int r = 0; r < rounds; ++r) {
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        Collect out;
        out.events.reserve(stories);
        QElapsedTimer t;
        t.start();
        for (const QString &f : std::as_const(frames))
            decoder.decode(RawFrame::fromText(f, 0), out);
        bestDecode = std::min(bestDecode, double(t.nsecsElapsed()));
        events = std::move(out.events);
    }

    const QStringList texts = hundredQueries(events);
    const RuleSet rules = ruleSetOf(texts);
    // The reference: the same queries matched bare, counting matches instead of naming the rules.
    QVector<query::Query> queries;
    for (const QString &t : texts)
        if (const auto q = query::Query::parse(t))
            queries << *q;
    query::QueryInput input;
    double bestPrepare = 1e99;
    double bestAll = 1e99;
    double bestBare = 1e99;
    qint64 hits = 0;
    qint64 bareHits = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        for (const Event &e : std::as_const(events))
            input.reset(e);
        bestPrepare = std::min(bestPrepare, double(t.nsecsElapsed()));
        hits = 0;
        t.restart();
        for (const Event &e : std::as_const(events)) {
            input.reset(e);
            hits += rules.matches(input).size();
        }
        bestAll = std::min(bestAll, double(t.nsecsElapsed()));
        bareHits = 0;
        t.restart();
        for (const Event &e : std::as_const(events)) {
            input.reset(e);
            for (const query::Query &q : std::as_const(queries))
                bareHits += q.matches(input) ? 1 : 0;
        }
        bestBare = std::min(bestBare, double(t.nsecsElapsed()));
    }

    const double n = double(events.size());
    const double perEvent = bestAll / n;
    const double coreShare = perEvent * 20000 / 1e9;
    std::printf("rules: a RuleSet of %lld rules over %lld decoded MRN events, %lld matches (%.2f per event)\n",
        static_cast<long long>(rules.size()), static_cast<long long>(events.size()), static_cast<long long>(hits),
        double(hits) / n);
    std::printf("  prepare + %lld rules : %8.2f us/event  (prepare alone %.2f us)\n",
        static_cast<long long>(rules.size()), perEvent / 1e3, bestPrepare / n / 1e3);
    std::printf("  at 20,000 events/s   : %6.1f %% of one core (goal < 10 %%)\n", coreShare * 100);
    std::printf("  the same queries bare: %8.2f us/event (%lld matches); RuleSet %.2fx of bare\n", bestBare / n / 1e3,
        static_cast<long long>(bareHits), bestAll / bestBare);
    std::printf("  MRN decode, same stories: %8.2f us/story (%.0f stories/s); rules cost %.2fx of decode\n",
        bestDecode / stories / 1e3, 1e9 * stories / bestDecode, bestAll / bestDecode);
    return 0;
}
