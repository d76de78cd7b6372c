#include "pubsub_feed.h"

#include "auth/jwt_claims.h"
#include "feeds/pubsub/pubsub_admin_call.h"
#include "feeds/pubsub/pubsub_client_message.h"
#include "feeds/pubsub/pubsub_event_decoder.h"
#include "feeds/pubsub/pubsub_token_source.h"
#include "feeds/pubsub/pubsub_topic_name.h"
#include "net/secret_redactor.h"
#include "pipeline/feed_metrics.h"
#include "pipeline/feed_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace sb {

namespace {

// A close that reconnecting would only repeat: the server refused what this client asks for.
bool closeWouldRepeat(const QString &reason)
{
    return reason.contains(QLatin1String("forbidden"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("Invalid message format"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("unauthorized"), Qt::CaseInsensitive);
}

} // namespace

PubSubFeed::PubSubFeed(const PubSubFeedConfig &config, QObject *parent)
    : Feed(config.name, QStringLiteral("pubsub"), parent)
    , m_config(config)
    , m_backoff(config.reconnectMinMs, config.reconnectMaxMs)
    // Parented so that moveToThread() takes the timers along to the io thread.
    , m_session(this)
    , m_reconnectTimer(this)
    , m_answerTimer(this)
    , m_topics(config.topics)
    , m_appId(config.appId())
{
    m_topics.removeDuplicates();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PubSubFeed::connectSocket);
    PubSubSession::Options options;
    options.maxMessageBytes = config.maxMessageBytes;
    options.pingIntervalMs = config.pingIntervalMs;
    options.pongTimeoutMs = config.pongTimeoutMs;
    m_session.setOptions(options);
    m_session.setClock([this] { return nowMs(); });
    m_session.setFrameSink(frameSink());
    connect(&m_session, &PubSubSession::connected, this, &PubSubFeed::onConnected);
    connect(&m_session, &PubSubSession::closed, this, &PubSubFeed::onClosed);
    connect(&m_session, &PubSubSession::pingTimedOut, this, [this](qint64 silentMs) {
        reportError(error(FeedError::Stage::Connect, QStringLiteral("ping_timeout"),
            QStringLiteral("no pong and no message for %1 ms").arg(silentMs), true));
    });
    m_answerTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, &PubSubFeed::expireAnswers);
}

PubSubFeed::~PubSubFeed() = default;

std::unique_ptr<FrameDecoder> PubSubFeed::createDecoder() const
{
    PubSubEventDecoder::Options options;
    options.maxMessageBytes = qsizetype(m_config.maxMessageBytes);
    return std::make_unique<PubSubEventDecoder>(m_config.name, options);
}

FeedError PubSubFeed::error(FeedError::Stage stage, const QString &code, const QString &message, bool retryable) const
{
    return Feed::error(stage, code, redact(message), retryable);
}

QString PubSubFeed::redact(const QString &text) const
{
    return SecretRedactor::redactValues(
        SecretRedactor::redactText(text), {m_token, m_config.token, m_config.signingKey, m_config.adminToken});
}

void PubSubFeed::start()
{
    if (!buildTls(m_config.caFile))
        return;
    m_running = true;
    connectSocket();
}

void PubSubFeed::stop()
{
    m_running = false;
    cancelReconnect();
    m_answerTimer.stop();
    for (const PubSubPendingAnswers::Pending &p : m_pending.takeAll())
        reply(p.command, false, QStringLiteral("feed stopped"));
    m_session.close();
    m_connectionId.clear();
    m_closeBarrier = 0;
    setState(FeedState::Idle, QStringLiteral("stopped"));
}

void PubSubFeed::connectSocket()
{
    m_reconnectScheduled.store(false, std::memory_order_relaxed);
    if (!m_running)
        return;
    QString problem;
    const qint64 nowSec = nowMs() / 1000;
    m_token = PubSubTokenSource(m_config).token(nowSec, &problem);
    if (m_token.isEmpty()) {
        failWith(QStringLiteral("token"), problem);
        return;
    }
    const std::optional<JwtClaims> claims = JwtClaims::parse(m_token);
    m_permissionsKnown = claims.has_value();
    m_permissions = PubSubPermissions(claims ? claims->permissions() : QStringList());
    m_subject = claims ? claims->subject() : QString();
    m_tokenExpiresSec = claims ? claims->expiresAtSec() : 0;
    // Refused here rather than by the server, which would close the connection and name no topic.
    const QString refused = refusedTopics();
    if (!refused.isEmpty()) {
        failWith(QStringLiteral("topic_refused"), refused, FeedError::Stage::Subscribe);
        return;
    }

    QUrl url = m_config.url;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("access_token"));
    query.addQueryItem(QStringLiteral("access_token"), m_token);
    url.setQuery(query);

    m_httpStatus = 0;
    m_connectionId.clear();
    m_sentSubscriptions.clear();
    postReset();
    setState(FeedState::Connecting, QStringLiteral("connecting to %1").arg(SecretRedactor::redactUrl(url)));
    m_session.open(url, tls());
}

