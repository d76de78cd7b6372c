#pragma once

#include "lseg_emulator_options.h"
#include "mrn_publication.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <functional>

namespace sb::sim {

class MrnStoryGenerator;

// The news stream every subscribed client sees: at storiesPerSecond (or, in burst mode, at burstStoriesPerSecond)
// it makes one item per subscribed RIC and hands it to the sessions, mixing in the observed re-deliveries,
// same-GUID new versions and packed fragments (reference §12).
class MrnNewsPublisher : public QObject
{
    Q_OBJECT
public:
    using RicsFn = std::function<QSet<QString>()>;
    using DeliverFn = std::function<void(const QList<MrnPublication> &, bool burst)>;

    MrnNewsPublisher(const LsegEmulatorOptions &options, MrnStoryGenerator *generator, QObject *parent = nullptr);
    void setSink(RicsFn subscribedRics, DeliverFn deliver);

    void start();
    void stop();
    // `rounds` items per subscribed RIC, delivered now, whatever the rate.
    void publishNow(int rounds = 1);
    int published() const { return m_published; }

private:
    void onTick();
    QList<MrnPublication> produce(int rounds, bool burst = false);
    MrnPublication next(const QString &ric);
    MrnPublication nextFromBurstPool(const QString &ric);

    const LsegEmulatorOptions &m_options;
    MrnStoryGenerator *m_generator;
    RicsFn m_rics;
    DeliverFn m_deliver;
    QTimer m_timer;
    QElapsedTimer m_burstClock;
    qint64 m_burstProduced = 0;
    QRandomGenerator m_rng;
    QList<MrnPublication> m_recent;
    // Burst mode re-sends pooled items under fresh GUIDs: generating and compressing 20,000 new stories a second
    // would measure the emulator, not the client.
    QHash<QString, QList<MrnPublication>> m_burstPool;
    quint64 m_burstIndex = 0;
    int m_published = 0;
};

} // namespace sb::sim
