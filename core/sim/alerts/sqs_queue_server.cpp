#include "sqs_queue_server.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace sb::sim {
namespace {

constexpr int kMaxBatch = 10;
constexpr int kMaxVisibilitySeconds = 12 * 60 * 60;
constexpr qsizetype kMaxMessageBytes = 1024 * 1024;
const QByteArray kXmlns = "http://queue.amazonaws.com/doc/2012-11-05/";

QByteArray xmlText(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray xmlElement(const char *name, const QString &text)
{
    return QByteArray("<") + name + '>' + xmlText(text) + "</" + name + '>';
}

// The JSON __type and x-amzn-query-error of an error code (reference §8): SQS's own errors carry the
// com.amazonaws.sqs namespace, the authentication front end's the coral service one.
struct JsonErrorName
{
    QString type;
    QByteArray queryCode;
};

JsonErrorName jsonErrorName(const QString &code)
{
    static const QHash<QString, QString> coral {
        {QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("InvalidSignatureException")},
        {QStringLiteral("InvalidClientTokenId"), QStringLiteral("UnrecognizedClientException")},
        {QStringLiteral("ExpiredToken"), QStringLiteral("ExpiredTokenException")},
        {QStringLiteral("MissingAuthenticationToken"), QStringLiteral("MissingAuthenticationTokenException")},
        {QStringLiteral("IncompleteSignature"), QStringLiteral("IncompleteSignatureException")},
        {QStringLiteral("InternalError"), QStringLiteral("InternalFailure")},
        {QStringLiteral("ServiceUnavailable"), QStringLiteral("ServiceUnavailableException")}};
    if (coral.contains(code))
        return {QStringLiteral("com.amazon.coral.service#") + coral.value(code), code.toUtf8()};
    if (code == QLatin1String("AWS.SimpleQueueService.NonExistentQueue"))
        return {QStringLiteral("com.amazonaws.sqs#QueueDoesNotExist"), code.toUtf8()};
    return {QStringLiteral("com.amazonaws.sqs#") + code, code.toUtf8()};
}

// The emulator's handles start with the message id (see SqsQueue::receive); SQS's are opaque.
QString messageIdOf(const QString &receiptHandle)
{
    return QString::fromUtf8(QByteArray::fromBase64(receiptHandle.toLatin1()).split(' ').value(0));
}

} // namespace

struct SqsQueueServer::Call
{
    HttpRequest request;
    HttpResponder responder;
    bool json = true;
    QString action;
    QJsonObject body; // JSON protocol
    QUrlQuery params; // Query protocol: URL query and form body together
    QString requestId;

    QString param(const char *name) const
    {
        if (json) {
            const QJsonValue v = body.value(QLatin1String(name));
            return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        }
        return params.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    }
    bool has(const char *name) const
    {
        return json ? body.contains(QLatin1String(name)) : params.hasQueryItem(QLatin1String(name));
    }
};

SqsQueueServer::SqsQueueServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    m_housekeeping.setInterval(m_options.housekeepingIntervalMs);
    connect(&m_housekeeping, &QTimer::timeout, this, &SqsQueueServer::checkVisibility);
}

SqsQueueServer::SqsQueueServer(QObject *parent)
    : SqsQueueServer(Options(), parent)
{ }

SqsQueueServer::~SqsQueueServer()
{
    stop();
}

bool SqsQueueServer::start(quint16 port)
{
    if (m_running)
        return true;
    // A host that also serves HTTPS hands its certificate over (see EmulatorTlsIdentity::create).
    if (m_options.tls && !m_tls.create(QStringLiteral("sqs-ca.pem"), m_options.certificate))
        return false;
    const QSslConfiguration tls = m_tls.serverConfiguration();
    m_http = new LoopbackHttpServer(this);
    m_http->route(
        "/", [this](const HttpRequest &request, const HttpResponder &responder) { handle(request, responder); });
    if (!m_http->listen(port, tls)) {
        delete m_http;
        m_http = nullptr;
        return false;
    }
    m_housekeeping.start();
    m_running = true;
    return true;
}