void PubSubFeed::onConnected()
{
    setState(FeedState::LoggingIn, QStringLiteral("connected to %1, waiting for the welcome").arg(m_config.url.host()));
}

void PubSubFeed::onClosed(const PubSubSession::Close &close)
{
    m_httpStatus = close.httpStatus;
    m_close = {close.code, redact(close.reason.left(200)), redact(close.socketError), !m_connectionId.isEmpty()};
    m_connectionId.clear();
    // Frames that arrived before the close (an ack, a reply) are still in the decode queue: act once they are out.
    m_closeBarrier = ++m_nextBarrier;
    if (!postBarrier(m_closeBarrier))
        finishClose();
}

void PubSubFeed::finishClose()
{
    m_closeBarrier = 0;
    for (const PubSubPendingAnswers::Pending &p : m_pending.takeAll())
        reply(p.command, false, QStringLiteral("connection closed before the answer came"));
    emitSession();
    if (!m_running)
        return;
    const int code = m_close.code;
    const QString &reason = m_close.reason;
    if (m_httpStatus == 401 || m_httpStatus == 403) {
        failWith(QStringLiteral("http_%1").arg(m_httpStatus),
            QStringLiteral("the server refused the token (HTTP %1): check the signing key, subject and permissions")
                .arg(m_httpStatus));
        return;
    }
    const QString refusedTopic = serverRefusedTopics(reason);
    if (!refusedTopic.isEmpty()) {
        failWith(QStringLiteral("topic_refused"),
            QStringLiteral("the server refused the subscription to %1 and closed the connection: %2 %3")
                .arg(refusedTopic, QString::number(code), reason),
            FeedError::Stage::Subscribe);
        return;
    }
    if (!reason.isEmpty() && closeWouldRepeat(reason)) {
        failWith(QStringLiteral("closed_%1").arg(code),
            QStringLiteral("the server closed the connection: %1 %2").arg(code).arg(reason));
        return;
    }
    QString why = m_httpStatus > 0 ? QStringLiteral("upgrade refused with HTTP %1").arg(m_httpStatus)
        : !reason.isEmpty()        ? QStringLiteral("closed by the server: %1 %2").arg(code).arg(reason)
        : m_close.wasWelcomed      ? QStringLiteral("connection lost (%1)").arg(code)
                                   : QStringLiteral("cannot connect: %1").arg(m_close.socketError);
    if (metrics())
        metrics()->reconnects.fetch_add(1, std::memory_order_relaxed);
    reportError(error(FeedError::Stage::Connect,
        m_httpStatus > 0 ? QStringLiteral("http_%1").arg(m_httpStatus) : QStringLiteral("closed_%1").arg(code), why,
        true));
    scheduleReconnect(why);
}

void PubSubFeed::scheduleReconnect(const QString &why)
{
    const int delay = m_backoff.nextDelayMs();
    m_reconnectScheduled.store(true, std::memory_order_relaxed);
    m_reconnectTimer.start(delay);
    setState(FeedState::Reconnecting, QStringLiteral("%1; reconnecting in %2 s").arg(why).arg((delay + 999) / 1000));
}

void PubSubFeed::failWith(const QString &code, const QString &message, FeedError::Stage stage)
{
    m_running = false;
    cancelReconnect();
    m_session.stopPinging();
    emitSession();
    fail(error(stage, code, message, false));
}

void PubSubFeed::cancelReconnect()
{
    m_reconnectTimer.stop();
    m_reconnectScheduled.store(false, std::memory_order_relaxed);
}

QString PubSubFeed::refusedTopics() const
{
    QStringList refused;
    for (const QString &topic : m_topics) {
        // Configs are checked when read; this catches one built in code.
        const QString problem = PubSubTopicName::subscribeProblem(topic);
        if (!problem.isEmpty())
            return problem;
        if (m_permissionsKnown && !m_permissions.canSubscribe(topic))
            refused << PubSubTopicName::quoted(topic);
    }
    if (refused.isEmpty())
        return QString();
    if (refused.size() == 1)
        return QStringLiteral("topic %1 refused: the token grants no realtime:subscriber:read:topic permission that "
                              "matches it, and the server would close the connection over it")
            .arg(refused.first());
    return QStringLiteral("topics %1 refused: the token grants no realtime:subscriber:read:topic permission that "
                          "matches them, and the server would close the connection over them")
        .arg(refused.join(QStringLiteral(", ")));
}

