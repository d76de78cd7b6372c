#include "event_ring.h"

#include <algorithm>

namespace sb::ui {

EventRing::EventRing(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

void EventRing::setCapacity(int capacity)
{
    capacity = qMax(1, capacity);
    if (capacity == m_capacity)
        return;
    if (m_size > capacity)
        dropOldest(m_size - capacity);
    std::vector<BlotterRow> ordered;
    ordered.reserve(std::size_t(m_size));
    for (quint64 seq = m_firstSeq; seq < endSeq(); ++seq)
        ordered.push_back(std::move(m_rows[slot(seq)]));
    m_rows = std::move(ordered);
    m_head = 0;
    m_capacity = capacity;
}

void EventRing::reserve(int count)
{
    const std::size_t wanted = std::min<std::size_t>(std::size_t(m_capacity), std::size_t(m_size) + std::size_t(count));
    if (m_rows.size() >= std::size_t(m_capacity) || wanted <= m_rows.capacity())
        return;
    // Geometric growth keeps a stream of small batches at amortized O(1) per row.
    m_rows.reserve(std::min<std::size_t>(std::size_t(m_capacity), std::max(wanted, m_rows.capacity() * 2)));
}

quint16 EventRing::small(const QString &text)
{
    return quint16(qMin<quint32>(m_small.intern(text), 0xffff));
}

quint16 EventRing::ruleList(const QStringList &rules)
{
    if (rules.isEmpty())
        return 0;
    auto it = m_ruleListIds.constFind(rules);
    if (it != m_ruleListIds.constEnd())
        return it.value();
    // The distinct combinations of rules are few; past 65,535 of them a row keeps its text but loses its colour.
    if (m_ruleLists.size() > 0xffff)
        return 0;
    const quint16 id = quint16(m_ruleLists.size());
    m_ruleLists.append(rules);
    m_ruleListIds.insert(rules, id);
    return id;
}

void EventRing::fill(BlotterRow &row, const Event &event)
{
    row.titleLength = quint32(event.title.size());
    row.bodyLength = quint32(event.body.size());
    row.text.clear();
    row.text.reserve(event.title.size() + event.body.size() + event.attrs.size());
    row.text.append(event.title).append(event.body).append(event.attrs);
    row.timeMs = event.timeMs;
    row.receivedMs = event.receivedMs;
    row.feed = small(event.feed);
    row.kind = small(event.kind);
    row.language = small(event.language);
    row.source = small(event.source);
    row.urgency = qint8(qBound(-1, event.urgency, 127));
    row.tagCount = quint16(qMin<qsizetype>(event.tags.size(), 0xffff));
    row.rules = ruleList(event.rules);
    row.tags.reset(row.tagCount ? new quint32[row.tagCount] : nullptr);
    for (quint16 i = 0; i < row.tagCount; ++i)
        row.tags[i] = m_tags.intern(event.tags.at(i));
}

quint64 EventRing::push(const Event &event, const QByteArray &key)
{
    if (m_size == m_capacity)
        dropOldest(1);
    const quint64 seq = endSeq();
    BlotterRow *row;
    if (m_rows.size() < std::size_t(m_capacity)) {
        // Until the ring first wraps, the next slot is always the end of the vector.
        m_rows.emplace_back();
        row = &m_rows.back();
    } else {
        row = &m_rows[slot(seq)];
    }
    ++m_size;
    fill(*row, event);
    row->key = key;
    m_index.insert(row->key, seq);
    return seq;
}

void EventRing::replace(quint64 seq, const Event &event)
{
    fill(m_rows[slot(seq)], event);
}

void EventRing::dropOldest(int count)
{
    count = qMin(count, m_size);
    for (int i = 0; i < count; ++i) {
        BlotterRow &row = m_rows[m_head];
        m_index.remove(row.key);
        row = BlotterRow();
        m_head = (m_head + 1) % std::size_t(m_capacity);
        ++m_firstSeq;
        --m_size;
    }
}

void EventRing::clear()
{
    m_firstSeq = endSeq();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_head = 0;
    m_size = 0;
    m_index.clear();
}

Event EventRing::event(quint64 seq) const
{
    const BlotterRow &row = at(seq);
    Event e;
    e.feed = m_small.at(row.feed);
    e.kind = m_small.at(row.kind);
    e.key = QString::fromUtf8(row.key);
    e.timeMs = row.timeMs;
    e.receivedMs = row.receivedMs;
    e.title = row.title().toByteArray();
    e.body = row.body().toByteArray();
    e.attrs = row.attrs().toByteArray();
    e.urgency = row.urgency;
    e.language = m_small.at(row.language);
    e.source = m_small.at(row.source);
    e.rules = m_ruleLists.at(row.rules);
    e.tags.reserve(row.tagCount);
    for (quint16 i = 0; i < row.tagCount; ++i)
        e.tags.append(m_tags.at(row.tags[i]));
    return e;
}

} // namespace sb::ui