void SqsQueueServer::stop()
{
    m_housekeeping.stop();
    for (const Poll &p : std::as_const(m_polls))
        delete p.timer;
    m_polls.clear();
    m_heldDeletes.clear();
    delete m_http;
    m_http = nullptr;
    m_running = false;
}

QUrl SqsQueueServer::baseUrl() const
{
    QUrl u;
    u.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(m_options.hostName);
    u.setPort(m_http ? m_http->port() : 0);
    u.setPath(QStringLiteral("/"));
    return u;
}

QString SqsQueueServer::caFile() const
{
    return m_tls.caFile();
}

QUrl SqsQueueServer::queueUrl(const QString &name) const
{
    QUrl u = baseUrl();
    u.setPath(QLatin1Char('/') + m_options.accountId + QLatin1Char('/') + name);
    return u;
}

QUrl SqsQueueServer::createQueue(const QString &name, int visibilityTimeoutSeconds)
{
    if (!m_queues.contains(name)) {
        m_queues.insert(name,
            SqsQueue(
                name, visibilityTimeoutSeconds >= 0 ? visibilityTimeoutSeconds : m_options.visibilityTimeoutSeconds));
    } else if (visibilityTimeoutSeconds >= 0) {
        m_queues[name].setVisibilityTimeoutSeconds(visibilityTimeoutSeconds);
    }
    return queueUrl(name);
}

QString SqsQueueServer::enqueue(const QString &queueName, const QByteArray &body)
{
    createQueue(queueName);
    const QString id = m_queues[queueName].enqueue(body, nowMs());
    servePolls(queueName);
    return id;
}

int SqsQueueServer::queueSize(const QString &name) const
{
    return m_queues.contains(name) ? m_queues.value(name).size() : 0;
}

int SqsQueueServer::visibleCount(const QString &name) const
{
    return m_queues.contains(name) ? m_queues.value(name).visibleCount(nowMs()) : 0;
}

int SqsQueueServer::inFlightCount(const QString &name) const
{
    return m_queues.contains(name) ? m_queues.value(name).inFlightCount(nowMs()) : 0;
}

void SqsQueueServer::addCredentials(const AwsCredentials &credentials, const QDateTime &expiresAt)
{
    m_credentials.insert(credentials.accessKeyId, {credentials.secretKey, credentials.sessionToken, expiresAt});
}

void SqsQueueServer::removeCredentials(const QString &accessKeyId)
{
    m_credentials.remove(accessKeyId);
}

void SqsQueueServer::expireCredentials(const QString &accessKeyId)
{
    auto it = m_credentials.find(accessKeyId);
    if (it != m_credentials.end())
        it->expiresAt = m_nowUtc();
}

void SqsQueueServer::setFault(SqsFault fault, bool on)
{
    if (on)
        m_faults.insert(fault, -1);
    else
        m_faults.remove(fault);
}

void SqsQueueServer::trigger(SqsFault fault, int times)
{
    if (times <= 0)
        return;
    auto it = m_faults.find(fault);
    if (it == m_faults.end())
        m_faults.insert(fault, times);
    else if (it.value() >= 0)
        it.value() += times;
}

bool SqsQueueServer::consume(SqsFault fault)
{
    auto it = m_faults.find(fault);
    if (it == m_faults.end())
        return false;
    if (it.value() > 0 && --it.value() == 0)
        m_faults.erase(it);
    return true;
}

int SqsQueueServer::releaseHeldDeletes()
{
    const QList<std::function<void()>> held = std::exchange(m_heldDeletes, {});
    for (const auto &apply : held)
        apply();
    return int(held.size());
}

bool SqsQueueServer::holdDelete(const Call &call, void (SqsQueueServer::*apply)(const Call &))
{
    if (!consume(SqsFault::HoldDelete))
        return false;
    m_heldDeletes.append([this, call, apply] { (this->*apply)(call); });
    Q_EMIT deleteHeld();
    return true;
}

void SqsQueueServer::checkVisibility()
{
    const QStringList names = m_queues.keys();
    for (const QString &name : names)
        servePolls(name);
}

void SqsQueueServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    ++m_requests;
    Call call;
    call.request = request;
    call.responder = responder;
    call.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray target = request.header("x-amz-target");
    call.json = !target.isEmpty() || request.header("content-type").startsWith("application/x-amz-json");
    m_lastProtocol = call.json ? QStringLiteral("json") : QStringLiteral("query");

    if (consume(SqsFault::DropConnection)) {
        responder.drop();
        return;
    }

    if (call.json) {
        call.action = QString::fromLatin1(target.startsWith("AmazonSQS.") ? target.mid(10) : target);
        QJsonParseError pe;
        const QJsonDocument doc
            = QJsonDocument::fromJson(request.body.isEmpty() ? QByteArray("{}") : request.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            sendError(call, 400, QStringLiteral("SerializationException"), QStringLiteral("Malformed JSON body"));
            return;
        }
        call.body = doc.object();
    } else {
        call.params = QUrlQuery(request.url);
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &item : form.queryItems(QUrl::FullyEncoded))
            call.params.addQueryItem(item.first, item.second);
        call.action = call.param("Action");
    }

    // Authentication first, as AWS does: nothing else is revealed to an unsigned or wrongly signed caller.
    SigV4Request received;
    received.method = request.method;
    received.url = request.url;
    received.body = request.body;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        received.headers.append({it.key(), it.value()});
    SigV4Verifier verifier(
        QStringLiteral("sqs"), m_options.region, [this](const QString &akid) -> std::optional<AwsCredentialRecord> {
            const auto it = m_credentials.constFind(akid);
            return it == m_credentials.constEnd() ? std::nullopt : std::optional<AwsCredentialRecord>(*it);
        });
    verifier.setMaxSkewSeconds(m_options.maxSkewSeconds);
    SigV4Verification v = verifier.verify(received, m_nowUtc());
    if (v.ok() && consume(SqsFault::ExpiredToken)) {
        v.result = SigV4Verification::Result::ExpiredToken;
        v.message = QStringLiteral("The security token included in the request is expired");
    }
    if (!v.ok()) {
        ++m_authFailures;
        m_lastAuthError = v.code();
        Q_EMIT authRejected(v.code());
        sendError(call, v.httpStatus(), v.code(), v.message);
        return;
    }

    if (consume(SqsFault::ServerError)) {
        sendError(call, 500, QStringLiteral("InternalError"),
            QStringLiteral("We encountered an internal error. Please try again."), false);
        return;
    }
    if (consume(SqsFault::ServiceUnavailable)) {
        sendError(call, 503, QStringLiteral("ServiceUnavailable"),
            QStringLiteral("Service is unable to handle request."), false);
        return;
    }
    dispatch(call);
}

void SqsQueueServer::dispatch(const Call &call)
{
    using Handler = void (SqsQueueServer::*)(const Call &);
    static const QHash<QString, Handler> kHandlers {
        {QStringLiteral("ReceiveMessage"), &SqsQueueServer::receiveMessage},
        {QStringLiteral("DeleteMessage"), &SqsQueueServer::deleteMessage},
        {QStringLiteral("DeleteMessageBatch"), &SqsQueueServer::deleteMessageBatch},
        {QStringLiteral("ChangeMessageVisibility"), &SqsQueueServer::changeMessageVisibility},
        {QStringLiteral("ChangeMessageVisibilityBatch"), &SqsQueueServer::changeMessageVisibilityBatch},
        {QStringLiteral("SendMessage"), &SqsQueueServer::sendMessage},
        {QStringLiteral("GetQueueAttributes"), &SqsQueueServer::getQueueAttributes},
        {QStringLiteral("GetQueueUrl"), &SqsQueueServer::getQueueUrl},
        {QStringLiteral("CreateQueue"), &SqsQueueServer::createQueueCall},
    };
    const QString &a = call.action;
    if (const Handler handler = kHandlers.value(a))
        (this->*handler)(call);
    else if (a.isEmpty())
        sendError(call, 400, QStringLiteral("MissingAction"),
            QStringLiteral("The request must contain the parameter Action."));
    else
        sendError(call, 400, QStringLiteral("InvalidAction"),
            QStringLiteral("The action %1 is not valid for this endpoint.").arg(a));
}

