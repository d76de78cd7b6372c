#include "service_discovery.h"

#include "codec/checked_integer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace sb {
namespace {

// The samples' fields are arrays; a lone string is read as a one-element list rather than dropped.
QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString()) {
        out.append(v.toString());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            if (item.isString())
                out.append(item.toString());
        }
    }
    return out;
}

int portOf(const QJsonValue &v)
{
    double p = 0;
    if (v.isDouble()) {
        p = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        p = v.toString().toDouble(&ok);
        if (!ok)
            return 0;
    }
    // "nan" and "inf" are numbers to QString::toDouble(); a port is a whole number in range or none.
    const std::optional<int> port = checkedInteger<int>(p, Fraction::Reject);
    return port && *port >= 1 && *port <= 65535 ? *port : 0;
}

QString regionOf(const QString &location)
{
    // Availability zones are the region plus a letter: "us-east-1a" → "us-east-1".
    static const QRegularExpression zone(QStringLiteral("^(.*\\d)[a-z]+$"));
    const QRegularExpressionMatch m = zone.match(location);
    return m.hasMatch() ? m.captured(1) : location;
}

// "Starts with the region", except that "us-east-1" must not take "us-east-12a".
bool inRegion(const QString &location, const QString &region)
{
    if (region.isEmpty())
        return true;
    if (!location.startsWith(region, Qt::CaseInsensitive))
        return false;
    return location.size() == region.size() || !location.at(region.size()).isDigit();
}

} // namespace

std::optional<QVector<ServiceEndpoint>> ServiceDiscovery::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("service discovery answer is not JSON (%1 at offset %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonValue services = doc.object().value(QStringLiteral("services"));
    if (!doc.isObject() || !services.isArray()) {
        if (error)
            *error = QStringLiteral("service discovery answer has no \"services\" array");
        return std::nullopt;
    }
    QVector<ServiceEndpoint> out;
    const QJsonArray array = services.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ServiceEndpoint e;
        e.endpoint = o.value(QStringLiteral("endpoint")).toString();
        e.port = portOf(o.value(QStringLiteral("port")));
        if (e.endpoint.isEmpty() || e.port == 0)
            continue;
        e.locations = stringList(o.value(QStringLiteral("location")));
        e.dataFormats = stringList(o.value(QStringLiteral("dataFormat")));
        e.transport = o.value(QStringLiteral("transport")).toString();
        e.provider = o.value(QStringLiteral("provider")).toString();
        out.append(e);
    }
    return out;
}

bool ServiceDiscovery::isWebSocketJson(const ServiceEndpoint &endpoint)
{
    return endpoint.transport.compare(QLatin1String("websocket"), Qt::CaseInsensitive) == 0
        && endpoint.dataFormats.contains(QStringLiteral("tr_json2"), Qt::CaseInsensitive);
}

QStringList ServiceDiscovery::regions(const QVector<ServiceEndpoint> &endpoints)
{
    QStringList out;
    for (const ServiceEndpoint &e : endpoints) {
        if (isWebSocketJson(e) && !e.locations.isEmpty())
            out.append(regionOf(e.locations.first()));
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

QVector<ServiceEndpoint> ServiceDiscovery::choose(
    const QVector<ServiceEndpoint> &endpoints, const QString &region, QString *error)
{
    QVector<ServiceEndpoint> resilient;
    QVector<ServiceEndpoint> single;
    for (const ServiceEndpoint &e : endpoints) {
        if (!isWebSocketJson(e) || e.locations.isEmpty())
            continue;
        if (!inRegion(e.locations.first(), region))
            continue;
        (e.locations.size() >= 2 ? resilient : single).append(e);
    }
    resilient += single;
    if (resilient.isEmpty() && error) {
        const QStringList available = regions(endpoints);
        *error = available.isEmpty()
            ? QStringLiteral("service discovery offers no WebSocket (tr_json2) endpoint at all")
            : QStringLiteral("service discovery offers no WebSocket endpoint in region \"%1\"; available regions: %2")
                  .arg(region, available.join(QStringLiteral(", ")));
    }
    return resilient;
}

} // namespace sb
