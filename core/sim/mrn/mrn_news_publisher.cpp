#include "mrn_news_publisher.h"

#include "mrn_story_generator.h"
#include "mrn_update_encoder.h"

#include <QDateTime>

namespace sb::sim {
namespace {

constexpr int kRecentKept = 16;
constexpr int kBurstTickMs = 5;

} // namespace

MrnNewsPublisher::MrnNewsPublisher(const LsegEmulatorOptions &options, MrnStoryGenerator *generator, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_generator(generator)
    , m_rng(options.seed ^ 0x5eed5u)
{
    connect(&m_timer, &QTimer::timeout, this, &MrnNewsPublisher::onTick);
}

void MrnNewsPublisher::setSink(RicsFn subscribedRics, DeliverFn deliver)
{
    m_rics = std::move(subscribedRics);
    m_deliver = std::move(deliver);
}

void MrnNewsPublisher::start()
{
    if (m_options.burstStoriesPerSecond > 0) {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.start(kBurstTickMs);
        m_burstClock.start();
        m_burstProduced = 0;
    } else if (m_options.storiesPerSecond > 0) {
        m_timer.start(qMax(1, int(1000.0 / m_options.storiesPerSecond)));
    }
}

void MrnNewsPublisher::stop()
{
    m_timer.stop();
}

void MrnNewsPublisher::publishNow(int rounds)
{
    const QList<MrnPublication> items = produce(rounds);
    if (!items.isEmpty() && m_deliver)
        m_deliver(items, false);
}

void MrnNewsPublisher::onTick()
{
    if (!m_deliver)
        return;
    if (m_options.burstStoriesPerSecond <= 0) {
        publishNow(1);
        return;
    }
    // Catch up with the wall clock, but never by more than a tenth of a second's worth in one tick, so a stalled
    // event loop does not turn into one enormous burst.
    const qint64 due = m_burstClock.elapsed() * m_options.burstStoriesPerSecond / 1000;
    const qint64 cap = qMax(1, m_options.burstStoriesPerSecond / 10);
    int rounds = int(qMin(due - m_burstProduced, cap));
    if (m_options.burstStoryLimit > 0) {
        const qint64 rics = m_rics ? qMax<qsizetype>(1, m_rics().size()) : 1;
        rounds = int(qMin<qint64>(rounds, (m_options.burstStoryLimit - m_published) / rics));
    }
    if (rounds <= 0)
        return;
    m_burstProduced = qMax(m_burstProduced + rounds, due - cap);
    const QList<MrnPublication> items = produce(rounds, true);
    if (!items.isEmpty())
        m_deliver(items, true);
}

QList<MrnPublication> MrnNewsPublisher::produce(int rounds, bool burst)
{
    const QSet<QString> rics = m_rics ? m_rics() : QSet<QString>();
    QList<MrnPublication> out;
    if (rics.isEmpty())
        return out;
    QStringList ordered(rics.begin(), rics.end());
    ordered.sort(); // deterministic order for a given seed
    for (int r = 0; r < rounds; ++r) {
        for (const QString &ric : ordered)
            out.append(burst ? nextFromBurstPool(ric) : next(ric));
    }
    m_published += int(out.size());
    return out;
}

MrnPublication MrnNewsPublisher::nextFromBurstPool(const QString &ric)
{
    constexpr int kPoolSize = 512;
    QList<MrnPublication> &pool = m_burstPool[ric];
    if (pool.size() < kPoolSize) {
        pool.append(next(ric));
        return pool.last();
    }
    MrnPublication p = pool.at(qsizetype(m_burstIndex++ % kPoolSize));
    p.guid = m_generator->nextGuid(QDateTime::currentMSecsSinceEpoch());
    if (ric != u"MRN_STORY")
        p.guid.prepend(QStringLiteral("tr:"));
    p.story.guid = p.guid;
    return p;
}

MrnPublication MrnNewsPublisher::next(const QString &ric)
{
    const QString src = MrnPublication::sourceFor(ric, m_options.mrnSource);
    MrnPublication p;
    const double r = m_rng.generateDouble();
    QList<const MrnPublication *> sameRic;
    for (const MrnPublication &recent : m_recent) {
        if (recent.ric == ric && !recent.story.guid.isEmpty())
            sameRic.append(&recent);
    }
    if (!sameRic.isEmpty() && r < m_options.duplicateProbability) {
        p = *sameRic.at(m_rng.bounded(int(sameRic.size())));
        p.packed = false;
        return p; // byte-identical re-delivery; not remembered again
    }
    if (!sameRic.isEmpty() && r < m_options.duplicateProbability + m_options.newVersionProbability) {
        p = MrnPublication::fromStory(m_generator->newVersionOf(sameRic.last()->story), ric, src);
    } else if (ric == u"MRN_STORY") {
        p = MrnPublication::fromStory(m_generator->nextStory(), ric, src);
    } else {
        p = MrnPublication::fromStory(m_generator->nextAnalytics(MrnUpdateEncoder::mrnTypeFor(ric)), ric, src);
    }
    p.packed
        = p.compressed.size() > MrnUpdateEncoder::kFragmentSize && m_rng.generateDouble() < m_options.packedProbability;
    m_recent.append(p);
    if (m_recent.size() > kRecentKept)
        m_recent.removeFirst();
    return p;
}

} // namespace sb::sim
