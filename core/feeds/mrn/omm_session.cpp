#include "omm_session.h"

#include "net/secret_redactor.h"
#include "omm_requests.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <atomic>

namespace sb {

OmmSession::OmmSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_watchdog(this)
    , m_itemRetry(this)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<sb::OmmSession::CloseReason>();
    if (m_options.position.isEmpty())
        m_options.position = OmmRequests::defaultPosition();
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_connected)
            finish(CloseReason::ConnectFailed,
                QStringLiteral("no WebSocket connection within %1 s").arg(m_options.connectTimeoutMs / 1000));
        else if (!m_loggedIn)
            finish(CloseReason::Dropped,
                QStringLiteral("no Login answer within %1 s").arg(m_options.loginTimeoutMs / 1000));
        else
            finish(CloseReason::PingTimeout, QStringLiteral("no traffic for %1 s (PingTimeout)").arg(m_pingTimeoutSec));
    });
    m_itemRetry.setSingleShot(true);
    connect(&m_itemRetry, &QTimer::timeout, this, [this] {
        if (!m_loggedIn)
            return;
        const QStringList names = std::exchange(m_itemsToRetry, {});
        for (const QString &name : names) {
            const int index = int(m_options.items.indexOf(name));
            if (index >= 0)
                sendText(OmmRequests::itemRequest(2 + index, m_options.domain, name, m_options.service));
        }
    });
}

OmmSession::~OmmSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void OmmSession::open(const QUrl &url, const QString &token, const QSslConfiguration &tls)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_token = token;
    m_connected = m_loggedIn = m_finishing = false;
    m_pendingReason = CloseReason::None;
    m_pingTimeoutSec = m_options.defaultPingTimeoutSec;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (url.scheme() == QLatin1String("wss"))
        m_socket->setSslConfiguration(tls);
    // The session refuses a message itself once its frames pass the bound (countFrame), and closes at once. Qt's
    // own refusal is the backstop, a sixteenth above: on a TLS socket Qt 6.4's close() reads on re-entrantly while
    // it flushes, parses the rest of the refused message as new frames and overwrites 1009 with whatever those
    // produce (mostly 1002), so its close code cannot be relied on to say why.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes + m_options.maxMessageBytes / 16));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
    m_messageBytes = 0;
    m_refusedBytes = 0;
    connect(m_socket, &QWebSocket::connected, this, &OmmSession::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &OmmSession::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &OmmSession::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &OmmSession::onBinary);
    connect(m_socket, &QWebSocket::textFrameReceived, this,
        [this](const QString &frame, bool last) { countFrame(frame.size(), last); });
    connect(m_socket, &QWebSocket::binaryFrameReceived, this,
        [this](const QByteArray &frame, bool last) { countFrame(frame.size(), last); });
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) {
            if (m_pendingDetail.isEmpty())
                m_pendingDetail = m_socket->errorString();
        });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_pendingDetail = QStringLiteral("TLS verification failed: ") + texts.join(QStringLiteral("; "));
    });
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({QStringLiteral("tr_json2")});
    m_pendingDetail.clear();
    m_watchdog.start(m_options.connectTimeoutMs);
    m_socket->open(QNetworkRequest(url), handshake);
}

void OmmSession::close()
{
    if (!m_socket)
        return;
    if (m_loggedIn)
        sendText(OmmRequests::loginClose());
    finish(CloseReason::Stopped, QStringLiteral("closed by the user"));
}

void OmmSession::onConnected()
{
    m_connected = true;
    m_watchdog.start(m_options.loginTimeoutMs);
    if (m_socket->subprotocol() != QLatin1String("tr_json2")) {
        Q_EMIT errorOccurred(FeedError {QString(), FeedError::Stage::Connect, QStringLiteral("subprotocol"),
            QStringLiteral("server did not accept the tr_json2 subprotocol (got \"%1\")").arg(m_socket->subprotocol()),
            true, 0});
    }
    Q_EMIT connected();
    if (m_token.isEmpty())
        sendText(OmmRequests::userLogin(m_options.userName, m_options.applicationId, m_options.position));
    else
        sendText(OmmRequests::tokenLogin(m_token, m_options.applicationId, m_options.position));
}

