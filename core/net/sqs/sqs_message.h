#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace sb {

// One message as ReceiveMessage returns it (reference §6/§7). `body` is the raw Body text (for the Data Platform:
// base64 of the sealed alert); `attributes` are the system attributes (SentTimestamp, ApproximateReceiveCount, …),
// all strings.
struct SqsMessage
{
    QString messageId;
    QString receiptHandle;
    QByteArray body;
    QString md5OfBody;
    QHash<QString, QString> attributes;

    int receiveCount() const { return attributes.value(QStringLiteral("ApproximateReceiveCount")).toInt(); }
};

// One entry a DeleteMessageBatch or ChangeMessageVisibilityBatch could not apply (reported per entry even on
// HTTP 200), or every entry of a request that failed as a whole.
struct SqsBatchFailure
{
    QString messageId;
    QString receiptHandle;
    QString code;
    QString message;
    bool senderFault = true;
};
using SqsDeleteFailure = SqsBatchFailure;

// The outcome of one deleteBatch()/deleteMessage() call, all its requests together.
struct SqsDeleteResult
{
    QStringList deletedMessageIds;
    QStringList deletedReceiptHandles;
    QVector<SqsDeleteFailure> failed;

    bool allDeleted() const { return failed.isEmpty(); }
};

// One entry of ChangeMessageVisibility(Batch): the receipt handle and the seconds until the message is visible
// again (0: at once). `messageId` is not sent; it only names the entry in the result.
struct SqsVisibilityChange
{
    QString receiptHandle;
    int seconds = 0;
    QString messageId;
};

// The outcome of one changeVisibilityBatch() call, all its requests together.
struct SqsVisibilityResult
{
    QStringList changedMessageIds;
    QStringList changedReceiptHandles;
    QVector<SqsBatchFailure> failed;

    bool allChanged() const { return failed.isEmpty(); }
};

} // namespace sb

Q_DECLARE_METATYPE(sb::SqsMessage)
Q_DECLARE_METATYPE(sb::SqsDeleteResult)
Q_DECLARE_METATYPE(sb::SqsVisibilityResult)
