#include "emulator_registry.h"

#include <QRandomGenerator>

namespace sb::sim {

quint32 EmulatorOptions::seedOr(quint32 fixed) const
{
    return freshSeeds ? QRandomGenerator::global()->generate() : fixed;
}

EmulatorRegistry &EmulatorRegistry::instance()
{
    static EmulatorRegistry registry;
    return registry;
}

void EmulatorRegistry::add(const QString &type, Entry entry)
{
    for (auto &existing : m_entries) {
        if (existing.first == type) {
            existing.second = std::move(entry);
            return;
        }
    }
    m_entries.append({type, std::move(entry)});
}

const EmulatorRegistry::Entry *EmulatorRegistry::find(const QString &type) const
{
    for (const auto &entry : m_entries) {
        if (entry.first == type)
            return &entry.second;
    }
    return nullptr;
}

bool EmulatorRegistry::contains(const QString &type) const
{
    return find(type) != nullptr;
}

QStringList EmulatorRegistry::types() const
{
    QStringList out;
    for (const auto &entry : m_entries)
        out << entry.first;
    return out;
}

StartedEmulator EmulatorRegistry::start(const QString &type, const EmulatorOptions &options, QString *error) const
{
    const Entry *entry = find(type);
    if (!entry) {
        if (error)
            *error = QStringLiteral("no emulator for \"%1\" (available: %2)")
                         .arg(type, types().join(QStringLiteral(", ")));
        return {};
    }
    StartedEmulator started = entry->start(options);
    if (!started.emulator && error)
        *error = QStringLiteral("%1 could not start").arg(entry->service);
    return started;
}

} // namespace sb::sim
