#pragma once

#include "net/sqs/sqs_message.h"

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

    // The answer of DeleteMessageBatch or ChangeMessageVisibilityBatch: entry ids that succeeded, and failures.
    struct BatchResult
    {
        QStringList successfulIds;
        QVector<BatchFailure> failed;
    };
    using DeleteBatch = BatchResult;
    using VisibilityBatch = BatchResult;

    // False with `error` set when the body is not a ReceiveMessage answer. Entries without a MessageId or
    // ReceiptHandle are left out and counted in `skipped` (they could never be deleted).
    static bool parseReceive(const QByteArray &body, QVector<SqsMessage> &messages, QString *error = nullptr,
        int *skipped = nullptr, qsizetype maxBytes = kDefaultMaxBytes);
    static bool parseDeleteBatch(const QByteArray &body, DeleteBatch &result, QString *error = nullptr);
    static bool parseChangeVisibilityBatch(const QByteArray &body, VisibilityBatch &result, QString *error = nullptr);
    // Either batch answer by its action name ("DeleteMessageBatch", "ChangeMessageVisibilityBatch"): both share
    // one shape, with the XML root and success entries named after the action.
    static bool parseBatch(const QByteArray &body, const char *action, BatchResult &result, QString *error = nullptr);
    // SendMessage: the new message's id and the MD5 of its body as the server saw it.
    static bool parseSend(const QByteArray &body, QString &messageId, QString &md5OfBody, QString *error = nullptr);
};

} // namespace sb
