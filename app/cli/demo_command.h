#pragma once

#include <QtGlobal>

namespace sb::cli {

// Starts the emulators in process and listens to the MRN feed: the product's main job until the desk arrives.
int runDemo(qint64 count, int timeoutSec, bool lineBuffered = false);

} // namespace sb::cli