SqsQueue *SqsQueueServer::queueFor(const Call &call)
{
    // The QueueUrl parameter wins; the request path is the Query protocol's other way to name the queue.
    QString path = QUrl(call.param("QueueUrl")).path();
    if (path.isEmpty() || path == QLatin1String("/"))
        path = call.request.url.path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts[0] == m_options.accountId && m_queues.contains(parts[1]))
        return &m_queues[parts[1]];
    sendError(call, 400, QStringLiteral("AWS.SimpleQueueService.NonExistentQueue"),
        QStringLiteral("The specified queue does not exist."));
    return nullptr;
}

void SqsQueueServer::receiveMessage(const Call &call)
{
    ++m_receiveRequests;
    SqsQueue *queue = queueFor(call);
    if (!queue)
        return;
    const int max = call.has("MaxNumberOfMessages") ? call.param("MaxNumberOfMessages").toInt() : 1;
    if (max < 1 || max > 10) {
        sendError(call, 400, QStringLiteral("InvalidParameterValue"),
            QStringLiteral("Value %1 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, "
                           "if provided.")
                .arg(call.param("MaxNumberOfMessages")));
        return;
    }
    const int wait = call.has("WaitTimeSeconds") ? call.param("WaitTimeSeconds").toInt() : 0;
    if (wait < 0 || wait > 20) {
        sendError(call, 400, QStringLiteral("InvalidParameterValue"),
            QStringLiteral("Value %1 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if "
                           "provided.")
                .arg(call.param("WaitTimeSeconds")));
        return;
    }
    Poll poll;
    poll.responder = call.responder;
    poll.queue = queue->name();
    poll.max = max;
    poll.visibility = call.has("VisibilityTimeout") ? call.param("VisibilityTimeout").toInt() : -1;
    poll.json = call.json;
    poll.attributes = call.has("MessageSystemAttributeNames") || call.has("AttributeNames")
        || call.has("AttributeName.1") || call.has("MessageSystemAttributeName.1");
    const QVector<SqsQueue::Delivery> now = take(*queue, max, poll.visibility);
    if (!now.isEmpty() || wait == 0) {
        answerPoll(poll, now);
        return;
    }
    poll.id = m_nextPoll++;
    poll.deadlineMs = nowMs() + wait * 1000;
    poll.timer = new QTimer(this);
    poll.timer->setSingleShot(true);
    const quint64 id = poll.id;
    connect(poll.timer, &QTimer::timeout, this, [this, id] { expirePoll(id); });
    poll.timer->start(wait * 1000);
    m_polls.append(poll);
    Q_EMIT pollWaiting(poll.queue);
}

QVector<SqsQueue::Delivery> SqsQueueServer::take(SqsQueue &queue, int max, int visibility)
{
    const qint64 now = nowMs();
    QVector<SqsQueue::Delivery> out = queue.receive(max, visibility, now);
    for (const SqsQueue::Delivery &d : std::as_const(out)) {
        if (consume(SqsFault::DuplicateDelivery))
            queue.enqueue(d.body, now, d.messageId); // at-least-once: the same message again
    }
    m_messagesDelivered += int(out.size());
    if (!out.isEmpty())
        Q_EMIT delivered(queue.name(), int(out.size()));
    return out;
}

