#include "ui_translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace sb::ui {

QStringList UiTranslator::shipped()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QString UiTranslator::choose(const QString &override, const QLocale &locale)
{
    const QStringList languages = shipped();
    const QString wanted = override.trimmed().toLower();
    if (languages.contains(wanted))
        return wanted;
    // uiLanguages() is the user's order of preference ("de-AT", "de", "en-US"); the first one we ship wins, so a
    // Swiss German reader gets German rather than falling through to a later English.
    for (const QString &name : locale.uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (languages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

UiTranslator::~UiTranslator()
{
    uninstall();
}

bool UiTranslator::install(const QString &language)
{
    uninstall();
    // English's translation holds only its plural forms ("1 incident"); Qt's own strings are English already.
    m_deskLoaded = m_desk.load(QStringLiteral(":/i18n/switchboard_%1.qm").arg(language));
    if (m_deskLoaded)
        QCoreApplication::installTranslator(&m_desk);
    if (language == QLatin1String("en"))
        return m_deskLoaded;
    // Optional (Debian's qt6-translations-l10n): without it Qt's own buttons stay in English.
    m_qtLoaded
        = m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    return m_deskLoaded;
}

void UiTranslator::uninstall()
{
    if (m_deskLoaded)
        QCoreApplication::removeTranslator(&m_desk);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    m_deskLoaded = m_qtLoaded = false;
}

} // namespace sb::ui
