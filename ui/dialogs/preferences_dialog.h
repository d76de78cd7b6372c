#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace sb::ui {

// Edit → Preferences: the theme, the language, the operator's name, where the history lives and how large it may
// grow, sounds, and closing to the system tray. Accepting writes them to the desk's settings; the window applies
// the theme and the tray at once, the rest takes effect when the desk next starts.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // What the dialog cannot know from the settings alone.
    struct Context
    {
        bool trayAvailable = false;
        QString osUser; // shown in place of an empty operator name
        QString defaultHistoryPath; // used while the history location is left empty
        qint64 defaultHistoryMaxBytes = 2LL * 1024 * 1024 * 1024;
        // A config file's "store" object wins over the preferences; the dialog then shows what the config says.
        QString configHistoryPath;
        qint64 configHistoryMaxBytes = -1; // -1: not set; 0: no cap
    };

    PreferencesDialog(QSettings *settings, const Context &context, QWidget *parent = nullptr);

    // "system", "light" or "dark", as chosen (written to the settings on accept).
    QString theme() const;
    bool closeToTray() const;

    void accept() override;

    static QString osUserName();

private:
    void chooseHistoryPath();

    QSettings *m_settings;
    Context m_context;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLineEdit *m_operator;
    QLineEdit *m_historyPath;
    QSpinBox *m_historyCap;
    QCheckBox *m_sounds;
    QCheckBox *m_closeToTray;
};

} // namespace sb::ui
