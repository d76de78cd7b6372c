#pragma once

#include <QtGlobal>

#include <array>

namespace sb::ui {

// Latency in milliseconds, counted in buckets: 1 ms wide up to 1 s, 50 ms wide up to 60 s, then one overflow
// bucket. Percentiles are exact to the bucket width, which is all a diagnostics pane needs, and adding is O(1).
class LatencyHistogram
{
public:
    void add(qint64 ms);
    void merge(const LatencyHistogram &other);
    void clear();
    quint64 count() const { return m_count; }
    // The bucket's upper edge below which `fraction` (0..1) of the samples fall; -1 without samples.
    qint64 percentile(double fraction) const;

private:
    static constexpr int kFine = 1000;
    static constexpr int kCoarseWidth = 50;
    static constexpr int kCoarse = (60000 - kFine) / kCoarseWidth;
    static int bucketOf(qint64 ms);
    static qint64 upperEdge(int bucket);

    std::array<quint32, kFine + kCoarse + 1> m_buckets {};
    quint64 m_count = 0;
};

} // namespace sb::ui