void SqsQueueServer::answerPoll(const Poll &poll, const QVector<SqsQueue::Delivery> &deliveries)
{
    if (deliveries.isEmpty())
        ++m_emptyReceives;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (poll.json) {
        QJsonObject o;
        if (!deliveries.isEmpty()) {
            QJsonArray list;
            for (const SqsQueue::Delivery &d : deliveries) {
                QJsonObject m {{QStringLiteral("MessageId"), d.messageId},
                    {QStringLiteral("ReceiptHandle"), d.receiptHandle}, {QStringLiteral("MD5OfBody"), d.md5OfBody},
                    {QStringLiteral("Body"), QString::fromUtf8(d.body)}};
                if (poll.attributes) {
                    QJsonObject attrs;
                    for (auto it = d.attributes.cbegin(); it != d.attributes.cend(); ++it)
                        attrs.insert(it.key(), it.value());
                    m.insert(QStringLiteral("Attributes"), attrs);
                }
                list.append(m);
            }
            o.insert(QStringLiteral("Messages"), list);
        }
        poll.responder.send(200, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/x-amz-json-1.0",
            {{"x-amzn-RequestId", requestId.toLatin1()}});
        return;
    }
    QByteArray xml = "<?xml version=\"1.0\"?><ReceiveMessageResponse xmlns=\"" + kXmlns + "\"><ReceiveMessageResult>";
    for (const SqsQueue::Delivery &d : deliveries) {
        xml += "<Message>" + xmlElement("MessageId", d.messageId) + xmlElement("ReceiptHandle", d.receiptHandle)
            + xmlElement("MD5OfBody", d.md5OfBody) + xmlElement("Body", QString::fromUtf8(d.body));
        if (poll.attributes) {
            for (auto it = d.attributes.cbegin(); it != d.attributes.cend(); ++it)
                xml += "<Attribute>" + xmlElement("Name", it.key()) + xmlElement("Value", it.value()) + "</Attribute>";
        }
        xml += "</Message>";
    }
    xml += "</ReceiveMessageResult><ResponseMetadata>" + xmlElement("RequestId", requestId)
        + "</ResponseMetadata></ReceiveMessageResponse>";
    poll.responder.send(200, xml, "text/xml", {{"x-amzn-RequestId", requestId.toLatin1()}});
}

void SqsQueueServer::servePolls(const QString &queueName)
{
    auto q = m_queues.find(queueName);
    if (q == m_queues.end())
        return;
    for (qsizetype i = 0; i < m_polls.size();) {
        Poll &p = m_polls[i];
        if (p.queue != queueName) {
            ++i;
            continue;
        }
        if (!p.responder.isOpen()) { // the client gave up: nothing to deliver to
            delete p.timer;
            m_polls.removeAt(i);
            continue;
        }
        if (q->visibleCount(nowMs()) == 0)
            return;
        const Poll poll = p;
        delete p.timer;
        m_polls.removeAt(i);
        answerPoll(poll, take(*q, poll.max, poll.visibility));
    }
}

void SqsQueueServer::expirePoll(quint64 id)
{
    for (qsizetype i = 0; i < m_polls.size(); ++i) {
        if (m_polls[i].id != id)
            continue;
        const Poll poll = m_polls[i];
        m_polls.removeAt(i);
        poll.timer->deleteLater();
        auto q = m_queues.find(poll.queue);
        answerPoll(poll, q == m_queues.end() ? QVector<SqsQueue::Delivery>() : take(*q, poll.max, poll.visibility));
        return;
    }
}

SqsQueueServer::EntryError SqsQueueServer::invalidHandle(const QString &receiptHandle)
{
    return {QStringLiteral("ReceiptHandleIsInvalid"),
        QStringLiteral("The input receipt handle \"%1\" is not a valid receipt handle.").arg(receiptHandle.left(64))};
}

std::optional<SqsQueueServer::EntryError> SqsQueueServer::removeEntry(SqsQueue &queue, const QString &receiptHandle)
{
    const SqsQueue::DeleteOutcome outcome = queue.remove(receiptHandle);
    if (outcome == SqsQueue::DeleteOutcome::InvalidHandle)
        return invalidHandle(receiptHandle);
    if (outcome == SqsQueue::DeleteOutcome::StaleHandle && consume(SqsFault::RejectStaleHandle))
        return invalidHandle(receiptHandle);
    if (outcome == SqsQueue::DeleteOutcome::Deleted) {
        ++m_messagesDeleted;
        Q_EMIT deleted(queue.name(), messageIdOf(receiptHandle));
    }
    return std::nullopt;
}

