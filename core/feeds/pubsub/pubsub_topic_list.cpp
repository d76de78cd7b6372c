#include "pubsub_topic_list.h"

#include "event/fail_with.h"
#include "feeds/pubsub/pubsub_topic_name.h"

#include <QJsonArray>

namespace sb {

bool PubSubTopicList::fromJson(const QJsonValue &value, QStringList &out, QString *error)
{
    QStringList topics;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return failWith(
                    error, QStringLiteral("topics[%1] is not a string: topics are names such as \"prices\"").arg(i));
            topics << array.at(i).toString();
        }
    } else if (value.isString()) {
        for (const QString &part : value.toString().split(QLatin1Char(',')))
            topics << part.trimmed();
    } else if (!value.isNull() && !value.isUndefined()) {
        return failWith(error, QStringLiteral("topics must be an array of topic names"));
    }
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QString problem = PubSubTopicName::subscribeProblem(topics.at(i));
        if (!problem.isEmpty())
            return failWith(error, QStringLiteral("topics[%1]: %2").arg(i).arg(problem));
    }
    out = topics;
    return true;
}

} // namespace sb
