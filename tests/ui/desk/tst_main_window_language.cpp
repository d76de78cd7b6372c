#include "../support/ui_test_events.h"
#include "../support/window_fixture.h"
#include "desk/main_window.h"
#include "desk/ui_translator.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

// Issue #17: the real window in the reader's language, chosen as the program chooses it at start-up (the locale,
// unless the settings say otherwise), with the translators the program installs.
class TestMainWindowLanguage
    : public QObject
    , protected WindowFixture
{
    Q_OBJECT
private:
    static QStringList menuTitles(const MainWindow &w)
    {
        QStringList out;
        for (const QAction *menu : w.menuBar()->actions())
            out << menu->text();
        return out;
    }
    // What main() does: the settings' language, else the locale's.
    QString languageUnder(const char *locale, const QString &settingsPath)
    {
        QLocale::setDefault(QLocale(QString::fromLatin1(locale)));
        const QSettings settings(settingsPath, QSettings::IniFormat);
        return UiTranslator::choose(settings.value(QLatin1String(UiTranslator::kSettingsKey)).toString());
    }

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void germanDesk()
    {
        const MainWindowOptions o = options();
        UiTranslator translator;
        QVERIFY(translator.install(languageUnder("de_DE", o.settingsPath)));
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, o);
        const QStringList titles = menuTitles(w);
        for (const char *title : {"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"})
            QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(QLatin1Char('|'))));
        QCOMPARE(w.dockFor(w.pane(QStringLiteral("salto")))->windowTitle(), QStringLiteral("Türvorfälle (Salto)"));

        // German has a singular: one story is "1 Meldung", not "1 Meldungen".
        const auto *counts = blotter(w)->findChild<QLabel *>(QStringLiteral("counts"));
        QVERIFY(counts);
        source.push({story(QStringLiteral("a"), QStringLiteral("Oil steady"), {QStringLiteral("N2:CRU")})});
        QTRY_COMPARE(counts->text(), QStringLiteral("1 Meldung"));
        source.push({story(QStringLiteral("b"), QStringLiteral("Banks rally"), {QStringLiteral("N2:BACT")})});
        QTRY_COMPARE(counts->text(), QStringLiteral("2 Meldungen"));
    }

    void japaneseDesk()
    {
        const MainWindowOptions o = options();
        UiTranslator translator;
        QVERIFY(translator.install(languageUnder("ja_JP", o.settingsPath)));
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, o);
        const QStringList titles = menuTitles(w);
        for (const char *title : {"ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"})
            QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(QLatin1Char('|'))));
    }

    void englishSettingOverridesGermanLocale()
    {
        const MainWindowOptions o = options();
        QSettings(o.settingsPath, QSettings::IniFormat)
            .setValue(QLatin1String(UiTranslator::kSettingsKey), QStringLiteral("en"));
        UiTranslator translator;
        QVERIFY(translator.install(languageUnder("de_DE", o.settingsPath)));
        TestFeedSource source(allFeeds());
        MainWindow w(&source, nullptr, o);
        const QStringList titles = menuTitles(w);
        QVERIFY2(titles.contains(QStringLiteral("&File")), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(!titles.contains(QStringLiteral("&Datei")));
    }
};

QTEST_MAIN(TestMainWindowLanguage)
#include "tst_main_window_language.moc"
