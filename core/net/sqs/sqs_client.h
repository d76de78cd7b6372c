#pragma once

#include "codec/sigv4_signer.h"
#include "net/sqs/sqs_error.h"
#include "net/sqs/sqs_message.h"
#include "net/sqs/sqs_protocol.h"
#include "net/sqs/sqs_request_builder.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QVector>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sb {

// An SQS queue client (the alerts feed reads its queue with it): long-polling ReceiveMessage, DeleteMessage(Batch) and
// ChangeMessageVisibilityBatch against one queue URL,
// every request signed with SigV4 (service "sqs", region from the queue URL or setRegion()). Lives on the io
// thread. One receive at a time; deletes run beside it. No retry policy of its own: the feed decides from
// SqsError::isAuthError()/retryable() (new credentials, backoff) and calls receive() again.
//
// Signals: received() for every successful poll (possibly empty); deleted() once per deleteBatch()/deleteMessage()
// call and visibilityChanged() once per changeVisibilityBatch() call, with every entry either done or in `failed`
// (a request that failed as a whole lists all its entries as failed AND emits failed()); failed() for every
// request that failed as a whole, with `operation` set.
class SqsClient : public QObject
{
    Q_OBJECT
public:
    // `nam` is not owned and must outlive the client; null makes the client create its own.
    explicit SqsClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~SqsClient() override;

    void setCredentials(const AwsCredentials &credentials) { m_credentials = credentials; }
    const AwsCredentials &credentials() const { return m_credentials; }
    // The signing region when the queue URL is not an AWS SQS host (loopback emulator, proxy); default us-east-1.
    void setRegion(const QString &region) { m_region = region; }
    QString signingRegion(const QUrl &queueUrl) const;
    void setProtocol(SqsProtocol protocol) { m_protocol = protocol; }
    SqsProtocol protocol() const { return m_protocol; }
    // Peer verification is forced on; add the emulator's CA with TlsSettings::build().
    void setTlsConfiguration(const QSslConfiguration &tls);
    void setMaxMessages(int n) { m_receive.maxMessages = n; }
    void setWaitTimeSeconds(int seconds) { m_receive.waitTimeSeconds = seconds; }
    void setVisibilityTimeoutSeconds(int seconds) { m_receive.visibilityTimeoutSeconds = seconds; }
    // No byte for this long ends a request with code "timeout"; keep it above the wait time. Default 30 s.
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    void setMaxResponseBytes(qsizetype bytes) { m_maxResponseBytes = bytes; }
    // The time requests are signed with (tests inject a skewed one). Default: the system clock, UTC.
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }

    bool isReceiving() const { return !m_receiveReply.isNull(); }
    int deletesInFlight() const { return batchesInFlight(BatchKind::Delete); }
    int visibilityChangesInFlight() const { return batchesInFlight(BatchKind::Visibility); }

    // Starts one long poll. False (and nothing sent) while one is already under way or without credentials.
    bool receive(const QUrl &queueUrl);
    // Deletes by receipt handle, in batches of ten; one deleted() signal when all batches are answered.
    void deleteBatch(const QUrl &queueUrl, const QVector<sb::SqsMessage> &messages);
    void deleteMessage(const QUrl &queueUrl, const sb::SqsMessage &message);
    // ChangeMessageVisibilityBatch in batches of ten; one visibilityChanged() signal when all are answered.
    void changeVisibilityBatch(const QUrl &queueUrl, const QVector<sb::SqsVisibilityChange> &changes);
    // Cancels every request under way; no signal follows for them.
    void abort();
    // Cancels the long poll only; deletes and visibility changes under way go on (a stopping feed still deletes
    // what it has stored and releases the rest).
    void cancelReceive();

    // The signed request receive() would send, for tests and diagnostics.
    SigV4Request signedReceiveRequest(const QUrl &queueUrl) const;

Q_SIGNALS:
    void received(const QVector<sb::SqsMessage> &messages);
    void deleted(const sb::SqsDeleteResult &result);
    void visibilityChanged(const sb::SqsVisibilityResult &result);
    void failed(const sb::SqsError &error);

private:
    enum class BatchKind { Delete, Visibility };
    struct PendingBatch
    {
        int job = 0;
        BatchKind kind = BatchKind::Delete;
        QVector<SqsMessage> messages; // only the id and receipt handle matter
        bool single = false;
    };
    struct PendingJob
    {
        int outstanding = 0;
        QStringList doneIds;
        QStringList doneHandles;
        QVector<SqsBatchFailure> failed;
    };

    QNetworkReply *send(const SigV4Request &unsigned_, const QUrl &queueUrl);
    void onReceiveFinished(QNetworkReply *reply);
    // Sends messages[i..i+10) as build(slice) for every slice; the job's signal follows the last answer.
    void startBatches(BatchKind kind, const QUrl &queueUrl, const QVector<SqsMessage> &messages,
        const std::function<SigV4Request(qsizetype start, qsizetype count)> &build);
    void track(QNetworkReply *reply, const PendingBatch &batch);
    void onBatchFinished(QNetworkReply *reply);
    void emitJobDone(BatchKind kind, const PendingJob &job);
    int batchesInFlight(BatchKind kind) const;
    bool replyError(QNetworkReply *reply, const QString &operation, QByteArray &body, SqsError &error) const;

    QNetworkAccessManager *m_nam;
    AwsCredentials m_credentials;
    QString m_region = QStringLiteral("us-east-1");
    SqsProtocol m_protocol = SqsProtocol::Json;
    QSslConfiguration m_tls;
    SqsRequestBuilder::ReceiveOptions m_receive;
    int m_transferTimeoutMs = 30000;
    qsizetype m_maxResponseBytes;
    std::function<QDateTime()> m_nowUtc;
    QPointer<QNetworkReply> m_receiveReply;
    QHash<QNetworkReply *, PendingBatch> m_batchReplies;
    QHash<int, PendingJob> m_jobs;
    int m_nextJob = 0;
};

} // namespace sb
