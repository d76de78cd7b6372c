// The Preferences dialog on its own: it shows what the settings hold, writes each preference to its key on OK and
// nothing on Cancel, defers to a config file's "store" object, and explains why close-to-tray is off without a tray.
#include "../support/dialog_screenshot.h"
#include "dialogs/preference_keys.h"
#include "dialogs/preferences_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::ui;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

template<typename T>
T *field(const QDialog &dialog, const char *name)
{
    T *w = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

void choose(QComboBox *box, const QString &data)
{
    box->setCurrentIndex(box->findData(data));
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshSettings() { return m_dir.filePath(QStringLiteral("prefs-%1.ini").arg(++m_serial)); }

    static PreferencesDialog::Context context(bool tray = true)
    {
        PreferencesDialog::Context c;
        c.trayAvailable = tray;
        c.osUser = QStringLiteral("jdoe");
        c.defaultHistoryPath = QStringLiteral("/home/jdoe/.local/share/switchboard/history.sqlite");
        return c;
    }

private Q_SLOTS:
    void showsDefaultsOnAFreshProfile()
    {
        QSettings settings(freshSettings(), QSettings::IniFormat);
        PreferencesDialog dialog(&settings, context());
        QCOMPARE(dialog.theme(), QStringLiteral("system"));
        QCOMPARE(field<QComboBox>(dialog, "language")->currentData().toString(), QString());
        QCOMPARE(field<QLineEdit>(dialog, "operatorName")->text(), QString());
        QCOMPARE(field<QLineEdit>(dialog, "operatorName")->placeholderText(), QStringLiteral("jdoe"));
        QCOMPARE(field<QLineEdit>(dialog, "historyPath")->placeholderText(), context().defaultHistoryPath);
        QCOMPARE(field<QSpinBox>(dialog, "historyCap")->value(), 2048);
        QVERIFY(field<QCheckBox>(dialog, "sounds")->isChecked());
        QVERIFY(!field<QCheckBox>(dialog, "closeToTray")->isChecked());
        QVERIFY(field<QCheckBox>(dialog, "closeToTray")->isEnabled());
        dialog.resize(640, dialog.sizeHint().height());
        QVERIFY(sb::ui::test::saveScreenshot(&dialog, QStringLiteral("screenshot-preferences.png")));
    }

    void okWritesEveryPreferenceToItsKey()
    {
        const QString path = freshSettings();
        {
            QSettings settings(path, QSettings::IniFormat);
            PreferencesDialog dialog(&settings, context());
            choose(field<QComboBox>(dialog, "theme"), QStringLiteral("dark"));
            choose(field<QComboBox>(dialog, "language"), QStringLiteral("ja"));
            field<QLineEdit>(dialog, "operatorName")->setText(QStringLiteral("  Ada Operator "));
            field<QLineEdit>(dialog, "historyPath")->setText(m_dir.filePath(QStringLiteral("h/history.sqlite")));
            field<QSpinBox>(dialog, "historyCap")->setValue(512);
            field<QCheckBox>(dialog, "sounds")->setChecked(false);
            field<QCheckBox>(dialog, "closeToTray")->setChecked(true);
            QCOMPARE(dialog.theme(), QStringLiteral("dark"));
            QVERIFY(dialog.closeToTray());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const QSettings settings(path, QSettings::IniFormat); // as the next start reads them
        QCOMPARE(settings.value(key(PreferenceKeys::kTheme)).toString(), QStringLiteral("dark"));
        QCOMPARE(settings.value(key(PreferenceKeys::kLanguage)).toString(), QStringLiteral("ja"));
        QCOMPARE(settings.value(key(PreferenceKeys::kOperatorName)).toString(), QStringLiteral("Ada Operator"));
        QCOMPARE(settings.value(key(PreferenceKeys::kHistoryPath)).toString(),
            m_dir.filePath(QStringLiteral("h/history.sqlite")));
        QCOMPARE(settings.value(key(PreferenceKeys::kHistoryMaxBytes)).toLongLong(), 512LL * 1024 * 1024);
        QCOMPARE(settings.value(key(PreferenceKeys::kSoundsEnabled)).toBool(), false);
        QCOMPARE(settings.value(key(PreferenceKeys::kCloseToTray)).toBool(), true);

        // Opened again, it shows what was saved; the empty language is "System" again.
        QSettings again(path, QSettings::IniFormat);
        again.setValue(key(PreferenceKeys::kLanguage), QString());
        PreferencesDialog reopened(&again, context());
        QCOMPARE(reopened.theme(), QStringLiteral("dark"));
        QCOMPARE(field<QComboBox>(reopened, "language")->currentText(), QStringLiteral("System"));
        QCOMPARE(field<QLineEdit>(reopened, "operatorName")->text(), QStringLiteral("Ada Operator"));
        QCOMPARE(field<QSpinBox>(reopened, "historyCap")->value(), 512);
        QVERIFY(!field<QCheckBox>(reopened, "sounds")->isChecked());
        QVERIFY(field<QCheckBox>(reopened, "closeToTray")->isChecked());
    }

    void cancelWritesNothing()
    {
        QSettings settings(freshSettings(), QSettings::IniFormat);
        settings.setValue(key(PreferenceKeys::kTheme), QStringLiteral("light"));
        PreferencesDialog dialog(&settings, context());
        QCOMPARE(dialog.theme(), QStringLiteral("light"));
        choose(field<QComboBox>(dialog, "theme"), QStringLiteral("dark"));
        field<QLineEdit>(dialog, "operatorName")->setText(QStringLiteral("someone"));
        dialog.reject();
        QCOMPARE(settings.value(key(PreferenceKeys::kTheme)).toString(), QStringLiteral("light"));
        QVERIFY(!settings.contains(key(PreferenceKeys::kOperatorName)));
    }

    void theLanguagesAreOfferedInThemselves()
    {
        QSettings settings(freshSettings(), QSettings::IniFormat);
        PreferencesDialog dialog(&settings, context());
        auto *language = field<QComboBox>(dialog, "language");
        QStringList offered;
        for (int i = 0; i < language->count(); ++i)
            offered << language->itemData(i).toString() + QLatin1Char('=') + language->itemText(i);
        QCOMPARE(offered,
            (QStringList {QStringLiteral("=System"), QStringLiteral("en=English"), QStringLiteral("de=Deutsch"),
                QStringLiteral("ja=日本語")}));
        QVERIFY(!dialog.findChildren<QLabel *>().isEmpty());
        bool restartSaid = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            restartSaid = restartSaid || l->text() == QStringLiteral("Takes effect after a restart.");
        QVERIFY(restartSaid);
    }

    void withoutATrayCloseToTrayIsOffAndSaysWhy()
    {
        QSettings settings(freshSettings(), QSettings::IniFormat);
        settings.setValue(key(PreferenceKeys::kCloseToTray), true); // from a desktop that had one
        PreferencesDialog dialog(&settings, context(false));
        auto *box = field<QCheckBox>(dialog, "closeToTray");
        QVERIFY(!box->isEnabled());
        QVERIFY(!box->isChecked());
        QVERIFY(field<QLabel>(dialog, "closeToTrayReason")->text().contains(QStringLiteral("no system tray")));
        QVERIFY(!dialog.closeToTray());
        dialog.accept();
        // The choice made where a tray exists is kept for when there is one again.
        QCOMPARE(settings.value(key(PreferenceKeys::kCloseToTray)).toBool(), true);
    }

    void aConfigsStoreObjectWinsAndIsNotOverwritten()
    {
        QSettings settings(freshSettings(), QSettings::IniFormat);
        settings.setValue(key(PreferenceKeys::kHistoryPath), QStringLiteral("/mine/history.sqlite"));
        PreferencesDialog::Context c = context();
        c.configHistoryPath = QStringLiteral("/data/switchboard/history.sqlite");
        c.configHistoryMaxBytes = 1024LL * 1024 * 1024;
        PreferencesDialog dialog(&settings, c);
        QVERIFY(!field<QLineEdit>(dialog, "historyPath")->isEnabled());
        QVERIFY(!field<QSpinBox>(dialog, "historyCap")->isEnabled());
        QCOMPARE(field<QSpinBox>(dialog, "historyCap")->value(), 1024);
        bool named = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            named = named || l->text().contains(c.configHistoryPath);
        QVERIFY(named);
        dialog.accept();
        QCOMPARE(settings.value(key(PreferenceKeys::kHistoryPath)).toString(), QStringLiteral("/mine/history.sqlite"));
        QVERIFY(!settings.contains(key(PreferenceKeys::kHistoryMaxBytes)));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferences_dialog.moc"
