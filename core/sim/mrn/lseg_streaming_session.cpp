#include "lseg_streaming_session.h"

#include "lseg_fault_switches.h"
#include "mrn_real_stories.h"
#include "mrn_story_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

namespace sb::sim {
namespace {

const QString kNewsDomain = QStringLiteral("NewsTextAnalytics");
const QString kLoginDomain = QStringLiteral("Login");
constexpr qint64 kBurstQueueBytes = 8 * 1024 * 1024;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isMrnRic(const QString &name)
{
    return name == u"MRN_STORY" || name == u"MRN_TRNA" || name == u"MRN_TRNA_DOC" || name == u"MRN_TRSI";
}

QJsonObject state(const QString &stream, const QString &data, const QString &code, const QString &text)
{
    QJsonObject s {{QStringLiteral("Stream"), stream}, {QStringLiteral("Data"), data}, {QStringLiteral("Text"), text}};
    if (!code.isEmpty())
        s.insert(QStringLiteral("Code"), code);
    return s;
}

// 20 MiB of zeros: a valid gzip stream far above the 16 MiB a client may inflate. Built once, it is ~20 KB.
const QByteArray &gzipBomb()
{
    static const QByteArray bomb = MrnUpdateEncoder::gzip(QByteArray(20 * 1024 * 1024, '\0'));
    return bomb;
}

} // namespace

LsegStreamingSession::LsegStreamingSession(
    QWebSocket *socket, int endpointIndex, const Environment &env, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_endpointIndex(endpointIndex)
    , m_env(env)
    , m_rng(env.options->seed + quint32(endpointIndex))
{
    socket->setParent(this);
    connect(socket, &QWebSocket::textMessageReceived, this, &LsegStreamingSession::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &LsegStreamingSession::onBinary);
    connect(socket, &QWebSocket::disconnected, this, [this] {
        m_pingTimer.stop();
        m_pingDeadline.stop();
        Q_EMIT closed();
    });
    const LsegEmulatorOptions &o = *m_env.options;
    m_pingTimer.setInterval(o.pingIntervalMs > 0 ? o.pingIntervalMs : o.pingIntervalSec * 1000);
    m_pingDeadline.setInterval(o.pingTimeoutMs > 0 ? o.pingTimeoutMs : o.pingTimeoutSec * 1000);
    m_pingDeadline.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, this, &LsegStreamingSession::onPingTick);
    connect(&m_pingDeadline, &QTimer::timeout, this, [this] {
        if (m_env.faults->isOn(LsegFault::IgnorePongs) || !m_socket)
            return;
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Ping timeout: no traffic after Ping"));
    });
}

LsegStreamingSession::~LsegStreamingSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QSet<QString> LsegStreamingSession::openRics() const
{
    QSet<QString> out;
    for (const Stream &s : m_streams)
        out.insert(s.ric);
    return out;
}

void LsegStreamingSession::abort()
{
    if (m_socket)
        m_socket->abort();
}

void LsegStreamingSession::abortAfterFlush()
{
    // The bytes must leave before the connection dies, or the client never sees the half-sent story.
    if (!m_socket)
        return;
    m_socket->flush();
    QTimer::singleShot(0, this, [this] { abort(); });
}

void LsegStreamingSession::sendFrame(const QList<QByteArray> &messages)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(MrnUpdateEncoder::frame(messages)));
}

void LsegStreamingSession::traffic()
{
    m_pingDeadline.stop();
}

void LsegStreamingSession::onText(const QString &text)
{
    onMessageBytes(text.toUtf8());
}

void LsegStreamingSession::onBinary(const QByteArray &data)
{
    onMessageBytes(data);
}

void LsegStreamingSession::onMessageBytes(const QByteArray &data)
{
    traffic();
    if (data.size() > m_env.options->maxMsgSize) {
        // SPEC §2.1: a message above MaxMsgSize is answered with a disconnection.
        m_socket->close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("Message exceeds MaxMsgSize"));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        sendError(QStringLiteral("JSON parsing error: ") + error.errorString() + QStringLiteral(" at offset ")
                + QString::number(error.offset),
            data, 107);
        return;
    }
    if (doc.isObject()) {
        handle(doc.object());
        return;
    }
    const QJsonArray array = doc.array();
    for (const QJsonValue &v : array) {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (v.isObject())
            handle(v.toObject());
        else
            sendError(
                QStringLiteral("JSON Converter Token Type error: Expected 'OBJECT' Received 'PRIMITIVE'"), data, 212);
    }
}

