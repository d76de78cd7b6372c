#pragma once

#include "models/field_filter_model.h"

namespace sb::ui {

// Filters hotel events by what the user typed: every word must appear (case-insensitive) in the hotel, module,
// event, room, guest, primary key or what changed; "hotel:X", "module:X", "event:X", "room:X", "guest:X", "key:X" and
// "changed:X" restrict a word to one field, where "room:101,205" accepts either.
class HotelEventFilterModel : public FieldFilterModel
{
    Q_OBJECT
public:
    explicit HotelEventFilterModel(QObject *parent = nullptr);
};

} // namespace sb::ui
