#include "pubsub_emulator.h"

#include "auth/jwt_signer.h"
#include "sim/emulator_registry.h"
#include "sim/loopback_http_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

#include <utility>

namespace sb::sim {

PubSubEmulator::PubSubEmulator(const PubSubEmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_time(this, {[this] { pingAll(); }, [this] { publishDemo(1); }, [this] { housekeeping(); }, 250})
    , m_front(m_time, this)
    , m_demo(options.seed)
    // Message ids must not repeat across runs: a desk that keeps history would take them for the same message.
    , m_runTag(QString::number(QRandomGenerator::global()->generate(), 36))
{
    m_clientVerifier.addKey(JwtKey::hmac(options.clientKey.toUtf8()));
    m_adminVerifier.addKey(JwtKey::hmac(options.adminKey.toUtf8()));
    connect(&m_front, &EmulatorFront::connected, this, &PubSubEmulator::onWebSocket);
}

PubSubEmulator::~PubSubEmulator()
{
    stop();
}

void PubSubEmulator::pingAll()
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it)
        if (it->socket && it->socket->state() == QAbstractSocket::ConnectedState)
            it->socket->ping();
}

bool PubSubEmulator::start()
{
    EmulatorFront::Setup setup;
    setup.tls = m_options.tls;
    setup.caFileName = QStringLiteral("pubsub-ca.pem");
    setup.serverName = QStringLiteral("pubsub-emulator");
    setup.gatekeeper = [this](const UpgradeRequest &request) { return vetUpgrade(request); };
    setup.routes = [this](LoopbackHttpServer &http) {
        http.route("/api/health/status",
            [](const HttpRequest &, const HttpResponder &responder) { responder.send(200, R"({"status":"ok"})"); });
        http.route("/api/topics/",
            [this](const HttpRequest &request, const HttpResponder &responder) { onAdminPublish(request, responder); });
    };
    setup.pingIntervalMs = m_options.pingIntervalMs;
    setup.eventsPerSecond = m_options.demoMessagesPerSecond;
    return m_front.start(setup);
}

void PubSubEmulator::stop()
{
    m_front.stop(std::exchange(m_clients, {}).keys(), this);
}

QUrl PubSubEmulator::url() const
{
    return m_front.webSocketUrl(QStringLiteral("/apps/") + m_options.appId);
}

QUrl PubSubEmulator::adminUrl() const
{
    return m_front.httpUrl();
}

QString PubSubEmulator::caFile() const
{
    return m_front.caFile();
}

QString PubSubEmulator::clientToken(const QString &subject, const QStringList &permissions, int lifetimeSec) const
{
    const qint64 nowSec = m_time.now() / 1000;
    return JwtSigner(JwtAlgorithm::HS256, JwtKey::hmac(m_options.clientKey.toUtf8()))
        .sign(
            {{QStringLiteral("sub"), subject}, {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
                {QStringLiteral("iat"), double(nowSec)}, {QStringLiteral("exp"), double(nowSec + lifetimeSec)}});
}

QString PubSubEmulator::adminToken(const QStringList &permissions, int lifetimeSec) const
{
    const qint64 nowSec = m_time.now() / 1000;
    return JwtSigner(JwtAlgorithm::HS256, JwtKey::hmac(m_options.adminKey.toUtf8()))
        .sign({{QStringLiteral("sub"), QStringLiteral("admin")},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
            {QStringLiteral("iat"), double(nowSec)}, {QStringLiteral("exp"), double(nowSec + lifetimeSec)}});
}

QJsonObject PubSubEmulator::feedConfig(const QString &name) const
{
    QJsonObject config {{QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("pubsub")},
        {QStringLiteral("url"), url().toString()}, {QStringLiteral("signingKey"), m_options.clientKey},
        {QStringLiteral("algorithm"), QStringLiteral("HS256")},
        {QStringLiteral("subject"), QStringLiteral("sb-inspector")},
        {QStringLiteral("permissions"),
            QJsonArray {QStringLiteral("realtime:subscriber:read:topic:secure/*"),
                QStringLiteral("realtime:publisher:write:topic:*")}},
        {QStringLiteral("topics"),
            QJsonArray {QStringLiteral("prices"), QStringLiteral("chat"), QStringLiteral("telemetry"),
                QStringLiteral("secure/inbound")}},
        {QStringLiteral("adminToken"),
            adminToken({QStringLiteral("realtime:publisher:write:topic:*")}, 30 * 24 * 3600)},
        {QStringLiteral("adminUrl"), adminUrl().toString()}};
    if (m_options.tls)
        config.insert(QStringLiteral("caFile"), caFile());
    return config;
}

void PubSubEmulator::setFault(PubSubFault fault, bool on)
{
    if (on)
        m_faults.insert(int(fault));
    else
        m_faults.remove(int(fault));
}

void PubSubEmulator::trigger(PubSubFault fault)
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *s : sockets) {
        if (fault == PubSubFault::DropConnections)
            s->abort();
        else if (fault == PubSubFault::GoingAway)
            closeClient(s, 1001, QStringLiteral("Server is restarting"));
    }
}