void OmmSession::onDisconnected()
{
    if (m_finishing)
        return;
    QString detail = m_pendingDetail;
    if (m_socket && m_socket->closeCode() != QWebSocketProtocol::CloseCodeNormal && m_connected) {
        detail
            = QStringLiteral("connection closed (code %1%2)")
                  .arg(int(m_socket->closeCode()))
                  .arg(m_socket->closeReason().isEmpty() ? QString() : QStringLiteral(": ") + m_socket->closeReason());
    }
    if (m_pendingReason != CloseReason::None) {
        finish(m_pendingReason, m_pendingDetail);
        return;
    }
    if (detail.isEmpty())
        detail = m_connected ? QStringLiteral("connection closed by the server") : QStringLiteral("connection failed");
    CloseReason reason = m_connected ? CloseReason::Dropped : CloseReason::ConnectFailed;
    if (m_connected && m_refusedBytes > 0) {
        reason = CloseReason::MessageTooLarge; // Qt's backstop closed before the session's own close ran
        detail = refusedDetail();
    }
    if (m_connected && m_socket && m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        reason = CloseReason::MessageTooLarge; // a single frame above the bound, refused by Qt
        detail = QStringLiteral("a WebSocket message above the %1-byte bound was refused (%2)")
                     .arg(m_options.maxMessageBytes)
                     .arg(detail);
    }
    static std::atomic<quint64> nextBarrier {1};
    const quint64 barrier = nextBarrier.fetch_add(1, std::memory_order_relaxed);
    if (m_connected && m_sink && m_sink->post(RawFrame::barrier(barrier))) {
        m_watchdog.stop();
        m_closeBarrier = barrier;
        m_closeReason = reason;
        m_closeDetail = detail;
        return;
    }
    finish(reason, detail);
}

void OmmSession::countFrame(qsizetype bytes, bool last)
{
    if (m_refusedBytes > 0)
        return;
    // Text frames count in UTF-16 code units, at most the UTF-8 bytes: the decoder's own check stays exact.
    m_messageBytes += bytes;
    if (m_messageBytes > m_options.maxMessageBytes) {
        m_refusedBytes = m_messageBytes;
        // Not from inside Qt's frame parsing, which goes on after this signal returns.
        QMetaObject::invokeMethod(
            this,
            [this, socket = m_socket] {
                if (m_socket == socket && !m_finishing)
                    finish(CloseReason::MessageTooLarge, refusedDetail());
            },
            Qt::QueuedConnection);
    }
    if (last)
        m_messageBytes = 0;
}

QString OmmSession::refusedDetail() const
{
    return QStringLiteral("a WebSocket message above the %1-byte bound was refused after %2 bytes")
        .arg(m_options.maxMessageBytes)
        .arg(m_refusedBytes);
}

void OmmSession::handleBarrier(quint64 id)
{
    if (id == 0 || id != m_closeBarrier)
        return;
    m_closeBarrier = 0;
    finish(m_closeReason, m_closeDetail);
}

void OmmSession::finish(CloseReason reason, const QString &detail)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_watchdog.stop();
    m_itemRetry.stop();
    const bool wasLoggedIn = m_loggedIn;
    m_connected = m_loggedIn = false;
    if (m_socket) {
        QWebSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    Q_UNUSED(wasLoggedIn)
    Q_EMIT closed(reason, detail);
}

void OmmSession::traffic()
{
    if (m_loggedIn)
        m_watchdog.start(m_pingTimeoutSec * 1000);
}

void OmmSession::onText(const QString &text)
{
    if (m_refusedBytes > 0)
        return; // the refused message, complete before the session's close ran
    traffic();
    if (m_sink)
        m_sink->post(RawFrame::fromText(text, m_nowMs()));
}

void OmmSession::onBinary(const QByteArray &data)
{
    if (m_refusedBytes > 0)
        return;
    traffic();
    if (m_sink)
        m_sink->post(RawFrame::fromBinary(data, m_nowMs()));
}

