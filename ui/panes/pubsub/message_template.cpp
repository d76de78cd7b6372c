#include "message_template.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::ui {

QJsonObject MessageTemplate::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("mode"), mode}, {QStringLiteral("topic"), topic},
        {QStringLiteral("messageType"), messageType}, {QStringLiteral("payload"), payload},
        {QStringLiteral("compress"), compress}, {QStringLiteral("waitFor"), waitFor}};
}

MessageTemplate MessageTemplate::fromJson(const QJsonObject &json)
{
    MessageTemplate t;
    t.name = json.value(QStringLiteral("name")).toString();
    t.mode = json.value(QStringLiteral("mode")).toString(QStringLiteral("publish"));
    t.topic = json.value(QStringLiteral("topic")).toString();
    t.messageType = json.value(QStringLiteral("messageType")).toString();
    t.payload = json.value(QStringLiteral("payload")).toString();
    t.compress = json.value(QStringLiteral("compress")).toBool(false);
    t.waitFor = json.value(QStringLiteral("waitFor")).toString();
    return t;
}

QByteArray MessageTemplate::encodeList(const QVector<MessageTemplate> &templates)
{
    QJsonArray array;
    for (const MessageTemplate &t : templates)
        array.append(t.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QVector<MessageTemplate> MessageTemplate::decodeList(const QByteArray &json)
{
    QVector<MessageTemplate> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const MessageTemplate t = fromJson(v.toObject());
        if (!t.name.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace sb::ui
