#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace sb {

// An SQS request that failed as a whole: an HTTP error answer (JSON or Query XML shape), a transport failure
// (httpStatus 0) or an unreadable answer. The code is the legacy Query code when the server names one
// (x-amzn-query-error, or <Code>), else the JSON __type after '#'.
struct SqsError
{
    QString operation; // "ReceiveMessage", "DeleteMessageBatch", …
    int httpStatus = 0;
    QString code; // "ExpiredToken", "SignatureDoesNotMatch", "network", "timeout", "tls", "bad_response", …
    QString message; // never holds credentials
    QString requestId;
    bool senderFault = true;

    // The credentials are stale or wrong: fetch new cloud credentials, then poll again (reference §8): HTTP 403,
    // ExpiredToken, InvalidClientTokenId, SignatureDoesNotMatch and their JSON spellings.
    bool isAuthError() const;
    // A signature refused for its date (the local clock is off by more than 15 minutes); new credentials won't help.
    bool isClockSkew() const;
    // Worth repeating the same request after a backoff: transport failures, timeouts, 5xx, throttling.
    bool retryable() const;
    QString toString() const; // "ReceiveMessage: HTTP 403 ExpiredToken: The security token …"

    // Parses an error answer of either protocol. `queryErrorHeader` is the x-amzn-query-error value, if any.
    static SqsError fromResponse(const QString &operation, int httpStatus, const QByteArray &body,
        const QByteArray &queryErrorHeader = QByteArray(), const QByteArray &requestIdHeader = QByteArray());
    static SqsError transport(const QString &operation, const QString &code, const QString &message);
};

} // namespace sb

Q_DECLARE_METATYPE(sb::SqsError)
