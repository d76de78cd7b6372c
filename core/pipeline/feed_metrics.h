#pragma once

#include <QtGlobal>

#include <atomic>

namespace sb {

// Counters written by the io and decode threads and read by anyone; relaxed atomics, since they are statistics
// and order between them does not matter.
struct FeedMetrics
{
    std::atomic<quint64> frames {0};
    std::atomic<quint64> bytes {0};
    std::atomic<quint64> events {0};
    std::atomic<quint64> decodeErrors {0};
    std::atomic<quint64> drops {0};
    std::atomic<quint64> duplicates {0};
    std::atomic<quint64> reconnects {0};

    struct Snapshot
    {
        quint64 frames, bytes, events, decodeErrors, drops, duplicates, reconnects;
    };
    Snapshot snapshot() const
    {
        constexpr auto r = std::memory_order_relaxed;
        return {frames.load(r), bytes.load(r), events.load(r), decodeErrors.load(r), drops.load(r), duplicates.load(r),
            reconnects.load(r)};
    }
};

} // namespace sb
