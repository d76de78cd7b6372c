#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace sb::ui {

// The desk's language: which one to show, and the translators that show it. The desk's own translations are built
// into the program (resource :/i18n); Qt's own (standard dialogs, context menus) are used when the system has them.
// Installed before any window exists, so every tr() in the desk sees them.
class UiTranslator
{
public:
    // The key the Preferences dialog writes: "" (or absent) follows the system, else "en", "de" or "ja".
    static constexpr const char *kSettingsKey = "ui/language";

    // The languages the desk ships, English (the source language) first.
    static QStringList shipped();
    // The language to show: the override when it is one the desk ships, else the first of the locale's UI languages
    // ("de-DE", "ja") that it ships, else English.
    static QString choose(const QString &override, const QLocale &locale = QLocale());

    UiTranslator() = default;
    ~UiTranslator();
    UiTranslator(const UiTranslator &) = delete;
    UiTranslator &operator=(const UiTranslator &) = delete;

    // Replaces whatever this object installed before with the translators for `language`. English needs only its
    // plurals. Returns false when the desk's own translation for it could not be loaded.
    bool install(const QString &language);

private:
    void uninstall();

    QTranslator m_desk;
    QTranslator m_qt;
    bool m_deskLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace sb::ui