void OmmSession::sendText(const QByteArray &json)
{
    if (m_socket && m_connected)
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void OmmSession::reissueLogin(const QString &token)
{
    m_token = token;
    if (m_loggedIn)
        sendText(OmmRequests::tokenLogin(token, m_options.applicationId, m_options.position, true));
}

void OmmSession::requestItems()
{
    for (int i = 0; i < m_options.items.size(); ++i)
        sendText(OmmRequests::itemRequest(2 + i, m_options.domain, m_options.items[i], m_options.service));
}

void OmmSession::handleControl(const OmmControl &m)
{
    if (!m_connected)
        return; // a message of a connection that is gone
    if (m.type == QLatin1String("Ping")) {
        sendText(OmmRequests::pong());
        ++m_pongsSent;
        return;
    }
    if (m.type == QLatin1String("Pong"))
        return;
    if (m.type == QLatin1String("Error")) {
        QString text = QStringLiteral("server reported an OMM error on stream %1: %2").arg(m.id).arg(m.text);
        if (!m.debugMessage.isEmpty())
            text += QStringLiteral(" (offending message: %1)").arg(SecretRedactor::redactText(m.debugMessage));
        Q_EMIT errorOccurred(
            FeedError {QString(), FeedError::Stage::Subscribe, QStringLiteral("omm_error"), text, true, 0});
        return;
    }
    if (m.isLogin()) {
        if (m.type == QLatin1String("Refresh") && m.streamOpenDataOk()) {
            const bool first = !m_loggedIn;
            m_loggedIn = true;
            if (m.pingTimeout > 0)
                m_pingTimeoutSec = m.pingTimeout;
            traffic();
            if (first) {
                Q_EMIT loggedIn(m.text);
                requestItems();
            }
            return;
        }
        if (m.streamOpenDataOk())
            return; // e.g. a Status confirming a reissue
        // A Login Status that is not Open/Ok: Closed is final, ClosedRecover (or Open/Suspect) may be retried later.
        const QString detail
            = QStringLiteral("Login %1 (Stream %2, Data %3%4): %5")
                  .arg(m.stream == QLatin1String("Closed") ? QStringLiteral("rejected") : QStringLiteral("not usable"),
                      m.stream, m.data, m.code.isEmpty() ? QString() : QStringLiteral(", Code ") + m.code, m.text);
        const bool fatal = m.stream == QLatin1String("Closed");
        finish(fatal ? CloseReason::LoginRejected : CloseReason::LoginRecoverable, detail);
        return;
    }
    // Item streams.
    const QString name = m.keyName.isEmpty() && m.hasId && m.id >= 2 && m.id - 2 < m_options.items.size()
        ? m_options.items.at(int(m.id - 2))
        : m.keyName;
    if (m.type == QLatin1String("Refresh")) {
        if (m.stream == QLatin1String("Open"))
            Q_EMIT itemOpened(name);
        return;
    }
    if (m.type == QLatin1String("Status")) {
        if (m.stream == QLatin1String("Open"))
            return;
        const bool retry = m.stream == QLatin1String("Closed") || m.stream == QLatin1String("ClosedRecover");
        Q_EMIT errorOccurred(
            FeedError {QString(), FeedError::Stage::Subscribe, QStringLiteral("item_") + m.stream.toLower(),
                QStringLiteral("item %1 %2 (Data %3%4): %5%6")
                    .arg(name, m.stream, m.data, m.code.isEmpty() ? QString() : QStringLiteral(", Code ") + m.code,
                        m.text, retry ? QStringLiteral("; requesting it again") : QString()),
                true, 0});
        if (retry && !name.isEmpty() && !m_itemsToRetry.contains(name)) {
            m_itemsToRetry << name;
            if (!m_itemRetry.isActive())
                m_itemRetry.start(m_options.itemRetryMs);
        }
        return;
    }
    if (!m.type.isEmpty() && m.type != QLatin1String("Update")) {
        Q_EMIT errorOccurred(FeedError {QString(), FeedError::Stage::Decode, QStringLiteral("omm_unknown_type"),
            QStringLiteral("ignored OMM message of unknown type \"%1\"").arg(m.type), true, 0});
    }
}

} // namespace sb
