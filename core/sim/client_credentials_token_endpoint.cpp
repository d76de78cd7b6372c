#include "client_credentials_token_endpoint.h"

#include "sim/loopback_http_server.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb::sim {

ClientCredentialsTokenEndpoint::ClientCredentialsTokenEndpoint(
    const QString &clientId, const QString &clientSecret, int lifetimeSec, Issuer issuer)
    : m_basic("Basic " + (clientId + QLatin1Char(':') + clientSecret).toUtf8().toBase64())
    , m_lifetimeSec(lifetimeSec)
    , m_issuer(std::move(issuer))
{ }

void ClientCredentialsTokenEndpoint::setBadClientAnswer(int status, const QByteArray &body)
{
    m_badClientStatus = status;
    m_badClientBody = body;
}

void ClientCredentialsTokenEndpoint::requireHeader(
    const QByteArray &lowerCaseName, const QByteArray &value, int status, const QByteArray &body)
{
    m_requiredHeaders.append({lowerCaseName, value, status, body});
}

void ClientCredentialsTokenEndpoint::answer(const HttpRequest &request, const HttpResponder &responder) const
{
    if (request.method != "POST")
        return responder.send(405, R"({"error":"method_not_allowed"})");
    for (const RequiredHeader &h : m_requiredHeaders) {
        if (request.header(h.name) != h.value)
            return responder.send(h.status, h.body);
    }
    if (request.header("authorization") != m_basic)
        return responder.send(m_badClientStatus, m_badClientBody);
    const QUrlQuery form = request.form();
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return responder.send(400, R"({"error":"unsupported_grant_type"})");
    const QString scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    QJsonObject body;
    body.insert(QStringLiteral("access_token"), m_issuer(scope));
    body.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    body.insert(QStringLiteral("expires_in"), m_lifetimeSec);
    body.insert(QStringLiteral("scope"), scope);
    responder.send(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace sb::sim
