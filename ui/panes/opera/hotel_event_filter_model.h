#pragma once

#include "models/field_filter_model.h"

namespace sb::ui {

// Filters hotel events by what the user typed: every word must appear (case-insensitive) in the hotel, module,
// event name or primary key; "hotel:X", "module:X", "event:X" and "key:X" restrict a word to one field.
class HotelEventFilterModel : public FieldFilterModel
{
    Q_OBJECT
public:
    explicit HotelEventFilterModel(QObject *parent = nullptr);
};

} // namespace sb::ui
