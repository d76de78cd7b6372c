#include "credentials_dialog.h"

#include "config/keychain_secrets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {

CredentialsDialog::CredentialsDialog(const QStringList &names, KeychainSecrets *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials"));
    auto *intro = new QLabel(names.isEmpty()
            ? tr("The current configuration names no keychain secrets. A config refers to one as "
                 "\"keychain:NAME\"; it is read from the system keychain when the feeds start.")
            : tr("The secrets the current configuration refers to as \"keychain:NAME\", kept in the system "
                 "keychain. A change applies when the configuration is next opened."),
        this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("credentials"));
    m_list->setHeaderLabels({tr("Name"), tr("In the keychain")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const QString &name : names)
        new QTreeWidgetItem(m_list, {name, QString()});

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(tr("new value for the selected name"));
    m_store = new QPushButton(tr("&Store"), this);
    m_store->setObjectName(QStringLiteral("store"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_store);
    valueRow->addWidget(m_delete);
    auto *form = new QFormLayout;
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(red);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 360);

    connect(m_store, &QPushButton::clicked, this, &CredentialsDialog::storeSelected);
    connect(m_value, &QLineEdit::returnPressed, this, &CredentialsDialog::storeSelected);
    connect(m_delete, &QPushButton::clicked, this, &CredentialsDialog::deleteSelected);
    connect(m_value, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CredentialsDialog::updateButtons);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (const QString &name : names)
        check(name);
    updateButtons();
}

QTreeWidgetItem *CredentialsDialog::item(const QString &name) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->text(0) == name)
            return m_list->topLevelItem(i);
    return nullptr;
}

QString CredentialsDialog::status(const QString &name) const
{
    const QTreeWidgetItem *i = item(name);
    return i ? i->text(1) : QString();
}

QString CredentialsDialog::problem() const
{
    return m_problem->text();
}

QString CredentialsDialog::selectedName() const
{
    const QTreeWidgetItem *i = m_list->currentItem();
    return i ? i->text(0) : QString();
}

void CredentialsDialog::select(const QString &name)
{
    if (QTreeWidgetItem *i = item(name))
        m_list->setCurrentItem(i);
}

void CredentialsDialog::setStatus(const QString &name, const QString &text)
{
    if (QTreeWidgetItem *i = item(name))
        i->setText(1, text);
}

void CredentialsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setHidden(text.isEmpty());
}

void CredentialsDialog::begin()
{
    ++m_busy;
    updateButtons();
}

void CredentialsDialog::finish()
{
    --m_busy;
    updateButtons();
    Q_EMIT settled();
}

void CredentialsDialog::updateButtons()
{
    const bool chosen = !selectedName().isEmpty() && m_busy == 0;
    m_store->setEnabled(chosen && !m_value->text().isEmpty());
    m_delete->setEnabled(chosen && status(selectedName()) == tr("Set"));
}

void CredentialsDialog::check(const QString &name)
{
    setStatus(name, tr("Checking…"));
    begin();
    QPointer<CredentialsDialog> self(this);
    m_secrets->check(name, [self, name](KeychainSecrets::Presence presence, const QString &problem) {
        if (!self)
            return;
        switch (presence) {
        case KeychainSecrets::Presence::Set:
            self->setStatus(name, tr("Set"));
            break;
        case KeychainSecrets::Presence::NotSet:
            self->setStatus(name, tr("Not set"));
            break;
        case KeychainSecrets::Presence::Unknown:
            self->setStatus(name, tr("Unknown"));
            self->showProblem(problem);
            break;
        }
        self->finish();
    });
}

void CredentialsDialog::storeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_value->text().isEmpty() || m_busy > 0)
        return;
    const QString value = m_value->text();
    m_value->clear(); // the secret leaves the dialog with the request
    showProblem(QString());
    begin();
    QPointer<CredentialsDialog> self(this);
    m_secrets->write(name, value, [self, name](const QString &problem) {
        if (!self)
            return;
        if (problem.isEmpty())
            self->setStatus(name, tr("Set"));
        else
            self->showProblem(problem);
        self->finish();
    });
}

void CredentialsDialog::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || m_busy > 0)
        return;
    showProblem(QString());
    begin();
    QPointer<CredentialsDialog> self(this);
    m_secrets->remove(name, [self, name](const QString &problem) {
        if (!self)
            return;
        if (problem.isEmpty())
            self->setStatus(name, tr("Not set"));
        else
            self->showProblem(problem);
        self->finish();
    });
}

} // namespace sb::ui