void LsegStreamingSession::sendError(const QString &text, const QByteArray &offending, int line)
{
    // SPEC §22: ID 0, and the converter's debug block naming the offending message.
    const QJsonObject debug {{QStringLiteral("File"), QStringLiteral("Converter/jsonToRwfSimple.C")},
        {QStringLiteral("Line"), line}, {QStringLiteral("Offset"), 0},
        {QStringLiteral("Message"), QString::fromUtf8(offending.left(1024))}};
    sendFrame({compact(QJsonObject {{QStringLiteral("ID"), 0}, {QStringLiteral("Type"), QStringLiteral("Error")},
        {QStringLiteral("Text"), text}, {QStringLiteral("Debug"), debug}})});
}

void LsegStreamingSession::handle(const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("Type")).toString();
    if (type == u"Ping") {
        if (!m_env.faults->isOn(LsegFault::IgnorePongs))
            sendFrame({QByteArrayLiteral("{\"Type\":\"Pong\"}")});
        return;
    }
    if (type == u"Pong") {
        Q_EMIT pongReceived();
        return;
    }
    if (type == u"Close") {
        handleClose(message);
        return;
    }
    if (type.isEmpty() || type == u"Request") {
        handleRequest(message);
        return;
    }
    // Post, Generic and the like: not offered by this server.
    sendError(QStringLiteral("Unsupported message Type '") + type + QLatin1Char('\''), compact(message), 88);
}

void LsegStreamingSession::handleRequest(const QJsonObject &message)
{
    const QJsonValue idValue = message.value(QStringLiteral("ID"));
    if (idValue.isString()) {
        sendError(
            QStringLiteral("JSON Converter Token Type error: Expected 'PRIMITIVE' for key 'ID' Received 'STRING'"),
            compact(message), 326);
        return;
    }
    if (!idValue.isDouble()) {
        sendError(QStringLiteral("JSON Converter error: Missing required key 'ID'"), compact(message), 301);
        return;
    }
    const int id = idValue.toInt();
    const QString domain = message.value(QStringLiteral("Domain")).toString(QStringLiteral("MarketPrice"));
    if (domain == kLoginDomain) {
        handleLogin(message);
        return;
    }
    const QJsonObject key = message.value(QStringLiteral("Key")).toObject();
    const QString service = key.value(QStringLiteral("Service")).toString(m_env.options->service);
    const QJsonValue name = key.value(QStringLiteral("Name"));
    if (!m_loggedIn) {
        sendItemStatus(id, domain, name.toString(), service, QStringLiteral("Closed"), QStringLiteral("Suspect"),
            QStringLiteral("NotOpen"), QStringLiteral("Login stream is not open."));
        return;
    }
    if (name.isArray()) {
        // A batch (SPEC §6.1): the batch ID closes with a count, items open as ID+1, ID+2...
        const QJsonArray names = name.toArray();
        const QString count = QString::number(names.size());
        sendFrame({compact(QJsonObject {{QStringLiteral("ID"), id}, {QStringLiteral("Domain"), domain},
            {QStringLiteral("State"),
                state(QStringLiteral("Closed"), QStringLiteral("Ok"), QString(),
                    QStringLiteral("Processed ") + count + QStringLiteral(" total items from Batch Request.  ") + count
                        + QStringLiteral(" Ok."))},
            {QStringLiteral("Type"), QStringLiteral("Status")}})});
        for (qsizetype i = 0; i < names.size(); ++i)
            openItem(id + 1 + int(i), domain, names[i].toString(), service);
        return;
    }
    openItem(id, domain, name.toString(), service);
}

void LsegStreamingSession::sendItemStatus(int id, const QString &domain, const QString &name, const QString &service,
    const QString &stream, const QString &data, const QString &code, const QString &text)
{
    sendFrame({compact(QJsonObject {{QStringLiteral("Domain"), domain}, {QStringLiteral("ID"), id},
        {QStringLiteral("Key"), QJsonObject {{QStringLiteral("Name"), name}, {QStringLiteral("Service"), service}}},
        {QStringLiteral("State"), state(stream, data, code, text)},
        {QStringLiteral("Type"), QStringLiteral("Status")}})});
}

