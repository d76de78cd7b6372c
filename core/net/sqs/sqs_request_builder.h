#pragma once

#include "codec/sigv4_signer.h"
#include "net/sqs/sqs_message.h"
#include "net/sqs/sqs_protocol.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QVector>

namespace sb {

// Builds the unsigned HTTP requests of the SQS operations the alerts feed uses, in either protocol (reference §6,
// §7). JSON requests go to the root of the queue URL's host with the queue in the body; Query requests go to the
// queue URL itself with a form body that names the queue too (some emulators read only that).
class SqsRequestBuilder
{
public:
    static constexpr const char *kApiVersion = "2012-11-05";
    static constexpr int kMaxBatch = 10;

    struct ReceiveOptions
    {
        int maxMessages = 10; // 1..10
        int waitTimeSeconds = 20; // 0..20
        int visibilityTimeoutSeconds = -1; // -1: the queue's default
    };

    static SigV4Request receiveMessage(SqsProtocol protocol, const QUrl &queueUrl, const ReceiveOptions &options);
    static SigV4Request deleteMessage(SqsProtocol protocol, const QUrl &queueUrl, const QString &receiptHandle);
    // Entry ids are "m0".."m<n-1>" in the order given; at most kMaxBatch handles (the rest are ignored).
    static SigV4Request deleteMessageBatch(
        SqsProtocol protocol, const QUrl &queueUrl, const QStringList &receiptHandles);
    // VisibilityTimeout 0..43200 s; 0 makes the message visible at once (a release).
    static SigV4Request changeMessageVisibility(
        SqsProtocol protocol, const QUrl &queueUrl, const QString &receiptHandle, int seconds);
    // Entry ids as for deleteMessageBatch.
    static SigV4Request changeMessageVisibilityBatch(
        SqsProtocol protocol, const QUrl &queueUrl, const QVector<SqsVisibilityChange> &changes);
    static SigV4Request sendMessage(SqsProtocol protocol, const QUrl &queueUrl, const QByteArray &body);

    static QString batchEntryId(int index) { return QStringLiteral("m%1").arg(index); }
    static QUrl jsonEndpoint(const QUrl &queueUrl); // scheme://host[:port]/

private:
    // An operation's parameters by their JSON member names; the Query protocol uses the same names as form keys.
    using Fields = QList<QPair<QString, QJsonValue>>;
    static SigV4Request singleRequest(
        SqsProtocol protocol, const QUrl &queueUrl, const char *action, const Fields &fields);
    // At most kMaxBatch entries, each with an Id added.
    static SigV4Request batchRequest(
        SqsProtocol protocol, const QUrl &queueUrl, const char *action, const QVector<Fields> &entries);
};

} // namespace sb
