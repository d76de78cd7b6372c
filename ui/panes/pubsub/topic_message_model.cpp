#include "topic_message_model.h"

#include "event/event_tags.h"
#include "models/column_titles.h"
#include "panes/bare_code_tag.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::ui {

namespace {

// Events stored before the tag convention carry the type bare, as their second tag.
QString typeOf(const Event &e)
{
    return codeTag(e.tags, QLatin1String("type:"), 1);
}

} // namespace

TopicMessageModel::TopicMessageModel(int capacity, QObject *parent)
    : NewestFirstTableModel(capacity, parent)
{ }

int TopicMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const kTitles[] = {QT_TR_NOOP("Time"), QT_TR_NOOP("Dir"), QT_TR_NOOP("Topic"),
        QT_TR_NOOP("Type"), QT_TR_NOOP("Size"), QT_TR_NOOP("Compressed"), QT_TR_NOOP("Message")};
    return columnTitle<TopicMessageModel>(kTitles, section, orientation, role);
}

void TopicMessageModel::readDetails(const TopicMessageRow &row) const
{
    if (row.detailsRead)
        return;
    row.detailsRead = true;
    const QJsonObject attrs = QJsonDocument::fromJson(row.event.attrs).object();
    row.size = qint64(attrs.value(QStringLiteral("size")).toDouble(-1));
    row.compressed = attrs.value(QStringLiteral("compressed")).toBool(false);
}

QVariant TopicMessageModel::data(const QModelIndex &index, int role) const
{
    const TopicMessageRow *found = rowAt(index);
    if (!found)
        return {};
    const TopicMessageRow &row = *found;
    const Event &e = row.event;
    if (const QVariant tint = tintData(e.rules, role, index.column()); tint.isValid())
        return tint;
    const QString &type = row.type;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return Event::formatTime(e.timeMs).mid(11, 12);
        case Direction:
            return row.outgoing ? QStringLiteral("out") : QStringLiteral("in");
        case Topic:
            return e.source;
        case Type:
            return type;
        case Size:
            readDetails(row);
            return row.size >= 0 ? QVariant(row.size) : QVariant();
        case Compressed:
            readDetails(row);
            return row.compressed ? tr("yes") : QString();
        case Summary: {
            QString text = e.bodyText();
            if (text.isEmpty())
                text = e.titleText();
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return text.left(300);
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Summary ? e.titleText() : QVariant();
    case SearchTextRole:
        return QString(
            e.source + QLatin1Char(' ') + type + QLatin1Char(' ') + e.titleText() + QLatin1Char(' ') + e.bodyText());
    case DirectionRole:
        return row.outgoing ? QStringLiteral("out") : QStringLiteral("in");
    case TopicRole:
        return e.source;
    case TypeRole:
        return type;
    }
    return {};
}

void TopicMessageModel::append(const EventBatch &events)
{
    std::vector<TopicMessageRow> rows;
    rows.reserve(size_t(events.size()));
    for (const Event &e : events)
        rows.push_back(TopicMessageRow {e, false, typeOf(e)});
    prepend(std::move(rows));
}

void TopicMessageModel::appendOutgoing(const Event &event)
{
    std::vector<TopicMessageRow> rows;
    rows.push_back(TopicMessageRow {event, true, typeOf(event)});
    prepend(std::move(rows));
}

Event TopicMessageModel::outgoingEvent(const QString &feed, qint64 timeMs, const QString &topic,
    const QString &messageType, const QByteArray &frame, bool compressed, const QString &outcome)
{
    Event e;
    e.feed = feed;
    e.kind = QStringLiteral("topic.out");
    e.timeMs = timeMs;
    e.receivedMs = timeMs;
    e.source = topic;
    e.tags = QStringList {
        QStringLiteral("topic:") + topic, QStringLiteral("type:") + messageType, QStringLiteral("outcome:") + outcome};
    e.title = QString(topic + QStringLiteral(" · ") + messageType + QStringLiteral(" · ") + outcome).toUtf8();
    const QJsonObject sent = QJsonDocument::fromJson(frame).object();
    const QJsonValue payload = sent.value(QStringLiteral("data")).toObject().value(QStringLiteral("payload"));
    e.body = payload.isString() ? payload.toString().toUtf8()
        : payload.isObject()    ? QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact)
        : payload.isArray()     ? QJsonDocument(payload.toArray()).toJson(QJsonDocument::Compact)
                                : frame;
    e.key = sent.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
    QJsonObject attrs {{QStringLiteral("direction"), QStringLiteral("out")}, {QStringLiteral("topic"), topic},
        {QStringLiteral("messageType"), messageType}, {QStringLiteral("frame"), sent},
        {QStringLiteral("size"), double(frame.size())}, {QStringLiteral("compressed"), compressed},
        {QStringLiteral("outcome"), outcome}};
    e.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    return e;
}

} // namespace sb::ui
