#include "http_attempt_failure.h"

#include <QNetworkReply>

namespace sb {
namespace {

// A long body (a gateway's HTML error page) would drown the message in a log line.
constexpr qsizetype kMaxBodyInMessage = 600;

} // namespace

HttpAttemptFailure HttpAttemptFailure::fromTransport(const QNetworkReply *reply, const QString &attempt, int timeoutMs)
{
    const QNetworkReply::NetworkError e = reply->error();
    if (e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError) {
        // abort() disconnects before cancelling, so a cancel seen here is the transfer timeout.
        return {QStringLiteral("timeout"), QStringLiteral("%1 timed out after %2 ms").arg(attempt).arg(timeoutMs)};
    }
    return {e == QNetworkReply::SslHandshakeFailedError ? QStringLiteral("tls") : QStringLiteral("network"),
        QStringLiteral("%1 failed: %2").arg(attempt, reply->errorString())};
}

HttpAttemptFailure HttpAttemptFailure::fromStatus(
    const QNetworkReply *reply, int status, const QString &attempt, const QString &detail)
{
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    QString message = QStringLiteral("%1 failed: HTTP %2").arg(attempt).arg(status);
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + reason;
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return {QStringLiteral("http_%1").arg(status), message};
}

QString HttpAttemptFailure::bodyExcerpt(const QString &redactedBody)
{
    QString text = redactedBody.simplified();
    if (text.size() > kMaxBodyInMessage)
        text = text.left(kMaxBodyInMessage) + QStringLiteral("…");
    return text;
}

QString HttpAttemptFailure::retryingIn(int delayMs)
{
    return delayMs < 1000 ? QStringLiteral("; retrying in %1 ms").arg(delayMs)
                          : QStringLiteral("; retrying in %1 s").arg(delayMs / 1000.0, 0, 'f', 1);
}

} // namespace sb
