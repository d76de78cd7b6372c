#include "opera_emulator.h"

#include "sim/client_credentials_token_endpoint.h"
#include "sim/emulator_registry.h"
#include "sim/loopback_http_server.h"
#include "sim/opera/ohip_app_key_hash.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QWebSocket>

#include <utility>

namespace sb::sim {

namespace {

const QString kSubprotocol = QStringLiteral("graphql-transport-ws");
const QString kTokenPath = QStringLiteral("/oauth/v1/tokens");

QJsonObject typed(const char *type)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), QLatin1String(type));
    return o;
}

} // namespace

OperaEmulator::OperaEmulator(const OperaEmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_time(this, {[this] { pingAll(); }, [this] { publish(1); }, [this] { expireTokens(); }, 1000})
    , m_front(m_time, this)
    , m_generator(options.seed)
{
    m_log.setFirstOffset(options.firstOffset);
    connect(&m_front, &EmulatorFront::connected, this, &OperaEmulator::onWebSocket);
}

OperaEmulator::~OperaEmulator()
{
    stop();
}

bool OperaEmulator::start()
{
    ClientCredentialsTokenEndpoint tokens(m_options.clientId, m_options.clientSecret, m_options.tokenLifetimeSec,
        [this](const QString &) { return issueAccessToken(); });
    tokens.requireHeader("x-app-key", m_options.appKey.toUtf8(), 401,
        R"({"error":"invalid_client","error_description":"x-app-key missing or wrong"})");
    tokens.setBadClientAnswer(401, R"({"error":"invalid_client","error_description":"bad client credentials"})");
    EmulatorFront::Setup setup;
    setup.tls = m_options.tls;
    setup.caFileName = QStringLiteral("ohip-emulator-ca.pem");
    setup.serverName = QStringLiteral("ohip-emulator");
    setup.subprotocols = {kSubprotocol};
    setup.gatekeeper = [this](const UpgradeRequest &request) { return vetUpgrade(request); };
    setup.routes = [this, tokens](LoopbackHttpServer &http) {
        http.route(kTokenPath.toUtf8(), [this, tokens](const HttpRequest &request, const HttpResponder &responder) {
            ++m_tokenRequests;
            tokens.answer(request, responder);
        });
    };
    setup.pingIntervalMs = m_options.pingIntervalMs;
    setup.eventsPerSecond = m_options.eventsPerSecond;
    return m_front.start(setup);
}

void OperaEmulator::stop()
{
    m_consumers.clear();
    m_front.stop(std::exchange(m_streams, {}).keys(), this);
}

QUrl OperaEmulator::gatewayUrl() const
{
    return m_front.webSocketPortUrl(QStringLiteral("http"), QStringLiteral("https"));
}

QUrl OperaEmulator::tokenUrl() const
{
    return m_front.httpUrl(kTokenPath);
}

QUrl OperaEmulator::streamUrl() const
{
    QUrl url = m_front.webSocketUrl(QStringLiteral("/subscriptions"));
    url.setQuery(QStringLiteral("key=") + OhipAppKeyHash::of(m_options.appKey));
    return url;
}

QString OperaEmulator::caFile() const
{
    return m_front.caFile();
}

QStringList OperaEmulator::hotels(const QString &chainCode) const
{
    QStringList out;
    for (const QString &city : m_options.hotelCities)
        out << chainCode + city;
    return out;
}

QJsonObject OperaEmulator::feedConfig(const QString &name, const QString &chainCode) const
{
    QJsonObject c;
    c.insert(QStringLiteral("type"), QStringLiteral("opera"));
    c.insert(QStringLiteral("name"), name);
    c.insert(QStringLiteral("gatewayUrl"), gatewayUrl().toString());
    // The emulator serves the token on its own port; a real gateway serves both on one host.
    c.insert(QStringLiteral("tokenUrl"), tokenUrl().toString());
    c.insert(QStringLiteral("appKey"), m_options.appKey);
    c.insert(QStringLiteral("clientId"), m_options.clientId);
    c.insert(QStringLiteral("clientSecret"), m_options.clientSecret);
    c.insert(QStringLiteral("chainCode"), chainCode.isEmpty() ? m_options.chainCodes.value(0) : chainCode);
    c.insert(QStringLiteral("delta"), true);
    if (m_options.tls)
        c.insert(QStringLiteral("caFile"), caFile());
    return c;
}

QString OperaEmulator::issueAccessToken()
{
    const QString token = QStringLiteral("ohip-emu-") + QUuid::createUuid().toString(QUuid::Id128);
    m_tokens.insert(token, m_time.now() + qint64(m_options.tokenLifetimeSec) * 1000);
    ++m_tokensIssued;
    return token;
}

bool OperaEmulator::tokenValid(const QString &bearer) const
{
    if (!bearer.startsWith(QLatin1String("Bearer ")))
        return false;
    const auto it = m_tokens.constFind(bearer.mid(7));
    return it != m_tokens.constEnd() && m_time.now() < it.value();
}

QString OperaEmulator::consumerKey(const QString &chainCode) const
{
    return OhipAppKeyHash::of(m_options.appKey) + QLatin1Char('/') + chainCode;
}

UpgradeVerdict OperaEmulator::vetUpgrade(const UpgradeRequest &request)
{
    // OHIP checks the key on the HTTP upgrade and answers 400 before any WebSocket exists.
    const QString key = QUrlQuery(request.target).queryItemValue(QStringLiteral("key"));
    UpgradeVerdict verdict;
    if (m_faults.contains(int(OperaFault::RejectUpgrades)))
        verdict = UpgradeVerdict::refuse(429, "Too Many Requests");
    else if (request.target.path() != QLatin1String("/subscriptions") || key != OhipAppKeyHash::of(m_options.appKey))
        verdict = UpgradeVerdict::refuse(400, "Bad Request");
    if (!verdict.accepted())
        ++m_upgradesRejected;
    return verdict;
}

void OperaEmulator::onWebSocket(QWebSocket *socket)
{
    socket->setParent(this);
    ++m_connections;
    if (socket->subprotocol() != kSubprotocol) {
        // graphql-ws: a client that does not speak graphql-transport-ws gets 4406.
        closeStream(socket, 4406, QStringLiteral("Subprotocol not acceptable"));
        socket->deleteLater();
        return;
    }
    OperaStreamConnection c;
    c.socket = socket;
    c.openedMs = m_time.now();
    m_streams.insert(socket, c);
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, socket](const QString &text) { onMessage(socket, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        auto it = m_streams.find(socket);
        if (it != m_streams.end()) {
            release(*it);
            m_streams.erase(it);
            Q_EMIT streamClosed();
        }
        socket->deleteLater();
    });
    QTimer::singleShot(m_options.initTimeoutMs, socket, [this, socket] {
        auto it = m_streams.find(socket);
        if (it != m_streams.end() && !it->initialised)
            closeStream(socket, 4408, QStringLiteral("Connection initialisation timeout"));
    });
    Q_EMIT streamOpened();
}

