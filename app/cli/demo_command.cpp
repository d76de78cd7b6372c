#include "demo_command.h"

#include "listen_command.h"
#include "sim/mrn/lseg_emulator.h"

#include <cstdio>

namespace sb::cli {

int runDemo(qint64 count, int timeoutSec, bool lineBuffered)
{
    sim::LsegEmulator emulator {sim::LsegEmulatorOptions {}};
    if (!emulator.start()) {
        std::fprintf(stderr, "switchboard-cli: the LSEG emulator could not start\n");
        return 2;
    }
    ListenOptions options;
    options.feedConfig = emulator.feedConfig(QStringLiteral("mrn"));
    options.count = count;
    options.timeoutSec = timeoutSec;
    options.lineBuffered = lineBuffered;
    return runListen(options);
}

} // namespace sb::cli
