#include "retrying_http_client.h"

#include "net/http_attempt_failure.h"
#include "net/redirect_hop.h"
#include "net/secret_redactor.h"
#include "net/tls_settings.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sb {

RetryingHttpClient::RetryingHttpClient(QNetworkAccessManager *nam, const QSslConfiguration &tls, FeedError::Stage stage,
    bool isGet, QString endpoint, QString attempt, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tls(TlsSettings::peerVerified(tls))
    , m_stage(stage)
    , m_isGet(isGet)
    , m_endpoint(std::move(endpoint))
    , m_attempt(std::move(attempt))
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_pending(this, [this] { startAttempt(); })
{ }

RetryingHttpClient::~RetryingHttpClient()
{
    abort();
}

void RetryingHttpClient::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

bool RetryingHttpClient::isBusy() const
{
    return m_pending.isBusy();
}

void RetryingHttpClient::abort()
{
    m_pending.abort();
}

void RetryingHttpClient::sendTo(const QUrl &url)
{
    m_url = url;
    m_hops = 0;
    sendHop();
}

void RetryingHttpClient::sendHop()
{
    QNetworkRequest request(m_url);
    // Followed by hand, so that a credential goes on only where RedirectHop allows (and a POST keeps its body).
    RedirectHop::prepareRequest(request);
    request.setTransferTimeout(m_timeoutMs);
    request.setSslConfiguration(m_tls);
    QNetworkReply *reply = send(request);
    m_pending.track(reply, [this](QNetworkReply *r) { onFinished(r); });
}

void RetryingHttpClient::onFinished(QNetworkReply *reply)
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
    if (!RedirectHop::isRedirect(status, m_isGet)) {
        answered(reply, status, body);
        return;
    }
    const RedirectHop hop = RedirectHop::next(m_url, reply->rawHeader(QByteArrayLiteral("Location")), m_hops);
    if (!hop.follow()) {
        fail(hop.errorCode(), hop.errorMessage(endpointText(), status));
        return;
    }
    ++m_hops;
    m_url = hop.target();
    sendHop();
}

void RetryingHttpClient::retryLater(const QString &code, const QString &message)
{
    const int delay = m_backoff.nextDelayMs();
    m_pending.retryIn(delay);
    Q_EMIT retrying(
        FeedError {m_feed, m_stage, code, redact(message + HttpAttemptFailure::retryingIn(delay)), true, nowMs()});
}

void RetryingHttpClient::fail(const QString &code, const QString &message, bool retryable)
{
    Q_EMIT failed(FeedError {m_feed, m_stage, code, redact(message), retryable, nowMs()});
}

QString RetryingHttpClient::endpointText() const
{
    return m_endpoint.arg(SecretRedactor::redactUrl(m_url));
}

QString RetryingHttpClient::attemptText() const
{
    return m_attempt.arg(SecretRedactor::redactUrl(m_url));
}

} // namespace sb
