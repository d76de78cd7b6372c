#include "feed_pane.h"

#include "feed_title.h"

namespace sb::ui {

FeedPane::FeedPane(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{ }

QString FeedPane::title() const
{
    return FeedTitle::of(FeedInfo {feedName(), feedType()});
}

} // namespace sb::ui
