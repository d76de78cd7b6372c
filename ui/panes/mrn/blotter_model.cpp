#include "blotter_model.h"

#include "models/column_titles.h"

#include <QDateTime>
#include <QFont>

namespace sb::ui {

BlotterModel::BlotterModel(int capacity, QObject *parent)
    : EventTableModel(parent)
    , m_ring(capacity)
    , m_alertBackground(255, 214, 102)
    , m_alertForeground(Qt::black)
{ }

void BlotterModel::appendEvents(const EventBatch &events)
{
    if (events.isEmpty())
        return;

    // Split the batch into replacements of rows we hold and new rows; a key repeated inside the batch keeps its
    // first position and its last content.
    QVector<const Event *> fresh;
    fresh.reserve(events.size());
    QHash<QByteArray, qsizetype> freshByKey;
    QVector<QByteArray> freshKeys;
    freshKeys.reserve(events.size());
    QVector<quint64> replaced;
    for (const Event &e : events) {
        QByteArray key = e.key.toUtf8();
        const qint64 seq = m_ring.find(key);
        if (seq >= 0) {
            m_ring.replace(quint64(seq), e);
            replaced.append(quint64(seq));
            continue;
        }
        if (!freshByKey.isEmpty() || fresh.size() > 0) {
            auto it = freshByKey.constFind(key);
            if (it != freshByKey.constEnd()) {
                fresh[it.value()] = &e;
                continue;
            }
        }
        freshByKey.insert(key, fresh.size());
        fresh.append(&e);
        freshKeys.append(std::move(key));
    }

    qsizetype first = 0;
    if (fresh.size() > m_ring.capacity())
        first = fresh.size() - m_ring.capacity(); // only the newest fit
    const int count = int(fresh.size() - first);
    if (count > 0) {
        const int drop = m_ring.size() + count - m_ring.capacity();
        // Rows hidden by Clear are the oldest and drop first, unseen.
        const int shownDrop = drop - clearedCount();
        if (shownDrop > 0) {
            beginRemoveRows(QModelIndex(), rowCount() - shownDrop, rowCount() - 1);
            m_ring.dropOldest(drop);
            endRemoveRows();
        } else if (drop > 0) {
            m_ring.dropOldest(drop);
        }
        m_ring.reserve(count);
        beginInsertRows(QModelIndex(), 0, count - 1);
        for (qsizetype i = first; i < fresh.size(); ++i)
            m_ring.push(*fresh.at(i), freshKeys.at(i));
        endInsertRows();
    }

    if (!replaced.isEmpty()) {
        QList<int> rows;
        rows.reserve(replaced.size());
        int top = INT_MAX;
        int bottom = -1;
        for (quint64 seq : std::as_const(replaced)) {
            if (!m_ring.contains(seq) || seq < shownFrom())
                continue;
            const int row = rowOfSeq(seq);
            rows.append(row);
            top = qMin(top, row);
            bottom = qMax(bottom, row);
        }
        if (bottom >= 0) {
            Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
            Q_EMIT rowsReplaced(rows);
        }
    }
}

void BlotterModel::clear()
{
    beginResetModel();
    m_clearedBefore = m_ring.endSeq();
    endResetModel();
}

void BlotterModel::undoClear()
{
    if (clearedCount() == 0)
        return;
    beginResetModel();
    m_clearedBefore = 0;
    endResetModel();
}

EventBatch BlotterModel::clearedEvents() const
{
    EventBatch out;
    out.reserve(clearedCount());
    for (quint64 seq = m_ring.firstSeq(); seq < shownFrom(); ++seq)
        out.append(m_ring.event(seq));
    return out;
}

void BlotterModel::forgetCleared()
{
    // Not rows of the model: no signal.
    m_ring.dropOldest(clearedCount());
}

void BlotterModel::setCapacity(int capacity)
{
    if (capacity == m_ring.capacity())
        return;
    beginResetModel();
    m_ring.setCapacity(capacity);
    endResetModel();
}

int BlotterModel::rowOfKey(const QString &key) const
{
    const qint64 seq = m_ring.find(key.toUtf8());
    return seq < 0 || quint64(seq) < shownFrom() ? -1 : rowOfSeq(quint64(seq));
}

void BlotterModel::setAlertColors(const QColor &background, const QColor &foreground)
{
    if (background == m_alertBackground && foreground == m_alertForeground)
        return;
    m_alertBackground = background;
    m_alertForeground = foreground;
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

int BlotterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ring.endSeq() - shownFrom());
}

int BlotterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BlotterModel::subjectsText(const BlotterRow &row) const
{
    // RICs are what a desk scans for; topic codes stand in when a story names no instrument.
    QString rics;
    QString topics;
    for (quint16 i = 0; i < row.tagCount; ++i) {
        const QString &tag = m_ring.tagText(row.tags[i]);
        if (tag.startsWith(QLatin1String("R:"))) {
            if (!rics.isEmpty())
                rics += QLatin1Char(' ');
            rics += QStringView(tag).mid(2);
        } else if (rics.isEmpty() && tag.startsWith(QLatin1String("N2:")) && topics.size() < 40) {
            if (!topics.isEmpty())
                topics += QLatin1Char(' ');
            topics += QStringView(tag).mid(3);
        }
    }
    return rics.isEmpty() ? topics : rics;
}

QString BlotterModel::tagsTooltip(const BlotterRow &row) const
{
    QStringList tags;
    tags.reserve(row.tagCount);
    for (quint16 i = 0; i < row.tagCount; ++i)
        tags.append(m_ring.tagText(row.tags[i]));
    return tags.join(QLatin1Char(' '));
}

QString BlotterModel::displayText(int rowNumber, int column) const
{
    const BlotterRow &row = rowAt(rowNumber);
    switch (column) {
    case Time: {
        const qint64 ms = row.timeMs > 0 ? row.timeMs : row.receivedMs;
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
        if (when.date() == QDate::currentDate())
            return when.toString(QStringLiteral("HH:mm:ss"));
        return when.toString(QStringLiteral("dd MMM HH:mm"));
    }
    case Urgency:
        return row.urgency >= 0 ? QString::number(row.urgency) : QString();
    case Headline:
        return QString::fromUtf8(row.title());
    case Subjects:
        return subjectsText(row);
    case Language:
        return m_ring.languageText(row);
    case Provider: {
        const QString source = m_ring.sourceText(row);
        const qsizetype colon = source.indexOf(QLatin1Char(':'));
        return colon >= 0 && colon <= 3 ? source.mid(colon + 1) : source;
    }
    case Type: {
        const QString kind = m_ring.kindText(row);
        return kind.mid(kind.lastIndexOf(QLatin1Char('.')) + 1);
    }
    default:
        return QString();
    }
}

QVariant BlotterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const BlotterRow &row = rowAt(index.row());
    // A rule's colour outranks the urgency highlight: the reader asked for it.
    if (row.rules != 0 && isTintRole(role))
        if (const QVariant tint = tintData(m_ring.rulesOf(row), role, index.column()); tint.isValid())
            return tint;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Headline)
            return QString::fromUtf8(row.title());
        if (index.column() == Subjects)
            return tagsTooltip(row);
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(row.timeMs > 0 ? row.timeMs : row.receivedMs)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Urgency || index.column() == Language)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return row.urgency == 1 ? QVariant(m_alertBackground) : QVariant();
    case Qt::ForegroundRole:
        return row.urgency == 1 ? QVariant(m_alertForeground) : QVariant();
    case Qt::FontRole:
        if (row.urgency == 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case KeyRole:
        return QString::fromUtf8(row.key);
    case UrgencyRole:
        return int(row.urgency);
    case TimeMsRole:
        return row.timeMs > 0 ? row.timeMs : row.receivedMs;
    default:
        return QVariant();
    }
}

QVariant BlotterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    // A first click on Time shows the newest first, as the live blotter does, and on Urgency the most urgent first
    // (the filter model ranks urgency so that descending is 1, 2, 3…); text columns start ascending.
    if (role == Qt::InitialSortOrderRole)
        return section == Time || section == Urgency ? int(Qt::DescendingOrder) : int(Qt::AscendingOrder);
    if (role == Qt::DisplayRole) {
        static const char *const kTitles[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Urg"), QT_TR_NOOP("Headline"),
            QT_TR_NOOP("RICs / topics"), QT_TR_NOOP("Lang"), QT_TR_NOOP("Provider"), QT_TR_NOOP("Type")};
        return columnTitle<BlotterModel>(kTitles, section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == Urgency)
        return tr("Urgency: 1 is an alert, 3 an ordinary story");
    return QVariant();
}

} // namespace sb::ui
