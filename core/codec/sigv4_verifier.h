#pragma once

#include "codec/sigv4_signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace sb {

// What a server knows about an access key id: its secret, the session token issued with it (empty for a long-term
// key) and when that token stops being accepted (invalid = never).
struct AwsCredentialRecord
{
    QString secretKey;
    QString sessionToken;
    QDateTime expiresAt;
};

// The outcome of checking a SigV4-signed request, with the AWS error code and HTTP status a real service answers.
struct SigV4Verification
{
    enum class Result {
        Ok,
        MissingAuthentication, // MissingAuthenticationToken, 403
        IncompleteSignature, // IncompleteSignature, 400: unparsable Authorization or missing X-Amz-Date
        UnknownAccessKey, // InvalidClientTokenId, 403
        InvalidToken, // InvalidClientTokenId, 403: wrong or missing session token
        ExpiredToken, // ExpiredToken, 403
        RequestExpired, // SignatureDoesNotMatch "Signature expired", 403: X-Amz-Date more than the skew away
        SignatureMismatch, // SignatureDoesNotMatch, 403
    };

    Result result = Result::MissingAuthentication;
    QString accessKeyId;
    QString message; // the AWS message text
    QByteArray canonicalRequest; // what this side computed (tests and diagnostics; never holds the secret)

    bool ok() const { return result == Result::Ok; }
    QString code() const; // "SignatureDoesNotMatch", …
    int httpStatus() const;
};

// The server side of SigV4, for the local SQS emulator: re-computes the signature of a received request over the
// headers it names, with the secret looked up by access key id, and checks date skew and session token. Only the
// Authorization-header form (not presigned URLs), which is what SQS clients send.
class SigV4Verifier
{
public:
    using Lookup = std::function<std::optional<AwsCredentialRecord>(const QString &accessKeyId)>;

    // `region` empty accepts any region in the credential scope; `service` must match.
    SigV4Verifier(QString service, QString region, Lookup lookup);

    void setMaxSkewSeconds(int seconds) { m_maxSkewSeconds = seconds; }

    // `request.url` carries the path and query as received; headers are the received headers.
    SigV4Verification verify(const SigV4Request &request, const QDateTime &nowUtc) const;

private:
    QString m_service;
    QString m_region;
    Lookup m_lookup;
    int m_maxSkewSeconds = 15 * 60;
};

} // namespace sb