void LsegStreamingSession::openItem(int id, const QString &domain, const QString &name, const QString &service)
{
    Q_EMIT itemRequested(name);
    if (service != m_env.options->service) {
        sendItemStatus(id, domain, name, service, QStringLiteral("Closed"), QStringLiteral("Suspect"),
            QStringLiteral("SourceUnknown"), QStringLiteral("A18: Unknown service."));
        return;
    }
    if (domain != kNewsDomain || !isMrnRic(name)) {
        sendItemStatus(id, domain, name, service, QStringLiteral("Closed"), QStringLiteral("Suspect"),
            QStringLiteral("NotFound"), QStringLiteral("**The record could not be found"));
        return;
    }
    Stream stream;
    stream.ric = name;
    stream.domain = domain;
    stream.service = service;
    stream.encoder = MrnUpdateEncoder(id, name, service, int(m_rng.bounded(1, 4096)) * 16);
    stream.encoder.setClock(m_env.nowMs);
    Stream &s = m_streams.insert(id, stream).value();
    sendFrame({s.encoder.refresh(MrnPublication::sourceFor(name, m_env.options->mrnSource))});
    if (name == u"MRN_STORY" && m_env.options->replayRealStories && !m_replayed)
        replayRealStories(s);
    Q_EMIT newsStreamOpened(name);
}

void LsegStreamingSession::replayRealStories(Stream &stream)
{
    m_replayed = true;
    for (const MrnRealStory &real : MrnRealStories::all()) {
        // The published base64 goes out unchanged, so clients see exactly the bytes LSEG sent.
        for (qsizetype i = 0; i < real.fragments.size(); ++i) {
            sendFrame({stream.encoder.update(
                real.fragments[i], int(i + 1), real.totSize, real.guid, QStringLiteral("STORY"), real.mrnSrc)});
        }
    }
}

void LsegStreamingSession::handleClose(const QJsonObject &message)
{
    const QString domain = message.value(QStringLiteral("Domain")).toString();
    QList<int> ids;
    const QJsonValue id = message.value(QStringLiteral("ID"));
    if (id.isArray()) {
        for (const QJsonValue &v : id.toArray())
            ids << v.toInt();
    } else {
        ids << id.toInt();
    }
    if (domain == kLoginDomain || (m_loggedIn && ids.contains(m_loginId))) {
        // Closing the Login closes everything on the connection.
        m_loggedIn = false;
        m_streams.clear();
        m_pingTimer.stop();
        m_pingDeadline.stop();
        if (m_socket)
            m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("Login closed"));
        return;
    }
    for (int i : ids)
        m_streams.remove(i);
}

