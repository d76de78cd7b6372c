#include "demo_emulators.h"

#include "thread/thread_niceness.h"

#include "sim/alerts/alerts_emulator.h"
#include "sim/lseg/lseg_emulator.h"
#include "sim/opera/opera_emulator.h"
#include "sim/pubsub/pubsub_emulator.h"
#include "sim/salto/salto_emulator.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace sb::gui {

DemoEmulators::DemoEmulators()
{
    m_thread.setObjectName(QStringLiteral("sb-demo-sim"));
}

DemoEmulators::~DemoEmulators()
{
    if (!m_thread.isRunning())
        return;
    // The emulator's sockets belong to the sim thread, so it is destroyed there.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_lseg;
            m_lseg = nullptr;
            delete m_opera;
            m_opera = nullptr;
            delete m_alerts;
            m_alerts = nullptr;
            delete m_pubsub;
            m_pubsub = nullptr;
            delete m_salto;
            m_salto = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool DemoEmulators::start(const Options &options, QString *error)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    // The emulators stand in for servers elsewhere; on a small machine they must not starve the window.
    QObject::connect(
        &m_thread, &QThread::started, m_context, [] { lowerCurrentThreadPriority(5); }, Qt::DirectConnection);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, options, &ok] {
            sim::LsegEmulatorOptions lseg;
            lseg.storiesPerSecond = options.storiesPerSecond;
            lseg.burstStoriesPerSecond = options.burstStoriesPerSecond;
            // A fresh seed per run: the generator's GUIDs repeat for a seed, and a restarted demo would otherwise
            // re-send the stories already in its history, which replace old rows instead of arriving on top.
            lseg.seed = QRandomGenerator::global()->generate();
            m_lseg = new sim::LsegEmulator(lseg);
            ok = m_lseg->start();
            if (ok)
                m_configs.append(m_lseg->feedConfig(QStringLiteral("mrn")));
            // OHIP hotel business events. Offsets grow across runs ten a second, faster than
            // events are published, so the offset an earlier run persisted stays below the new ones and the stream
            // resumes at once.
            sim::OperaEmulatorOptions opera;
            opera.eventsPerSecond = 2;
            opera.seed = QRandomGenerator::global()->generate();
            opera.firstOffset = (QDateTime::currentSecsSinceEpoch() - 1700000000) * 10;
            m_opera = new sim::OperaEmulator(opera);
            if (ok && m_opera->start())
                m_configs.append(m_opera->feedConfig(QStringLiteral("opera")));
            // Data Platform news alerts over SQS; its cloud credentials last two minutes, so the demo shows them
            // being renewed.
            sim::AlertsEmulatorOptions alerts;
            alerts.alertsPerSecond = 1.5;
            alerts.credentialLifetimeSec = 120;
            alerts.seed = QRandomGenerator::global()->generate();
            m_alerts = new sim::AlertsEmulator(alerts);
            if (ok && m_alerts->start()) {
                QJsonObject config = m_alerts->feedConfig(QStringLiteral("alerts"), QStringLiteral("stories"));
                m_configs.append(config);
            }
            // Realtime Pub/Sub with live prices, chat and telemetry for the topic inspector.
            sim::PubSubEmulatorOptions pubsub;
            pubsub.demoMessagesPerSecond = 3;
            pubsub.seed = QRandomGenerator::global()->generate();
            m_pubsub = new sim::PubSubEmulator(pubsub);
            if (ok && m_pubsub->start())
                m_configs.append(m_pubsub->feedConfig(QStringLiteral("pubsub")));
            // Salto KS door entries and incidents of one site, over SignalR.
            sim::SaltoEmulatorOptions salto;
            salto.eventsPerSecond = 0.7;
            salto.seed = QRandomGenerator::global()->generate();
            m_salto = new sim::SaltoEmulator(salto);
            if (ok && m_salto->start())
                m_configs.append(m_salto->feedConfig(QStringLiteral("salto")));
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = QStringLiteral("the LSEG emulator could not start");
    return ok;
}

} // namespace sb::gui
