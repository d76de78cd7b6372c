#include "sqs_request_builder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace sb {
namespace {

SigV4Request jsonRequest(const QUrl &queueUrl, const char *action, const QJsonObject &body)
{
    SigV4Request r;
    r.method = "POST";
    r.url = SqsRequestBuilder::jsonEndpoint(queueUrl);
    r.headers = {{"Host", SigV4Signer::hostHeader(r.url)}, {"Content-Type", "application/x-amz-json-1.0"},
        {"X-Amz-Target", QByteArray("AmazonSQS.") + action}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

// Form encoding the way AWS SDKs do it: RFC 3986 unreserved characters stay, everything else is %XX.
QByteArray formField(const QByteArray &key, const QByteArray &value)
{
    return key.toPercentEncoding() + '=' + value.toPercentEncoding();
}

SigV4Request queryRequest(const QUrl &queueUrl, const char *action, const QList<QPair<QByteArray, QByteArray>> &fields)
{
    SigV4Request r;
    r.method = "POST";
    r.url = queueUrl;
    r.headers = {
        {"Host", SigV4Signer::hostHeader(r.url)}, {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    r.body = formField("Action", action) + '&' + formField("Version", SqsRequestBuilder::kApiVersion);
    for (const auto &f : fields)
        r.body += '&' + formField(f.first, f.second);
    r.body += '&' + formField("QueueUrl", queueUrl.toString(QUrl::FullyEncoded).toUtf8());
    return r;
}

} // namespace

QUrl SqsRequestBuilder::jsonEndpoint(const QUrl &queueUrl)
{
    QUrl u;
    u.setScheme(queueUrl.scheme());
    u.setHost(queueUrl.host());
    u.setPort(queueUrl.port());
    u.setPath(QStringLiteral("/"));
    return u;
}

SigV4Request SqsRequestBuilder::receiveMessage(
    SqsProtocol protocol, const QUrl &queueUrl, const ReceiveOptions &options)
{
    const int max = std::clamp(options.maxMessages, 1, 10);
    const int wait = std::clamp(options.waitTimeSeconds, 0, 20);
    if (protocol == SqsProtocol::Json) {
        QJsonObject o {{QStringLiteral("QueueUrl"), queueUrl.toString(QUrl::FullyEncoded)},
            {QStringLiteral("MaxNumberOfMessages"), max}, {QStringLiteral("WaitTimeSeconds"), wait},
            {QStringLiteral("MessageSystemAttributeNames"), QJsonArray {QStringLiteral("All")}}};
        if (options.visibilityTimeoutSeconds >= 0)
            o.insert(QStringLiteral("VisibilityTimeout"), options.visibilityTimeoutSeconds);
        return jsonRequest(queueUrl, "ReceiveMessage", o);
    }
    QList<QPair<QByteArray, QByteArray>> fields {{"MaxNumberOfMessages", QByteArray::number(max)},
        {"WaitTimeSeconds", QByteArray::number(wait)}, {"AttributeName.1", "All"}};
    if (options.visibilityTimeoutSeconds >= 0)
        fields.append({"VisibilityTimeout", QByteArray::number(options.visibilityTimeoutSeconds)});
    return queryRequest(queueUrl, "ReceiveMessage", fields);
}

SigV4Request SqsRequestBuilder::deleteMessage(SqsProtocol protocol, const QUrl &queueUrl, const QString &receiptHandle)
{
    if (protocol == SqsProtocol::Json) {
        return jsonRequest(queueUrl, "DeleteMessage",
            {{QStringLiteral("QueueUrl"), queueUrl.toString(QUrl::FullyEncoded)},
                {QStringLiteral("ReceiptHandle"), receiptHandle}});
    }
    return queryRequest(queueUrl, "DeleteMessage", {{"ReceiptHandle", receiptHandle.toUtf8()}});
}

SigV4Request SqsRequestBuilder::deleteMessageBatch(
    SqsProtocol protocol, const QUrl &queueUrl, const QStringList &receiptHandles)
{
    const int n = int(std::min<qsizetype>(receiptHandles.size(), kMaxBatch));
    if (protocol == SqsProtocol::Json) {
        QJsonArray entries;
        for (int i = 0; i < n; ++i) {
            entries.append(QJsonObject {
                {QStringLiteral("Id"), batchEntryId(i)}, {QStringLiteral("ReceiptHandle"), receiptHandles[i]}});
        }
        return jsonRequest(queueUrl, "DeleteMessageBatch",
            {{QStringLiteral("QueueUrl"), queueUrl.toString(QUrl::FullyEncoded)},
                {QStringLiteral("Entries"), entries}});
    }
    QList<QPair<QByteArray, QByteArray>> fields;
    for (int i = 0; i < n; ++i) {
        const QByteArray prefix = "DeleteMessageBatchRequestEntry." + QByteArray::number(i + 1);
        fields.append({prefix + ".Id", batchEntryId(i).toUtf8()});
        fields.append({prefix + ".ReceiptHandle", receiptHandles[i].toUtf8()});
    }
    return queryRequest(queueUrl, "DeleteMessageBatch", fields);
}

SigV4Request SqsRequestBuilder::sendMessage(SqsProtocol protocol, const QUrl &queueUrl, const QByteArray &body)
{
    if (protocol == SqsProtocol::Json) {
        return jsonRequest(queueUrl, "SendMessage",
            {{QStringLiteral("QueueUrl"), queueUrl.toString(QUrl::FullyEncoded)},
                {QStringLiteral("MessageBody"), QString::fromUtf8(body)}});
    }
    return queryRequest(queueUrl, "SendMessage", {{"MessageBody", body}});
}

} // namespace sb
