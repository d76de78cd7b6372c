#pragma once

namespace sb {

// Lowers the scheduling weight of the calling thread (Linux: per-thread nice). Background work that can catch up
// later (history writes, the demo's emulators) then yields the CPU to the GUI thread on a busy machine instead of
// freezing the window; QThread priorities cannot do this, since Linux ignores them for normal threads. Returns
// false where the platform has no per-thread niceness.
bool lowerCurrentThreadPriority(int niceIncrement);

} // namespace sb
