#include "salto_emulator.h"

#include "sim/client_credentials_token_endpoint.h"
#include "sim/emulator_registry.h"
#include "sim/loopback_http_server.h"
#include "sim/salto/salto_hub_records.h"
#include "sim/salto/salto_jwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QWebSocket>

#include <utility>

namespace sb::sim {

namespace {

const QString kScope = QStringLiteral("user_api.full_access");
constexpr int kHistory = 50;
const QString kTokenPath = QStringLiteral("/connect/token");

QString historyKey(const QString &siteId, const QString &stream)
{
    return siteId + QLatin1Char('/') + stream;
}

} // namespace

SaltoEmulator::SaltoEmulator(const SaltoEmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_time(this, {[this] { pingAll(); }, [this] { publish(1); }, nullptr, 0})
    , m_front(m_time, this)
    , m_generator(options.seed)
{
    connect(&m_front, &EmulatorFront::connected, this, &SaltoEmulator::onWebSocket);
}

SaltoEmulator::~SaltoEmulator()
{
    stop();
}

bool SaltoEmulator::start()
{
    ClientCredentialsTokenEndpoint tokens(
        m_options.clientId, m_options.clientSecret, m_options.tokenLifetimeSec, [this](const QString &scope) {
            QStringList siteIds;
            for (const SaltoSite &s : m_generator.sites())
                siteIds << s.id;
            const qint64 exp = m_time.now() + qint64(m_options.tokenLifetimeSec) * 1000;
            ++m_tokensIssued;
            return mintToken(scope.split(QLatin1Char(' '), Qt::SkipEmptyParts), m_options.role, siteIds, exp,
                m_options.clientId, m_options.issuingKey);
        });
    // The Identity Server answers a wrong client with 400, as RFC 6749 §5.2 allows.
    tokens.setBadClientAnswer(400, R"({"error":"invalid_client"})");
    EmulatorFront::Setup setup;
    setup.tls = m_options.tls;
    setup.caFileName = QStringLiteral("salto-emulator-ca.pem");
    setup.serverName = QStringLiteral("salto-emulator");
    setup.gatekeeper = [this](const UpgradeRequest &request) { return vetUpgrade(request); };
    setup.routes = [tokens](LoopbackHttpServer &http) {
        http.route(kTokenPath.toUtf8(), [tokens](const HttpRequest &request, const HttpResponder &responder) {
            tokens.answer(request, responder);
        });
    };
    setup.pingIntervalMs = m_options.pingIntervalMs;
    setup.eventsPerSecond = m_options.eventsPerSecond;
    return m_front.start(setup);
}

void SaltoEmulator::stop()
{
    m_front.stop(std::exchange(m_hubs, {}).keys(), this);
}

QUrl SaltoEmulator::hubBaseUrl() const
{
    return m_front.webSocketUrl();
}

QUrl SaltoEmulator::tokenUrl() const
{
    return m_front.httpUrl(kTokenPath);
}

QString SaltoEmulator::caFile() const
{
    return m_front.caFile();
}

QJsonObject SaltoEmulator::feedConfig(const QString &name, const QString &siteId) const
{
    QJsonObject c;
    c.insert(QStringLiteral("type"), QStringLiteral("salto"));
    c.insert(QStringLiteral("name"), name);
    c.insert(QStringLiteral("url"), hubBaseUrl().toString());
    c.insert(QStringLiteral("siteId"), siteId.isEmpty() ? m_generator.sites().first().id : siteId);
    c.insert(QStringLiteral("hubs"), QJsonArray {QStringLiteral("entries"), QStringLiteral("incidents")});
    c.insert(QStringLiteral("tokenUrl"), tokenUrl().toString());
    c.insert(QStringLiteral("clientId"), m_options.clientId);
    c.insert(QStringLiteral("clientSecret"), m_options.clientSecret);
    if (m_options.tls)
        c.insert(QStringLiteral("caFile"), caFile());
    return c;
}

QString SaltoEmulator::mintToken(const QStringList &scopes, const QString &role, const QStringList &siteIds,
    qint64 expiresAtMs, const QString &subject, const QByteArray &key) const
{
    QJsonObject claims;
    claims.insert(QStringLiteral("iss"), QStringLiteral("salto-emulator-identity-server"));
    claims.insert(QStringLiteral("sub"), subject.isEmpty() ? m_options.clientId : subject);
    claims.insert(QStringLiteral("iat"), m_time.now() / 1000);
    claims.insert(QStringLiteral("exp"), expiresAtMs / 1000);
    claims.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    claims.insert(QStringLiteral("role"), role);
    claims.insert(QStringLiteral("site_ids"), QJsonArray::fromStringList(siteIds));
    return SaltoJwt::sign(claims, key.isEmpty() ? m_options.signingKey : key);
}

QString SaltoEmulator::validToken() const
{
    QStringList siteIds;
    for (const SaltoSite &s : m_generator.sites())
        siteIds << s.id;
    return mintToken({kScope}, m_options.role, siteIds, m_time.now() + qint64(m_options.tokenLifetimeSec) * 1000);
}

int SaltoEmulator::checkToken(const QString &token, const PendingUpgrade &upgrade, QByteArray *why) const
{
    QString problem;
    const std::optional<QJsonObject> claims = SaltoJwt::verify(token, m_options.signingKey, &problem);
    if (!claims) {
        *why = problem.toUtf8();
        return 401;
    }
    if (qint64(claims->value(QStringLiteral("exp")).toDouble()) * 1000 <= m_time.now()) {
        *why = "token expired";
        return 401;
    }
    QStringList scopes;
    for (const QJsonValue &v : claims->value(QStringLiteral("scopes")).toArray())
        scopes << v.toString();
    if (!scopes.contains(kScope)) {
        *why = "scope user_api.full_access missing";
        return 403;
    }
    QStringList sites;
    for (const QJsonValue &v : claims->value(QStringLiteral("site_ids")).toArray())
        sites << v.toString();
    if (!sites.contains(upgrade.siteId)) {
        *why = "no access to this site";
        return 403;
    }
    const QString role = claims->value(QStringLiteral("role")).toString();
    const bool admin = role == QLatin1String("Site Admin") || role == QLatin1String("Site Super User");
    const bool ownUser = role == QLatin1String("Site User") && !upgrade.userId.isEmpty()
        && upgrade.userId == claims->value(QStringLiteral("sub")).toString();
    if (!admin && !ownUser) {
        *why = "role does not allow this stream";
        return 403;
    }
    return 0;
}

UpgradeVerdict SaltoEmulator::vetUpgrade(const UpgradeRequest &request)
{
    // Salto authenticates on the HTTP upgrade and answers 401/403 before any WebSocket exists.
    const QUrlQuery query(request.target);
    const QByteArray authorization = request.header("authorization");
    auto refuse = [this](int status, const QByteArray &text, const QByteArray &why) {
        ++m_upgradesRejected;
        m_upgradeStatuses << status;
        QByteArray challenge;
        if (status == 401)
            challenge = "WWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"" + why + "\"\r\n";
        return UpgradeVerdict::refuse(status, text, QByteArray(), challenge);
    };
    PendingUpgrade upgrade;
    const QString path = request.target.path();
    if (path == QLatin1String("/v1/hub/entries"))
        upgrade.stream = QStringLiteral("entries");
    else if (path == QLatin1String("/v1/hub/incidents"))
        upgrade.stream = QStringLiteral("incidents");
    else
        return refuse(404, "Not Found", QByteArray());
    upgrade.siteId = query.queryItemValue(QStringLiteral("site_id"));
    upgrade.userId = query.queryItemValue(QStringLiteral("user_id"));
    if (!m_generator.site(upgrade.siteId))
        return refuse(404, "Not Found", QByteArray());
    if (upgrade.stream == QLatin1String("incidents") && m_faults.contains(int(SaltoFault::IncidentsForbidden)))
        return refuse(403, "Forbidden", "role does not allow this stream");
    QString token;
    if (authorization.startsWith("Bearer "))
        token = QString::fromLatin1(authorization.mid(7));
    else
        token = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    if (token.isEmpty())
        return refuse(401, "Unauthorized", "no token");
    QByteArray why;
    const int status = checkToken(token, upgrade, &why);
    if (status == 401)
        return refuse(401, "Unauthorized", why);
    if (status == 403)
        return refuse(403, "Forbidden", why);
    m_authorizations << (authorization.isEmpty() ? QByteArray("query") : QByteArray("header"));
    return UpgradeVerdict::accept();
}

void SaltoEmulator::onWebSocket(QWebSocket *socket)
{
    socket->setParent(this);
    ++m_connections;
    const QUrlQuery query(socket->requestUrl());
    Connection c;
    c.socket = socket;
    c.stream = socket->requestUrl().path().section(QLatin1Char('/'), -1);
    c.siteId = query.queryItemValue(QStringLiteral("site_id"));
    c.userId = query.queryItemValue(QStringLiteral("user_id"));
    m_hubs.insert(socket, c);
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, socket](const QString &text) { onBytes(socket, text.toUtf8()); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
        [this, socket](const QByteArray &bytes) { onBytes(socket, bytes); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (m_hubs.remove(socket) > 0)
            Q_EMIT hubDisconnected();
        socket->deleteLater();
    });
    QTimer::singleShot(m_options.handshakeTimeoutMs, socket, [this, socket] {
        auto it = m_hubs.find(socket);
        if (it != m_hubs.end() && !it->handshaken)
            socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("handshake timeout"));
    });
}

