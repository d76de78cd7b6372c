#include "watch_list_model.h"

#include "models/column_titles.h"
#include "rules/rule_set.h"

#include <QDateTime>
#include <QFont>

namespace sb::ui {

WatchListModel::WatchListModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
    connect(&m_tint, &RuleTint::changed, this, [this] {
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

WatchListModel::~WatchListModel() = default;

void WatchListModel::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = rules;
    m_watches.clear();
    // Items already listed stay: a rule switched off does not take back what it caught.
    m_tint.setRules(std::move(rules));
}

QString WatchListModel::watchRuleOf(const QStringList &rules) const
{
    for (const QString &name : rules) {
        auto it = m_watches.constFind(name);
        if (it == m_watches.constEnd()) {
            const sb::Rule *rule = m_rules ? m_rules->find(name) : nullptr;
            // An alarm is always watched: the list's "Open alarms" view shows them even when the rule asks only for
            // an acknowledgement.
            it = m_watches.insert(name, rule && (rule->watch || rule->requireAck));
        }
        if (it.value())
            return name;
    }
    return QString();
}

int WatchListModel::placeOf(bool pinned, quint64 seq) const
{
    int row = 0;
    const int count = int(m_items.size());
    // Pinned first, then newest first within each part.
    for (; row < count; ++row) {
        const Item &at = m_items.at(row);
        if ((pinned && !at.pinned) || (at.pinned == pinned && at.seq < seq))
            break;
    }
    return row;
}

void WatchListModel::insertItem(Item item)
{
    const int row = placeOf(item.pinned, item.seq);
    beginInsertRows(QModelIndex(), row, row);
    m_present.insert(EventId::of(item.event));
    m_items.insert(row, std::move(item));
    endInsertRows();
}

WatchListModel::Item WatchListModel::takeItem(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    Item item = m_items.takeAt(row);
    m_present.remove(EventId::of(item.event));
    endRemoveRows();
    return item;
}

void WatchListModel::append(const EventBatch &batch)
{
    int unread = m_unread;
    QList<Item> fresh;
    QHash<EventId, qsizetype> freshAt; // an event twice in one batch is one item
    for (const Event &e : batch) {
        if (e.rules.isEmpty())
            continue;
        const QString rule = watchRuleOf(e.rules);
        if (rule.isEmpty())
            continue;
        const EventId id = EventId::of(e);
        if (m_present.contains(id)) {
            replaceItem(e, rule, &unread);
            continue;
        }
        if (const auto at = freshAt.constFind(id); at != freshAt.constEnd()) {
            fresh[at.value()].event = e;
            fresh[at.value()].rule = rule;
            continue;
        }
        Item item;
        item.event = e;
        item.rule = rule;
        item.seq = m_nextSeq++;
        freshAt.insert(id, fresh.size());
        fresh.append(std::move(item));
        ++unread;
    }
    if (fresh.size() > m_capacity) {
        unread -= int(fresh.size()) - m_capacity;
        fresh.erase(fresh.begin(), fresh.end() - m_capacity);
    }
    m_unread = unread;
    if (!fresh.isEmpty())
        insertFresh(std::move(fresh));
    trim();
    setUnread(m_unread);
}

void WatchListModel::replaceItem(const Event &e, const QString &rule, int *unread)
{
    for (int row = 0; row < m_items.size(); ++row) {
        Item &item = m_items[row];
        if (item.event.feed != e.feed || item.event.key != e.key)
            continue;
        item.event = e;
        item.rule = rule;
        if (item.read) {
            item.read = false;
            ++*unread;
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

void WatchListModel::insertFresh(QList<Item> fresh)
{
    // New items are unpinned and newer than any: they go, newest first, right below the pinned ones. The rows below
    // move once for the whole batch; inserting item by item moved up to 5,000 whole events per watched event, which
    // was a fifth of the desk's CPU under a firehose watch rule.
    qsizetype top = 0;
    while (top < m_items.size() && m_items.at(top).pinned)
        ++top;
    const qsizetype count = fresh.size();
    beginInsertRows(QModelIndex(), int(top), int(top + count - 1));
    m_items.insert(top, count, Item());
    for (qsizetype i = 0; i < count; ++i) {
        Item &item = fresh[count - 1 - i];
        m_present.insert(EventId::of(item.event));
        m_items[top + i] = std::move(item);
    }
    endInsertRows();
}

void WatchListModel::trim()
{
    const qsizetype overflow = m_items.size() - m_capacity;
    if (overflow <= 0)
        return;
    // The bottom rows are the oldest unpinned items, then the oldest pinned ones when nothing else is left.
    const qsizetype first = m_items.size() - overflow;
    beginRemoveRows(QModelIndex(), int(first), int(m_items.size() - 1));
    for (qsizetype row = first; row < m_items.size(); ++row) {
        const Item &gone = m_items.at(row);
        m_present.remove(EventId::of(gone.event));
        if (!gone.read)
            --m_unread;
    }
    m_items.remove(first, overflow);
    endRemoveRows();
}

void WatchListModel::setUnread(int count)
{
    if (count == m_lastAnnounced)
        return;
    m_lastAnnounced = count;
    Q_EMIT unreadChanged(count);
}

void WatchListModel::setPinned(int row, bool pinned)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).pinned == pinned)
        return;
    Item item = takeItem(row);
    item.pinned = pinned;
    insertItem(std::move(item));
}

void WatchListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).read == read)
        return;
    m_items[row].read = read;
    m_unread += read ? -1 : 1;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole, ReadRole});
    setUnread(m_unread);
}

void WatchListModel::markAllRead()
{
    if (m_unread == 0)
        return;
    for (Item &item : m_items)
        item.read = true;
    m_unread = 0;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole, ReadRole});
    setUnread(0);
}

int WatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return QVariant();
    const Item &item = m_items.at(index.row());
    const QColor colour = m_tint.colourOf({item.rule});
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: {
            const qint64 ms = item.event.timeMs > 0 ? item.event.timeMs : item.event.receivedMs;
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
            const QString text = when.date() == QDate::currentDate() ? when.toString(QStringLiteral("HH:mm:ss"))
                                                                     : when.toString(QStringLiteral("dd MMM HH:mm"));
            // U+2605: a pinned item says so where the eye starts reading.
            return item.pinned ? QStringLiteral("\u2605 ") + text : text;
        }
        case Feed:
            return item.event.feed;
        case Rule:
            return item.rule;
        case Title:
            return item.event.titleText();
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return item.event.titleText();
        if (index.column() == Time && item.pinned)
            return tr("Pinned");
        return QVariant();
    case Qt::FontRole:
        if (!item.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return RuleTint::data(colour, role, index.column());
    case Qt::DecorationRole:
        // The rule's colour beside its name.
        return index.column() == Rule && colour.isValid() ? QVariant(colour) : QVariant();
    case PinnedRole:
        return item.pinned;
    case ReadRole:
        return item.read;
    case RuleColourRole:
        return colour;
    default:
        return QVariant();
    }
}

QVariant WatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const kTitles[]
        = {QT_TR_NOOP("Time"), QT_TR_NOOP("Feed"), QT_TR_NOOP("Rule"), QT_TR_NOOP("Title")};
    return columnTitle<WatchListModel>(kTitles, section, orientation, role);
}

} // namespace sb::ui
