#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sb {

// One normalized record of any feed. Times are UTC milliseconds since the epoch; they are formatted only when the
// event is printed or shown, so the decode path never builds a QDateTime.
struct Event
{
    QString feed;
    QString kind;
    QString key;
    qint64 timeMs = 0;
    qint64 receivedMs = 0;
    // Text stays UTF-8 as it arrived: the store and the JSON Lines output want UTF-8, and views convert only the
    // rows they paint.
    QByteArray title;
    QByteArray body;
    int urgency = -1; // -1: the service gives none
    QStringList tags;
    QByteArray attrs; // the feed's own fields, a compact JSON object, kept untouched
    QStringList rules; // the enabled rules it matched, in rules-file order, named on the decode thread (#16)

    // Shown in panes and filters; copies of attrs members, so not part of the JSON Lines form.
    QString language;
    QString source; // provider, site, hotel or topic

    // The JSON Lines form of DESIGN.md: one line, UTF-8, no trailing newline.
    QByteArray toJsonLine() const;
    QString titleText() const { return QString::fromUtf8(title); }
    QString bodyText() const { return QString::fromUtf8(body); }
    static QString formatTime(qint64 ms);
};

using EventBatch = QVector<Event>;

// An event is known by its feed and its key: a redelivery or a correction of it has the same, so a list that holds
// events once (the watch list, the alarms) keys them by this.
struct EventId
{
    QString feed;
    QString key;
    static EventId of(const Event &e) { return {e.feed, e.key}; }
    bool operator<(const EventId &o) const { return feed < o.feed || (feed == o.feed && key < o.key); }
    bool operator==(const EventId &o) const { return feed == o.feed && key == o.key; }
};

inline size_t qHash(const EventId &id, size_t seed = 0) noexcept
{
    return qHashMulti(seed, id.feed, id.key);
}

} // namespace sb

Q_DECLARE_METATYPE(sb::Event)
Q_DECLARE_METATYPE(sb::EventBatch)
