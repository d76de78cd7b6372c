#pragma once

#include <QByteArray>
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

} // namespace sb

Q_DECLARE_METATYPE(sb::Event)
Q_DECLARE_METATYPE(sb::EventBatch)
