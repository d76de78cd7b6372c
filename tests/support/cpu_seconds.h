#pragma once

#include <sys/resource.h>

namespace sb::test {

// User + system CPU time in seconds of this process (RUSAGE_SELF, every thread) or of its waited-for children
// (RUSAGE_CHILDREN): what a benchmark divides by its events to say what each one cost.
inline double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace sb::test
