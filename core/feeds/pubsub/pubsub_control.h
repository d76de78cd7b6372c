#pragma once

#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace sb {

// From the decoder to the feed (io thread), in frame order: what the session must act on.
struct PubSubWelcome
{
    QString connectionId;
    QString appId;
    QString remoteAddress;
};

struct PubSubSubscribed
{
    QString topic;
};

// An ack on priv/acks or a reply on priv/<connectionId>, matched by id against what is waiting.
struct PubSubAnswer
{
    enum class Kind { Ack, Reply };
    Kind kind = Kind::Ack;
    QString id;
    QString status; // replies: "ok" or what the replier put
    QJsonValue data; // replies: payload.data
};

} // namespace sb

Q_DECLARE_METATYPE(sb::PubSubWelcome)
Q_DECLARE_METATYPE(sb::PubSubSubscribed)
Q_DECLARE_METATYPE(sb::PubSubAnswer)
