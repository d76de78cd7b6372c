#pragma once

#include <QtGlobal>

namespace sb::ui {

// The QSettings keys the Preferences dialog writes, in one place for the parts of the desk that read them.
struct PreferenceKeys
{
    static constexpr const char *kTheme = "ui/theme"; // "system", "light", "dark"
    static constexpr const char *kLanguage = "ui/language"; // "" (the system's), "en", "de", "ja"
    static constexpr const char *kOperatorName = "operator/name"; // empty: the OS user
    static constexpr const char *kHistoryPath = "history/path"; // empty: the platform's app data directory
    static constexpr const char *kHistoryMaxBytes = "history/maxBytes"; // 0 or absent: the store's default
    static constexpr const char *kSoundsEnabled = "sounds/enabled";
    static constexpr const char *kCloseToTray = "window/closeToTray";
};

} // namespace sb::ui