QString PubSubFeed::serverRefusedTopics(const QString &reason) const
{
    // The server names no topic, only the kind ("Subscription to secure topic is forbidden!"), and acts on the
    // first refused subscription; the candidates are the subscriptions of that kind sent on this connection.
    if (!reason.contains(QLatin1String("Subscription"), Qt::CaseInsensitive)
        || !reason.contains(QLatin1String("forbidden"), Qt::CaseInsensitive))
        return QString();
    const bool secure = reason.contains(QLatin1String("secure"), Qt::CaseInsensitive);
    const bool priv = reason.contains(QLatin1String("private"), Qt::CaseInsensitive);
    QStringList candidates;
    for (const QString &topic : m_sentSubscriptions)
        if ((!secure || PubSubPermissions::isSecureTopic(topic)) && (!priv || PubSubPermissions::isPrivateTopic(topic)))
            candidates << PubSubTopicName::quoted(topic);
    candidates.removeDuplicates();
    if (candidates.isEmpty())
        return QStringLiteral("a topic");
    if (candidates.size() == 1)
        return QStringLiteral("topic %1").arg(candidates.first());
    return QStringLiteral("one of the topics %1").arg(candidates.join(QStringLiteral(", ")));
}

bool PubSubFeed::sendText(const QByteArray &frame)
{
    return !m_connectionId.isEmpty() && m_session.sendText(frame);
}

void PubSubFeed::handleControl(const QVariant &message)
{
    if (message.canConvert<PubSubWelcome>())
        onWelcome(message.value<PubSubWelcome>());
    else if (message.canConvert<PubSubAnswer>())
        onAnswer(message.value<PubSubAnswer>());
    else if (message.canConvert<FrameBarrier>() && message.value<FrameBarrier>().id == m_closeBarrier
        && m_closeBarrier != 0)
        finishClose();
}

void PubSubFeed::onWelcome(const PubSubWelcome &welcome)
{
    if (!m_running || !m_session.isActive())
        return;
    m_connectionId = welcome.connectionId;
    if (!welcome.appId.isEmpty())
        m_appId = welcome.appId;
    m_backoff.reset();
    setState(FeedState::Subscribing, QStringLiteral("welcomed as %1").arg(m_connectionId));
    // Subscriptions live per connection: every welcome starts from none.
    for (const QString &topic : qAsConst(m_topics))
        if (sendText(PubSubClientMessage::subscribe(topic)))
            m_sentSubscriptions << topic;
    setState(FeedState::Live,
        QStringLiteral("connection %1 on app %2, %3 topic(s)").arg(m_connectionId, m_appId).arg(m_topics.size()));
    emitSession();
}

void PubSubFeed::emitSession()
{
    QJsonObject session {{QStringLiteral("op"), QStringLiteral("session")}, {QStringLiteral("ok"), true},
        {QStringLiteral("connectionId"), m_connectionId}, {QStringLiteral("appId"), m_appId},
        {QStringLiteral("subject"), m_subject}, {QStringLiteral("permissions"), QJsonArray()},
        {QStringLiteral("expiresAt"), double(m_tokenExpiresSec)}, {QStringLiteral("renewsOnConnect"), m_config.mints()},
        {QStringLiteral("topics"), QJsonArray::fromStringList(m_topics)},
        {QStringLiteral("maxPayloadBytes"), m_config.maxPayloadBytes}};
    if (const std::optional<JwtClaims> claims = JwtClaims::parse(m_token))
        session.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(claims->permissions()));
    Q_EMIT commandResult(session);
}

void PubSubFeed::reply(const QJsonObject &command, bool ok, const QString &problem, QJsonObject extra)
{
    extra.insert(QStringLiteral("op"), command.value(QStringLiteral("op")));
    extra.insert(QStringLiteral("ok"), ok);
    if (command.contains(QStringLiteral("id")))
        extra.insert(QStringLiteral("id"), command.value(QStringLiteral("id")));
    if (!problem.isEmpty())
        extra.insert(QStringLiteral("error"), redact(problem));
    Q_EMIT commandResult(extra);
}

