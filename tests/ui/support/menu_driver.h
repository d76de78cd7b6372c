#pragma once

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

#include <functional>

namespace sb::ui::test {

// Clicks `menuTitle` in the window's menu bar and then the action named `actionName` in the menu that opens, as a
// user does with the mouse. Returns false when either is missing.
inline bool clickMenuItem(QMainWindow *window, const QString &menuTitle, const QString &actionName)
{
    QMenuBar *bar = window->menuBar();
    QAction *menuAction = nullptr;
    for (QAction *a : bar->actions())
        if (a->text() == menuTitle)
            menuAction = a;
    if (!menuAction || !menuAction->menu())
        return false;
    QMenu *menu = menuAction->menu();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return false;
    QAction *item = menu->findChild<QAction *>(actionName);
    if (!item) {
        for (QAction *a : menu->actions())
            if (a->objectName() == actionName)
                item = a;
    }
    if (!item)
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
    return true;
}

// Answers the next modal dialog of type T once it is up (a file dialog, a confirmation), from inside its exec().
template<typename T>
void whenModal(std::function<void(T *)> answer, int attemptsLeft = 2000)
{
    QTimer::singleShot(10, qApp, [answer = std::move(answer), attemptsLeft]() mutable {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            answer(dialog);
            return;
        }
        if (attemptsLeft > 0)
            whenModal<T>(std::move(answer), attemptsLeft - 1);
    });
}

// Types `path` into a file dialog's name box and accepts it, as a user does. selectFile() would go through the
// dialog's file system model, which lists the directory on a thread of its own and may not have it yet.
inline void answerFileDialog(QFileDialog *dialog, const QString &path)
{
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which checks the file exists
}

} // namespace sb::ui::test
