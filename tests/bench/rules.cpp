// The query language under a desk's rule load: a RuleSet of 100 rules over the emulator's generated MRN stories, each
// event prepared once (QueryInput) and matched as the decode worker does it (the names of the rules it matched).
// Printed: the time per event, what 20,000 events/s would take of one core (goal < 10 %), and beside it the MRN
// decode of the same stories. Times are this thread's CPU time (best of 5 rounds).
#include "mrn_rule_load.h"
#include "query/query.h"
#include "query/query_input.h"
#include "rules/rule_set.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace sb;

namespace {

// The CPU time of this thread, not the wall clock: the figure is a share of one core, and on a machine that others
// share (CI, a build beside it) wall time counts their turns too.
class ThreadCpuTimer
{
public:
    void start() { m_start = now(); }
    void restart() { start(); }
    qint64 nsecsElapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    qint64 m_start = 0;
};

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

    const QVector<QString> frames = bench::mrnStoryFrames(stories);

    double bestDecode = 1e99;
    EventBatch events;
    for (int r = 0; r < rounds; ++r) {
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        bench::CollectedEvents out;
        out.events.reserve(stories);
        ThreadCpuTimer t;
        t.start();
        for (const QString &f : std::as_const(frames))
            decoder.decode(RawFrame::fromText(f, 0), out);
        bestDecode = std::min(bestDecode, double(t.nsecsElapsed()));
        events = std::move(out.events);
    }

    const QStringList texts = bench::hundredRuleQueries(events);
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
        ThreadCpuTimer t;
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
