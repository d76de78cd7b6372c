#pragma once

#include "event/raw_frame.h"

#include <QMetaType>
#include <QString>

namespace sb {

// The acknowledgement token of an OPERA event (or of a dropped duplicate): once the host says the events before it
// are durable, its offset may be persisted and the next subscribe starts after it.
struct OperaProgress
{
    qint64 offset = -1;
    QString uniqueEventId;
    quint64 connection = 0; // which connection of the feed delivered it (the decoder counts reset markers)
};

// From the feed to its decoder: the sink did not store events after `offset`, which will be fetched again, so they
// must not be taken for duplicates then. A binary frame with a tag no socket frame has.
struct OperaForgetFrame
{
    static RawFrame after(qint64 offset, qint64 nowMs);
    // The offset of a forget frame, or -1 when `frame` is not one.
    static qint64 read(const RawFrame &frame);
};

} // namespace sb

Q_DECLARE_METATYPE(sb::OperaProgress)
