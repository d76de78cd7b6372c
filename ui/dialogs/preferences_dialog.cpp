#include "preferences_dialog.h"

#include "preference_keys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

constexpr qint64 kMiB = 1024 * 1024;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A row whose field is a layout (the field and a note under it); the label still moves focus to the field.
void addRow(QFormLayout *form, const QString &text, QWidget *field, QLayout *box)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, box);
}

void selectData(QComboBox *box, const QString &value)
{
    const int at = box->findData(value);
    box->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

QString PreferencesDialog::osUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

PreferencesDialog::PreferencesDialog(QSettings *settings, const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_context(context)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    selectData(m_theme, settings->value(key(PreferenceKeys::kTheme), QStringLiteral("system")).toString());
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System"), QString());
    // Each language is named in itself, so a reader lost in the wrong one still finds their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    selectData(m_language, settings->value(key(PreferenceKeys::kLanguage)).toString());
    auto *languageBox = new QVBoxLayout;
    languageBox->addWidget(m_language);
    languageBox->addWidget(note(tr("Takes effect after a restart."), this));
    addRow(form, tr("&Language:"), m_language, languageBox);

    m_operator = new QLineEdit(settings->value(key(PreferenceKeys::kOperatorName)).toString(), this);
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_operator->setPlaceholderText(context.osUser);
    auto *operatorBox = new QVBoxLayout;
    operatorBox->addWidget(m_operator);
    operatorBox->addWidget(note(tr("Names you on the alarms you acknowledge; empty: your login name."), this));
    addRow(form, tr("&Operator name:"), m_operator, operatorBox);

    m_historyPath = new QLineEdit(settings->value(key(PreferenceKeys::kHistoryPath)).toString(), this);
    m_historyPath->setObjectName(QStringLiteral("historyPath"));
    m_historyPath->setPlaceholderText(context.defaultHistoryPath);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseHistoryPath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_historyPath, 1);
    pathRow->addWidget(browse);
    auto *historyBox = new QVBoxLayout;
    historyBox->addLayout(pathRow);
    if (!context.configHistoryPath.isEmpty()) {
        m_historyPath->setEnabled(false);
        browse->setEnabled(false);
        historyBox->addWidget(
            note(tr("The config file sets it (\"store\": \"path\"): %1").arg(context.configHistoryPath), this));
    } else {
        historyBox->addWidget(note(tr("A new location applies after a restart."), this));
    }
    addRow(form, tr("&History file:"), m_historyPath, historyBox);

    m_historyCap = new QSpinBox(this);
    m_historyCap->setObjectName(QStringLiteral("historyCap"));
    m_historyCap->setRange(64, 1024 * 1024);
    m_historyCap->setSingleStep(256);
    m_historyCap->setSuffix(tr(" MiB"));
    m_historyCap->setGroupSeparatorShown(true);
    const qint64 cap = settings->value(key(PreferenceKeys::kHistoryMaxBytes)).toLongLong();
    m_historyCap->setValue(int((cap > 0 ? cap : context.defaultHistoryMaxBytes) / kMiB));
    auto *capBox = new QVBoxLayout;
    capBox->addWidget(m_historyCap);
    if (context.configHistoryMaxBytes >= 0) {
        m_historyCap->setEnabled(false);
        m_historyCap->setValue(int(context.configHistoryMaxBytes / kMiB));
        capBox->addWidget(
            note(context.configHistoryMaxBytes == 0 ? tr("The config file sets it (\"store\": \"maxBytes\"): no cap.")
                                                    : tr("The config file sets it (\"store\": \"maxBytes\")."),
                this));
    } else {
        capBox->addWidget(note(tr("The oldest stories are pruned past it. Applies after a restart."), this));
    }
    addRow(form, tr("History si&ze cap:"), m_historyCap, capBox);

    m_sounds = new QCheckBox(tr("Play &sounds"), this);
    m_sounds->setObjectName(QStringLiteral("sounds"));
    m_sounds->setChecked(settings->value(key(PreferenceKeys::kSoundsEnabled), true).toBool());
    form->addRow(QString(), m_sounds);

    m_closeToTray = new QCheckBox(tr("&Closing the window keeps the feeds running in the system tray"), this);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_closeToTray->setChecked(context.trayAvailable && settings->value(key(PreferenceKeys::kCloseToTray)).toBool());
    auto *trayBox = new QVBoxLayout;
    trayBox->addWidget(m_closeToTray);
    if (!context.trayAvailable) {
        m_closeToTray->setEnabled(false);
        auto *why = note(tr("This desktop has no system tray, so closing the window quits Switchboard."), this);
        why->setObjectName(QStringLiteral("closeToTrayReason"));
        trayBox->addWidget(why);
    }
    form->addRow(QString(), trayBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString PreferencesDialog::theme() const
{
    return m_theme->currentData().toString();
}

bool PreferencesDialog::closeToTray() const
{
    return m_closeToTray->isEnabled() && m_closeToTray->isChecked();
}

void PreferencesDialog::chooseHistoryPath()
{
    const QString start = m_historyPath->text().isEmpty() ? m_context.defaultHistoryPath : m_historyPath->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("History file"), start,
        tr("SQLite history (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_historyPath->setText(path);
}

void PreferencesDialog::accept()
{
    m_settings->setValue(key(PreferenceKeys::kTheme), theme());
    m_settings->setValue(key(PreferenceKeys::kLanguage), m_language->currentData().toString());
    m_settings->setValue(key(PreferenceKeys::kOperatorName), m_operator->text().trimmed());
    if (m_historyPath->isEnabled()) {
        const QString path = m_historyPath->text().trimmed();
        // An absolute path: the desk may be started from anywhere.
        m_settings->setValue(
            key(PreferenceKeys::kHistoryPath), path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    }
    if (m_historyCap->isEnabled())
        m_settings->setValue(key(PreferenceKeys::kHistoryMaxBytes), qint64(m_historyCap->value()) * kMiB);
    m_settings->setValue(key(PreferenceKeys::kSoundsEnabled), m_sounds->isChecked());
    if (m_closeToTray->isEnabled())
        m_settings->setValue(key(PreferenceKeys::kCloseToTray), m_closeToTray->isChecked());
    QDialog::accept();
}

} // namespace sb::ui
