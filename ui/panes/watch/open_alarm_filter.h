#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace sb::ui {

class WatchListModel;

// The watch list's "Open alarms" view (#16): when on, only the items whose event (feed and key) is an alarm nobody
// has closed yet. The desk hands it the open alarms each time one is raised or changes state.
class OpenAlarmFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OpenAlarmFilter(WatchListModel *source, QObject *parent = nullptr);

    static QString identity(const QString &feed, const QString &key) { return feed + QLatin1Char('\n') + key; }

    void setOnlyOpenAlarms(bool only);
    bool onlyOpenAlarms() const { return m_only; }
    // Identities as identity() makes them.
    void setOpenAlarms(QSet<QString> open);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    WatchListModel *m_source;
    QSet<QString> m_open;
    bool m_only = false;
};

} // namespace sb::ui
