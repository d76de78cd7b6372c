#include "pubsub_topic_name.h"

#include "feeds/pubsub/pubsub_permissions.h"

namespace sb {

namespace {

QString nameProblem(const QString &topic)
{
    const QString name = PubSubTopicName::quoted(topic);
    if (topic.trimmed().isEmpty())
        return QStringLiteral("topic %1 is empty").arg(name);
    if (topic.size() > PubSubTopicName::MaxLength)
        return QStringLiteral("topic %1 is longer than %2 characters")
            .arg(name, QString::number(PubSubTopicName::MaxLength));
    if (topic.trimmed() != topic)
        return QStringLiteral("topic %1 starts or ends with a blank").arg(name);
    for (const QChar c : topic)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QStringLiteral("topic %1 contains a control or invisible formatting character").arg(name);
    if (topic == QLatin1String("secure/") || topic == QLatin1String("priv/"))
        return QStringLiteral("topic %1 names no topic after the prefix").arg(name);
    return QString();
}

} // namespace

QString PubSubTopicName::subscribeProblem(const QString &topic)
{
    QString problem = nameProblem(topic);
    if (!problem.isEmpty())
        return problem;
    if (PubSubPermissions::isPrivateTopic(topic))
        return QStringLiteral("topic %1 is private: priv/… topics belong to each connection, which already receives "
                              "its own, and the server forbids subscribing to them")
            .arg(quoted(topic));
    if (topic.contains(QLatin1Char('*')))
        return QStringLiteral("topic %1 is a pattern: subscriptions take literal topic names (* is only a wildcard "
                              "in permissions)")
            .arg(quoted(topic));
    return QString();
}

QString PubSubTopicName::publishProblem(const QString &topic)
{
    return nameProblem(topic);
}

QString PubSubTopicName::quoted(const QString &topic)
{
    QString out = QStringLiteral("\"");
    const QString shown = topic.left(100);
    for (const QChar c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (topic.size() > shown.size())
        out += QStringLiteral("…");
    return out + QLatin1Char('"');
}

} // namespace sb
