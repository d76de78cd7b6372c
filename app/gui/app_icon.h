#pragma once

#include <QIcon>

namespace sb::gui {

// The application icon from the PNGs compiled into the program (resources/icons), so that the window, the task bar
// and the About dialog show it also where no icon theme is installed (a build tree, Windows, macOS).
QIcon applicationIcon();

// The desktop entry's id (packaging/linux/<id>.desktop): on Wayland the compositor finds the icon through it.
inline constexpr const char *kDesktopFileName = "io.switchboard.Switchboard";

} // namespace sb::gui
