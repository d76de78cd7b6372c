#pragma once

namespace sb::ui {

class PaneRegistry;

// Registers the pane of each feed type this build shows; a feed type added later adds its line here.
void registerBuiltinPanes(PaneRegistry &registry);

} // namespace sb::ui
