#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace sb::sim {

// What every emulator is started with, whoever starts it (`switchboard --demo`, `switchboard-sim`).
struct EmulatorOptions
{
    bool tls = true;
    double storiesPerSecond = -1; // MRN news pace; < 0: the emulator's own
    int burstStoriesPerSecond = 0; // MRN load mode; 0: off
    // A new seed per run: the generators repeat their keys for a seed, and a desk restarted on the same history
    // would otherwise receive again what it already stored, replacing rows instead of adding them.
    bool freshSeeds = false;

    quint32 seedOr(quint32 fixed) const;
};

// One running emulator and the feed config that reaches it (named after its type, as the desk and the CLI expect).
struct StartedEmulator
{
    std::unique_ptr<QObject> emulator; // null: it could not start
    QJsonObject feedConfig;
};

// Emulators by feed type ("mrn", "alerts", …), in the order they registered. Each emulator registers itself, as
// feeds and panes do; the apps ask the registry instead of building emulators by hand.
class EmulatorRegistry
{
public:
    struct Entry
    {
        QString service; // for messages: "the LSEG emulator"
        std::function<StartedEmulator(const EmulatorOptions &)> start;
    };

    static EmulatorRegistry &instance();
    void add(const QString &type, Entry entry);
    bool contains(const QString &type) const;
    QStringList types() const;

    // Starts the emulator of `type` on free loopback ports, on the calling thread (its sockets live there).
    StartedEmulator start(const QString &type, const EmulatorOptions &options, QString *error) const;

private:
    const Entry *find(const QString &type) const;

    QVector<std::pair<QString, Entry>> m_entries;
};

// Registers `Emulator` under `type`: started with `Options` whose `tls` and `seed` follow the common options and whose
// pace `tune` sets, yielding `feedConfig(type)` (or what `config` makes of the started emulator).
template<class Emulator, class Options>
void registerEmulator(const QString &type, const QString &service,
    std::function<void(Options &, const EmulatorOptions &)> tune,
    std::function<QJsonObject(const Emulator &)> config = nullptr)
{
    if (!config)
        config = [type](const Emulator &emulator) { return emulator.feedConfig(type); };
    EmulatorRegistry::instance().add(type, {service, [tune, config](const EmulatorOptions &common) {
                                                Options options;
                                                options.tls = common.tls;
                                                options.seed = common.seedOr(options.seed);
                                                tune(options, common);
                                                auto emulator = std::make_unique<Emulator>(options);
                                                StartedEmulator started;
                                                if (!emulator->start())
                                                    return started;
                                                started.feedConfig = config(*emulator);
                                                started.emulator = std::move(emulator);
                                                return started;
                                            }});
}

// Registers the emulators of this build (called once by each app; calling it again does nothing).
void registerBuiltinEmulators();

} // namespace sb::sim