UpgradeVerdict PubSubEmulator::vetUpgrade(const UpgradeRequest &request)
{
    // The token is checked on the HTTP upgrade, before any WebSocket exists.
    auto refuse = [this](int status, const QByteArray &text, const QByteArray &body) {
        ++m_upgradesRejected;
        return UpgradeVerdict::refuse(status, text, body);
    };
    if (m_faults.contains(int(PubSubFault::RejectUpgrades)))
        return refuse(503, "Service Unavailable", "maintenance");
    if (request.target.path() != QStringLiteral("/apps/") + m_options.appId)
        return refuse(404, "Not Found", "unknown application");
    const QString token = QUrlQuery(request.target).queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    const JwtVerifier::Result verdict = m_clientVerifier.verify(token, m_time.now() / 1000);
    if (!verdict.ok())
        return refuse(401, "Unauthorized", verdict.error.toUtf8());
    const QString subject = verdict.claims->subject();
    int sameSubject = 0;
    for (const Client &c : qAsConst(m_clients))
        if (c.subject == subject)
            ++sameSubject;
    if (m_options.maxConnectionsPerSubject > 0 && sameSubject >= m_options.maxConnectionsPerSubject)
        return refuse(429, "Too Many Requests", "connection limit reached for this subject");
    return UpgradeVerdict::accept();
}

void PubSubEmulator::onWebSocket(QWebSocket *socket)
{
    socket->setParent(this);
    ++m_connections;
    const QString token
        = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    const std::optional<JwtClaims> claims = JwtClaims::parse(token);
    Client c;
    c.socket = socket;
    c.connectionId
        = QStringLiteral("%1").arg(++m_nextConnection * 0x9e3779b1ULL % 0xffffffffffULL, 10, 16, QLatin1Char('0'));
    c.subject = claims ? claims->subject() : QString();
    c.permissionList = claims ? claims->permissions() : QStringList();
    c.permissions = PubSubGrants(c.permissionList);
    c.lastActivityMs = m_time.now();
    m_clients.insert(socket, c);
    connect(
        socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onText(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
        [this, socket](const QByteArray &data) { onText(socket, QString::fromUtf8(data)); });
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        auto it = m_clients.find(socket);
        if (it != m_clients.end())
            it->lastActivityMs = m_time.now();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        auto it = m_clients.find(socket);
        if (it != m_clients.end()) {
            const Client gone = *it;
            m_clients.erase(it);
            if (gone.welcomed)
                presence(gone, false);
            Q_EMIT clientDisconnected(gone.connectionId);
        }
        socket->deleteLater();
    });
    Q_EMIT clientConnected(c.connectionId, c.subject);
    if (!m_faults.contains(int(PubSubFault::NoWelcome)))
        welcome(socket);
}

void PubSubEmulator::welcome(QWebSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    it->welcomed = true;
    // Every connection is on main and on its own private topics.
    it->topics
        = {QStringLiteral("main"), QStringLiteral("priv/") + it->connectionId, QStringLiteral("priv/") + it->subject};
    const QJsonObject connection {{QStringLiteral("id"), it->connectionId}, {QStringLiteral("appId"), m_options.appId},
        {QStringLiteral("remoteAddress"), socket->peerAddress().toString()}};
    send(socket, QStringLiteral("main"), QStringLiteral("welcome"),
        QJsonObject {{QStringLiteral("connection"), connection}});
    presence(*it, true);
}

QJsonObject PubSubEmulator::clientInfo(const Client &c) const
{
    return {{QStringLiteral("connectionId"), c.connectionId}, {QStringLiteral("subject"), c.subject},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(c.permissionList)}};
}

void PubSubEmulator::presence(const Client &c, bool connected)
{
    if (!m_options.inboundTopic)
        return;
    const QJsonObject data {{QStringLiteral("client"), clientInfo(c)}, {QStringLiteral("subProtocol"), 1},
        {QStringLiteral("payload"),
            QJsonObject {{QStringLiteral("code"), connected ? 0 : -1},
                {QStringLiteral("status"), connected ? QStringLiteral("connected") : QStringLiteral("disconnected")}}}};
    deliver(QStringLiteral("secure/inbound"), QStringLiteral("presence"), data, false);
}

