#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QVector>

namespace sb {

// One Data Platform alert subscription (reference §4): the queue it delivers to, the key its messages are sealed
// with, and the filter it was made with. The cryptographyKey is a secret: never log it.
struct AlertSubscription
{
    QString id;
    QUrl endpoint; // the SQS queue URL
    QString cryptographyKey; // base64 of 32 bytes
    QJsonObject filter;

    // The queue's name, the last segment of its URL.
    QString queueName() const;
    bool isUsable() const { return !id.isEmpty() && endpoint.isValid() && !cryptographyKey.isEmpty(); }

    // The create request: {"transport":{"transportType":"AWS-SQS"},"filter":…,"payloadVersion":"2.0"}.
    static QByteArray createRequest(const QJsonObject &filter);
    // One subscription object; false when it lacks an id or an SQS endpoint.
    static bool fromJson(const QJsonObject &json, AlertSubscription &out);
    // A create answer or a list answer ({"subscriptions":[…]}); unusable entries are skipped.
    static QVector<AlertSubscription> listFromJson(const QByteArray &body, QString *error = nullptr);
    // The first subscription with this filter, for reuse instead of creating a duplicate; -1 if none.
    static int findByFilter(const QVector<AlertSubscription> &list, const QJsonObject &filter);
};

} // namespace sb
