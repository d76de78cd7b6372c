#pragma once

#include "event/event.h"

#include <QAbstractTableModel>

#include <deque>

namespace sb::ui {

// The topic inspector's message log, newest first, in a bounded deque: inbound rows are the feed's Events
// (topic.message, topic.presence, topic.ack), outbound rows are what the inspector sent, recorded from the feed's
// command results. The table needs only the Event's own fields (source = topic, tags = topic, type, …); size and the
// compressed flag come from the attrs of a row when it is first painted, so the GUI parses only what it shows.
class TopicMessageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Direction, Topic, Type, Size, Compressed, Summary, ColumnCount };
    enum Role { SearchTextRole = Qt::UserRole + 1, DirectionRole, TopicRole, TypeRole };

    explicit TopicMessageModel(int capacity = 100000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const EventBatch &events);
    // One outbound row: `event.kind` is "topic.out", attrs hold direction "out", the frame sent and the outcome.
    void appendOutgoing(const Event &event);
    void clear();
    const Event &eventAt(int row) const { return m_rows.at(size_t(row)).event; }
    bool isOutgoing(int row) const { return m_rows.at(size_t(row)).outgoing; }

    static Event outgoingEvent(const QString &feed, qint64 timeMs, const QString &topic, const QString &messageType,
        const QByteArray &frame, bool compressed, const QString &outcome);

private:
    struct Row
    {
        Event event;
        bool outgoing = false;
        mutable bool detailsRead = false;
        mutable qint64 size = -1;
        mutable bool compressed = false;
    };
    void readDetails(const Row &row) const;
    void insert(std::vector<Row> rows);

    int m_capacity;
    std::deque<Row> m_rows;
};

} // namespace sb::ui