void PubSubFeed::handleCommand(const QJsonObject &command)
{
    const QString op = command.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("subscribe"))
        subscribeCommand(command);
    else if (op == QLatin1String("unsubscribe"))
        unsubscribeCommand(command);
    else if (op == QLatin1String("publish"))
        publishCommand(command, true);
    else if (op == QLatin1String("send"))
        publishCommand(command, false);
    else if (op == QLatin1String("adminPublish"))
        adminCommand(command, true);
    else if (op == QLatin1String("health"))
        adminCommand(command, false);
    else if (op == QLatin1String("session"))
        emitSession();
    else
        reply(command, false, QStringLiteral("unknown op \"%1\"").arg(op.left(40)));
}

void PubSubFeed::subscribeCommand(const QJsonObject &command)
{
    const QString topic = command.value(QStringLiteral("topic")).toString();
    QString problem = PubSubClientMessage::checkSubscribeTopic(topic);
    if (problem.isEmpty() && m_permissionsKnown && !m_permissions.canSubscribe(topic))
        problem = QStringLiteral("the token grants no realtime:subscriber:read:topic permission for %1; the server "
                                 "would close the connection")
                      .arg(topic);
    if (!problem.isEmpty()) {
        reply(command, false, problem);
        return;
    }
    if (!m_topics.contains(topic))
        m_topics.append(topic);
    const bool sent = sendText(PubSubClientMessage::subscribe(topic));
    if (sent)
        m_sentSubscriptions << topic;
    reply(command, true, QString(),
        {{QStringLiteral("topic"), topic}, {QStringLiteral("sent"), sent},
            {QStringLiteral("topics"), QJsonArray::fromStringList(m_topics)}});
}

void PubSubFeed::unsubscribeCommand(const QJsonObject &command)
{
    const QString topic = command.value(QStringLiteral("topic")).toString();
    if (!m_topics.removeAll(topic)) {
        reply(command, false, QStringLiteral("not subscribed to %1").arg(topic.left(100)));
        return;
    }
    const bool sent = sendText(PubSubClientMessage::unsubscribe(topic));
    reply(command, true, QString(),
        {{QStringLiteral("topic"), topic}, {QStringLiteral("sent"), sent},
            {QStringLiteral("topics"), QJsonArray::fromStringList(m_topics)}});
}

void PubSubFeed::publishCommand(const QJsonObject &command, bool toTopic)
{
    const QString topic = command.value(QStringLiteral("topic")).toString();
    const QString messageType = command.value(QStringLiteral("messageType")).toString();
    const QJsonValue payload = command.value(QStringLiteral("payload"));
    const bool compress = command.value(QStringLiteral("compress")).toBool(false);
    const QString waitFor = command.value(QStringLiteral("waitFor")).toString();
    const int timeoutMs = command.value(QStringLiteral("timeoutMs")).toInt(m_config.commandTimeoutMs);
    QString messageId = command.value(QStringLiteral("messageId")).toString();
    if (messageId.isEmpty())
        messageId = PubSubClientMessage::newId();

    QString problem = PubSubClientMessage::checkPayloadSize(payload, m_config.maxPayloadBytes);
    if (problem.isEmpty() && toTopic)
        problem = PubSubClientMessage::checkPublishTopic(topic);
    if (problem.isEmpty() && toTopic && m_permissionsKnown && !m_permissions.canPublish(topic))
        problem = QStringLiteral("the token grants no realtime:publisher:write:topic permission for %1").arg(topic);
    if (problem.isEmpty() && !waitFor.isEmpty() && waitFor != QLatin1String("ack") && waitFor != QLatin1String("reply"))
        problem = QStringLiteral("waitFor must be ack or reply");
    if (!problem.isEmpty()) {
        reply(command, false, problem);
        return;
    }
    const QByteArray frame = toTopic ? PubSubClientMessage::publish(topic, messageType, payload, compress, messageId)
                                     : PubSubClientMessage::message(messageType, payload, compress, messageId);
    if (!sendText(frame)) {
        reply(command, false, QStringLiteral("not connected"));
        return;
    }
    QJsonObject sent {{QStringLiteral("messageId"), messageId}, {QStringLiteral("frame"), QString::fromUtf8(frame)},
        {QStringLiteral("size"), double(frame.size())}, {QStringLiteral("sentMs"), double(nowMs())}};
    if (waitFor.isEmpty()) {
        reply(command, true, QString(), sent);
        return;
    }
    QJsonObject pendingCommand = command;
    pendingCommand.insert(QStringLiteral("messageId"), messageId);
    pendingCommand.insert(QStringLiteral("frame"), QString::fromUtf8(frame));
    m_pending.add(messageId,
        {pendingCommand,
            waitFor == QLatin1String("reply") ? PubSubPendingAnswers::Want::Reply : PubSubPendingAnswers::Want::Ack,
            nowMs() + qMax(1, timeoutMs), nowMs()});
    armAnswerTimer();
}

