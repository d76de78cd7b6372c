// View → Workspaces on its own: the built-ins first and the user's after a separator, the current one checked,
// rename and delete offered only for the user's own, and each choice handed to the window's commands.
#include "../support/menu_driver.h"
#include "desk/workspace_menu.h"
#include "desk/workspace_store.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::ui;
using namespace sb::ui::test;

namespace {

QStringList labels(const QMenu &menu)
{
    QStringList out;
    for (QAction *a : menu.actions())
        out << (a->isSeparator() ? QStringLiteral("|") : a->text().remove(QLatin1Char('&')));
    return out;
}

QAction *named(const QMenu &menu, const QString &label)
{
    for (QAction *a : menu.actions())
        if (a->text().remove(QLatin1Char('&')) == label)
            return a;
    return nullptr;
}

} // namespace

class TestWorkspaceMenu : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    struct Calls
    {
        QStringList saved, switched, removed;
        QList<QPair<QString, QString>> renamed;
        bool accept = true;
    };

    static WorkspaceMenu::Commands commandsInto(Calls *calls)
    {
        WorkspaceMenu::Commands c;
        c.saveAs = [calls](const QString &name) { calls->saved << name; };
        c.rename = [calls](const QString &from, const QString &to) {
            calls->renamed.append({from, to});
            return calls->accept;
        };
        c.remove = [calls](const QString &name) {
            calls->removed << name;
            return calls->accept;
        };
        c.switchTo = [calls](const QString &name) {
            calls->switched << name;
            return calls->accept;
        };
        return c;
    }

private Q_SLOTS:
    void listsBuiltinsThenOwnWithTheCurrentChecked()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("ws-%1.ini").arg(++m_serial)), QSettings::IniFormat);
        WorkspaceStore store(&settings);
        store.save(QStringLiteral("Morning"), Workspace {});
        QWidget window;
        QMenu menu;
        Calls calls;
        WorkspaceMenu workspaces(&menu, &store, commandsInto(&calls), &window);
        QCOMPARE(labels(menu),
            (QStringList {QStringLiteral("Save workspace as…"), QStringLiteral("Rename workspace…"),
                QStringLiteral("Delete workspace…"), QStringLiteral("|"), QStringLiteral("Default"),
                QStringLiteral("News"), QStringLiteral("Operations"), QStringLiteral("|"), QStringLiteral("Morning")}));
        QVERIFY(named(menu, QStringLiteral("Default"))->isChecked());
        // A built-in can be neither renamed nor deleted.
        QVERIFY(!menu.findChild<QAction *>(QStringLiteral("renameWorkspaceAction"))->isEnabled());
        QVERIFY(!menu.findChild<QAction *>(QStringLiteral("deleteWorkspaceAction"))->isEnabled());

        named(menu, QStringLiteral("Morning"))->trigger();
        QCOMPARE(calls.switched, QStringList {QStringLiteral("Morning")});
        store.setCurrent(QStringLiteral("Morning"));
        workspaces.rebuild();
        QVERIFY(named(menu, QStringLiteral("Morning"))->isChecked());
        QVERIFY(!named(menu, QStringLiteral("Default"))->isChecked());
        QVERIFY(menu.findChild<QAction *>(QStringLiteral("renameWorkspaceAction"))->isEnabled());
        QVERIFY(menu.findChild<QAction *>(QStringLiteral("deleteWorkspaceAction"))->isEnabled());
    }

    void asksBeforeSavingRenamingAndDeleting()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("ws-%1.ini").arg(++m_serial)), QSettings::IniFormat);
        WorkspaceStore store(&settings);
        store.save(QStringLiteral("Morning"), Workspace {});
        store.setCurrent(QStringLiteral("Morning"));
        QWidget window;
        QMenu menu;
        Calls calls;
        WorkspaceMenu workspaces(&menu, &store, commandsInto(&calls), &window);

        whenModal<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(QStringLiteral("  Evening  "));
            d->accept();
        });
        named(menu, QStringLiteral("Save workspace as…"))->trigger();
        QCOMPARE(calls.saved, QStringList {QStringLiteral("Evening")}); // trimmed

        whenModal<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(QStringLiteral("Asia open"));
            d->accept();
        });
        menu.findChild<QAction *>(QStringLiteral("renameWorkspaceAction"))->trigger();
        QCOMPARE(calls.renamed.size(), 1);
        QCOMPARE(calls.renamed.first(), qMakePair(QStringLiteral("Morning"), QStringLiteral("Asia open")));

        // A refused rename says why instead of failing silently.
        calls.accept = false;
        bool warned = false;
        whenModal<QInputDialog>([&warned](QInputDialog *d) {
            d->setTextValue(QStringLiteral("News"));
            whenModal<QMessageBox>([&warned](QMessageBox *box) {
                warned = box->text().contains(QStringLiteral("“News” cannot be used"));
                box->accept();
            });
            d->accept();
        });
        menu.findChild<QAction *>(QStringLiteral("renameWorkspaceAction"))->trigger();
        QVERIFY(warned);

        // Deleting asks first; No keeps the workspace.
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        menu.findChild<QAction *>(QStringLiteral("deleteWorkspaceAction"))->trigger();
        QVERIFY(calls.removed.isEmpty());
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        menu.findChild<QAction *>(QStringLiteral("deleteWorkspaceAction"))->trigger();
        QCOMPARE(calls.removed, QStringList {QStringLiteral("Morning")});
    }
};

QTEST_MAIN(TestWorkspaceMenu)
#include "tst_workspace_menu.moc"
