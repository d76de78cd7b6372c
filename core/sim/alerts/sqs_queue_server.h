#pragma once

#include "codec/sigv4_signer.h"
#include "codec/sigv4_verifier.h"
#include "sim/alerts/sqs_fault.h"
#include "sim/alerts/sqs_queue.h"
#include "sim/emulator_tls_identity.h"
#include "sim/loopback_http_server.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace sb::sim {

// An SQS-compatible queue server on loopback for the alerts emulator and tests: queues addressed by URL
// (<base>/<account>/<name>), the JSON protocol (X-Amz-Target: AmazonSQS.<Op>) and the Query protocol (form body,
// XML answers) for ReceiveMessage, DeleteMessage(Batch), ChangeMessageVisibility(Batch), SendMessage,
// GetQueueAttributes, GetQueueUrl and CreateQueue. Every request's SigV4 signature is checked against the registered
// credentials (service "sqs"); wrong signatures, stale dates, unknown keys and expired session tokens get SQS's error
// codes and statuses. ReceiveMessage long-polls (answers when a message arrives or after WaitTimeSeconds), received
// messages stay invisible for the visibility timeout and come back if not deleted. Real AWS SDKs work against it (see
// the interop test); it is a test peer, not a product part.
class SqsQueueServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool tls = true; // https with a generated self-signed certificate (caFile())
        QString hostName = QStringLiteral("localhost"); // in queue URLs
        QString region = QStringLiteral("us-east-1"); // the signing region it accepts
        QString accountId = QStringLiteral("123456789012");
        int visibilityTimeoutSeconds = 30;
        int maxSkewSeconds = 15 * 60;
        int housekeepingIntervalMs = 100; // how often visibility timeouts are checked
        SelfSignedCertificate certificate; // null: a new one is generated
    };

    explicit SqsQueueServer(const Options &options, QObject *parent = nullptr);
    explicit SqsQueueServer(QObject *parent = nullptr);
    ~SqsQueueServer() override;

    // Listens on an ephemeral loopback port (or `port`). False if the listener or certificate failed.
    bool start(quint16 port = 0);
    void stop();
    bool isRunning() const { return m_running; }
    const Options &options() const { return m_options; }
    // Decides signature dates, token expiry, timestamps and visibility. Default: the system clock.
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }

    QUrl baseUrl() const; // http(s)://<hostName>:<port>/
    QString caFile() const; // PEM of the self-signed CA (empty without TLS)

    // Queues. createQueue() is idempotent; it returns the queue URL.
    QUrl createQueue(const QString &name, int visibilityTimeoutSeconds = -1);
    QUrl queueUrl(const QString &name) const;
    bool hasQueue(const QString &name) const { return m_queues.contains(name); }
    // Adds a message (creating the queue if needed) and wakes a waiting long poll. Returns the MessageId.
    QString enqueue(const QString &queueName, const QByteArray &body);
    int queueSize(const QString &name) const;
    int visibleCount(const QString &name) const;
    int inFlightCount(const QString &name) const;

    // Credentials the server accepts. `expiresAt` invalid = never (only for keys without a session token).
    void addCredentials(const AwsCredentials &credentials, const QDateTime &expiresAt = QDateTime());
    void removeCredentials(const QString &accessKeyId);
    // Makes a key's session token expired from now on (ExpiredToken), as when the hour runs out.
    void expireCredentials(const QString &accessKeyId);

    void setFault(SqsFault fault, bool on);
    void trigger(SqsFault fault, int times = 1);
    bool isFaultOn(SqsFault fault) const { return m_faults.contains(fault); }

    // Applies and answers the deletes SqsFault::HoldDelete held, in arrival order; returns how many.
    int releaseHeldDeletes();
    int heldDeletes() const { return int(m_heldDeletes.size()); }

    // Wakes waiting polls for messages whose visibility timeout ran out; also runs on a timer.
    void checkVisibility();

    int requestCount() const { return m_requests; }
    int receiveRequests() const { return m_receiveRequests; }
    int emptyReceives() const { return m_emptyReceives; }
    int deleteRequests() const { return m_deleteRequests; }
    int visibilityRequests() const { return m_visibilityRequests; } // ChangeMessageVisibility(Batch) calls
    int visibilityChanges() const { return m_visibilityChanges; } // messages whose visibility was changed
    int sendRequests() const { return m_sendRequests; }
    int messagesDelivered() const { return m_messagesDelivered; }
    int messagesDeleted() const { return m_messagesDeleted; }
    int authFailures() const { return m_authFailures; }
    QString lastAuthError() const { return m_lastAuthError; }
    int waitingPolls() const { return int(m_polls.size()); }
    // How the last request named its protocol: "json" or "query".
    QString lastProtocol() const { return m_lastProtocol; }