void PubSubEmulator::send(
    QWebSocket *socket, const QString &topic, const QString &messageType, const QJsonValue &data, bool compress)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray json = QJsonDocument(
        QJsonObject {{QStringLiteral("topic"), topic}, {QStringLiteral("messageType"), messageType},
            {QStringLiteral("data"),
                data}}).toJson(QJsonDocument::Compact);
    // Compressed deliveries arrive as binary frames; QtWebSockets negotiates no permessage-deflate, so the bytes
    // are the UTF-8 JSON itself.
    if (compress) {
        ++m_binarySent;
        socket->sendBinaryMessage(json);
    } else {
        socket->sendTextMessage(QString::fromUtf8(json));
    }
}

void PubSubEmulator::deliver(const QString &topic, const QString &messageType, const QJsonValue &data, bool compress)
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it)
        if (it->welcomed && it->topics.contains(topic))
            send(it->socket, topic, messageType, data, compress);
}

void PubSubEmulator::publish(
    const QString &topic, const QString &messageType, const QJsonValue &payload, bool compress, const QString &subject)
{
    const QJsonObject data {{QStringLiteral("payload"), payload},
        {QStringLiteral("client"),
            QJsonObject {
                {QStringLiteral("connectionId"), QStringLiteral("server")}, {QStringLiteral("subject"), subject}}},
        {QStringLiteral("id"), QStringLiteral("srv-%1-%2").arg(m_runTag).arg(++m_nextMessage)}};
    deliver(topic, messageType.isEmpty() ? QStringLiteral("broadcast") : messageType, data, compress);
}

void PubSubEmulator::publishDemo(int count)
{
    for (int i = 0; i < count; ++i) {
        const PubSubDemoTraffic::Message m = m_demo.next();
        publish(m.topic, m.messageType, m.payload, m.compress, m.subject);
    }
}

