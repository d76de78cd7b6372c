#pragma once

#include "models/field_filter_model.h"

namespace sb::ui {

// Filters hotel events with the query language, where the hotel, module, event, room, guest, key and what changed
// count as tags ("module:FrontDesk", "room:101", "changed:status*").
class HotelEventFilterModel : public FieldFilterModel
{
    Q_OBJECT
public:
    explicit HotelEventFilterModel(QObject *parent = nullptr);
};

} // namespace sb::ui
