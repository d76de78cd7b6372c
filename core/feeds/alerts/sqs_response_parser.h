#pragma once

#include "feeds/alerts/sqs_message.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sb {

// Reads successful SQS answers of either protocol: the JSON shapes of reference §6 and the Query XML of §7. The
// shape is told by the first byte ('{' JSON, '<' XML), so a proxy that answers in the other protocol still
// works. Bounded: a body over the limit or with more messages than SQS ever returns is refused.
class SqsResponseParser
{
public:
    static constexpr qsizetype kDefaultMaxBytes = 16 * 1024 * 1024; // 10 messages of 1 MiB plus escaping
    static constexpr int kMaxMessages = 10;

    struct BatchFailure
    {
        QString id;
        QString code;
        QString message;
        bool senderFault = true;
    };

    struct DeleteBatch
    {
        QStringList successfulIds;
        QVector<BatchFailure> failed;
    };

    // False with `error` set when the body is not a ReceiveMessage answer. Entries without a MessageId or
    // ReceiptHandle are left out and counted in `skipped` (they could never be deleted).
    static bool parseReceive(const QByteArray &body, QVector<SqsMessage> &messages, QString *error = nullptr,
        int *skipped = nullptr, qsizetype maxBytes = kDefaultMaxBytes);
    static bool parseDeleteBatch(const QByteArray &body, DeleteBatch &result, QString *error = nullptr);
    // SendMessage: the new message's id and the MD5 of its body as the server saw it.
    static bool parseSend(const QByteArray &body, QString &messageId, QString &md5OfBody, QString *error = nullptr);
};

} // namespace sb
