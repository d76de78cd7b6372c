#pragma once

#include <functional>

namespace sb::ui {

class FeedPane;

// The pane the reader works in, asked at the moment a command runs: focus moves between panes after the commands are
// built. Null when the desk has no feed pane.
using ActivePane = std::function<FeedPane *()>;

} // namespace sb::ui
