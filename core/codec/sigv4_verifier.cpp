#include "sigv4_verifier.h"

#include <QTimeZone>

namespace sb {
namespace {

using Result = SigV4Verification::Result;

SigV4Verification outcome(Result result, const QString &accessKeyId, const QString &message)
{
    SigV4Verification v;
    v.result = result;
    v.accessKeyId = accessKeyId;
    v.message = message;
    return v;
}

// Parses "AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…" (components in any order).
bool parseAuthorization(
    const QByteArray &header, QByteArray &credential, QByteArray &signedHeaders, QByteArray &signature)
{
    const QByteArray prefix = QByteArray(SigV4Signer::kAlgorithm) + ' ';
    if (!header.startsWith(prefix))
        return false;
    for (const QByteArray &part : header.mid(prefix.size()).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq);
        const QByteArray value = item.mid(eq + 1);
        if (key == "Credential")
            credential = value;
        else if (key == "SignedHeaders")
            signedHeaders = value;
        else if (key == "Signature")
            signature = value;
    }
    return !credential.isEmpty() && !signedHeaders.isEmpty() && !signature.isEmpty();
}

} // namespace

QString SigV4Verification::code() const
{
    switch (result) {
    case Result::Ok:
        return {};
    case Result::MissingAuthentication:
        return QStringLiteral("MissingAuthenticationToken");
    case Result::IncompleteSignature:
        return QStringLiteral("IncompleteSignature");
    case Result::UnknownAccessKey:
    case Result::InvalidToken:
        return QStringLiteral("InvalidClientTokenId");
    case Result::ExpiredToken:
        return QStringLiteral("ExpiredToken");
    case Result::RequestExpired:
    case Result::SignatureMismatch:
        return QStringLiteral("SignatureDoesNotMatch");
    }
    return {};
}

int SigV4Verification::httpStatus() const
{
    switch (result) {
    case Result::Ok:
        return 200;
    case Result::IncompleteSignature:
        return 400;
    default:
        return 403;
    }
}

SigV4Verifier::SigV4Verifier(QString service, QString region, Lookup lookup)
    : m_service(std::move(service))
    , m_region(std::move(region))
    , m_lookup(std::move(lookup))
{ }

SigV4Verification SigV4Verifier::verify(const SigV4Request &request, const QDateTime &nowUtc) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isNull()) {
        return outcome(Result::MissingAuthentication, {},
            QStringLiteral("The request must contain either a valid (registered) AWS access key ID or X.509 "
                           "certificate."));
    }
    QByteArray credential;
    QByteArray signedHeaderList;
    QByteArray signature;
    if (!parseAuthorization(authorization, credential, signedHeaderList, signature)) {
        return outcome(Result::IncompleteSignature, {},
            QStringLiteral("Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' "
                           "parameters."));
    }
    // Credential=<akid>/<date>/<region>/<service>/aws4_request
    const QByteArrayList scope = credential.split('/');
    if (scope.size() != 5 || scope[4] != "aws4_request") {
        return outcome(Result::IncompleteSignature, {},
            QStringLiteral("Credential should be scoped to a valid region, not '%1'.")
                .arg(QString::fromUtf8(scope.value(2))));
    }
    const QString accessKeyId = QString::fromUtf8(scope[0]);
    const QByteArray amzDate = request.header("X-Amz-Date");
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (amzDate.isEmpty() || !date.isValid()) {
        return outcome(Result::IncompleteSignature, accessKeyId,
            QStringLiteral("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."));
    }
    QDateTime dateUtc = date;
    dateUtc.setTimeSpec(Qt::UTC);
    if (scope[1] != amzDate.left(8)) {
        return outcome(Result::SignatureMismatch, accessKeyId,
            QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
                           "HTTP: '%1' != '%2'")
                .arg(QString::fromUtf8(scope[1]), QString::fromLatin1(amzDate.left(8))));
    }
    if (scope[3] != m_service.toUtf8() || (!m_region.isEmpty() && scope[2] != m_region.toUtf8())) {
        return outcome(Result::SignatureMismatch, accessKeyId,
            QStringLiteral("Credential should be scoped to a valid region and service, not '%1/%2'.")
                .arg(QString::fromUtf8(scope[2]), QString::fromUtf8(scope[3])));
    }

    const std::optional<AwsCredentialRecord> record = m_lookup ? m_lookup(accessKeyId) : std::nullopt;
    if (!record) {
        return outcome(Result::UnknownAccessKey, accessKeyId,
            QStringLiteral("The security token included in the request is invalid."));
    }
    const QByteArray token = request.header("X-Amz-Security-Token");
    if (QString::fromUtf8(token) != record->sessionToken) {
        return outcome(Result::InvalidToken, accessKeyId,
            QStringLiteral("The security token included in the request is invalid."));
    }
    if (!record->sessionToken.isEmpty() && record->expiresAt.isValid() && nowUtc >= record->expiresAt) {
        return outcome(
            Result::ExpiredToken, accessKeyId, QStringLiteral("The security token included in the request is expired"));
    }
    const qint64 skew = dateUtc.secsTo(nowUtc);
    if (skew > m_maxSkewSeconds || skew < -m_maxSkewSeconds) {
        const QString fmt = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
        const QString nowText = nowUtc.toUTC().toString(fmt);
        const QString message = skew > 0
            ? QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 15 min.)")
                  .arg(QString::fromLatin1(amzDate), nowUtc.toUTC().addSecs(-m_maxSkewSeconds).toString(fmt), nowText)
            : QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 15 min.)")
                  .arg(QString::fromLatin1(amzDate), nowUtc.toUTC().addSecs(m_maxSkewSeconds).toString(fmt), nowText);
        return outcome(Result::RequestExpired, accessKeyId, message);
    }

    const QByteArrayList signedHeaders = signedHeaderList.split(';');
    if (!signedHeaders.contains("host")) {
        return outcome(Result::SignatureMismatch, accessKeyId,
            QStringLiteral("'Host' must be a 'SignedHeader' in the AWS Authorization."));
    }
    if (!token.isEmpty() && !signedHeaders.contains("x-amz-security-token")) {
        // SQS is strict here in this emulator: an unsigned token could be swapped in transit.
        return outcome(Result::SignatureMismatch, accessKeyId,
            QStringLiteral("'X-Amz-Security-Token' must be a 'SignedHeader' in the AWS Authorization."));
    }
    SigV4Verification v;
    v.accessKeyId = accessKeyId;
    v.canonicalRequest = SigV4Signer::canonicalRequest(request, signedHeaders);
    const QByteArray credentialScope = scope[1] + '/' + scope[2] + '/' + scope[3] + "/aws4_request";
    const QByteArray key = SigV4Signer::signingKey(
        record->secretKey, scope[1], QString::fromUtf8(scope[2]), QString::fromUtf8(scope[3]));
    const QByteArray expected
        = SigV4Signer::signature(key, SigV4Signer::stringToSign(amzDate, credentialScope, v.canonicalRequest));
    // Compare in constant time: the signature is a MAC.
    unsigned char diff = expected.size() == signature.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size() && i < signature.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ signature[i]);
    if (diff != 0) {
        v.result = Result::SignatureMismatch;
        v.message = QStringLiteral(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
            "Access Key and signing method. Consult the service documentation for details.");
        return v;
    }
    v.result = Result::Ok;
    return v;
}

} // namespace sb
