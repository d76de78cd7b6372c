#pragma once

#include "feeds/mrn/service_endpoint.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace sb {

// Reads the RTO service discovery answer and picks the endpoints to connect to (reference §3). Pure functions.
class ServiceDiscovery
{
public:
    // Every well-formed entry of {"services":[…]} in server order, whatever its transport (RSSL entries included);
    // unknown fields are ignored, and so are entries without an endpoint or a valid port. Fails only when the
    // document is not JSON or has no "services" array.
    static std::optional<QVector<ServiceEndpoint>> parse(const QByteArray &json, QString *error = nullptr);

    // The failover order for `region`: websocket entries offering tr_json2 whose first location starts with the
    // region, those with two or more locations first, then single-location ones, each group in server order.
    // An empty region keeps every region. When nothing fits, returns an empty list and says in `error` which
    // regions were on offer.
    static QVector<ServiceEndpoint> choose(
        const QVector<ServiceEndpoint> &endpoints, const QString &region, QString *error = nullptr);

    // The regions of the usable (websocket, tr_json2) entries, sorted and unique: "ap-northeast-1a" counts as
    // "ap-northeast-1".
    static QStringList regions(const QVector<ServiceEndpoint> &endpoints);

    static bool isWebSocketJson(const ServiceEndpoint &endpoint);
};

} // namespace sb