void SaltoEmulator::onBytes(QWebSocket *socket, const QByteArray &bytes)
{
    auto it = m_hubs.find(socket);
    if (it == m_hubs.end())
        return;
    Connection &c = *it;
    c.buffer += bytes;
    if (!c.handshaken) {
        QString problem;
        const std::optional<SaltoHubRecords::Handshake> request = SaltoHubRecords::takeHandshake(c.buffer, &problem);
        if (!request) {
            if (!problem.isEmpty())
                socket->close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("bad handshake"));
            return;
        }
        if (m_faults.contains(int(SaltoFault::HandshakeError)) || request->protocol != QLatin1String("json")) {
            const QString error = request->protocol != QLatin1String("json")
                ? QStringLiteral("Requested protocol '%1' is not available.").arg(request->protocol.left(40))
                : QStringLiteral("The server is not accepting connections (emulated handshake error).");
            ++m_handshakesRefused;
            socket->sendTextMessage(QString::fromUtf8(SaltoHubRecords::handshakeAnswer(error)));
            socket->close(QWebSocketProtocol::CloseCodeNormal);
            return;
        }
        if (m_faults.contains(int(SaltoFault::HandshakeSilence))) {
            // Only the server's own handshake timeout (options.handshakeTimeoutMs) ends this connection.
            ++m_handshakesUnanswered;
            c.buffer.clear();
            return;
        }
        c.handshaken = true;
        c.buffer = request->remainder;
        socket->sendTextMessage(QString::fromUtf8(SaltoHubRecords::handshakeAnswer()));
        Q_EMIT hubConnected(c.stream, c.siteId);
        if (m_options.replayOnConnect > 0) {
            const QList<QByteArray> history = m_history.value(historyKey(c.siteId, c.stream));
            sendRecords(c, history.mid(qMax<qsizetype>(0, history.size() - m_options.replayOnConnect)));
        }
    }
    const QList<QByteArray> records = SaltoHubRecords::takeRecords(c.buffer);
    for (const QByteArray &record : records) {
        const int type = SaltoHubRecords::typeOf(record);
        if (type == SaltoHubRecords::Ping) {
            ++m_pingsReceived;
            Q_EMIT clientPing();
        } else if (type == SaltoHubRecords::Close) {
            ++m_closesReceived;
            Q_EMIT clientClose();
            socket->close(QWebSocketProtocol::CloseCodeNormal);
            return;
        }
    }
}