Q_SIGNALS:
    void pollWaiting(const QString &queueName); // a ReceiveMessage found nothing and now waits
    void delivered(const QString &queueName, int count);
    void deleted(const QString &queueName, const QString &messageId);
    void visibilityChanged(const QString &queueName, const QString &messageId, int seconds);
    void authRejected(const QString &code);
    void deleteHeld(); // a DeleteMessage(Batch) request is held (SqsFault::HoldDelete)

private:
    struct Call;
    struct BatchEntry
    {
        QString id;
        QString receiptHandle;
        QString visibilityTimeout; // ChangeMessageVisibilityBatch
    };
    struct EntryError
    {
        QString code;
        QString message;
    };
    using EntryAction = std::function<std::optional<EntryError>(SqsQueue &queue, const BatchEntry &entry)>;
    struct Poll
    {
        quint64 id = 0;
        HttpResponder responder;
        QString queue;
        int max = 1;
        int visibility = -1;
        bool json = true;
        bool attributes = false;
        qint64 deadlineMs = 0;
        QTimer *timer = nullptr;
    };

    void handle(const HttpRequest &request, const HttpResponder &responder);
    void dispatch(const Call &call);
    void receiveMessage(const Call &call);
    void deleteMessage(const Call &call);
    void deleteMessageBatch(const Call &call);
    void applyDeleteMessage(const Call &call);
    void applyDeleteMessageBatch(const Call &call);
    // True when SqsFault::HoldDelete keeps the call for releaseHeldDeletes().
    bool holdDelete(const Call &call, void (SqsQueueServer::*apply)(const Call &));
    void changeMessageVisibility(const Call &call);
    void changeMessageVisibilityBatch(const Call &call);
    // The shared part of every *Batch action: entries read from either protocol and checked as SQS does (1..10,
    // distinct ids), `apply` run on each, one Successful/Failed answer.
    void runBatch(const Call &call, const EntryAction &apply);
    std::optional<EntryError> removeEntry(SqsQueue &queue, const QString &receiptHandle);
    static EntryError invalidHandle(const QString &receiptHandle);
    bool requireParameter(const Call &call, const char *name);
    std::optional<EntryError> changeVisibilityEntry(
        SqsQueue &queue, const QString &receiptHandle, const QString &visibilityTimeout);
    void sendMessage(const Call &call);
    void getQueueAttributes(const Call &call);
    void getQueueUrl(const Call &call);
    void createQueueCall(const Call &call);
    void answerPoll(const Poll &poll, const QVector<SqsQueue::Delivery> &deliveries);
    void servePolls(const QString &queueName);
    void expirePoll(quint64 id);
    QVector<SqsQueue::Delivery> take(SqsQueue &queue, int max, int visibility);
    void sendError(const Call &call, int status, const QString &code, const QString &message, bool sender = true);
    void sendOk(const Call &call, const QJsonObject &json, const QByteArray &xmlResult);
    SqsQueue *queueFor(const Call &call);
    bool consume(SqsFault fault);
    qint64 nowMs() const { return m_nowUtc().toMSecsSinceEpoch(); }

    Options m_options;
    std::function<QDateTime()> m_nowUtc;
    EmulatorTlsIdentity m_tls;
    LoopbackHttpServer *m_http = nullptr;
    QTimer m_housekeeping;
    bool m_running = false;
    QHash<QString, SqsQueue> m_queues;
    QHash<QString, AwsCredentialRecord> m_credentials;
    QHash<SqsFault, int> m_faults;
    QList<Poll> m_polls;
    QList<std::function<void()>> m_heldDeletes;
    quint64 m_nextPoll = 1;
    int m_requests = 0;
    int m_receiveRequests = 0;
    int m_emptyReceives = 0;
    int m_deleteRequests = 0;
    int m_visibilityRequests = 0;
    int m_visibilityChanges = 0;
    int m_sendRequests = 0;
    int m_messagesDelivered = 0;
    int m_messagesDeleted = 0;
    int m_authFailures = 0;
    QString m_lastAuthError;
    QString m_lastProtocol;
};

} // namespace sb::sim