void PubSubEmulator::closeClient(QWebSocket *socket, int code, const QString &reason)
{
    m_closeCodes << code;
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void PubSubEmulator::onText(QWebSocket *socket, const QString &text)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    it->lastActivityMs = m_time.now();
    ++m_messagesReceived;
    if (text.toUtf8().size() > m_options.maxMessageBytes + 512) {
        closeClient(socket, 1009, QStringLiteral("Message size limit exceeded!"));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject message = doc.object();
    const QString type = message.value(QStringLiteral("type")).toString();
    const QJsonValue data = message.value(QStringLiteral("data"));
    if (!doc.isObject() || type.isEmpty() || !data.isObject()) {
        closeClient(socket, 1008, QStringLiteral("Invalid message format!"));
        return;
    }
    Q_EMIT messageReceived(it->connectionId, message);
    onClientMessage(*it, type, data.toObject());
}

void PubSubEmulator::onClientMessage(Client &c, const QString &type, const QJsonObject &data)
{
    QWebSocket *socket = c.socket;
    const QString topic = data.value(QStringLiteral("topic")).toString();
    if (type == QLatin1String("subscribe")) {
        if (PubSubGrants::isPrivateTopic(topic)) {
            closeClient(socket, 1008, QStringLiteral("Subscription to private topic is forbidden!"));
            return;
        }
        const bool refuseSecure
            = m_faults.contains(int(PubSubFault::RefuseSecureSubscriptions)) && PubSubGrants::isSecureTopic(topic);
        if (refuseSecure || !c.permissions.canSubscribe(topic)) {
            closeClient(socket, 1008, QStringLiteral("Subscription to secure topic is forbidden!"));
            return;
        }
        ++m_subscribes;
        c.topics.insert(topic);
        Q_EMIT subscribed(c.connectionId, topic);
        return;
    }
    if (type == QLatin1String("unsubscribe")) {
        c.topics.remove(topic);
        return;
    }
    const QJsonValue payload = data.value(QStringLiteral("payload"));
    QByteArray payloadBytes = payload.isString()
        ? payload.toString().toUtf8()
        : QJsonDocument::fromVariant(payload.toVariant()).toJson(QJsonDocument::Compact);
    if (payloadBytes.size() > m_options.maxMessageBytes) {
        closeClient(socket, 1009, QStringLiteral("Message size limit exceeded!"));
        return;
    }
    QString id = data.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = QStringLiteral("gen-%1-%2").arg(m_runTag).arg(++m_nextMessage);
    const QString messageType = data.value(QStringLiteral("messageType")).toString(QStringLiteral("broadcast"));
    const bool compress = data.value(QStringLiteral("compress")).toBool(false);
    const QJsonObject envelopeData {
        {QStringLiteral("payload"), payload}, {QStringLiteral("client"), clientInfo(c)}, {QStringLiteral("id"), id}};
    if (type == QLatin1String("publish")) {
        if (!c.permissions.canPublish(topic)) {
            closeClient(socket, 1008, QStringLiteral("Publishing to topic is forbidden!"));
            return;
        }
        deliver(topic, messageType, envelopeData, compress);
    } else if (type == QLatin1String("message")) {
        if (m_options.inboundTopic)
            deliver(QStringLiteral("secure/inbound"), messageType, envelopeData, compress);
        if (m_options.replyToMessages && m_clients.contains(socket)) {
            const QJsonObject reply {
                {QStringLiteral("payload"),
                    QJsonObject {{QStringLiteral("data"),
                                     QJsonObject {{QStringLiteral("echo"), payload},
                                         {QStringLiteral("handledAt"), double(m_time.now())}}},
                        {QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("id"), id}}},
                {QStringLiteral("client"),
                    QJsonObject {{QStringLiteral("connectionId"), QStringLiteral("backend")},
                        {QStringLiteral("subject"), QStringLiteral("emulator-backend")}}},
                {QStringLiteral("id"), QString(QStringLiteral("rsp-") + id)}};
            send(socket, QStringLiteral("priv/") + c.connectionId, QStringLiteral("response"), reply, compress);
        }
    } else {
        closeClient(socket, 1008, QStringLiteral("Invalid message format!"));
        return;
    }
    if (m_options.inboundAcks && !m_faults.contains(int(PubSubFault::DropAcks)) && m_clients.contains(socket))
        send(socket, QStringLiteral("priv/acks"), QStringLiteral("ack"), QJsonObject {{QStringLiteral("data"), id}});
    if (m_faults.contains(int(PubSubFault::CloseAfterAck)) && m_clients.contains(socket))
        closeClient(socket, 1001, QStringLiteral("Server is restarting"));
}

void PubSubEmulator::onAdminPublish(const HttpRequest &request, const HttpResponder &responder)
{
    if (request.method != "POST" || request.url.path() != QStringLiteral("/api/topics/%1/publish").arg(m_options.appId))
        return responder.send(404, R"({"error":"not found"})");
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer "))
        return responder.send(401, R"({"error":"missing bearer token"})");
    const JwtVerifier::Result verdict = m_adminVerifier.verify(QString::fromLatin1(auth.mid(7)), m_time.now() / 1000);
    if (!verdict.ok())
        return responder.send(401, R"({"error":"invalid admin token"})");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString topic = body.value(QStringLiteral("topic")).toString();
    if (topic.isEmpty() || !body.contains(QStringLiteral("message")))
        return responder.send(400, R"({"error":"topic and message are required"})");
    if (!PubSubGrants(verdict.claims->permissions()).canPublish(topic))
        return responder.send(403, R"({"error":"publishing to this topic is forbidden"})");
    const QJsonValue message = body.value(QStringLiteral("message"));
    const QByteArray bytes = message.isString()
        ? message.toString().toUtf8()
        : QJsonDocument::fromVariant(message.toVariant()).toJson(QJsonDocument::Compact);
    if (bytes.size() > m_options.maxMessageBytes)
        return responder.send(413, R"({"error":"message size limit exceeded"})");
    // HTTP publishes deliver the raw message, with no payload wrapper.
    deliver(topic, QStringLiteral("broadcast"), message, body.value(QStringLiteral("compress")).toBool(false));
    responder.send(200, R"({"status":"ok"})");
}

void PubSubEmulator::housekeeping()
{
    if (m_options.idleTimeoutMs <= 0)
        return;
    const qint64 t = m_time.now();
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *s : sockets) {
        const Client &c = m_clients.value(s);
        if (t - c.lastActivityMs > m_options.idleTimeoutMs && s->state() == QAbstractSocket::ConnectedState)
            closeClient(s, 1000, QStringLiteral("Idle timeout"));
    }
}

QStringList PubSubEmulator::subscriptionsOf(const QString &subject) const
{
    QStringList out;
    for (const Client &c : m_clients)
        if (c.subject == subject)
            out += QStringList(c.topics.begin(), c.topics.end());
    out.sort();
    return out;
}

void PubSubEmulator::registerType()
{
    // Live prices, chat and telemetry for the topic inspector.
    registerEmulator<PubSubEmulator, PubSubEmulatorOptions>(QStringLiteral("pubsub"),
        QStringLiteral("the pub/sub emulator"),
        [](PubSubEmulatorOptions &options, const EmulatorOptions &) { options.demoMessagesPerSecond = 3; });
}

} // namespace sb::sim
