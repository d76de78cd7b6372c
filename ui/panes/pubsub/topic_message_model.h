#pragma once

#include "models/newest_first_table_model.h"

namespace sb::ui {

struct TopicMessageRow
{
    Event event;
    bool outgoing = false;
    QString type; // the "type:" tag's value, read once
    mutable bool detailsRead = false;
    mutable qint64 size = -1;
    mutable bool compressed = false;
};

// The topic inspector's message log, newest first (see NewestFirstTableModel): inbound rows are the feed's Events
// (topic.message, topic.presence, topic.ack), outbound rows are what the inspector sent, recorded from the feed's
// command results. The table needs only the Event's own fields (source = topic, tags "topic:", "type:", …); size and
// the compressed flag come from the attrs of a row when it is first painted, so the GUI parses only what it shows.
class TopicMessageModel : public NewestFirstTableModel<TopicMessageRow>
{
    Q_OBJECT
public:
    enum Column { Time, Direction, Topic, Type, Size, Compressed, Summary, ColumnCount };
    enum Role { SearchTextRole = Qt::UserRole + 1, DirectionRole, TopicRole, TypeRole };

    explicit TopicMessageModel(int capacity = 100000, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const EventBatch &events) override;
    // One outbound row: `event.kind` is "topic.out", attrs hold direction "out", the frame sent and the outcome.
    void appendOutgoing(const Event &event);
    bool isOutgoing(int row) const { return rowAt(row).outgoing; }

    static Event outgoingEvent(const QString &feed, qint64 timeMs, const QString &topic, const QString &messageType,
        const QByteArray &frame, bool compressed, const QString &outcome);

private:
    void readDetails(const TopicMessageRow &row) const;
};

} // namespace sb::ui