std::optional<SqsQueueServer::EntryError> SqsQueueServer::changeVisibilityEntry(
    SqsQueue &queue, const QString &receiptHandle, const QString &visibilityTimeout)
{
    bool ok = false;
    const int seconds = visibilityTimeout.toInt(&ok);
    if (!ok || seconds < 0 || seconds > kMaxVisibilitySeconds) {
        return EntryError {QStringLiteral("InvalidParameterValue"),
            QStringLiteral("Value %1 for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and 43200.")
                .arg(visibilityTimeout)};
    }
    switch (queue.changeVisibility(receiptHandle, seconds, nowMs())) {
    case SqsQueue::VisibilityOutcome::InvalidHandle:
        return invalidHandle(receiptHandle);
    case SqsQueue::VisibilityOutcome::NotInFlight:
        return EntryError {QStringLiteral("AWS.SimpleQueueService.MessageNotInflight"),
            QStringLiteral("Value %1 for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not "
                           "available for visibility timeout change.")
                .arg(receiptHandle.left(64))};
    case SqsQueue::VisibilityOutcome::Changed:
        break;
    }
    ++m_visibilityChanges;
    Q_EMIT visibilityChanged(queue.name(), messageIdOf(receiptHandle), seconds);
    return std::nullopt;
}

void SqsQueueServer::deleteMessage(const Call &call)
{
    ++m_deleteRequests;
    if (!holdDelete(call, &SqsQueueServer::applyDeleteMessage))
        applyDeleteMessage(call);
}

void SqsQueueServer::applyDeleteMessage(const Call &call)
{
    SqsQueue *queue = queueFor(call);
    if (!queue || !requireParameter(call, "ReceiptHandle"))
        return;
    if (const auto e = removeEntry(*queue, call.param("ReceiptHandle"))) {
        sendError(call, 400, e->code, e->message);
        return;
    }
    sendOk(call, QJsonObject(), QByteArray());
}

void SqsQueueServer::deleteMessageBatch(const Call &call)
{
    ++m_deleteRequests;
    if (!holdDelete(call, &SqsQueueServer::applyDeleteMessageBatch))
        applyDeleteMessageBatch(call);
}

void SqsQueueServer::applyDeleteMessageBatch(const Call &call)
{
    runBatch(call, [this](SqsQueue &queue, const BatchEntry &e) { return removeEntry(queue, e.receiptHandle); });
}

void SqsQueueServer::changeMessageVisibility(const Call &call)
{
    ++m_visibilityRequests;
    SqsQueue *queue = queueFor(call);
    if (!queue || !requireParameter(call, "ReceiptHandle") || !requireParameter(call, "VisibilityTimeout"))
        return;
    if (const auto e = changeVisibilityEntry(*queue, call.param("ReceiptHandle"), call.param("VisibilityTimeout"))) {
        sendError(call, 400, e->code, e->message);
        return;
    }
    const QString name = queue->name();
    sendOk(call, QJsonObject(), QByteArray());
    servePolls(name); // a message made visible now wakes a waiting long poll at once
}

void SqsQueueServer::changeMessageVisibilityBatch(const Call &call)
{
    ++m_visibilityRequests;
    runBatch(call, [this](SqsQueue &queue, const BatchEntry &e) {
        return changeVisibilityEntry(queue, e.receiptHandle, e.visibilityTimeout);
    });
}

bool SqsQueueServer::requireParameter(const Call &call, const char *name)
{
    if (!call.param(name).isEmpty())
        return true;
    sendError(call, 400, QStringLiteral("MissingParameter"),
        QStringLiteral("The request must contain the parameter %1.").arg(QLatin1String(name)));
    return false;
}