void OperaEmulator::sendJson(QWebSocket *socket, const QJsonObject &message)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void OperaEmulator::closeStream(QWebSocket *socket, int code, const QString &reason)
{
    m_closeCodesSent << code;
    auto it = m_streams.find(socket);
    if (it != m_streams.end())
        release(*it);
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void OperaEmulator::release(OperaStreamConnection &c)
{
    if (!c.subscriptionId.isEmpty()) {
        const QString key = consumerKey(c.chainCode);
        if (m_consumers.value(key) == c.socket.data())
            m_consumers.remove(key);
        c.subscriptionId.clear();
    }
}

void OperaEmulator::onMessage(QWebSocket *socket, const QString &text)
{
    auto it = m_streams.find(socket);
    if (it == m_streams.end())
        return;
    OperaStreamConnection &c = *it;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject m = doc.object();
    const QString type = m.value(QStringLiteral("type")).toString();
    if (!doc.isObject() || type.isEmpty())
        return closeStream(socket, 4400, QStringLiteral("Invalid message received"));
    if (type == QLatin1String("connection_init")) {
        if (c.initialised)
            return closeStream(socket, 4429, QStringLiteral("Too many initialisation requests"));
        c.initialised = true;
        const QJsonObject payload = m.value(QStringLiteral("payload")).toObject();
        Q_EMIT initReceived(payload);
        if (m_faults.contains(int(OperaFault::RejectInit))
            || !tokenValid(payload.value(QStringLiteral("Authorization")).toString())
            || payload.value(QStringLiteral("x-app-key")).toString() != m_options.appKey)
            return closeStream(socket, 4401, QStringLiteral("Unauthorised - Invalid credentials"));
        c.acknowledged = true;
        sendJson(socket, typed("connection_ack"));
        return;
    }
    if (type == QLatin1String("ping")) {
        ++m_pingsReceived;
        if (m_faults.contains(int(OperaFault::StallPongs)))
            ++c.pendingPongs;
        else
            sendJson(socket, typed("pong"));
        return;
    }
    if (type == QLatin1String("pong")) {
        ++m_pongsReceived;
        Q_EMIT pongReceived();
        return;
    }
    if (type == QLatin1String("subscribe")) {
        if (!c.acknowledged)
            return closeStream(socket, 4401, QStringLiteral("Unauthorized"));
        return onSubscribe(c, m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("payload")).toObject());
    }
    if (type == QLatin1String("complete")) {
        ++m_completesReceived;
        Q_EMIT completeReceived();
        if (m.value(QStringLiteral("id")).toString() == c.subscriptionId) {
            release(c);
            // OHIP closes the socket itself after the client's complete.
            QTimer::singleShot(
                0, socket, [this, socket] { closeStream(socket, 1000, QStringLiteral("Normal Closure")); });
        }
        return;
    }
    closeStream(socket, 4400, QStringLiteral("Invalid message type"));
}

