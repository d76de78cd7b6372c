#include "first_run_dialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QVBoxLayout>

namespace sb::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Switchboard"));
    auto *intro = new QLabel(tr("Switchboard needs feeds to listen to. Try it with the built-in emulators, which "
                                "serve live, realistic news on this machine, or open a configuration file with "
                                "your own services."),
        this);
    intro->setWordWrap(true);
    auto *demo = new QCommandLinkButton(
        tr("Start the demo"), tr("Run the built-in emulators and connect every feed to them."), this);
    auto *config = new QCommandLinkButton(
        tr("Open a configuration file…"), tr("A JSON file with your feeds and credentials (see the README)."), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(demo);
    layout->addWidget(config);
    layout->addWidget(buttons);
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(config, &QCommandLinkButton::clicked, this, &FirstRunDialog::chooseConfig);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    demo->setDefault(true);
    demo->setFocus();
}

void FirstRunDialog::chooseConfig()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open configuration"), QString(), tr("Switchboard configuration (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_choice = Choice::Config;
    m_configPath = path;
    accept();
}

} // namespace sb::ui
