#include "service_discovery_client.h"

#include "feeds/mrn/service_discovery.h"
#include "net/http_attempt_failure.h"
#include "net/redirect_hop.h"
#include "net/secret_redactor.h"
#include "net/tls_settings.h"

#include <QDateTime>
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
    : QObject(parent)
    , m_nam(nam)
    , m_tls(TlsSettings::peerVerified(tls))
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_pending(this, [this] { startAttempt(); })
{ }

ServiceDiscoveryClient::~ServiceDiscoveryClient()
{
    abort();
}

void ServiceDiscoveryClient::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

bool ServiceDiscoveryClient::isBusy() const
{
    return m_pending.isBusy();
}

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
    m_backoff.reset();
    startAttempt();
}

void ServiceDiscoveryClient::abort()
{
    m_pending.abort();
}

void ServiceDiscoveryClient::startAttempt()
{
    m_url = requestUrl(m_discoveryUrl);
    m_hops = 0;
    send();
}

void ServiceDiscoveryClient::send()
{
    QNetworkRequest request(m_url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_accessToken.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // Followed by hand so the bearer token is kept, and never sent over a downgraded scheme or to another origin.
    RedirectHop::prepareRequest(request);
    request.setTransferTimeout(m_timeoutMs);
    request.setSslConfiguration(m_tls);
    QNetworkReply *reply = m_nam->get(request);
    m_pending.track(reply, [this](QNetworkReply *r) { onFinished(r); });
}

void ServiceDiscoveryClient::onFinished(QNetworkReply *reply)
{
    if (!m_pending.settle(reply))
        return;

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid()) {
        const HttpAttemptFailure failure = HttpAttemptFailure::fromTransport(reply, attemptText(), m_timeoutMs);
        retryLater(failure.code, failure.message);
        return;
    }

    const int status = statusAttr.toInt();
    const QByteArray body = reply->readAll();

    if (RedirectHop::isRedirect(status, true)) {
        const RedirectHop hop = RedirectHop::next(m_url, reply->rawHeader(QByteArrayLiteral("Location")), m_hops);
        if (!hop.follow()) {
            fail(hop.errorCode(),
                hop.errorMessage(QStringLiteral("service discovery at %1").arg(endpointText()), status));
            return;
        }
        ++m_hops;
        m_url = hop.target();
        send();
        return;
    }

    if (status >= 200 && status < 300) {
        QString error;
        const std::optional<QVector<ServiceEndpoint>> all = ServiceDiscovery::parse(body, &error);
        if (!all) {
            retryLater(QStringLiteral("bad_response"),
                QStringLiteral("service discovery at %1: %2").arg(endpointText(), error));
            return;
        }
        const QVector<ServiceEndpoint> chosen = ServiceDiscovery::choose(*all, m_region, &error);
        if (chosen.isEmpty()) {
            fail(QStringLiteral("no_endpoint"), error);
            return;
        }
        m_backoff.reset();
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

void ServiceDiscoveryClient::retryLater(const QString &code, const QString &message)
{
    const int delay = m_backoff.nextDelayMs();
    m_pending.retryIn(delay);
    Q_EMIT retrying(makeError(code, message + HttpAttemptFailure::retryingIn(delay), true));
}

void ServiceDiscoveryClient::fail(const QString &code, const QString &message, bool retryable)
{
    Q_EMIT failed(makeError(code, message, retryable));
}

FeedError ServiceDiscoveryClient::makeError(const QString &code, const QString &message, bool retryable) const
{
    FeedError e;
    e.feed = m_feed;
    e.stage = FeedError::Stage::Discovery;
    e.code = code;
    e.message = redact(message);
    e.retryable = retryable;
    e.timeMs = m_nowMs();
    return e;
}

QString ServiceDiscoveryClient::redact(const QString &text) const
{
    return SecretRedactor::redactText(SecretRedactor::redactValues(text, {m_accessToken}));
}

QString ServiceDiscoveryClient::endpointText() const
{
    return SecretRedactor::redactUrl(m_url);
}

QString ServiceDiscoveryClient::attemptText() const
{
    return QStringLiteral("service discovery at %1").arg(endpointText());
}

} // namespace sb
