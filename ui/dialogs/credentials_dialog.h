#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb {
class KeychainSecrets;
}

namespace sb::ui {

// File → Credentials: the "keychain:NAME" secrets the current config names, whether each is set in the system
// keychain, and a way to store, replace or delete one. Every keychain call is asynchronous (the keychain may ask
// to be unlocked); values are typed into a password field, handed to the keychain and cleared, never shown, logged
// or kept anywhere else.
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    // `secrets` (the keychain service) must outlive the dialog's open requests; the dialog owns it when parented
    // to the dialog.
    CredentialsDialog(const QStringList &names, KeychainSecrets *secrets, QWidget *parent = nullptr);

    // "Checking…", "Set", "Not set", or "Unknown" when the keychain could not say; for a name not listed, empty.
    QString status(const QString &name) const;
    // The last keychain problem, naming its entry; empty when the last request succeeded.
    QString problem() const;
    bool isBusy() const { return m_busy > 0; }

    void select(const QString &name);
    // Stores the typed value under the selected name (replacing any), or deletes the selected name's value.
    void storeSelected();
    void deleteSelected();

Q_SIGNALS:
    // After every keychain answer, for whoever waits on the dialog.
    void settled();

private:
    QTreeWidgetItem *item(const QString &name) const;
    QString selectedName() const;
    void check(const QString &name);
    void setStatus(const QString &name, const QString &text);
    void showProblem(const QString &text);
    void begin();
    void finish();
    void updateButtons();

    KeychainSecrets *m_secrets;
    QTreeWidget *m_list;
    QLineEdit *m_value;
    QPushButton *m_store;
    QPushButton *m_delete;
    QLabel *m_problem;
    int m_busy = 0;
};

} // namespace sb::ui
