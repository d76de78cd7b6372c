#pragma once

#include "sim/opera/opera_emulator.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace sb::test {

// An OPERA feed against `emulator`, its offset state and consumer lock in `dir`, with waits short enough for a test:
// backoff, resubscribe delay, pings and the wait for the server's close. The OHIP floors (4 s after a lost
// connection) are not config and stay as they are.
inline QJsonObject operaTestConfig(
    const sim::OperaEmulator &emulator, const QTemporaryDir &dir, const QString &name = QStringLiteral("opera"))
{
    QJsonObject c = emulator.feedConfig(name);
    c.insert(QStringLiteral("statePath"), dir.filePath(QStringLiteral("state.sqlite")));
    c.insert(QStringLiteral("lockDir"), dir.path());
    c.insert(QStringLiteral("reconnectMinMs"), 50);
    c.insert(QStringLiteral("reconnectMaxMs"), 200);
    c.insert(QStringLiteral("resubscribeDelayMs"), 50);
    c.insert(QStringLiteral("pingIntervalMs"), 200);
    c.insert(QStringLiteral("closeWaitMs"), 1000);
    return c;
}

} // namespace sb::test
