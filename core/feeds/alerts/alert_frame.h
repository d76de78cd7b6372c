#pragma once

#include "event/event.h"
#include "pipeline/raw_frame.h"

#include <QMetaType>
#include <QString>

namespace sb {

// What the alerts feed hands its decode worker, carried in a RawFrame (binary payload, tag in the text): the
// subscription's key (before the first message, and again when the subscription changes), a sealed SQS body, or
// the full message fetched for a claim check (already plaintext).
struct AlertFrame
{
    enum class Kind { Key, Sealed, Plain, Invalid };

    Kind kind = Kind::Invalid;
    QString messageId; // the SQS MessageId
    QByteArray payload; // Key: the base64 cryptographyKey; Sealed: the base64 body; Plain: the JSON

    static RawFrame key(const QString &cryptographyKey, qint64 nowMs);
    static RawFrame sealed(const QString &messageId, QByteArray body, qint64 receivedMs);
    static RawFrame plain(const QString &messageId, QByteArray json, qint64 receivedMs);
    static AlertFrame read(const RawFrame &frame);
};

// The decode worker's verdict on one SQS message, sent back to the feed (io thread), which acts on it: commit then
// delete, delete, fetch the claim, or quarantine then delete.
struct AlertOutcome
{
    enum class Kind { Decoded, Duplicate, ClaimCheck, Quarantine };

    Kind kind = Kind::Decoded;
    QString messageId;
    EventBatch events; // Decoded
    QString href; // ClaimCheck
    QByteArray raw; // Quarantine: the body as received
    QString error; // Quarantine
};

} // namespace sb

Q_DECLARE_METATYPE(sb::AlertOutcome)
