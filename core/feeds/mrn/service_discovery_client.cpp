#include "service_discovery_client.h"

#include "feeds/mrn/service_discovery.h"
#include "net/http_attempt_failure.h"
#include "net/secret_redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sb {
namespace {

bool isFatal(int status)
{
    return status == 403 || status == 404 || status == 410 || status == 451;
}

// The RDP gateway's error body: {"error":{"code":…,"message":…,"status":…}}; OAuth-style
// {"error":"…","error_description":"…"} is read too. Returns "code: message", or an empty string.
QString gatewayError(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QStringLiteral("error"));
    QString code;
    QString message;
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QJsonValue c = e.value(QStringLiteral("code"));
        code = c.isString() ? c.toString() : (c.isDouble() ? QString::number(c.toInt()) : QString());
        message = e.value(QStringLiteral("message")).toString();
    } else if (error.isString()) {
        code = error.toString();
        message = o.value(QStringLiteral("error_description")).toString();
    }
    if (code.isEmpty())
        return message;
    return message.isEmpty() ? code : code + QStringLiteral(": ") + message;
}

QString missingScopes(const QString &gatewayText)
{
    static const QRegularExpression re(
        QStringLiteral("Missing scopes:\\s*\\[([^\\]]*)\\]"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(gatewayText);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

ServiceDiscoveryClient::ServiceDiscoveryClient(
    QNetworkAccessManager *nam, const QSslConfiguration &tls, QObject *parent)
    : RetryingHttpClient(nam, tls, FeedError::Stage::Discovery, true, QStringLiteral("service discovery at %1"),
        QStringLiteral("service discovery at %1"), parent)
{ }

QUrl ServiceDiscoveryClient::requestUrl(const QUrl &discoveryUrl)
{
    QUrl url = discoveryUrl;
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("transport"))) {
        query.addQueryItem(QStringLiteral("transport"), QStringLiteral("websocket"));
        url.setQuery(query);
    }
    return url;
}

void ServiceDiscoveryClient::discover(const QUrl &discoveryUrl, const QString &accessToken, const QString &region)
{
    abort();
    m_discoveryUrl = discoveryUrl;
    m_accessToken = accessToken;
    m_region = region;
    resetBackoff();
    startAttempt();
}

void ServiceDiscoveryClient::startAttempt()
{
    sendTo(requestUrl(m_discoveryUrl));
}

QNetworkReply *ServiceDiscoveryClient::send(QNetworkRequest &request)
{
    // Redirects are followed by hand so that the bearer token is kept, and sent only where RedirectHop allows.
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_accessToken.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return network()->get(request);
}

void ServiceDiscoveryClient::answered(QNetworkReply *reply, int status, const QByteArray &body)
{
    if (status >= 200 && status < 300) {
        QString error;
        const std::optional<QVector<ServiceEndpoint>> all = ServiceDiscovery::parse(body, &error);
        if (!all) {
            retryLater(QStringLiteral("bad_response"), QStringLiteral("%1: %2").arg(endpointText(), error));
            return;
        }
        const QVector<ServiceEndpoint> chosen = ServiceDiscovery::choose(*all, m_region, &error);
        if (chosen.isEmpty()) {
            fail(QStringLiteral("no_endpoint"), error);
            return;
        }
        resetBackoff();
        Q_EMIT endpointsReady(chosen);
        return;
    }

    const QString gateway = redact(gatewayError(body));
    const HttpAttemptFailure failure = HttpAttemptFailure::fromStatus(reply, status, attemptText(),
        gateway.isEmpty() ? HttpAttemptFailure::bodyExcerpt(redact(QString::fromUtf8(body))) : gateway);
    const QString &code = failure.code;
    QString message = failure.message;

    if (status == 401) {
        fail(code, message + QStringLiteral(" (the access token was rejected; a new token is needed)"), true);
        return;
    }
    if (status == 403) {
        const QString missing = missingScopes(gateway);
        if (!missing.isEmpty()) {
            message += QStringLiteral(" (the token lacks the scope %1; add it to the feed's \"scope\" and make sure "
                                      "the account is entitled to it)")
                           .arg(missing);
        } else if (gateway.contains(QStringLiteral("insufficient_scope"))) {
            message += QStringLiteral(" (the token lacks a scope this service requires; check the feed's \"scope\")");
        } else {
            message += QStringLiteral(" (the account is not entitled to streaming service discovery)");
        }
        fail(code, message);
        return;
    }
    if (isFatal(status)) {
        fail(code, message);
        return;
    }
    retryLater(code, message);
}

QString ServiceDiscoveryClient::redact(const QString &text) const
{
    return SecretRedactor::redactText(SecretRedactor::redactValues(text, {m_accessToken}));
}

} // namespace sb
