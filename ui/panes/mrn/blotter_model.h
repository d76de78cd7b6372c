#pragma once

#include "event/event.h"
#include "event_ring.h"
#include "models/event_table_model.h"

#include <QColor>

namespace sb::ui {

// The blotter's table: newest row first, backed by an EventRing. A batch is one insertion at the top (and, when the
// ring is full, one removal at the bottom); a changed version of a story replaces its row in place.
class BlotterModel : public EventTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Urgency, Headline, Subjects, Language, Provider, Type, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, UrgencyRole, TimeMsRole };

    explicit BlotterModel(int capacity = 100000, QObject *parent = nullptr);

    void appendEvents(const EventBatch &events);
    void append(const EventBatch &events) override { appendEvents(events); }
    // Clear hides the rows it had (they stay in the ring, oldest dropping first as ever) until undoClear() brings
    // them back or forgetCleared() lets them go; rows that arrive after it show as usual.
    void clear() override;
    void undoClear() override;
    void forgetCleared() override;
    int clearedCount() const override { return m_ring.size() - rowCount(); }
    EventBatch clearedEvents() const override;
    int capacity() const override { return m_ring.capacity(); }
    void setCapacity(int capacity);

    const BlotterRow &rowAt(int row) const { return m_ring.at(seqOf(row)); }
    Event eventAt(int row) const override { return m_ring.event(seqOf(row)); }
    int rowOfKey(const QString &key) const;
    EventRing &ring() { return m_ring; }
    const EventRing &ring() const { return m_ring; }

    // The highlight of urgency-1 rows; set by the view, which knows the theme.
    void setAlertColors(const QColor &background, const QColor &foreground);

    QString displayText(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Rows that were replaced by a newer version of their story, after the batch went in.
    void rowsReplaced(const QList<int> &rows);

private:
    quint64 shownFrom() const { return qMax(m_ring.firstSeq(), m_clearedBefore); }
    quint64 seqOf(int row) const { return m_ring.endSeq() - 1 - quint64(row); }
    int rowOfSeq(quint64 seq) const { return int(m_ring.endSeq() - 1 - seq); }
    QString subjectsText(const BlotterRow &row) const;
    QString tagsTooltip(const BlotterRow &row) const;

    EventRing m_ring;
    quint64 m_clearedBefore = 0; // rows with a lower seq are hidden by Clear
    QColor m_alertBackground;
    QColor m_alertForeground;
};

} // namespace sb::ui
