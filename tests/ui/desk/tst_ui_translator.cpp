#include "desk/ui_translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace sb::ui;

// Which language the desk shows, and that the translators it installs are the ones the program ships.
class TestUiTranslator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void followsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de_DE"
                                << "de";
        QTest::newRow("Austrian German") << "de_AT"
                                         << "de";
        QTest::newRow("Japanese") << "ja_JP"
                                  << "ja";
        QTest::newRow("British English") << "en_GB"
                                         << "en";
        QTest::newRow("French: not shipped, English") << "fr_FR"
                                                      << "en";
    }
    void followsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(UiTranslator::choose(QString()), expected);
    }

    void settingOverridesTheLocale()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(UiTranslator::choose(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(UiTranslator::choose(QStringLiteral("ja")), QStringLiteral("ja"));
        // A language the desk does not ship (a settings file from a later version) falls back to the locale.
        QCOMPARE(UiTranslator::choose(QStringLiteral("xx")), QStringLiteral("de"));
    }

    void installsTheShippedTranslations()
    {
        const QString source = QStringLiteral("&File");
        {
            UiTranslator translator;
            QVERIFY(translator.install(QStringLiteral("de")));
            QCOMPARE(QCoreApplication::translate("sb::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
            QVERIFY(translator.install(QStringLiteral("ja")));
            QVERIFY(QCoreApplication::translate("sb::ui::MainWindow", "&File").startsWith(QStringLiteral("ファイル")));
            QVERIFY(translator.install(QStringLiteral("en")));
            QCOMPARE(QCoreApplication::translate("sb::ui::MainWindow", "&File"), source);
            QVERIFY(translator.install(QStringLiteral("de")));
        }
        // Gone with the object: nothing of it is left installed in the application.
        QCOMPARE(QCoreApplication::translate("sb::ui::MainWindow", "&File"), source);
    }

    // English is the source language, but "%1 incidents" needs a translation to say "1 incident".
    void englishSaysOneInTheSingular()
    {
        const auto incidents = [](int n) {
            return QCoreApplication::translate("sb::ui::DoorEventsPane", "%1 incidents, %2 critical", nullptr, n)
                .arg(n)
                .arg(0);
        };
        QCOMPARE(incidents(1), QStringLiteral("1 incidents, 0 critical")); // no translator: the source text
        UiTranslator translator;
        QVERIFY(translator.install(QStringLiteral("en")));
        QCOMPARE(incidents(1), QStringLiteral("1 incident, 0 critical"));
        QCOMPARE(incidents(2), QStringLiteral("2 incidents, 0 critical"));
        QCOMPARE(incidents(0), QStringLiteral("0 incidents, 0 critical"));
        QCOMPARE(QCoreApplication::translate("sb::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void everyShippedLanguageLoads()
    {
        for (const QString &language : UiTranslator::shipped()) {
            UiTranslator translator;
            QVERIFY2(translator.install(language), qPrintable(language));
        }
    }
};

QTEST_GUILESS_MAIN(TestUiTranslator)
#include "tst_ui_translator.moc"
