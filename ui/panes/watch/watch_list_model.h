#pragma once

#include "event/event.h"
#include "models/rule_tint.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>

namespace sb {
class RuleSet;
}

namespace sb::ui {

// Every event that matched a `watch` rule or became an alarm (a `requireAck` rule) (#16), from every feed: pinned items
// on top, then the rest, each part newest first. Bounded: past the capacity the oldest unpinned item goes (the oldest
// pinned one only when every item is pinned). An event that comes again (same feed and key) replaces its item and is
// unread again.
class WatchListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Feed, Rule, Title, ColumnCount };
    enum Role { PinnedRole = Qt::UserRole + 1, ReadRole, RuleColourRole };

    explicit WatchListModel(int capacity = 5000, QObject *parent = nullptr);
    ~WatchListModel() override;

    void setRules(std::shared_ptr<const RuleSet> rules);
    // Keeps the events of `batch` that matched an enabled watch or alarm rule. Only hash lookups per matched event:
    // this runs on the GUI thread with every batch.
    void append(const EventBatch &batch);

    int capacity() const { return m_capacity; }
    int unreadCount() const { return m_unread; }
    Event eventAt(int row) const { return m_items.at(row).event; }
    const Event &eventRef(int row) const { return m_items.at(row).event; }
    QString ruleAt(int row) const { return m_items.at(row).rule; }
    bool isPinned(int row) const { return m_items.at(row).pinned; }
    bool isRead(int row) const { return m_items.at(row).read; }
    // The item moves to its place among the pinned (or unpinned) ones.
    void setPinned(int row, bool pinned);
    void setRead(int row, bool read);
    void markAllRead();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unreadChanged(int count);

private:
    struct Item
    {
        Event event;
        QString rule; // the first watch rule it matched
        quint64 seq = 0; // arrival order: newer is higher
        bool pinned = false;
        bool read = false;
    };

    // The first of `rules` that watches or raises an alarm, or empty.
    QString watchRuleOf(const QStringList &rules) const;
    // Where an item of that kind and arrival goes among the current items.
    int placeOf(bool pinned, quint64 seq) const;
    void insertItem(Item item);
    // A new arrival of an event already listed: its item takes it and is unread again.
    void replaceItem(const Event &e, const QString &rule, int *unread);
    // Items newer than every listed one, oldest first.
    void insertFresh(QList<Item> fresh);
    Item takeItem(int row);
    void trim();
    void setUnread(int count);

    int m_capacity;
    std::shared_ptr<const RuleSet> m_rules;
    mutable QHash<QString, bool> m_watches; // rule name → watches or alarms, dropped when the rules change
    RuleTint m_tint;
    QList<Item> m_items;
    QSet<EventId> m_present;
    quint64 m_nextSeq = 0;
    int m_unread = 0;
    int m_lastAnnounced = 0;
};

} // namespace sb::ui