void SaltoEmulator::sendRecords(Connection &c, const QList<QByteArray> &records)
{
    if (!c.socket || c.socket->state() != QAbstractSocket::ConnectedState || records.isEmpty())
        return;
    const bool insideCharacters = m_faults.contains(int(SaltoFault::SplitInsideCharacters));
    if (!insideCharacters && !m_faults.contains(int(SaltoFault::SplitRecords))) {
        for (const QByteArray &r : records)
            c.socket->sendTextMessage(QString::fromUtf8(r));
        return;
    }
    QByteArray all;
    for (const QByteArray &r : records)
        all += r;
    auto continuation = [&all](qsizetype i) { return i < all.size() && (quint8(all.at(i)) & 0xC0) == 0x80; };
    if (insideCharacters) {
        // Cut right after every lead byte of a multi-byte sequence, so each cut falls inside a character.
        qsizetype from = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if ((quint8(all.at(i)) & 0xC0) == 0xC0) {
                c.socket->sendBinaryMessage(all.mid(from, i + 1 - from));
                from = i + 1;
            }
        }
        if (from < all.size())
            c.socket->sendBinaryMessage(all.mid(from));
        return;
    }
    // Merged and cut into three text frames at positions inside records, moved back to a character boundary: a text
    // frame must hold whole characters.
    qsizetype a = all.size() / 3;
    qsizetype b = 2 * all.size() / 3;
    while (a > 0 && continuation(a))
        --a;
    while (b > a && continuation(b))
        --b;
    for (const QByteArray &part : {all.left(a), all.mid(a, b - a), all.mid(b)})
        if (!part.isEmpty())
            c.socket->sendTextMessage(QString::fromUtf8(part));
}

void SaltoEmulator::sendToAll(const QByteArray &record, const QString &stream)
{
    for (Connection &c : m_hubs)
        if (c.handshaken && (stream.isEmpty() || c.stream == stream))
            sendRecords(c, {record});
}