void OperaEmulator::onSubscribe(OperaStreamConnection &c, const QString &id, const QJsonObject &payload)
{
    QWebSocket *socket = c.socket.data();
    const QString query = payload.value(QStringLiteral("query")).toString();
    m_subscribeQueries << query;
    static const QRegularExpression inputRe(
        QStringLiteral("^\\s*subscription\\b[^{]*\\{\\s*newEvent\\s*\\(\\s*input\\s*:\\s*\\{([^}]*)\\}\\s*\\)"));
    static const QRegularExpression fieldRe(QStringLiteral("(\\w+)\\s*:\\s*(\"([^\"]*)\"|true|false)"));
    const QRegularExpressionMatch input = inputRe.match(query);
    auto invalid = [this, socket, &id](const QString &why) {
        QJsonObject error;
        error.insert(QStringLiteral("message"), why);
        QJsonObject m = typed("error");
        m.insert(QStringLiteral("id"), id);
        m.insert(QStringLiteral("payload"), QJsonArray {error});
        sendJson(socket, m);
        closeStream(socket, 4400, why.left(100));
    };
    if (id.isEmpty() || !input.hasMatch())
        return invalid(QStringLiteral("Invalid GraphQL subscription: expected newEvent(input: {...})"));
    QString chain;
    QString offset;
    QString hotelCode;
    bool delta = false;
    auto fields = fieldRe.globalMatch(input.captured(1));
    while (fields.hasNext()) {
        const QRegularExpressionMatch f = fields.next();
        const QString name = f.captured(1);
        const QString value = f.captured(3);
        if (name == QLatin1String("chainCode"))
            chain = value;
        else if (name == QLatin1String("offset"))
            offset = value;
        else if (name == QLatin1String("hotelCode"))
            hotelCode = value;
        else if (name == QLatin1String("delta"))
            delta = f.captured(2) == QLatin1String("true");
        else if (name != QLatin1String("offsetType"))
            return invalid(QStringLiteral("Invalid GraphQL subscription: unknown input field %1").arg(name));
    }
    static const QRegularExpression offsetRe(QStringLiteral("^[0-9]{1,10}$"));
    if (chain.isEmpty() || !m_options.chainCodes.contains(chain))
        return invalid(QStringLiteral("Invalid GraphQL subscription: unknown chainCode"));
    if (!offset.isEmpty() && !offsetRe.match(offset).hasMatch())
        return invalid(QStringLiteral("Invalid GraphQL subscription: offset must be up to 10 digits"));
    const QString key = consumerKey(chain);
    if (m_consumers.contains(key) && m_consumers.value(key) != socket) {
        m_closeCodesSent << 4409;
        socket->close(QWebSocketProtocol::CloseCode(4409), QStringLiteral("Subscriber for %1 already exists").arg(id));
        return;
    }
    c.subscriptionId = id;
    c.chainCode = chain;
    c.delta = delta;
    c.hotelCodes = hotelCode.isEmpty() ? QStringList() : hotelCode.split(QLatin1Char(','));
    // OHIP: an offset replays from that event; without one the stream continues after what this key saw last.
    c.nextOffset = !offset.isEmpty() ? offset.toLongLong() : m_lastSent.value(key, m_log.lastOffset(chain)) + 1;
    m_consumers.insert(key, socket);
    ++m_subscriptions;
    Q_EMIT subscribed(chain, offset.isEmpty() ? -1 : offset.toLongLong());
    sendEvents(c);
}