void LsegStreamingSession::handleLogin(const QJsonObject &message)
{
    Q_EMIT loginReceived(message);
    const int id = message.value(QStringLiteral("ID")).toInt();
    const QJsonObject key = message.value(QStringLiteral("Key")).toObject();
    const QJsonObject elements = key.value(QStringLiteral("Elements")).toObject();
    const bool reissue = m_loggedIn;
    const bool wantRefresh = message.value(QStringLiteral("Refresh")).toBool(true);
    const bool tokenLogin = key.value(QStringLiteral("NameType")).toString() == u"AuthnToken"
        || elements.contains(QStringLiteral("AuthenticationToken"));
    QString name;
    LsegTokenStore::Version version = LsegTokenStore::Version::V2;
    qint64 expiresMs = 0;
    if (tokenLogin) {
        const QString token = elements.value(QStringLiteral("AuthenticationToken")).toString();
        if (m_env.faults->consume(LsegFault::LoginRejected)) {
            rejectLogin(id, key, QStringLiteral("UserUnknownToPermSys"),
                QStringLiteral("Login Rejected. User unknown to permissioning system."));
            return;
        }
        LsegTokenStore::Validity validity = m_env.tokens->validity(token);
        if (validity == LsegTokenStore::Validity::Valid && m_env.faults->consume(LsegFault::TokenExpiredAtLogin))
            validity = LsegTokenStore::Validity::Expired;
        if (validity == LsegTokenStore::Validity::Unknown) {
            rejectLogin(id, key, QStringLiteral("UserUnknownToPermSys"),
                QStringLiteral("Login Rejected. Authentication token is invalid or unknown."));
            return;
        }
        if (validity == LsegTokenStore::Validity::Expired) {
            rejectLogin(id, key, QStringLiteral("UserUnknownToPermSys"),
                QStringLiteral("Login Rejected. Authentication token has expired."));
            return;
        }
        const LsegTokenStore::Token *t = m_env.tokens->find(token);
        name = t->subject;
        version = t->version;
        expiresMs = t->expiresMs;
    } else {
        name = key.value(QStringLiteral("Name")).toString();
        if (m_env.faults->consume(LsegFault::LoginRejected)) {
            rejectLogin(id, key, QStringLiteral("UserUnknownToPermSys"),
                QStringLiteral("Login Rejected. User unknown to permissioning system."));
            return;
        }
        if (name.isEmpty() || !m_env.options->allowUserNameLogin) {
            rejectLogin(id, key, QStringLiteral("UserUnknownToPermSys"),
                QStringLiteral("Login Rejected. An AuthnToken login with a valid access token is required."));
            return;
        }
    }
    m_loginId = id;
    m_loginName = name;
    m_tokenLogin = tokenLogin;
    m_tokenVersion = version;
    m_tokenExpiresMs = expiresMs;
    if (reissue) {
        // A reissue with "Refresh": false only swaps the token; the stream goes on silently (reference §5).
        if (wantRefresh)
            sendLoginRefresh(id, key, name);
        return;
    }
    m_loggedIn = true;
    sendLoginRefresh(id, key, name);
    m_pingTimer.start();
    Q_EMIT loggedIn();
}

void LsegStreamingSession::sendLoginRefresh(int id, const QJsonObject &requestKey, const QString &name)
{
    const LsegEmulatorOptions &o = *m_env.options;
    const QJsonObject requested = requestKey.value(QStringLiteral("Elements")).toObject();
    QJsonObject elements {{QStringLiteral("AllowSuspectData"), 1},
        {QStringLiteral("ApplicationId"),
            requested.value(QStringLiteral("ApplicationId")).toString(QStringLiteral("256"))},
        {QStringLiteral("ApplicationName"), QStringLiteral("RTO")}, {QStringLiteral("AuthenticationErrorCode"), 0},
        {QStringLiteral("AuthenticationErrorText"),
            QJsonObject {
                {QStringLiteral("Data"), QJsonValue::Null}, {QStringLiteral("Type"), QStringLiteral("AsciiString")}}},
        // The real Refresh echoes only the address part of "<ip>/<host>".
        {QStringLiteral("Position"),
            requested.value(QStringLiteral("Position")).toString().section(QLatin1Char('/'), 0, 0)},
        {QStringLiteral("ProvidePermissionExpressions"), 1}, {QStringLiteral("ProvidePermissionProfile"), 0},
        {QStringLiteral("SingleOpen"), 1}, {QStringLiteral("SupportBatchRequests"), 7},
        {QStringLiteral("SupportEnhancedSymbolList"), 1}, {QStringLiteral("SupportOMMPost"), 1},
        {QStringLiteral("SupportOptimizedPauseResume"), 0}, {QStringLiteral("SupportPauseResume"), 0},
        {QStringLiteral("SupportStandby"), 0}, {QStringLiteral("SupportViewRequests"), 1}};
    if (m_tokenLogin && m_tokenVersion == LsegTokenStore::Version::V1)
        elements.insert(QStringLiteral("AuthenticationTTReissue"), m_tokenExpiresMs / 1000);
    sendFrame({compact(QJsonObject {{QStringLiteral("Domain"), kLoginDomain},
        {QStringLiteral("Elements"),
            QJsonObject {
                {QStringLiteral("MaxMsgSize"), o.maxMsgSize}, {QStringLiteral("PingTimeout"), o.pingTimeoutSec}}},
        {QStringLiteral("ID"), id},
        {QStringLiteral("Key"), QJsonObject {{QStringLiteral("Elements"), elements}, {QStringLiteral("Name"), name}}},
        {QStringLiteral("State"),
            state(QStringLiteral("Open"), QStringLiteral("Ok"), QString(),
                QStringLiteral("Login accepted by host ") + o.hostName + QLatin1Char('.'))},
        {QStringLiteral("Type"), QStringLiteral("Refresh")}})});
}

