#include "oauth2_token_client.h"

#include "net/http_attempt_failure.h"
#include "net/secret_redactor.h"

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
    : RetryingHttpClient(nam, tls, FeedError::Stage::Auth, false, QStringLiteral("token endpoint %1"),
        QStringLiteral("token request to %1"), parent)
    , m_config(config)
{
    setTimeoutMs(m_config.timeoutMs);
}

void OAuth2TokenClient::requestToken()
{
    if (isBusy())
        return;
    startAttempt();
}

void OAuth2TokenClient::startAttempt()
{
    if (m_config.grant == OAuth2Config::ClientCredentials)
        m_grantInUse = GrantInUse::ClientCredentials;
    else
        m_grantInUse = m_refreshToken.isEmpty() ? GrantInUse::Password : GrantInUse::Refresh;
    m_body = formBody();
    sendTo(m_config.tokenUrl);
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

QNetworkReply *OAuth2TokenClient::send(QNetworkRequest &request)
{
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
    // A 307/308 repeats the POST with its body, and a 301/302 does not turn it into a GET.
    return network()->post(request, m_body);
}

void OAuth2TokenClient::answered(QNetworkReply *reply, int status, const QByteArray &body)
{
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
    std::optional<TokenInfo> token = TokenInfo::fromJson(body, nowMs(), &error);
    if (!token) {
        retryLater(QStringLiteral("bad_response"), QStringLiteral("%1: %2").arg(endpointText(), error));
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
    resetBackoff();
    Q_EMIT tokenReady(*token);
}

QString OAuth2TokenClient::redact(const QString &text) const
{
    return SecretRedactor::redactText(
        SecretRedactor::redactValues(text, {m_config.clientSecret, m_config.password, m_refreshToken}));
}

} // namespace sb