void SqsQueueServer::runBatch(const Call &call, const EntryAction &apply)
{
    SqsQueue *queue = queueFor(call);
    if (!queue)
        return;
    const QString entryName = call.action + QStringLiteral("RequestEntry");
    QList<BatchEntry> entries;
    if (call.json) {
        for (const QJsonValue &v : call.body.value(QStringLiteral("Entries")).toArray()) {
            const QJsonObject e = v.toObject();
            const QJsonValue visibility = e.value(QStringLiteral("VisibilityTimeout"));
            entries.append(
                {e.value(QStringLiteral("Id")).toString(), e.value(QStringLiteral("ReceiptHandle")).toString(),
                    visibility.isDouble() ? QString::number(visibility.toInteger()) : visibility.toString()});
        }
    } else {
        for (int n = 1; n <= kMaxBatch + 1; ++n) {
            const QString prefix = QStringLiteral("%1.%2.").arg(entryName).arg(n);
            if (!call.params.hasQueryItem(prefix + QStringLiteral("Id")))
                break;
            const auto field = [&](const char *name) {
                return call.params.queryItemValue(prefix + QLatin1String(name), QUrl::FullyDecoded);
            };
            entries.append({field("Id"), field("ReceiptHandle"), field("VisibilityTimeout")});
        }
    }
    if (entries.isEmpty()) {
        sendError(call, 400, QStringLiteral("AWS.SimpleQueueService.EmptyBatchRequest"),
            QStringLiteral("There should be at least one %1 in the request.").arg(entryName));
        return;
    }
    if (entries.size() > kMaxBatch) {
        sendError(call, 400, QStringLiteral("AWS.SimpleQueueService.TooManyEntriesInBatchRequest"),
            QStringLiteral("Maximum number of entries per request are 10. You have sent %1.").arg(entries.size()));
        return;
    }
    QSet<QString> ids;
    for (const BatchEntry &e : std::as_const(entries)) {
        if (ids.contains(e.id)) {
            sendError(call, 400, QStringLiteral("AWS.SimpleQueueService.BatchEntryIdsNotDistinct"),
                QStringLiteral("Id %1 repeated.").arg(e.id));
            return;
        }
        ids.insert(e.id);
    }
    const QString name = queue->name();
    const QByteArray okEntry = call.action.toLatin1() + "ResultEntry";
    QJsonArray ok;
    QJsonArray failed;
    QByteArray xml;
    if (consume(SqsFault::ReverseBatchAnswer))
        std::reverse(entries.begin(), entries.end());
    for (const BatchEntry &e : std::as_const(entries)) {
        if (const auto error = apply(*queue, e)) {
            failed.append(QJsonObject {{QStringLiteral("Id"), e.id}, {QStringLiteral("SenderFault"), true},
                {QStringLiteral("Code"), error->code}, {QStringLiteral("Message"), error->message}});
            xml += "<BatchResultErrorEntry>" + xmlElement("Id", e.id) + xmlElement("Code", error->code)
                + xmlElement("Message", error->message) + "<SenderFault>true</SenderFault></BatchResultErrorEntry>";
            continue;
        }
        ok.append(QJsonObject {{QStringLiteral("Id"), e.id}});
        xml += '<' + okEntry + '>' + xmlElement("Id", e.id) + "</" + okEntry + '>';
    }
    QJsonObject o {{QStringLiteral("Successful"), ok}};
    if (!failed.isEmpty())
        o.insert(QStringLiteral("Failed"), failed);
    sendOk(call, o, xml);
    servePolls(name); // a message made visible now wakes a waiting long poll at once
}

void SqsQueueServer::sendMessage(const Call &call)
{
    ++m_sendRequests;
    SqsQueue *queue = queueFor(call);
    if (!queue)
        return;
    const QByteArray body = call.param("MessageBody").toUtf8();
    if (body.isEmpty() || body.size() > kMaxMessageBytes) {
        sendError(call, 400, QStringLiteral("InvalidParameterValue"),
            body.isEmpty() ? QStringLiteral("The request must contain the parameter MessageBody.")
                           : QStringLiteral("One or more parameters are invalid. Reason: Message must be shorter than "
                                            "1048576 bytes."));
        return;
    }
    const QString name = queue->name();
    const QString id = queue->enqueue(body, nowMs());
    const QString md5 = SqsQueue::md5Hex(body);
    sendOk(call, {{QStringLiteral("MessageId"), id}, {QStringLiteral("MD5OfMessageBody"), md5}},
        xmlElement("MessageId", id) + xmlElement("MD5OfMessageBody", md5));
    servePolls(name);
}

