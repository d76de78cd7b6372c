#pragma once

#include <QJsonObject>
#include <QThread>
#include <QVector>

#include <memory>
#include <vector>

namespace sb::gui {

// The built-in emulators of --demo (every one EmulatorRegistry has), on a thread of their own so that a burst of
// generated news competes with the feeds' io thread, not with the GUI. Owns the thread RAII-style.
class DemoEmulators
{
public:
    struct Options
    {
        double storiesPerSecond = 4;
        int burstStoriesPerSecond = 0;
    };

    DemoEmulators();
    ~DemoEmulators();
    DemoEmulators(const DemoEmulators &) = delete;
    DemoEmulators &operator=(const DemoEmulators &) = delete;

    bool start(const Options &options, QString *error);
    // One feed config per emulated service, pointing at the loopback servers.
    QVector<QJsonObject> feedConfigs() const { return m_configs; }

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; the emulators are created and destroyed through it
    std::vector<std::unique_ptr<QObject>> m_emulators; // every one the registry has, MRN first
    QVector<QJsonObject> m_configs;
};

} // namespace sb::gui
