#include "hotel_event_filter_model.h"

#include "panes/opera/hotel_event_model.h"

namespace sb::ui {

HotelEventFilterModel::HotelEventFilterModel(QObject *parent)
    : FieldFilterModel(
        {{QStringLiteral("hotel"), HotelEventModel::Hotel}, {QStringLiteral("module"), HotelEventModel::Module},
            {QStringLiteral("event"), HotelEventModel::EventName}, {QStringLiteral("room"), HotelEventModel::Room},
            {QStringLiteral("guest"), HotelEventModel::Guest}, {QStringLiteral("changed"), HotelEventModel::Changes},
            {QStringLiteral("key"), HotelEventModel::PrimaryKey}},
        parent)
{ }

} // namespace sb::ui
