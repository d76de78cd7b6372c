#include "feed_pane.h"

namespace sb::ui {

FeedPane::FeedPane(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{ }

} // namespace sb::ui
