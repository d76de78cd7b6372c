#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace sb::ui {

// A saved composer message: what to send and how, by name. Kept in the pane's state (workspaces and layouts).
struct MessageTemplate
{
    QString name;
    QString mode; // "publish", "send" or "adminPublish"
    QString topic;
    QString messageType;
    QString payload; // as typed
    bool compress = false;
    QString waitFor; // "", "ack" or "reply"

    QJsonObject toJson() const;
    static MessageTemplate fromJson(const QJsonObject &json);
    static QByteArray encodeList(const QVector<MessageTemplate> &templates);
    static QVector<MessageTemplate> decodeList(const QByteArray &json);
};

} // namespace sb::ui
