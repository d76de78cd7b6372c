#include "oauth2_token_client.h"

#include "net/http_attempt_failure.h"
#include "net/redirect_hop.h"
#include "net/secret_redactor.h"
#include "net/tls_settings.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sb {
namespace {

// LSEG's samples stop on these; everything else is worth another try.
bool isFatal(int status)
{
    return status == 400 || status == 401 || status == 403 || status == 404 || status == 410 || status == 451;
}

void addField(QByteArray &body, const char *key, const QString &value)
{
    if (!body.isEmpty())
        body += '&';
    // toPercentEncoding leaves only unreserved characters, so '+', '&' and '=' in secrets survive the trip.
    body += key;
    body += '=';
    body += QUrl::toPercentEncoding(value);
}

} // namespace

OAuth2TokenClient::OAuth2TokenClient(
    QNetworkAccessManager *nam, const QSslConfiguration &tls, const OAuth2Config &config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tls(TlsSettings::peerVerified(tls))
    , m_config(config)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_pending(this, [this] { startAttempt(); })
{ }

OAuth2TokenClient::~OAuth2TokenClient()
{
    abort();
}

void OAuth2TokenClient::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

bool OAuth2TokenClient::isBusy() const
{
    return m_pending.isBusy();
}

void OAuth2TokenClient::requestToken()
{
    if (isBusy())
        return;
    startAttempt();
}

void OAuth2TokenClient::abort()
{
    m_pending.abort();
}

void OAuth2TokenClient::startAttempt()
{
    if (m_config.grant == OAuth2Config::ClientCredentials)
        m_grantInUse = GrantInUse::ClientCredentials;
    else
        m_grantInUse = m_refreshToken.isEmpty() ? GrantInUse::Password : GrantInUse::Refresh;
    m_body = formBody();
    m_url = m_config.tokenUrl;
    m_hops = 0;
    send();
}

QByteArray OAuth2TokenClient::formBody() const
{
    QByteArray body;
    switch (m_grantInUse) {
    case GrantInUse::ClientCredentials:
        addField(body, "grant_type", QStringLiteral("client_credentials"));
        if (!m_config.clientAuthBasic) {
            addField(body, "client_id", m_config.clientId);
            addField(body, "client_secret", m_config.clientSecret);
        }
        if (!m_config.scope.isEmpty())
            addField(body, "scope", m_config.scope);
        break;
    case GrantInUse::Password:
        addField(body, "grant_type", QStringLiteral("password"));
        addField(body, "username", m_config.username);
        addField(body, "password", m_config.password);
        addField(body, "client_id", m_config.clientId);
        if (!m_config.clientSecret.isEmpty())
            addField(body, "client_secret", m_config.clientSecret);
        if (!m_config.scope.isEmpty())
            addField(body, "scope", m_config.scope);
        addField(body, "takeExclusiveSignOnControl",
            m_config.takeExclusiveSignOnControl ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case GrantInUse::Refresh:
        addField(body, "grant_type", QStringLiteral("refresh_token"));
        addField(body, "username", m_config.username);
        addField(body, "client_id", m_config.clientId);
        if (!m_config.clientSecret.isEmpty())
            addField(body, "client_secret", m_config.clientSecret);
        addField(body, "refresh_token", m_refreshToken);
        break;
    }
    for (const auto &field : m_config.extraFields)
        addField(body, field.first.constData(), field.second);
    return body;
}

void OAuth2TokenClient::send()
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (m_config.clientAuthBasic) {
        // RFC 6749 2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded.
        const QByteArray id = QUrl::toPercentEncoding(m_config.clientId);
        const QByteArray secret = QUrl::toPercentEncoding(m_config.clientSecret);
        request.setRawHeader(
            QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + QByteArray(id + ':' + secret).toBase64());
    }
    for (const auto &header : m_config.extraHeaders)
        request.setRawHeader(header.first, header.second);
    // The POST must be repeated with its body on 307/308, and 301/302 must not turn it into a GET.
    RedirectHop::prepareRequest(request);
    request.setTransferTimeout(m_config.timeoutMs);
    request.setSslConfiguration(m_tls);
    QNetworkReply *reply = m_nam->post(request, m_body);
    m_pending.track(reply, [this](QNetworkReply *r) { onFinished(r); });
}

void OAuth2TokenClient::onFinished(QNetworkReply *reply)
{
    if (!m_pending.settle(reply))
        return;

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid()) {
        const HttpAttemptFailure failure = HttpAttemptFailure::fromTransport(reply, attemptText(), m_config.timeoutMs);
        retryLater(failure.code, failure.message);
        return;
    }

    const int status = statusAttr.toInt();
    const QByteArray body = reply->readAll();

    if (RedirectHop::isRedirect(status, false)) {
        const RedirectHop hop = RedirectHop::next(m_url, reply->rawHeader(QByteArrayLiteral("Location")), m_hops);
        if (!hop.follow()) {
            fail(hop.errorCode(), hop.errorMessage(QStringLiteral("token endpoint %1").arg(endpointText()), status));
            return;
        }
        ++m_hops;
        m_url = hop.target();
        send();
        return;
    }

    if (status >= 200 && status < 300) {
        handleSuccess(body);
        return;
    }

    if (m_grantInUse == GrantInUse::Refresh && (status == 400 || status == 401)) {
        // The refresh token is spent or revoked; the password grant starts a new session (WS-V1).
        m_refreshToken.clear();
        startAttempt();
        return;
    }

    const HttpAttemptFailure failure = HttpAttemptFailure::fromStatus(
        reply, status, attemptText(), HttpAttemptFailure::bodyExcerpt(redact(QString::fromUtf8(body))));
    const QString &code = failure.code;
    QString message = failure.message;

    if (isFatal(status)) {
        if (status == 400 || status == 401) {
            message += m_grantInUse == GrantInUse::ClientCredentials
                ? QStringLiteral(" (check clientId and clientSecret)")
                : QStringLiteral(" (check username, password and clientId)");
        }
        fail(code, message);
        return;
    }
    retryLater(code, message);
}

