#include "demo_command.h"

#include "listen_command.h"
#include "sim/emulator_registry.h"

#include <cstdio>

namespace sb::cli {

int runDemo(qint64 count, int timeoutSec, bool lineBuffered)
{
    sim::registerBuiltinEmulators();
    QString error;
    const sim::StartedEmulator emulator
        = sim::EmulatorRegistry::instance().start(QStringLiteral("mrn"), sim::EmulatorOptions(), &error);
    if (!emulator.emulator) {
        std::fprintf(stderr, "switchboard-cli: %s\n", qPrintable(error));
        return 2;
    }
    ListenOptions options;
    options.feedConfig = emulator.feedConfig;
    options.count = count;
    options.timeoutSec = timeoutSec;
    options.lineBuffered = lineBuffered;
    return runListen(options);
}

} // namespace sb::cli
