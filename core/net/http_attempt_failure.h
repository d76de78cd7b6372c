#pragma once

#include <QString>

class QNetworkReply;

namespace sb {

// Why one HTTP attempt of a client that asks one thing at a time (a token, the service discovery) failed, worded
// the same for each: the client names the attempt ("token request to <url>") and picks fatal or retry.
struct HttpAttemptFailure
{
    QString code;
    QString message;

    // A reply without an HTTP status: "timeout" (the transfer timeout cancelled it), "tls" or "network".
    static HttpAttemptFailure fromTransport(const QNetworkReply *reply, const QString &attempt, int timeoutMs);
    // An error status: "http_<status>", "<attempt> failed: HTTP <status> <reason>: <detail>".
    static HttpAttemptFailure fromStatus(
        const QNetworkReply *reply, int status, const QString &attempt, const QString &detail);

    // A reply body as a message's detail: on one line and cut short. Pass it redacted.
    static QString bodyExcerpt(const QString &redactedBody);
    // "; retrying in 250 ms", "; retrying in 1.5 s".
    static QString retryingIn(int delayMs);
};

} // namespace sb