void OAuth2TokenClient::handleSuccess(const QByteArray &body)
{
    QString error;
    std::optional<TokenInfo> token = TokenInfo::fromJson(body, m_nowMs(), &error);
    if (!token) {
        retryLater(QStringLiteral("bad_response"), QStringLiteral("token endpoint %1: %2").arg(endpointText(), error));
        return;
    }
    if (m_config.grant == OAuth2Config::ClientCredentials) {
        token->refreshToken.clear();
    } else {
        if (m_grantInUse == GrantInUse::Refresh && m_lastExpiresInSec > 0
            && token->expiresInSec != m_lastExpiresInSec) {
            // WS-V1: a changed lifetime on refresh means the refresh session is ending; start a new one now.
            m_refreshToken.clear();
            startAttempt();
            return;
        }
        // A refresh answer may omit a new refresh token; the old one then stays in use.
        if (!token->refreshToken.isEmpty())
            m_refreshToken = token->refreshToken;
        token->refreshToken = m_refreshToken;
    }
    m_lastExpiresInSec = token->expiresInSec;
    m_backoff.reset();
    Q_EMIT tokenReady(*token);
}

void OAuth2TokenClient::retryLater(const QString &code, const QString &message)
{
    const int delay = m_backoff.nextDelayMs();
    m_pending.retryIn(delay);
    Q_EMIT retrying(makeError(code, message + HttpAttemptFailure::retryingIn(delay), true));
}

void OAuth2TokenClient::fail(const QString &code, const QString &message)
{
    Q_EMIT failed(makeError(code, message, false));
}

FeedError OAuth2TokenClient::makeError(const QString &code, const QString &message, bool retryable) const
{
    FeedError e;
    e.feed = m_feed;
    e.stage = FeedError::Stage::Auth;
    e.code = code;
    e.message = redact(message);
    e.retryable = retryable;
    e.timeMs = m_nowMs();
    return e;
}

QString OAuth2TokenClient::redact(const QString &text) const
{
    return SecretRedactor::redactText(
        SecretRedactor::redactValues(text, {m_config.clientSecret, m_config.password, m_refreshToken}));
}

QString OAuth2TokenClient::endpointText() const
{
    return SecretRedactor::redactUrl(m_url);
}

QString OAuth2TokenClient::attemptText() const
{
    return QStringLiteral("token request to %1").arg(endpointText());
}

} // namespace sb