void PubSubFeed::onAnswer(const PubSubAnswer &answer)
{
    const std::optional<PubSubPendingAnswers::Pending> pending = m_pending.settle(answer);
    if (!pending)
        return;
    QJsonObject extra {{QStringLiteral("messageId"), answer.id},
        {QStringLiteral("frame"), pending->command.value(QStringLiteral("frame"))},
        {QStringLiteral("answer"),
            answer.kind == PubSubAnswer::Kind::Ack ? QStringLiteral("ack") : QStringLiteral("reply")},
        {QStringLiteral("latencyMs"), double(nowMs() - pending->sentMs)},
        {QStringLiteral("sentMs"), double(pending->sentMs)}};
    if (answer.kind == PubSubAnswer::Kind::Reply) {
        extra.insert(QStringLiteral("status"), answer.status);
        extra.insert(QStringLiteral("data"), answer.data);
    }
    reply(pending->command, true, QString(), extra);
    armAnswerTimer();
}

void PubSubFeed::armAnswerTimer()
{
    const qint64 next = m_pending.nextDeadlineMs();
    if (next == 0) {
        m_answerTimer.stop();
        return;
    }
    m_answerTimer.start(int(qBound<qint64>(0, next - nowMs(), qint64(24) * 3600 * 1000)));
}

void PubSubFeed::expireAnswers()
{
    for (const PubSubPendingAnswers::Pending &p : m_pending.expire(nowMs())) {
        const QString want
            = p.want == PubSubPendingAnswers::Want::Ack ? QStringLiteral("ack") : QStringLiteral("reply");
        reply(p.command, false, QStringLiteral("timeout: no %1 within %2 ms").arg(want).arg(p.deadlineMs - p.sentMs),
            {{QStringLiteral("messageId"), p.command.value(QStringLiteral("messageId"))},
                {QStringLiteral("frame"), p.command.value(QStringLiteral("frame"))}, {QStringLiteral("timeout"), true},
                {QStringLiteral("sentMs"), double(p.sentMs)}});
    }
    armAnswerTimer();
}

void PubSubFeed::adminCommand(const QJsonObject &command, bool publish)
{
    QUrl url = m_config.adminBase();
    QNetworkRequest request;
    PubSubAdminCall::prepare(request);
    if (!tls().isNull() && url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(tls());
    request.setTransferTimeout(m_config.commandTimeoutMs);
    QNetworkReply *networkReply = nullptr;
    if (publish) {
        if (m_config.adminToken.isEmpty()) {
            reply(command, false, QStringLiteral("no adminToken configured"));
            return;
        }
        const QString topic = command.value(QStringLiteral("topic")).toString();
        const QJsonValue message = command.value(QStringLiteral("payload"));
        QString problem = PubSubClientMessage::checkPublishTopic(topic);
        if (problem.isEmpty())
            problem = PubSubClientMessage::checkPayloadSize(message, m_config.maxPayloadBytes);
        if (!problem.isEmpty()) {
            reply(command, false, problem);
            return;
        }
        url.setPath(QStringLiteral("/api/topics/%1/publish").arg(m_appId));
        request.setUrl(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_config.adminToken.toUtf8());
        const QJsonObject body {{QStringLiteral("topic"), topic}, {QStringLiteral("message"), message},
            {QStringLiteral("compress"), command.value(QStringLiteral("compress")).toBool(false)}};
        networkReply = network()->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else {
        url.setPath(QStringLiteral("/api/health/status"));
        request.setUrl(url);
        networkReply = network()->get(request);
    }
    PubSubAdminCall::watch(networkReply, name(), PubSubAdminCall::DefaultMaxBodyBytes, this,
        [this, command](const PubSubAdminCall::Result &result) {
            QJsonObject extra {{QStringLiteral("httpStatus"), result.httpStatus},
                {QStringLiteral("body"), redact(QString::fromUtf8(result.body.left(2000)))}};
            if (!result.errorCode.isEmpty()) {
                // A redirect or an oversized answer says something about the configuration or the server, not
                // about this one command: it also reaches the status bar and the CLI's stderr.
                if (result.errorCode != QLatin1String("admin_network"))
                    reportError(error(FeedError::Stage::Connect, result.errorCode, result.error, false));
                reply(command, false, result.error, extra);
                return;
            }
            const bool ok = result.httpStatus >= 200 && result.httpStatus < 300;
            reply(command, ok, ok ? QString() : QStringLiteral("HTTP %1").arg(result.httpStatus), extra);
        });
}

} // namespace sb
