#include "lseg_token_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace sb::sim {
namespace {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (char &c : out)
        c = char(QRandomGenerator::system()->bounded(256));
    return out;
}

QByteArray base64Url(const QByteArray &in)
{
    return in.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// V1 tokens are JWTs on the real service and clients read their claims; the signature is random because nobody
// verifies it here.
QString jwtLikeToken(const QString &subject, const QString &scope, qint64 nowMs, int lifetimeSec)
{
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")}, {QStringLiteral("kid"), QStringLiteral("emulator-key-1")}};
    const qint64 iat = nowMs / 1000;
    const QJsonObject claims {{QStringLiteral("iss"), QStringLiteral("https://identity.ciam.refinitiv.net/api/v1/")},
        {QStringLiteral("sub"), subject}, {QStringLiteral("aud"), QStringLiteral("emulator")},
        {QStringLiteral("scope"), scope}, {QStringLiteral("iat"), iat}, {QStringLiteral("exp"), iat + lifetimeSec},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    const QByteArray jwt = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + base64Url(randomBytes(64));
    return QString::fromLatin1(jwt);
}

} // namespace

LsegTokenStore::LsegTokenStore(std::function<qint64()> nowMs)
    : m_nowMs(std::move(nowMs))
{ }

LsegTokenStore::Token LsegTokenStore::issue(
    Version version, const QString &subject, const QString &scope, int lifetimeSec)
{
    Token t;
    t.version = version;
    t.subject = subject;
    t.scope = scope;
    t.issuedMs = m_nowMs();
    t.lifetimeSec = lifetimeSec;
    t.expiresMs = t.issuedMs + qint64(lifetimeSec) * 1000;
    if (version == Version::V1) {
        t.accessToken = jwtLikeToken(subject, scope, t.issuedMs, lifetimeSec);
        t.refreshToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_refreshTokens.insert(t.refreshToken, t.accessToken);
    } else {
        t.accessToken = QString::fromLatin1(base64Url(randomBytes(48)));
    }
    m_tokens.insert(t.accessToken, t);
    ++m_issued;
    return t;
}

LsegTokenStore::Validity LsegTokenStore::validity(const QString &accessToken) const
{
    const Token *t = find(accessToken);
    if (!t)
        return Validity::Unknown;
    return m_nowMs() >= t->expiresMs ? Validity::Expired : Validity::Valid;
}

const LsegTokenStore::Token *LsegTokenStore::find(const QString &accessToken) const
{
    const auto it = m_tokens.constFind(accessToken);
    return it == m_tokens.constEnd() ? nullptr : &it.value();
}

bool LsegTokenStore::takeRefreshToken(const QString &refreshToken, Token &issuedWith)
{
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end())
        return false;
    const Token *t = find(it.value());
    m_refreshTokens.erase(it);
    if (!t)
        return false;
    issuedWith = *t;
    return true;
}

} // namespace sb::sim
