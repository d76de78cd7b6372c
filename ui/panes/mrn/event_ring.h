#pragma once

#include "blotter_row.h"
#include "event/event.h"
#include "string_pool.h"

#include <QHash>

#include <vector>

namespace sb::ui {

// The blotter's storage: a ring of rows with a fixed capacity (the oldest rows drop when it is full) and an index
// from event key to row, so a changed version of a story finds its row in O(1). Rows are addressed by a sequence
// number that grows with every new row and stays with the row when it is replaced.
class EventRing
{
public:
    explicit EventRing(int capacity = 100000);

    int capacity() const { return m_capacity; }
    // Drops the oldest rows beyond the new capacity.
    void setCapacity(int capacity);
    int size() const { return m_size; }
    quint64 firstSeq() const { return m_firstSeq; }
    quint64 endSeq() const { return m_firstSeq + quint64(m_size); }
    bool contains(quint64 seq) const { return seq >= m_firstSeq && seq < endSeq(); }

    const BlotterRow &at(quint64 seq) const { return m_rows[slot(seq)]; }
    // -1 when no row has this key.
    qint64 find(const QByteArray &key) const { return qint64(m_index.value(key, quint64(-1))); }

    // Makes room for `count` new rows ahead of time, so a batch reallocates at most once.
    void reserve(int count);
    quint64 push(const Event &event, const QByteArray &key);
    void replace(quint64 seq, const Event &event);
    void dropOldest(int count);
    void clear();

    Event event(quint64 seq) const;
    QString tagText(quint32 id) const { return m_tags.at(id); }
    const QString &smallText(quint16 id) const { return m_small.at(id); }
    QString kindText(const BlotterRow &row) const { return m_small.at(row.kind); }
    QString languageText(const BlotterRow &row) const { return m_small.at(row.language); }
    QString sourceText(const BlotterRow &row) const { return m_small.at(row.source); }
    // The rules the row matched, in rules-file order. Rows share each distinct list, so a row spends two bytes on it.
    const QStringList &rulesOf(const BlotterRow &row) const { return m_ruleLists.at(row.rules); }

private:
    std::size_t slot(quint64 seq) const { return std::size_t((m_head + (seq - m_firstSeq)) % quint64(m_capacity)); }
    void fill(BlotterRow &row, const Event &event);
    quint16 small(const QString &text);
    quint16 ruleList(const QStringList &rules);

    int m_capacity;
    std::vector<BlotterRow> m_rows; // grows up to m_capacity, then wraps
    std::size_t m_head = 0; // slot of the oldest row
    int m_size = 0;
    quint64 m_firstSeq = 0;
    QHash<QByteArray, quint64> m_index; // shares the key bytes with the row
    StringPool m_small; // feeds, kinds, languages, providers: a few hundred at most
    StringPool m_tags;
    QVector<QStringList> m_ruleLists {QStringList()}; // id 0: no rule
    QHash<QStringList, quint16> m_ruleListIds;
};

} // namespace sb::ui
