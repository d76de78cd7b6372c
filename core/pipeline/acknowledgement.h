#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVector>

namespace sb {

// Something a feed may do upstream only once the events decoded before it are durable: delete an SQS message,
// advance a stream offset. The decoder makes it, in order with its events; the host hands it back to the feed,
// unchanged, once the sink has stored (or printed) every event up to `position`, or tells the feed that it failed.
struct Acknowledgement
{
    QString feed;
    QVariant token; // the feed's own: what to acknowledge
    qsizetype position = 0; // how many events of its batch precede it
    // Feed state to keep in the same transaction as the events, where the sink keeps state (the history store): an
    // OPERA offset is then never stored without the events it covers, nor they without it. Empty key: none.
    QString stateKey;
    QString stateValue;
};

using AcknowledgementList = QVector<Acknowledgement>;

} // namespace sb

Q_DECLARE_METATYPE(sb::Acknowledgement)
Q_DECLARE_METATYPE(sb::AcknowledgementList)
