#include "feed_banner.h"

namespace sb::ui {

FeedBanner::FeedBanner(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // see plainLabel()
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { background: #7a1f1f; color: white; padding: 6px; }"));
    hide();
}

void FeedBanner::showText(const QString &text)
{
    setText(text);
    show();
}

void FeedBanner::followState(FeedState state, const QString &failure)
{
    if (state == FeedState::Failed)
        showText(failure);
    else if (state == FeedState::Live)
        hide();
}

QString FeedBanner::shownText() const
{
    return isHidden() ? QString() : text();
}

} // namespace sb::ui
