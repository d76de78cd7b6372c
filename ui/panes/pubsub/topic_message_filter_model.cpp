#include "topic_message_filter_model.h"

#include "panes/pubsub/topic_message_model.h"

namespace sb::ui {

TopicMessageFilterModel::TopicMessageFilterModel(QObject *parent)
    : FieldFilterModel({}, parent)
{
    addTagRole(QStringLiteral("topic"), TopicMessageModel::TopicRole);
    addTagRole(QStringLiteral("type"), TopicMessageModel::TypeRole);
    addTagRole(QStringLiteral("dir"), TopicMessageModel::DirectionRole);
}

} // namespace sb::ui