void OperaEmulator::sendEvents(OperaStreamConnection &c)
{
    if (c.subscriptionId.isEmpty() || !c.socket)
        return;
    const QList<QJsonObject> events = m_log.from(c.chainCode, c.nextOffset);
    for (const QJsonObject &e : events) {
        c.nextOffset
            = e.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("offset")).toString().toLongLong()
            + 1;
        if (!c.hotelCodes.isEmpty() && !c.hotelCodes.contains(e.value(QStringLiteral("hotelId")).toString()))
            continue;
        QJsonObject data;
        data.insert(QStringLiteral("newEvent"), e);
        QJsonObject payload;
        payload.insert(QStringLiteral("data"), data);
        QJsonObject m = typed("next");
        m.insert(QStringLiteral("id"), c.subscriptionId);
        m.insert(QStringLiteral("payload"), payload);
        sendJson(c.socket, m);
        ++m_eventsSent;
    }
    m_lastSent.insert(consumerKey(c.chainCode), c.nextOffset - 1);
}

void OperaEmulator::publish(int count)
{
    for (const QString &chain : m_options.chainCodes)
        for (int i = 0; i < count; ++i)
            m_log.append(chain, m_generator.next(hotels(chain), m_time.now(), true));
    for (OperaStreamConnection &c : m_streams)
        sendEvents(c);
}

void OperaEmulator::replayTo(const QString &chainCode, qint64 fromOffset)
{
    for (OperaStreamConnection &c : m_streams)
        if (c.chainCode == chainCode && !c.subscriptionId.isEmpty()) {
            c.nextOffset = fromOffset;
            sendEvents(c);
        }
}

void OperaEmulator::pingAll()
{
    for (const OperaStreamConnection &c : std::as_const(m_streams))
        if (c.acknowledged) {
            sendJson(c.socket, typed("ping"));
            ++m_pingsSent;
        }
}

void OperaEmulator::expireTokens()
{
    const qint64 t = m_time.now();
    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it.value() + 3600000 < t ? m_tokens.erase(it) : std::next(it);
}

void OperaEmulator::setFault(OperaFault fault, bool on)
{
    if (on) {
        m_faults.insert(int(fault));
        return;
    }
    m_faults.remove(int(fault));
    if (fault == OperaFault::StallPongs)
        for (OperaStreamConnection &c : m_streams)
            for (; c.pendingPongs > 0; --c.pendingPongs)
                sendJson(c.socket, typed("pong"));
}

void OperaEmulator::trigger(OperaFault fault)
{
    const QList<QWebSocket *> sockets = m_streams.keys();
    for (QWebSocket *s : sockets) {
        if (fault == OperaFault::DropConnections && s->state() != QAbstractSocket::UnconnectedState)
            s->abort();
        else if (fault == OperaFault::MaintenanceClose)
            closeStream(s, 1001, QStringLiteral("Maintenance"));
    }
}

void OperaEmulator::registerType()
{
    // Hotel business events, a couple a second. Offsets grow across runs ten a second, faster than events are
    // published, so the offset an earlier run persisted stays below the new ones and the stream resumes at once.
    registerEmulator<OperaEmulator, OperaEmulatorOptions>(QStringLiteral("opera"), QStringLiteral("the OHIP emulator"),
        [](OperaEmulatorOptions &options, const EmulatorOptions &) {
            options.eventsPerSecond = 2;
            options.firstOffset = (QDateTime::currentSecsSinceEpoch() - 1700000000) * 10;
        });
}

} // namespace sb::sim