void LsegStreamingSession::rejectLogin(int id, const QJsonObject &key, const QString &code, const QString &text)
{
    // The token is never echoed back.
    QJsonObject echoed;
    if (key.contains(QStringLiteral("Name")))
        echoed.insert(QStringLiteral("Name"), key.value(QStringLiteral("Name")));
    if (key.contains(QStringLiteral("NameType")))
        echoed.insert(QStringLiteral("NameType"), key.value(QStringLiteral("NameType")));
    sendFrame({compact(QJsonObject {{QStringLiteral("Domain"), kLoginDomain}, {QStringLiteral("ID"), id},
        {QStringLiteral("Key"), echoed},
        {QStringLiteral("State"), state(QStringLiteral("Closed"), QStringLiteral("Suspect"), code, text)},
        {QStringLiteral("Type"), QStringLiteral("Status")}})});
    m_loggedIn = false;
    m_streams.clear();
    m_pingTimer.stop();
    m_pingDeadline.stop();
    Q_EMIT loginRejected(text);
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("Login rejected"));
}

void LsegStreamingSession::checkTokenExpiry()
{
    if (!m_loggedIn || !m_tokenLogin || m_tokenVersion != LsegTokenStore::Version::V1 || !m_env.options->enforceV1Expiry
        || m_env.nowMs() < m_tokenExpiresMs)
        return;
    sendFrame({compact(QJsonObject {{QStringLiteral("Domain"), kLoginDomain}, {QStringLiteral("ID"), m_loginId},
        {QStringLiteral("State"),
            state(QStringLiteral("Closed"), QStringLiteral("Suspect"), QStringLiteral("NotEntitled"),
                QStringLiteral("Login Closed. Authentication token expired."))},
        {QStringLiteral("Type"), QStringLiteral("Status")}})});
    m_loggedIn = false;
    m_streams.clear();
    m_pingTimer.stop();
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("Token expired"));
}

void LsegStreamingSession::onPingTick()
{
    if (m_env.faults->isOn(LsegFault::StopPinging))
        return;
    sendFrame({QByteArrayLiteral("{\"Type\":\"Ping\"}")});
    Q_EMIT pingSent();
    if (!m_env.faults->isOn(LsegFault::IgnorePongs) && !m_pingDeadline.isActive())
        m_pingDeadline.start();
}

void LsegStreamingSession::sendPublication(Stream &stream, const MrnPublication &item)
{
    const QList<QByteArray> messages
        = stream.encoder.updatesForCompressed(item.compressed, item.guid, item.mrnType, item.mrnSrc, item.totSize);
    qsizetype i = 0;
    if (item.packed && messages.size() >= 2) {
        sendFrame({messages[0], messages[1]});
        i = 2;
    }
    for (; i < messages.size(); ++i)
        sendFrame({messages[i]});
    stream.last = item;
}

void LsegStreamingSession::publish(const QList<MrnPublication> &items, bool burst)
{
    if (!m_loggedIn || !m_socket)
        return;
    if (!burst) {
        for (const MrnPublication &item : items) {
            for (Stream &s : m_streams) {
                if (s.ric == item.ric)
                    sendPublication(s, item);
            }
        }
        return;
    }
    // A burst past what the client drains is not queued without end (the emulator's memory would grow by the whole
    // difference): like a real server's bounded output queue, the stories of a round that finds it full are not sent.
    if (m_socket->bytesToWrite() > kBurstQueueBytes)
        return;
    QList<QByteArray> messages;
    for (const MrnPublication &item : items) {
        for (Stream &s : m_streams) {
            if (s.ric != item.ric)
                continue;
            messages
                += s.encoder.updatesForCompressed(item.compressed, item.guid, item.mrnType, item.mrnSrc, item.totSize);
            s.last = item;
        }
    }
    // Under load the real feed packs several messages in one frame (1-3 observed).
    for (qsizetype i = 0; i < messages.size();) {
        const qsizetype n = qMin<qsizetype>(m_rng.bounded(1, 4), messages.size() - i);
        sendFrame(messages.mid(i, n));
        i += n;
    }
}

