#pragma once

#include <QMetaType>
#include <QString>

namespace sb {

// From the decoder to the feed, in frame order: an event of the stream was processed (or dropped as a duplicate),
// so its offset may be persisted and the next subscribe starts after it.
struct OperaProgress
{
    qint64 offset = -1;
    QString uniqueEventId;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::OperaProgress)
