#include "theme.h"

#include "desk_style.h"

#include <QApplication>
#include <QStyle>

namespace sb::ui {
namespace {

Theme::Mode g_mode = Theme::Mode::System;

const QPalette &systemPalette()
{
    // Taken the first time a theme is applied, before we ever replace the application palette.
    static const QPalette palette = QApplication::palette();
    return palette;
}

// What the light and the dark palette each choose. Window, tooltip, button and input text share one colour.
struct PaletteColours
{
    QColor window;
    QColor text;
    QColor base;
    QColor alternateBase;
    QColor toolTipBase;
    QColor placeholderText;
    QColor button;
    QColor brightText;
    QColor link;
    QColor mid;
    QColor disabledText;
};

QPalette deskPalette(const PaletteColours &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholderText);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.brightText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, c.mid);
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}

} // namespace

Theme::Mode Theme::fromString(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    default:
        return QStringLiteral("system");
    }
}

Theme::Mode Theme::current()
{
    return g_mode;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    return deskPalette({QColor(0xf3, 0xf4, 0xf6), QColor(0x1f, 0x23, 0x28), QColor(0xff, 0xff, 0xff),
        QColor(0xf5, 0xf7, 0xfa), QColor(0xff, 0xff, 0xee), QColor(0x80, 0x86, 0x8e), QColor(0xe9, 0xeb, 0xee),
        QColor(Qt::red), QColor(0x0b, 0x5c, 0xd5), QColor(0xc4, 0xc8, 0xcd), QColor(0x9a, 0x9f, 0xa6)});
}

QPalette Theme::darkPalette()
{
    QPalette p = deskPalette({QColor(0x1e, 0x21, 0x26), QColor(0xdf, 0xe2, 0xe7), QColor(0x15, 0x17, 0x1b),
        QColor(0x1c, 0x1f, 0x24), QColor(0x2b, 0x2f, 0x36), QColor(0x7d, 0x84, 0x8e), QColor(0x2a, 0x2e, 0x35),
        QColor(0xff, 0x6b, 0x6b), QColor(0x6c, 0xa8, 0xff), QColor(0x3a, 0x3f, 0x47), QColor(0x6b, 0x71, 0x7a)});
    // Only the dark palette sets the bevel roles: their defaults are made for light panels.
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x35, 0x3c));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, QColor(0x08, 0x09, 0x0a));
    return p;
}

void Theme::apply(Mode mode)
{
    const QPalette system = systemPalette();
    g_mode = mode;
    if (!qobject_cast<DeskStyle *>(QApplication::style()))
        QApplication::setStyle(new DeskStyle);
    switch (mode) {
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Mode::System:
        QApplication::setPalette(isDark(system) ? darkPalette() : system);
        break;
    }
}

QColor Theme::alertBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5a, 0x3a, 0x08) : QColor(0xff, 0xe2, 0x8a);
}

QColor Theme::alertForeground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd9, 0x8e) : QColor(0x3d, 0x25, 0x00);
}

QColor Theme::mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor((text.red() * 3 + window.red() * 2) / 5, (text.green() * 3 + window.green() * 2) / 5,
        (text.blue() * 3 + window.blue() * 2) / 5);
}

} // namespace sb::ui
