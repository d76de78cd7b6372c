#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sb {

// Temporary AWS credentials as the Data Platform hands them out (reference §5); the session token may be empty
// for long-term keys.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretKey;
    QString sessionToken;

    bool isValid() const { return !accessKeyId.isEmpty() && !secretKey.isEmpty(); }
};

// One HTTP request as it will go on the wire. `headers` are the headers the caller sends (any case, in order,
// duplicates allowed); a Host header is optional (taken from the URL when absent, the way Qt writes it).
struct SigV4Request
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // All values of a header (case-insensitive name) joined by ',', or a null array when absent.
    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces every value of that name
    void removeHeader(const QByteArray &name);
};

// AWS Signature Version 4 for header-signed requests of non-S3 services (reference §10): canonical request,
// string to sign, HMAC-SHA256 key chain, Authorization header. Hand-written because no AWS SDK is available as a
// Debian package and the whole algorithm is a page of code; it is checked against the official test suite
// (tests/data/sigv4).
//
// Canonical URI: the path (decoded), with "." and ".." segments and empty segments removed, each segment
// percent-encoded over the RFC 3986 unreserved set. That is the suite's "normalize" mode and equals AWS's double
// encoding for every SQS path (account ids and queue names are unreserved characters).
class SigV4Signer
{
public:
    static constexpr const char *kAlgorithm = "AWS4-HMAC-SHA256";

    SigV4Signer(AwsCredentials credentials, QString region, QString service);

    // Adds X-Amz-Content-Sha256 (signed) to every request, as S3 and the suite's sign_body cases do. Off by default.
    void setSignPayloadHeader(bool on) { m_signPayloadHeader = on; }
    // The session token is signed (default, and what SQS gets); off adds it after signing (suite
    // post-sts-header-after).
    void setSignSessionToken(bool on) { m_signSessionToken = on; }

    const AwsCredentials &credentials() const { return m_credentials; }
    QString region() const { return m_region; }
    QString service() const { return m_service; }

    // Replaces any previous X-Amz-Date, X-Amz-Security-Token, X-Amz-Content-Sha256 and Authorization, then adds
    // X-Amz-Date, X-Amz-Security-Token (when there is a session token), X-Amz-Content-Sha256 (when enabled) and
    // Authorization. Every header present is signed except the ones proxies or transports may change
    // (see isUnsignedHeader()), plus host.
    void sign(SigV4Request &request, const QDateTime &nowUtc) const;

    // The pieces, public for tests and for SigV4Verifier.
    static QByteArray amzDate(const QDateTime &utc); // 20150830T123600Z
    static QByteArray canonicalUri(const QUrl &url);
    static QByteArray canonicalQuery(const QUrl &url);
    static QByteArray canonicalHeaderValue(const QByteArray &value); // trimmed, inner whitespace runs collapsed
    static QByteArray hostHeader(const QUrl &url); // host[:port] as Qt sends it
    static bool isUnsignedHeader(const QByteArray &lowerName);
    // Lower-cased names to sign for `request`: every header present (bar the unsigned ones) plus host, sorted.
    static QByteArrayList headersToSign(const SigV4Request &request);
    // The canonical request over exactly `signedHeaders` (lower-case, sorted; host falls back to the URL).
    static QByteArray canonicalRequest(const SigV4Request &request, const QByteArrayList &signedHeaders);
    static QByteArray credentialScope(const QByteArray &date, const QString &region, const QString &service);
    static QByteArray stringToSign(
        const QByteArray &amzDate, const QByteArray &credentialScope, const QByteArray &canonicalRequest);
    static QByteArray signingKey(
        const QString &secretKey, const QByteArray &date, const QString &region, const QString &service);
    static QByteArray signature(const QByteArray &signingKey, const QByteArray &stringToSign); // lower-case hex
    static QByteArray sha256Hex(const QByteArray &data);

    // The signing region of an SQS queue URL, https://sqs.<region>.amazonaws.com/<account>/<queue> (also the
    // legacy <region>.queue.amazonaws.com and amazonaws.com.cn hosts). Anything else (a loopback emulator, a
    // proxy) yields `fallback`, the configured region.
    static QString regionFromQueueUrl(const QUrl &queueUrl, const QString &fallback = QStringLiteral("us-east-1"));

private:
    AwsCredentials m_credentials;
    QString m_region;
    QString m_service;
    bool m_signPayloadHeader = false;
    bool m_signSessionToken = true;
};

} // namespace sb
