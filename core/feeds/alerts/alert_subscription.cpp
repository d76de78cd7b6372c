#include "alert_subscription.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

QString AlertSubscription::queueName() const
{
    const QString path = endpoint.path();
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QByteArray AlertSubscription::createRequest(const QJsonObject &filter)
{
    QJsonObject body {
        {QStringLiteral("transport"), QJsonObject {{QStringLiteral("transportType"), QStringLiteral("AWS-SQS")}}},
        {QStringLiteral("payloadVersion"), QStringLiteral("2.0")}};
    if (!filter.isEmpty())
        body.insert(QStringLiteral("filter"), filter);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool AlertSubscription::fromJson(const QJsonObject &json, AlertSubscription &out)
{
    out = AlertSubscription();
    out.id = json.value(QStringLiteral("subscriptionID")).toString();
    const QJsonObject transport = json.value(QStringLiteral("transportInfo")).toObject();
    const QString endpoint = transport.value(QStringLiteral("endpoint")).toString();
    out.endpoint = QUrl(endpoint, QUrl::StrictMode);
    out.cryptographyKey = transport.value(QStringLiteral("cryptographyKey")).toString();
    out.filter = json.value(QStringLiteral("filter")).toObject();
    return !out.id.isEmpty() && !endpoint.isEmpty() && out.endpoint.isValid() && !out.endpoint.scheme().isEmpty();
}

QVector<AlertSubscription> AlertSubscription::listFromJson(const QByteArray &body, QString *error)
{
    QVector<AlertSubscription> out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a JSON object");
        return out;
    }
    const QJsonObject root = doc.object();
    const QJsonValue list = root.value(QStringLiteral("subscriptions"));
    if (!list.isArray()) {
        AlertSubscription one;
        if (fromJson(root, one))
            out.append(one);
        return out;
    }
    for (const QJsonValue &v : list.toArray()) {
        AlertSubscription s;
        if (fromJson(v.toObject(), s))
            out.append(s);
    }
    return out;
}

int AlertSubscription::findByFilter(const QVector<AlertSubscription> &list, const QJsonObject &filter)
{
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).filter == filter)
            return i;
    return -1;
}

} // namespace sb