int SaltoEmulator::activeConnections() const
{
    int n = 0;
    for (const Connection &c : m_hubs)
        n += c.handshaken;
    return n;
}

void SaltoEmulator::publish(int count)
{
    QHash<QWebSocket *, QList<QByteArray>> outgoing;
    QHash<QWebSocket *, QJsonArray> outgoingMessages;
    for (const SaltoSite &site : m_generator.sites()) {
        for (int i = 0; i < count; ++i) {
            const bool incident
                = m_options.incidentEvery > 0 && (++m_published % quint64(m_options.incidentEvery)) == 0;
            const QString stream = incident ? QStringLiteral("incidents") : QStringLiteral("entries");
            const QJsonObject message
                = incident ? m_generator.incident(site, m_time.now()) : m_generator.entry(site, m_time.now());
            // Salto's samples: ReceiveMessage with the message as one JSON string.
            const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
            const QByteArray record = SaltoHubRecords::invocation(QStringLiteral("ReceiveMessage"), QJsonArray {text});
            QList<QByteArray> &history = m_history[historyKey(site.id, stream)];
            history << record;
            if (history.size() > kHistory)
                history.removeFirst();
            const QString userId = message.value(QStringLiteral("user_id")).toString();
            for (auto it = m_hubs.begin(); it != m_hubs.end(); ++it) {
                const Connection &c = it.value();
                if (!c.handshaken || c.siteId != site.id || c.stream != stream)
                    continue;
                if (!c.userId.isEmpty() && c.userId != userId)
                    continue;
                outgoing[it.key()] << record;
                outgoingMessages[it.key()] << text;
                ++m_eventsSent;
                m_eventIds.insert(message.value(QStringLiteral("id")).toString());
            }
        }
    }
    const bool batched = m_faults.contains(int(SaltoFault::BatchedArguments));
    for (auto it = outgoing.begin(); it != outgoing.end(); ++it) {
        auto c = m_hubs.find(it.key());
        if (c == m_hubs.end())
            continue;
        if (batched)
            sendRecords(
                *c, {SaltoHubRecords::invocation(QStringLiteral("ReceiveMessage"), outgoingMessages.value(it.key()))});
        else
            sendRecords(*c, it.value());
    }
}

void SaltoEmulator::pingAll()
{
    if (m_faults.contains(int(SaltoFault::StopPinging)))
        return;
    for (Connection &c : m_hubs) {
        if (!c.handshaken)
            continue;
        sendRecords(c, {SaltoHubRecords::ping()});
        ++m_pingsSent;
    }
}

void SaltoEmulator::setFault(SaltoFault fault, bool on)
{
    if (on)
        m_faults.insert(int(fault));
    else
        m_faults.remove(int(fault));
}

void SaltoEmulator::trigger(SaltoFault fault, const QString &error, const QString &stream)
{
    switch (fault) {
    case SaltoFault::CloseAllowReconnect:
        sendToAll(
            SaltoHubRecords::close(error.isEmpty() ? QStringLiteral("Server is restarting (emulated).") : error, true),
            stream);
        return;
    case SaltoFault::CloseNoReconnect:
        sendToAll(SaltoHubRecords::close(
                      error.isEmpty() ? QStringLiteral("Site subscription ended (emulated).") : error, false),
            stream);
        return;
    case SaltoFault::DropConnections: {
        QList<QWebSocket *> sockets;
        for (auto it = m_hubs.cbegin(); it != m_hubs.cend(); ++it)
            if (stream.isEmpty() || it->stream == stream)
                sockets << it.key();
        for (QWebSocket *s : sockets)
            s->abort();
        return;
    }
    case SaltoFault::MalformedRecord:
        sendToAll(QByteArray("{\"type\":1,\"target\":\"ReceiveMessage\",\"arguments\":[\x1e"), stream);
        return;
    case SaltoFault::StopPinging:
    case SaltoFault::SplitRecords:
    case SaltoFault::HandshakeError:
    case SaltoFault::HandshakeSilence:
    case SaltoFault::IncidentsForbidden:
    case SaltoFault::SplitInsideCharacters:
    case SaltoFault::BatchedArguments:
        setFault(fault, true);
        return;
    }
}

void SaltoEmulator::registerType()
{
    // Door entries and incidents, an event every second or two per site.
    registerEmulator<SaltoEmulator, SaltoEmulatorOptions>(QStringLiteral("salto"), QStringLiteral("the Salto emulator"),
        [](SaltoEmulatorOptions &options, const EmulatorOptions &) { options.eventsPerSecond = 0.7; });
}

} // namespace sb::sim
