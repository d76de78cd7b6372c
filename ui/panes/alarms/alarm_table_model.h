#pragma once

#include "alarms/alarm_book.h"
#include "store/alarm_record.h"

#include <QAbstractTableModel>

namespace sb::ui {

// The desk's alarms as rows (#16): open ones first (new, then investigating, acknowledged, snoozed), closed ones
// after, newest raised first within each. "Open only" hides the closed ones. Alarms are few; a change re-sorts the
// whole list.
class AlarmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { State, Rule, Feed, Title, LastChange, Raised, ColumnCount };

    explicit AlarmTableModel(QObject *parent = nullptr);

    // Adds the alarm or replaces the one of the same event.
    void put(const AlarmRecord &alarm);
    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }

    // The alarm of `row`, or null.
    const AlarmRecord *alarmAt(int row) const;
    // -1 when not shown.
    int rowOf(const AlarmId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isOpen(const AlarmRecord &alarm);

private:
    void rebuildShown();
    static QString stateText(const QString &state);

    AlarmRecordList m_all;
    QList<int> m_shown; // indexes into m_all, in display order
    bool m_openOnly = false;
};

} // namespace sb::ui
