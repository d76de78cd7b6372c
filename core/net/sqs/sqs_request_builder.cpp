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

QByteArray formValue(const QJsonValue &value)
{
    return value.isDouble() ? QByteArray::number(value.toInteger()) : value.toString().toUtf8();
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
    return singleRequest(protocol, queueUrl, "DeleteMessage", {{QStringLiteral("ReceiptHandle"), receiptHandle}});
}

SigV4Request SqsRequestBuilder::deleteMessageBatch(
    SqsProtocol protocol, const QUrl &queueUrl, const QStringList &receiptHandles)
{
    QVector<Fields> entries;
    for (const QString &handle : receiptHandles)
        entries.append({{QStringLiteral("ReceiptHandle"), handle}});
    return batchRequest(protocol, queueUrl, "DeleteMessageBatch", entries);
}

SigV4Request SqsRequestBuilder::changeMessageVisibility(
    SqsProtocol protocol, const QUrl &queueUrl, const QString &receiptHandle, int seconds)
{
    return singleRequest(protocol, queueUrl, "ChangeMessageVisibility",
        {{QStringLiteral("ReceiptHandle"), receiptHandle}, {QStringLiteral("VisibilityTimeout"), seconds}});
}

SigV4Request SqsRequestBuilder::changeMessageVisibilityBatch(
    SqsProtocol protocol, const QUrl &queueUrl, const QVector<SqsVisibilityChange> &changes)
{
    QVector<Fields> entries;
    for (const SqsVisibilityChange &c : changes) {
        entries.append(
            {{QStringLiteral("ReceiptHandle"), c.receiptHandle}, {QStringLiteral("VisibilityTimeout"), c.seconds}});
    }
    return batchRequest(protocol, queueUrl, "ChangeMessageVisibilityBatch", entries);
}

SigV4Request SqsRequestBuilder::sendMessage(SqsProtocol protocol, const QUrl &queueUrl, const QByteArray &body)
{
    return singleRequest(protocol, queueUrl, "SendMessage", {{QStringLiteral("MessageBody"), QString::fromUtf8(body)}});
}

SigV4Request SqsRequestBuilder::singleRequest(
    SqsProtocol protocol, const QUrl &queueUrl, const char *action, const Fields &fields)
{
    if (protocol == SqsProtocol::Json) {
        QJsonObject o {{QStringLiteral("QueueUrl"), queueUrl.toString(QUrl::FullyEncoded)}};
        for (const auto &f : fields)
            o.insert(f.first, f.second);
        return jsonRequest(queueUrl, action, o);
    }
    QList<QPair<QByteArray, QByteArray>> form;
    for (const auto &f : fields)
        form.append({f.first.toUtf8(), formValue(f.second)});
    return queryRequest(queueUrl, action, form);
}

SigV4Request SqsRequestBuilder::batchRequest(
    SqsProtocol protocol, const QUrl &queueUrl, const char *action, const QVector<Fields> &entries)
{
    const int n = int(std::min<qsizetype>(entries.size(), kMaxBatch));
    if (protocol == SqsProtocol::Json) {
        QJsonArray list;
        for (int i = 0; i < n; ++i) {
            QJsonObject o {{QStringLiteral("Id"), batchEntryId(i)}};
            for (const auto &f : entries[i])
                o.insert(f.first, f.second);
            list.append(o);
        }
        return jsonRequest(queueUrl, action,
            {{QStringLiteral("QueueUrl"), queueUrl.toString(QUrl::FullyEncoded)}, {QStringLiteral("Entries"), list}});
    }
    // <Action>RequestEntry.<n>.<Field>, n from 1 (reference §7).
    QList<QPair<QByteArray, QByteArray>> form;
    for (int i = 0; i < n; ++i) {
        const QByteArray prefix = QByteArray(action) + "RequestEntry." + QByteArray::number(i + 1) + '.';
        form.append({prefix + "Id", batchEntryId(i).toUtf8()});
        for (const auto &f : entries[i])
            form.append({prefix + f.first.toUtf8(), formValue(f.second)});
    }
    return queryRequest(queueUrl, action, form);
}

} // namespace sb
