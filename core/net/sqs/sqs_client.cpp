#include "sqs_client.h"

#include "net/redirect_hop.h"
#include "net/secret_redactor.h"
#include "net/sqs/sqs_response_parser.h"
#include "net/tls_settings.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sb {
namespace {

const char *kReceive = "ReceiveMessage";

} // namespace

SqsClient::SqsClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_tls(TlsSettings::peerVerified(QSslConfiguration()))
    , m_maxResponseBytes(SqsResponseParser::kDefaultMaxBytes)
    , m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<sb::SqsMessage>();
    qRegisterMetaType<QVector<sb::SqsMessage>>();
    qRegisterMetaType<sb::SqsDeleteResult>();
    qRegisterMetaType<sb::SqsVisibilityResult>();
    qRegisterMetaType<sb::SqsError>();
}

SqsClient::~SqsClient()
{
    abort();
}

void SqsClient::setTlsConfiguration(const QSslConfiguration &tls)
{
    m_tls = TlsSettings::peerVerified(tls);
}

QString SqsClient::signingRegion(const QUrl &queueUrl) const
{
    return SigV4Signer::regionFromQueueUrl(queueUrl, m_region);
}

SigV4Request SqsClient::signedReceiveRequest(const QUrl &queueUrl) const
{
    SigV4Request r = SqsRequestBuilder::receiveMessage(m_protocol, queueUrl, m_receive);
    SigV4Signer(m_credentials, signingRegion(queueUrl), QStringLiteral("sqs")).sign(r, m_nowUtc());
    return r;
}

QNetworkReply *SqsClient::send(const SigV4Request &unsignedRequest, const QUrl &queueUrl)
{
    SigV4Request r = unsignedRequest;
    SigV4Signer(m_credentials, signingRegion(queueUrl), QStringLiteral("sqs")).sign(r, m_nowUtc());
    QNetworkRequest request(r.url);
    // Host is set explicitly (Qt keeps a given Host header) so the signed value is the one on the wire.
    for (const auto &h : r.headers)
        request.setRawHeader(h.first, h.second);
    RedirectHop::prepareRequest(request);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_transferTimeoutMs);
    if (r.url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls);
    QNetworkReply *reply = m_nam->post(request, r.body);
    const qsizetype limit = m_maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, limit](qint64 received, qint64) {
        if (received > limit) {
            reply->setProperty("sb_too_large", true);
            reply->abort();
        }
    });
    return reply;
}

bool SqsClient::receive(const QUrl &queueUrl)
{
    if (isReceiving() || !m_credentials.isValid())
        return false;
    QNetworkReply *reply = send(SqsRequestBuilder::receiveMessage(m_protocol, queueUrl, m_receive), queueUrl);
    m_receiveReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReceiveFinished(reply); });
    return true;
}

void SqsClient::deleteBatch(const QUrl &queueUrl, const QVector<SqsMessage> &messages)
{
    startBatches(BatchKind::Delete, queueUrl, messages, [&](qsizetype start, qsizetype count) {
        QStringList handles;
        for (const SqsMessage &m : messages.mid(start, count))
            handles.append(m.receiptHandle);
        return SqsRequestBuilder::deleteMessageBatch(m_protocol, queueUrl, handles);
    });
}

void SqsClient::changeVisibilityBatch(const QUrl &queueUrl, const QVector<SqsVisibilityChange> &changes)
{
    QVector<SqsMessage> messages;
    for (const SqsVisibilityChange &c : changes) {
        SqsMessage m;
        m.messageId = c.messageId;
        m.receiptHandle = c.receiptHandle;
        messages.append(m);
    }
    startBatches(BatchKind::Visibility, queueUrl, messages, [&](qsizetype start, qsizetype count) {
        return SqsRequestBuilder::changeMessageVisibilityBatch(m_protocol, queueUrl, changes.mid(start, count));
    });
}

void SqsClient::startBatches(BatchKind kind, const QUrl &queueUrl, const QVector<SqsMessage> &messages,
    const std::function<SigV4Request(qsizetype start, qsizetype count)> &build)
{
    const int job = ++m_nextJob;
    PendingJob &pending = m_jobs[job];
    for (qsizetype start = 0; start < messages.size(); start += SqsRequestBuilder::kMaxBatch) {
        PendingBatch batch;
        batch.job = job;
        batch.kind = kind;
        batch.messages = messages.mid(start, SqsRequestBuilder::kMaxBatch);
        ++pending.outstanding;
        track(send(build(start, batch.messages.size()), queueUrl), batch);
    }
    if (pending.outstanding == 0) {
        m_jobs.remove(job);
        emitJobDone(kind, PendingJob());
    }
}

void SqsClient::deleteMessage(const QUrl &queueUrl, const SqsMessage &message)
{
    const int job = ++m_nextJob;
    PendingBatch batch;
    batch.job = job;
    batch.messages = {message};
    batch.single = true;
    m_jobs[job].outstanding = 1;
    track(send(SqsRequestBuilder::deleteMessage(m_protocol, queueUrl, message.receiptHandle), queueUrl), batch);
}

void SqsClient::track(QNetworkReply *reply, const PendingBatch &batch)
{
    m_batchReplies.insert(reply, batch);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onBatchFinished(reply); });
}

int SqsClient::batchesInFlight(BatchKind kind) const
{
    int n = 0;
    for (const PendingBatch &b : m_batchReplies)
        n += b.kind == kind ? 1 : 0;
    return n;
}