void SqsQueueServer::getQueueAttributes(const Call &call)
{
    SqsQueue *queue = queueFor(call);
    if (!queue)
        return;
    const qint64 now = nowMs();
    const QList<QPair<QString, QString>> attrs {
        {QStringLiteral("ApproximateNumberOfMessages"), QString::number(queue->visibleCount(now))},
        {QStringLiteral("ApproximateNumberOfMessagesNotVisible"), QString::number(queue->inFlightCount(now))},
        {QStringLiteral("ApproximateNumberOfMessagesDelayed"), QStringLiteral("0")},
        {QStringLiteral("VisibilityTimeout"), QString::number(queue->visibilityTimeoutSeconds())},
        {QStringLiteral("MaximumMessageSize"), QString::number(kMaxMessageBytes)},
        {QStringLiteral("MessageRetentionPeriod"), QStringLiteral("1209600")},
        {QStringLiteral("ReceiveMessageWaitTimeSeconds"), QStringLiteral("0")},
        {QStringLiteral("CreatedTimestamp"), QString::number(queue->createdMs() / 1000)},
        {QStringLiteral("QueueArn"),
            QStringLiteral("arn:aws:sqs:%1:%2:%3").arg(m_options.region, m_options.accountId, queue->name())}};
    QJsonObject map;
    QByteArray xml;
    for (const auto &a : attrs) {
        map.insert(a.first, a.second);
        xml += "<Attribute>" + xmlElement("Name", a.first) + xmlElement("Value", a.second) + "</Attribute>";
    }
    sendOk(call, {{QStringLiteral("Attributes"), map}}, xml);
}

void SqsQueueServer::getQueueUrl(const Call &call)
{
    const QString name = call.param("QueueName");
    if (!m_queues.contains(name)) {
        sendError(call, 400, QStringLiteral("AWS.SimpleQueueService.NonExistentQueue"),
            QStringLiteral("The specified queue does not exist."));
        return;
    }
    const QString url = queueUrl(name).toString();
    sendOk(call, {{QStringLiteral("QueueUrl"), url}}, xmlElement("QueueUrl", url));
}

void SqsQueueServer::createQueueCall(const Call &call)
{
    const QString name = call.param("QueueName");
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
    if (!valid.match(name).hasMatch()) {
        sendError(call, 400, QStringLiteral("InvalidParameterValue"),
            QStringLiteral("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length"));
        return;
    }
    const QString url = createQueue(name).toString();
    sendOk(call, {{QStringLiteral("QueueUrl"), url}}, xmlElement("QueueUrl", url));
}

void SqsQueueServer::sendOk(const Call &call, const QJsonObject &json, const QByteArray &xmlResult)
{
    if (call.json) {
        call.responder.send(200, QJsonDocument(json).toJson(QJsonDocument::Compact), "application/x-amz-json-1.0",
            {{"x-amzn-RequestId", call.requestId.toLatin1()}});
        return;
    }
    const QByteArray op = call.action.toLatin1();
    QByteArray xml = "<?xml version=\"1.0\"?><" + op + "Response xmlns=\"" + kXmlns + "\">";
    if (!xmlResult.isEmpty())
        xml += '<' + op + "Result>" + xmlResult + "</" + op + "Result>";
    xml += "<ResponseMetadata>" + xmlElement("RequestId", call.requestId) + "</ResponseMetadata></" + op + "Response>";
    call.responder.send(200, xml, "text/xml", {{"x-amzn-RequestId", call.requestId.toLatin1()}});
}

void SqsQueueServer::sendError(const Call &call, int status, const QString &code, const QString &message, bool sender)
{
    const QByteArray requestId = call.requestId.toLatin1();
    if (call.json) {
        const JsonErrorName name = jsonErrorName(code);
        const QJsonObject o {{QStringLiteral("__type"), name.type}, {QStringLiteral("message"), message}};
        call.responder.send(status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/x-amz-json-1.0",
            {{"x-amzn-RequestId", requestId},
                {"x-amzn-query-error", name.queryCode + (sender ? ";Sender" : ";Receiver")}});
        return;
    }
    const QByteArray xml = "<?xml version=\"1.0\"?><ErrorResponse xmlns=\"" + kXmlns + "\"><Error><Type>"
        + (sender ? "Sender" : "Receiver") + "</Type>" + xmlElement("Code", code) + xmlElement("Message", message)
        + "<Detail/></Error>" + xmlElement("RequestId", call.requestId) + "</ErrorResponse>";
    call.responder.send(status, xml, "text/xml", {{"x-amzn-RequestId", requestId}});
}

} // namespace sb::sim
