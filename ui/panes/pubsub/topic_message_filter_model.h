#pragma once

#include "models/field_filter_model.h"

namespace sb::ui {

// The message log's filter: the query language, where the message's topic, type and direction count as tags
// ("topic:orders/*", "type:price", "dir:in" or "dir:out").
class TopicMessageFilterModel : public FieldFilterModel
{
    Q_OBJECT
public:
    explicit TopicMessageFilterModel(QObject *parent = nullptr);
};

} // namespace sb::ui
