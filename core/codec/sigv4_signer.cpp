#include "sigv4_signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>

namespace sb {
namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// RFC 3986 unreserved characters stay, everything else becomes %XX with upper-case hex (Qt's default).
QByteArray uriEncode(const QByteArray &raw)
{
    return raw.toPercentEncoding();
}

} // namespace

QByteArray SigV4Request::header(const QByteArray &name) const
{
    QByteArray out;
    bool found = false;
    for (const auto &h : headers) {
        if (!sameName(h.first, name))
            continue;
        if (found)
            out += ',';
        out += h.second;
        found = true;
    }
    return found ? (out.isNull() ? QByteArray("") : out) : QByteArray();
}

void SigV4Request::removeHeader(const QByteArray &name)
{
    headers.erase(
        std::remove_if(headers.begin(), headers.end(), [&](const auto &h) { return sameName(h.first, name); }),
        headers.end());
}

void SigV4Request::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

SigV4Signer::SigV4Signer(AwsCredentials credentials, QString region, QString service)
    : m_credentials(std::move(credentials))
    , m_region(std::move(region))
    , m_service(std::move(service))
{ }

void SigV4Signer::sign(SigV4Request &request, const QDateTime &nowUtc) const
{
    const QByteArray date = amzDate(nowUtc);
    request.removeHeader("Authorization");
    request.removeHeader("X-Amz-Security-Token");
    request.removeHeader("X-Amz-Content-Sha256");
    request.setHeader("X-Amz-Date", date);
    const bool hasToken = !m_credentials.sessionToken.isEmpty();
    if (hasToken && m_signSessionToken)
        request.setHeader("X-Amz-Security-Token", m_credentials.sessionToken.toUtf8());
    if (m_signPayloadHeader)
        request.setHeader("X-Amz-Content-Sha256", sha256Hex(request.body));

    const QByteArrayList signedHeaders = headersToSign(request);
    const QByteArray scope = credentialScope(date.left(8), m_region, m_service);
    const QByteArray toSign = stringToSign(date, scope, canonicalRequest(request, signedHeaders));
    const QByteArray sig = signature(signingKey(m_credentials.secretKey, date.left(8), m_region, m_service), toSign);

    if (hasToken && !m_signSessionToken)
        request.setHeader("X-Amz-Security-Token", m_credentials.sessionToken.toUtf8());
    request.setHeader("Authorization",
        QByteArray(kAlgorithm) + " Credential=" + m_credentials.accessKeyId.toUtf8() + '/' + scope
            + ", SignedHeaders=" + signedHeaders.join(';') + ", Signature=" + sig);
}

QByteArray SigV4Signer::amzDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::canonicalUri(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyDecoded).toUtf8();
    QByteArrayList segments;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(uriEncode(segment));
    }
    if (segments.isEmpty())
        return "/";
    QByteArray out = '/' + segments.join('/');
    if (path.endsWith('/') || path.endsWith("/.") || path.endsWith("/.."))
        out += '/';
    return out;
}

QByteArray SigV4Signer::canonicalQuery(const QUrl &url)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = eq < 0 ? item : item.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        pairs.append(
            {uriEncode(QByteArray::fromPercentEncoding(key)), uriEncode(QByteArray::fromPercentEncoding(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &p : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += p.first + '=' + p.second;
    }
    return out;
}

QByteArray SigV4Signer::canonicalHeaderValue(const QByteArray &value)
{
    return value.simplified();
}

QByteArray SigV4Signer::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

bool SigV4Signer::isUnsignedHeader(const QByteArray &lowerName)
{
    // Proxies and HTTP stacks add or rewrite these; signing them would make valid requests fail.
    return lowerName == "authorization" || lowerName == "user-agent" || lowerName == "x-amzn-trace-id"
        || lowerName == "expect" || lowerName == "connection" || lowerName == "transfer-encoding"
        || lowerName == "keep-alive" || lowerName == "proxy-authorization" || lowerName == "te"
        || lowerName == "upgrade";
}

QByteArrayList SigV4Signer::headersToSign(const SigV4Request &request)
{
    QByteArrayList names {QByteArrayLiteral("host")};
    for (const auto &h : request.headers) {
        const QByteArray lower = h.first.trimmed().toLower();
        if (!isUnsignedHeader(lower) && !names.contains(lower))
            names.append(lower);
    }
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray SigV4Signer::canonicalRequest(const SigV4Request &request, const QByteArrayList &signedHeaders)
{
    QByteArray headers;
    for (const QByteArray &name : signedHeaders) {
        QByteArray value;
        bool found = false;
        for (const auto &h : request.headers) {
            if (!sameName(h.first.trimmed(), name))
                continue;
            if (found)
                value += ',';
            value += canonicalHeaderValue(h.second);
            found = true;
        }
        if (!found && name == "host")
            value = hostHeader(request.url);
        headers += name + ':' + value + '\n';
    }
    return request.method.toUpper() + '\n' + canonicalUri(request.url) + '\n' + canonicalQuery(request.url) + '\n'
        + headers + '\n' + signedHeaders.join(';') + '\n' + sha256Hex(request.body);
}

QByteArray SigV4Signer::credentialScope(const QByteArray &date, const QString &region, const QString &service)
{
    return date + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
}

QByteArray SigV4Signer::stringToSign(
    const QByteArray &amzDate, const QByteArray &credentialScope, const QByteArray &canonicalRequest)
{
    return QByteArray(kAlgorithm) + '\n' + amzDate + '\n' + credentialScope + '\n' + sha256Hex(canonicalRequest);
}

QByteArray SigV4Signer::signingKey(
    const QString &secretKey, const QByteArray &date, const QString &region, const QString &service)
{
    const QByteArray kDate = hmac("AWS4" + secretKey.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, "aws4_request");
}

QByteArray SigV4Signer::signature(const QByteArray &signingKey, const QByteArray &stringToSign)
{
    return hmac(signingKey, stringToSign).toHex();
}

QByteArray SigV4Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString SigV4Signer::regionFromQueueUrl(const QUrl &queueUrl, const QString &fallback)
{
    static const QRegularExpression modern(QStringLiteral("^sqs(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression legacy(
        QStringLiteral("^([a-z0-9-]+)\\.queue\\.amazonaws\\.com(\\.cn)?$"), QRegularExpression::CaseInsensitiveOption);
    const QString host = queueUrl.host();
    QRegularExpressionMatch m = modern.match(host);
    if (!m.hasMatch())
        m = legacy.match(host);
    if (m.hasMatch() && m.captured(1).contains(QLatin1Char('-')))
        return m.captured(1).toLower();
    return fallback;
}

} // namespace sb