LsegStreamingSession::Stream *LsegStreamingSession::newsStream()
{
    for (Stream &s : m_streams) {
        if (s.ric == u"MRN_STORY")
            return &s;
    }
    return m_streams.isEmpty() ? nullptr : &m_streams.first();
}

bool LsegStreamingSession::apply(LsegFault fault)
{
    if (!m_loggedIn || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    switch (fault) {
    case LsegFault::DropConnection:
        // What was already sent (a Login Refresh, say) still arrives; then the connection dies without a close.
        abortAfterFlush();
        return true;
    case LsegFault::OmmError:
        sendFrame({QByteArrayLiteral(
            R"({"Debug":{"File":"Converter/jsonToRwfSimple.C","Line":326,"Message":"{\"ID\":\"2\",\"Domain\":\"NewsTextAnalytics\",\"Key\":{\"Name\":\"MRN_STORY\"}}","Offset":11},"ID":0,"Text":"JSON Converter Token Type error: Expected 'PRIMITIVE' for key 'ID' Received 'STRING'","Type":"Error"})")});
        return true;
    case LsegFault::OversizeMessage: {
        // Valid OMM, so a client without a size bound would take it whole; the padding is JSON whitespace.
        const QByteArray head = QByteArrayLiteral(
            R"([{"Domain":"Login","ID":1,"State":{"Data":"Ok","Stream":"Open","Text":"padded"},"Type":"Status"})");
        QByteArray message = head;
        message.append(QByteArray(qMax<qint64>(0, m_env.options->oversizeMessageBytes - head.size() - 1), ' '));
        message.append(']');
        if (m_socket)
            m_socket->sendTextMessage(QString::fromLatin1(message));
        return true;
    }
    case LsegFault::MalformedFrame:
        sendFrame(
            {QByteArrayLiteral(R"({"ID":2,"Type":"Update","Domain":"NewsTextAnalytics","Fields":{"GUID":"trunc)")});
        return true;
    case LsegFault::ItemClosed:
    case LsegFault::ItemClosedRecover: {
        if (m_streams.isEmpty())
            return false;
        const bool recover = fault == LsegFault::ItemClosedRecover;
        for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it) {
            sendItemStatus(it.key(), it->domain, it->ric, it->service,
                recover ? QStringLiteral("ClosedRecover") : QStringLiteral("Closed"), QStringLiteral("Suspect"),
                recover ? QString() : QStringLiteral("NotEntitled"),
                recover ? QStringLiteral("A10: Service is temporarily unavailable.")
                        : QStringLiteral("Access Denied: User req to PE(10001)"));
        }
        m_streams.clear();
        return true;
    }
    default:
        break;
    }
    Stream *stream = newsStream();
    return stream && applyToStream(fault, *stream);
}

bool LsegStreamingSession::applyToStream(LsegFault fault, Stream &s)
{
    MrnStoryGenerator &gen = *m_env.generator;
    const QString mrnType = MrnUpdateEncoder::mrnTypeFor(s.ric);
    const QString src = MrnPublication::sourceFor(s.ric, m_env.options->mrnSource);
    const qint64 now = m_env.nowMs();
    auto large = [&] { return MrnUpdateEncoder::gzip(gen.nextStory(MrnStoryGenerator::Shape::Large).json); };
    switch (fault) {
    case LsegFault::DropMidStory: {
        const QByteArray compressed = large();
        sendFrame({s.encoder.updatesForCompressed(compressed, gen.nextGuid(now), mrnType, src).first()});
        abortAfterFlush();
        return true;
    }
    case LsegFault::BadBase64Fragment:
        sendFrame(
            {s.encoder.update(QByteArrayLiteral("H4sI*this~is!not$base64@@"), 1, 18, gen.nextGuid(now), mrnType, src)});
        return true;
    case LsegFault::CorruptGzip: {
        // A gzip header, then a deflate block of the reserved type 11: any inflater fails at once.
        QByteArray bytes = QByteArrayLiteral("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x07");
        for (int i = 0; i < 300; ++i)
            bytes += char(m_rng.bounded(256));
        sendFrame({s.encoder.update(bytes.toBase64(), 1, bytes.size(), gen.nextGuid(now), mrnType, src)});
        return true;
    }
    case LsegFault::OrphanFragment:
        sendFrame({s.encoder.update(QByteArrayLiteral("sPevP/wXBFub0dghAAA="), 2, 0, gen.nextGuid(now), mrnType, src)});
        return true;
    case LsegFault::FragmentGap: {
        const QByteArray compressed = large();
        const QList<QByteArray> parts = MrnUpdateEncoder::split(compressed);
        const QString guid = gen.nextGuid(now);
        sendFrame({s.encoder.update(parts.value(0).toBase64(), 1, compressed.size(), guid, mrnType, src)});
        sendFrame({s.encoder.update(parts.value(1).toBase64(), 3, compressed.size(), guid, mrnType, src)});
        return true;
    }
    case LsegFault::FragmentsExceedTotal: {
        const QByteArray compressed = large();
        // TOT_SIZE above the first fragment but below the sum, so only the second fragment overflows it.
        const qint64 announced
            = MrnUpdateEncoder::kFragmentSize + (compressed.size() - MrnUpdateEncoder::kFragmentSize) / 2;
        for (const QByteArray &m :
            s.encoder.updatesForCompressed(compressed, gen.nextGuid(now), mrnType, src, announced))
            sendFrame({m});
        return true;
    }
    case LsegFault::GzipBomb:
        for (const QByteArray &m : s.encoder.updatesForCompressed(gzipBomb(), gen.nextGuid(now), mrnType, src))
            sendFrame({m});
        return true;
    case LsegFault::MalformedStoryJson: {
        const QString guid = gen.nextGuid(now);
        const QByteArray broken = QByteArrayLiteral("{\"altId\":\"n") + guid.left(9).toLatin1()
            + QByteArrayLiteral("\",\"body\":\"The story was cut short here, \\u00e9t");
        for (const QByteArray &m : s.encoder.updatesForCompressed(MrnUpdateEncoder::gzip(broken), guid, mrnType, src))
            sendFrame({m});
        return true;
    }
    case LsegFault::BinaryFrame: {
        const MrnStory story = gen.nextStory(MrnStoryGenerator::Shape::Article);
        for (const QByteArray &m : s.encoder.updatesForStory(story.json, story.guid, mrnType, src)) {
            if (m_socket)
                m_socket->sendBinaryMessage(MrnUpdateEncoder::frame({m}));
        }
        return true;
    }
    case LsegFault::InvalidUtf8Binary: {
        // A harmless Status whose text holds bytes that are not UTF-8 (a lone continuation byte, an overlong
        // lead, 0xff).
        const QByteArray bytes = QByteArrayLiteral("[{\"Domain\":\"NewsTextAnalytics\",\"ID\":")
            + QByteArray::number(s.encoder.streamId())
            + QByteArrayLiteral(",\"State\":{\"Data\":\"Ok\",\"Stream\":\"Open\",\"Text\":\"bad \x80 \xc3\x28 \xff\"},"
                                "\"Type\":\"Status\"}]");
        if (m_socket)
            m_socket->sendBinaryMessage(bytes);
        return true;
    }
    case LsegFault::DuplicateStory:
        if (s.last.guid.isEmpty())
            sendPublication(s, MrnPublication::fromStory(gen.nextStory(MrnStoryGenerator::Shape::Article), s.ric, src));
        sendPublication(s, MrnPublication(s.last));
        return true;
    case LsegFault::NewVersionStory: {
        if (s.last.story.guid.isEmpty())
            sendPublication(s, MrnPublication::fromStory(gen.nextStory(MrnStoryGenerator::Shape::Article), s.ric, src));
        sendPublication(s, MrnPublication::fromStory(gen.newVersionOf(s.last.story), s.ric, src));
        return true;
    }
    case LsegFault::PackedFragments: {
        MrnPublication p = MrnPublication::fromStory(gen.nextStory(MrnStoryGenerator::Shape::Large), s.ric, src);
        p.packed = true;
        sendPublication(s, p);
        return true;
    }
    default:
        return false;
    }
}

} // namespace sb::sim
