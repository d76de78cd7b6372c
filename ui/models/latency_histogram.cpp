#include "latency_histogram.h"

#include <cmath>

namespace sb::ui {

int LatencyHistogram::bucketOf(qint64 ms)
{
    if (ms < 0)
        ms = 0; // clocks of different machines may disagree by a little
    if (ms < kFine)
        return int(ms);
    const qint64 coarse = (ms - kFine) / kCoarseWidth;
    return coarse < kCoarse ? kFine + int(coarse) : kFine + kCoarse;
}

qint64 LatencyHistogram::upperEdge(int bucket)
{
    if (bucket < kFine)
        return bucket + 1;
    if (bucket < kFine + kCoarse)
        return kFine + qint64(bucket - kFine + 1) * kCoarseWidth;
    return 60000;
}

void LatencyHistogram::add(qint64 ms)
{
    ++m_buckets[std::size_t(bucketOf(ms))];
    ++m_count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
}

void LatencyHistogram::clear()
{
    m_buckets.fill(0);
    m_count = 0;
}

qint64 LatencyHistogram::percentile(double fraction) const
{
    if (m_count == 0)
        return -1;
    const quint64 rank = quint64(std::ceil(qBound(0.0, fraction, 1.0) * double(m_count)));
    quint64 seen = 0;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen >= qMax<quint64>(rank, 1))
            return upperEdge(int(i));
    }
    return upperEdge(int(m_buckets.size()) - 1);
}

} // namespace sb::ui
