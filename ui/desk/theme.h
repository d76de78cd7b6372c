#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace sb::ui {

// Light and dark palettes on the Fusion style, or the platform's own palette ("system", the default). Qt 6.4 has no
// colour-scheme hint yet, so "system" keeps whatever palette the platform gave the application at start.
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current();
    static Mode fromString(const QString &name);
    static QString toString(Mode mode);
    static bool isDark(const QPalette &palette);

    // Colours that must read on either theme.
    static QColor alertBackground(const QPalette &palette);
    static QColor alertForeground(const QPalette &palette);
    static QColor mutedText(const QPalette &palette);

private:
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace sb::ui
