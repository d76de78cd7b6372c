#include "lseg_discovery_service.h"

#include "lseg_fault_switches.h"
#include "lseg_token_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sb::sim {
namespace {

QJsonObject entry(const QString &transport, quint16 port, const QStringList &locations)
{
    const bool ws = transport == u"websocket";
    return QJsonObject {
        {QStringLiteral("dataFormat"), QJsonArray {ws ? QStringLiteral("tr_json2") : QStringLiteral("rwf")}},
        {QStringLiteral("endpoint"), QStringLiteral("localhost")},
        {QStringLiteral("location"), QJsonArray::fromStringList(locations)}, {QStringLiteral("port"), port},
        {QStringLiteral("provider"), QStringLiteral("aws")}, {QStringLiteral("transport"), transport}};
}

} // namespace

LsegDiscoveryService::LsegDiscoveryService(
    const LsegEmulatorOptions &options, LsegTokenStore *tokens, LsegFaultSwitches *faults, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_tokens(tokens)
    , m_faults(faults)
{ }

void LsegDiscoveryService::attach(LoopbackHttpServer *server)
{
    server->route(kPath, [this](const HttpRequest &rq, const HttpResponder &rs) { handle(rq, rs); });
}

QByteArray LsegDiscoveryService::body(bool websocketOnly) const
{
    QStringList regions {QStringLiteral("ap-northeast-1"), QStringLiteral("ap-southeast-1"),
        QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1"), QStringLiteral("us-east-1"),
        QStringLiteral("us-east-2")};
    if (!regions.contains(m_options.region))
        regions.append(m_options.region);
    QJsonArray services;
    for (const QString &region : regions) {
        auto zone = [&region](int i) -> QString { return region + QLatin1Char(char('a' + i)); };
        if (region == m_options.region && !m_ports.isEmpty()) {
            // Per listener i: a single-zone entry, then one spanning zones i and i+1, so both a client that takes
            // the first entry and one that prefers multi-zone entries land on listener 0 first.
            for (qsizetype i = 0; i < m_ports.size(); ++i) {
                services.append(entry(QStringLiteral("websocket"), m_ports[i], {zone(int(i))}));
                services.append(entry(QStringLiteral("websocket"), m_ports[i], {zone(int(i)), zone(int(i) + 1)}));
            }
        } else {
            services.append(entry(QStringLiteral("websocket"), m_deadPort, {zone(0)}));
            services.append(entry(QStringLiteral("websocket"), m_deadPort, {zone(0), zone(1)}));
            services.append(entry(QStringLiteral("websocket"), m_deadPort, {zone(1)}));
        }
        if (!websocketOnly) {
            services.append(entry(QStringLiteral("tcp"), 14002, {zone(0)}));
            services.append(entry(QStringLiteral("tcp"), 14002, {zone(0), zone(1)}));
        }
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("services"), services}}).toJson(QJsonDocument::Compact);
}

void LsegDiscoveryService::gatewayError(
    const HttpResponder &responder, int status, const QString &code, const QString &message)
{
    // The RDP API gateway's error shape (reference §2.3).
    const QJsonObject error {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("code"), code}, {QStringLiteral("message"), message},
        {QStringLiteral("status"),
            status == 403       ? QStringLiteral("Forbidden")
                : status == 401 ? QStringLiteral("Unauthorized")
                                : QStringLiteral("Bad Request")}};
    responder.send(
        status, QJsonDocument(QJsonObject {{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact));
    Q_EMIT served(status);
}

void LsegDiscoveryService::handle(const HttpRequest &request, const HttpResponder &responder)
{
    ++m_requests;
    if (request.method != "GET") {
        gatewayError(responder, 400, QStringLiteral("400"), QStringLiteral("Method not allowed."));
        return;
    }
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ")) {
        gatewayError(responder, 401, QStringLiteral("401"), QStringLiteral("missing authorization header"));
        return;
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    switch (m_tokens->validity(token)) {
    case LsegTokenStore::Validity::Unknown:
        gatewayError(responder, 401, QStringLiteral("401"), QStringLiteral("invalid token"));
        return;
    case LsegTokenStore::Validity::Expired:
        gatewayError(responder, 401, QStringLiteral("401"), QStringLiteral("token expired"));
        return;
    case LsegTokenStore::Validity::Valid:
        break;
    }
    const QStringList scopes = m_tokens->find(token)->scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool scoped
        = scopes.contains(QStringLiteral("trapi.streaming.pricing.read")) || scopes.contains(QStringLiteral("trapi"));
    if (!scoped || m_faults->consume(LsegFault::DiscoveryForbidden)) {
        gatewayError(responder, 403, QStringLiteral("insufficient_scope"),
            QStringLiteral("access denied. Scopes required to access the resource: "
                           "[trapi.streaming.pricing.read]. Missing scopes: [trapi.streaming.pricing.read]"));
        return;
    }
    const QString transport = request.query().queryItemValue(QStringLiteral("transport"));
    responder.send(200, body(transport == u"websocket"));
    Q_EMIT served(200);
}

} // namespace sb::sim
