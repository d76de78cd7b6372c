#pragma once

#include <QVariant>

#include <cstddef>

namespace sb::ui {

// The horizontal header of a table model whose titles are one array in column order, each marked QT_TR_NOOP inside
// the model's headerData so that lupdate files it under that model. A column added to the model's Column enum without
// a title fails to compile here, where a switch with a default case would have shown it blank.
template<typename Model, std::size_t N>
QVariant columnTitle(const char *const (&titles)[N], int section, Qt::Orientation orientation, int role)
{
    static_assert(N == std::size_t(Model::ColumnCount), "one title for each column");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(N))
        return {};
    return Model::tr(titles[section]);
}

} // namespace sb::ui
