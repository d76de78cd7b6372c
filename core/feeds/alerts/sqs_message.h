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

// One entry DeleteMessageBatch could not delete (reported per entry even on HTTP 200), or every entry of a delete
// request that failed as a whole.
struct SqsDeleteFailure
{
    QString messageId;
    QString receiptHandle;
    QString code;
    QString message;
    bool senderFault = true;
};

// The outcome of one deleteBatch()/deleteMessage() call, all its requests together.
struct SqsDeleteResult
{
    QStringList deletedMessageIds;
    QStringList deletedReceiptHandles;
    QVector<SqsDeleteFailure> failed;

    bool allDeleted() const { return failed.isEmpty(); }
};

} // namespace sb

Q_DECLARE_METATYPE(sb::SqsMessage)
Q_DECLARE_METATYPE(sb::SqsDeleteResult)
