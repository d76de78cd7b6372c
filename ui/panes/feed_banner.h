#pragma once

#include "pipeline/feed_state.h"

#include <QLabel>

namespace sb::ui {

// The red line over a feed pane that says what the user must act on (a feed that gave up, a lockout), in plain text
// since the words come from the server. Hidden until there is something to say; the feed going live again takes it
// away.
class FeedBanner : public QLabel
{
    Q_OBJECT
public:
    explicit FeedBanner(QWidget *parent = nullptr);

    void showText(const QString &text);
    // Shows `failure` when the feed gave up, hides on Live, and otherwise leaves the banner as it is.
    void followState(sb::FeedState state, const QString &failure);
    QString shownText() const; // empty while hidden
};

} // namespace sb::ui
