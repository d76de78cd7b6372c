#pragma once

#include "event/event.h"
#include "event/raw_frame.h"

#include <QMetaType>
#include <QString>

namespace sb {

// What the alerts feed hands its decode worker, carried in a RawFrame (binary payload, tag in the text): the
// subscription's key (before the first message, and again when the subscription changes), a sealed SQS body, or
// the full message fetched for a claim check (already plaintext), or word that a message was not stored after all
// (Forget), so its redelivery is decoded again instead of being taken for a duplicate.
struct AlertFrame
{
    enum class Kind { Key, Sealed, Plain, Forget, Invalid };

    Kind kind = Kind::Invalid;
    QString messageId; // the SQS MessageId
    QByteArray payload; // Key: the base64 cryptographyKey; Sealed: the base64 body; Plain: the JSON; Forget: the key

    static RawFrame key(const QString &cryptographyKey, qint64 nowMs);
    static RawFrame sealed(const QString &messageId, QByteArray body, qint64 receivedMs);
    static RawFrame plain(const QString &messageId, QByteArray json, qint64 receivedMs);
    static RawFrame forget(const QString &messageId, const QString &alertKey, qint64 nowMs);
    static AlertFrame read(const RawFrame &frame);
};

// The decode worker's verdict on one SQS message, sent back to the feed (io thread), which acts on it: wait for the
// sink's acknowledgement of its event (AlertReceipt) then delete, delete, fetch the claim, or quarantine then delete.
struct AlertOutcome
{
    enum class Kind { Decoded, Duplicate, ClaimCheck, Quarantine };

    Kind kind = Kind::Decoded;
    QString messageId;
    QString href; // ClaimCheck
    QByteArray raw; // Quarantine: the body as received
    QString error; // Quarantine
};

// The acknowledgement token of a decoded alert: once its event is durable the message is deleted; if the sink failed,
// the decoder forgets both ids so the redelivered message is stored then.
struct AlertReceipt
{
    QString messageId; // SQS MessageId
    QString alertKey; // the Event key (ecpMessageID)
};

} // namespace sb

Q_DECLARE_METATYPE(sb::AlertOutcome)
Q_DECLARE_METATYPE(sb::AlertReceipt)
