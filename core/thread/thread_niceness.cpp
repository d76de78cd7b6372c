#include "thread_niceness.h"

#if defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sb {

bool lowerCurrentThreadPriority(int niceIncrement)
{
#if defined(__linux__)
    // On Linux, PRIO_PROCESS with a thread id sets that thread's nice value alone.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno != 0)
        return false;
    return ::setpriority(PRIO_PROCESS, tid, current + niceIncrement) == 0;
#else
    (void)niceIncrement;
    return false;
#endif
}

} // namespace sb
