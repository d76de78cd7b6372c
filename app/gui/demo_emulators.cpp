#include "demo_emulators.h"

#include "thread/thread_niceness.h"

#include "sim/emulator_registry.h"

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
        m_context, [this] { m_emulators.clear(); }, Qt::BlockingQueuedConnection);
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
        [this, options, &ok, error] {
            sim::registerBuiltinEmulators();
            sim::EmulatorOptions common;
            common.storiesPerSecond = options.storiesPerSecond;
            common.burstStoriesPerSecond = options.burstStoriesPerSecond;
            common.freshSeeds = true;
            const sim::EmulatorRegistry &registry = sim::EmulatorRegistry::instance();
            // The desk needs the news; a service whose emulator cannot start is left out of the demo.
            const QStringList types = registry.types();
            for (const QString &type : types) {
                sim::StartedEmulator started
                    = registry.start(type, common, type == QLatin1String("mrn") ? error : nullptr);
                if (!started.emulator) {
                    if (type == QLatin1String("mrn"))
                        return;
                    continue;
                }
                m_emulators.push_back(std::move(started.emulator));
                m_configs.append(started.feedConfig);
            }
            ok = !m_emulators.empty();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

} // namespace sb::gui
