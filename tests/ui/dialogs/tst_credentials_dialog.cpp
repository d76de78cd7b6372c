// The Credentials dialog against a real Secret Service (gnome-keyring in a private D-Bus session, started by
// tests/support/with_private_keyring.sh): it lists the config's names, shows which are set, stores a typed value
// (never echoed), replaces it and deletes it; and, with no session bus at all, names the entry it could not check.
#include "../support/dialog_screenshot.h"
#include "config/keychain_secrets.h"
#include "dialogs/credentials_dialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace sb;
using namespace sb::ui;

namespace {

const QString kService = QStringLiteral("Switchboard-test-dialog");

// What the feeds would read at start, through the same class as the desk.
QString readBack(const QString &name, QString *problem)
{
    KeychainSecrets secrets(kService);
    bool done = false;
    QString value;
    secrets.read({name}, [&](const QHash<QString, QString> &values, const QStringList &problems) {
        value = values.value(name);
        *problem = problems.join(QLatin1Char('\n'));
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        *problem = QStringLiteral("read did not finish");
    return value;
}

// Typed as keys where QTest can (ASCII), the rest inserted as an input method would.
void typeValue(CredentialsDialog &dialog, const QString &ascii, const QString &rest = QString())
{
    auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("value"));
    value->clear();
    QTest::keyClicks(value, ascii);
    value->insert(rest);
}

} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setsReplacesAndDeletesThroughTheSecretService()
    {
        if (qEnvironmentVariableIsSet("SB_KEYRING_ABSENT"))
            QSKIP(qPrintable(
                QStringLiteral("no Secret Service to test against: ") + qEnvironmentVariable("SB_KEYRING_ABSENT")));
        if (qEnvironmentVariableIsSet("SB_KEYCHAIN_NO_BUS_CHILD"))
            QSKIP("this registration has no session bus");
        auto *secrets = new KeychainSecrets(kService);
        const QString lseg = QStringLiteral("lseg-client-secret");
        const QString ohip = QStringLiteral("ohip-app-key");
        CredentialsDialog dialog({lseg, ohip}, secrets);
        secrets->setParent(&dialog);
        dialog.show();
        QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("credentials"))->topLevelItemCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.status(lseg), QStringLiteral("Not set"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.status(ohip), QStringLiteral("Not set"), 20000);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.problem(), QString());

        auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("value"));
        auto *store = dialog.findChild<QPushButton *>(QStringLiteral("store"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("delete"));
        QCOMPARE(value->echoMode(), QLineEdit::Password); // never echoed
        QVERIFY(!store->isEnabled()); // nothing typed
        QVERIFY(!remove->isEnabled()); // nothing to delete

        dialog.select(lseg);
        typeValue(dialog, QStringLiteral("p@ss w"), QStringLiteral("örd"));
        QVERIFY(store->isEnabled());
        QTest::mouseClick(store, Qt::LeftButton);
        QVERIFY(value->text().isEmpty()); // the secret leaves the dialog with the request
        QTRY_COMPARE_WITH_TIMEOUT(dialog.status(lseg), QStringLiteral("Set"), 20000);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.status(ohip), QStringLiteral("Not set"));
        QCOMPARE(dialog.problem(), QString());
        QString problem;
        QCOMPARE(readBack(lseg, &problem), QStringLiteral("p@ss wörd"));
        QCOMPARE(problem, QString());
        dialog.resize(640, 280);
        QVERIFY(sb::ui::test::saveScreenshot(&dialog, QStringLiteral("screenshot-credentials.png")));

        // A fresh dialog finds it set.
        {
            auto *again = new KeychainSecrets(kService);
            CredentialsDialog reopened({lseg, ohip}, again);
            again->setParent(&reopened);
            QTRY_COMPARE_WITH_TIMEOUT(reopened.status(lseg), QStringLiteral("Set"), 20000);
            QTRY_COMPARE_WITH_TIMEOUT(reopened.status(ohip), QStringLiteral("Not set"), 20000);
        }

        // Replaced: Enter in the value field stores too.
        typeValue(dialog, QStringLiteral("second"));
        QTest::keyClick(value, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.status(lseg), QStringLiteral("Set"));
        QCOMPARE(readBack(lseg, &problem), QStringLiteral("second"));

        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.status(lseg), QStringLiteral("Not set"), 20000);
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!remove->isEnabled());
        QCOMPARE(readBack(lseg, &problem), QString());
        QVERIFY2(problem.contains(QStringLiteral("\"lseg-client-secret\" is not set")), qPrintable(problem));
    }

    void aKeychainThatCannotBeReachedIsNamedInTheDialog()
    {
        if (!qEnvironmentVariableIsSet("SB_KEYCHAIN_NO_BUS_CHILD"))
            QSKIP("run by the tst_credentials_dialog_no_bus registration, without a session bus");
        auto *secrets = new KeychainSecrets(kService);
        CredentialsDialog dialog({QStringLiteral("lseg-client-secret")}, secrets);
        secrets->setParent(&dialog);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog.status(QStringLiteral("lseg-client-secret")), QStringLiteral("Unknown"), 20000);
        QVERIFY2(dialog.problem().contains(QStringLiteral("\"lseg-client-secret\"")), qPrintable(dialog.problem()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problem"))->isVisibleTo(&dialog));

        // Storing fails the same way, named, and nothing is kept anywhere else.
        typeValue(dialog, QStringLiteral("s3cret"));
        QSignalSpy settled(&dialog, &CredentialsDialog::settled);
        dialog.storeSelected();
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 20000);
        QCOMPARE(dialog.status(QStringLiteral("lseg-client-secret")), QStringLiteral("Unknown"));
        QVERIFY2(dialog.problem().contains(QStringLiteral("\"lseg-client-secret\"")), qPrintable(dialog.problem()));
    }

    void aConfigWithoutKeychainNamesSaysSo()
    {
        auto *secrets = new KeychainSecrets(kService);
        CredentialsDialog dialog({}, secrets);
        secrets->setParent(&dialog);
        QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("credentials"))->topLevelItemCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("store"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("delete"))->isEnabled());
        bool said = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            said = said || l->text().contains(QStringLiteral("names no keychain secrets"));
        QVERIFY(said);
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentials_dialog.moc"