void SqsClient::cancelReceive()
{
    QNetworkReply *reply = m_receiveReply.data();
    m_receiveReply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void SqsClient::abort()
{
    QList<QNetworkReply *> replies = m_batchReplies.keys();
    if (m_receiveReply)
        replies.append(m_receiveReply.data());
    m_receiveReply = nullptr;
    m_batchReplies.clear();
    m_jobs.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

bool SqsClient::replyError(QNetworkReply *reply, const QString &operation, QByteArray &body, SqsError &error) const
{
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (reply->property("sb_too_large").toBool()) {
        error = SqsError::transport(
            operation, QStringLiteral("too_large"), QStringLiteral("answer exceeds %1 bytes").arg(m_maxResponseBytes));
        error.senderFault = true;
        return true;
    }
    if (!statusAttr.isValid()) {
        const QNetworkReply::NetworkError e = reply->error();
        const QString where = SecretRedactor::redactUrl(reply->url());
        if (e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError) {
            error = SqsError::transport(operation, QStringLiteral("timeout"),
                QStringLiteral("%1 at %2 got no answer within %3 ms").arg(operation, where).arg(m_transferTimeoutMs));
        } else {
            const bool tls = e == QNetworkReply::SslHandshakeFailedError;
            error = SqsError::transport(operation, tls ? QStringLiteral("tls") : QStringLiteral("network"),
                QStringLiteral("%1 at %2 failed: %3").arg(operation, where, reply->errorString()));
        }
        return true;
    }
    const int status = statusAttr.toInt();
    body = reply->readAll();
    if (status >= 200 && status < 300)
        return false;
    error = SqsError::fromResponse(operation, status, body, reply->rawHeader("x-amzn-query-error"),
        reply->hasRawHeader("x-amzn-RequestId") ? reply->rawHeader("x-amzn-RequestId") : QByteArray());
    // Never echo our own credentials back into a log line.
    error.message = SecretRedactor::redactValues(error.message, {m_credentials.secretKey, m_credentials.sessionToken});
    return true;
}

void SqsClient::onReceiveFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_receiveReply)
        return;
    m_receiveReply = nullptr;
    const QString operation = QString::fromLatin1(kReceive);
    QByteArray body;
    SqsError error;
    if (replyError(reply, operation, body, error)) {
        Q_EMIT failed(error);
        return;
    }
    QVector<SqsMessage> messages;
    QString parseError;
    if (!SqsResponseParser::parseReceive(body, messages, &parseError, nullptr, m_maxResponseBytes)) {
        SqsError bad = SqsError::transport(operation, QStringLiteral("bad_response"), parseError);
        bad.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT failed(bad);
        return;
    }
    Q_EMIT received(messages);
}

void SqsClient::onBatchFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_batchReplies.find(reply);
    if (it == m_batchReplies.end())
        return;
    const PendingBatch batch = it.value();
    m_batchReplies.erase(it);
    const auto jobIt = m_jobs.find(batch.job);
    if (jobIt == m_jobs.end())
        return;
    PendingJob &result = *jobIt;
    const char *action = batch.kind == BatchKind::Visibility ? "ChangeMessageVisibilityBatch"
                                                             : (batch.single ? "DeleteMessage" : "DeleteMessageBatch");
    const QString operation = QString::fromLatin1(action);

    const auto failAll = [&](const QString &code, const QString &message, bool senderFault) {
        for (const SqsMessage &m : batch.messages)
            result.failed.append({m.messageId, m.receiptHandle, code, message, senderFault});
    };
    const auto succeed = [&](const SqsMessage &m) {
        result.doneIds.append(m.messageId);
        result.doneHandles.append(m.receiptHandle);
    };

    QByteArray body;
    SqsError error;
    bool requestFailed = false;
    if (replyError(reply, operation, body, error)) {
        failAll(error.code, error.message, error.senderFault);
        requestFailed = true;
    } else if (batch.single) {
        succeed(batch.messages.first());
    } else {
        SqsResponseParser::BatchResult parsed;
        QString parseError;
        if (!SqsResponseParser::parseBatch(body, action, parsed, &parseError)) {
            failAll(QStringLiteral("bad_response"), parseError, false);
            error = SqsError::transport(operation, QStringLiteral("bad_response"), parseError);
            requestFailed = true;
        } else {
            for (int i = 0; i < batch.messages.size(); ++i) {
                const QString id = SqsRequestBuilder::batchEntryId(i);
                const SqsMessage &m = batch.messages[i];
                auto f = std::find_if(parsed.failed.cbegin(), parsed.failed.cend(),
                    [&](const SqsResponseParser::BatchFailure &x) { return x.id == id; });
                if (f != parsed.failed.cend())
                    result.failed.append({m.messageId, m.receiptHandle, f->code, f->message, f->senderFault});
                else if (parsed.successfulIds.contains(id))
                    succeed(m);
                else
                    result.failed.append({m.messageId, m.receiptHandle, QStringLiteral("missing_entry"),
                        QStringLiteral("the answer names neither success nor failure for this entry"), false});
            }
        }
    }
    // Book-keeping first: a slot may call abort() or start new requests.
    const bool complete = --result.outstanding == 0;
    const PendingJob done = complete ? result : PendingJob();
    if (complete)
        m_jobs.erase(jobIt);
    if (requestFailed)
        Q_EMIT failed(error);
    if (complete)
        emitJobDone(batch.kind, done);
}

void SqsClient::emitJobDone(BatchKind kind, const PendingJob &job)
{
    if (kind == BatchKind::Visibility) {
        Q_EMIT visibilityChanged(SqsVisibilityResult {job.doneIds, job.doneHandles, job.failed});
        return;
    }
    Q_EMIT deleted(SqsDeleteResult {job.doneIds, job.doneHandles, job.failed});
}

} // namespace sb
