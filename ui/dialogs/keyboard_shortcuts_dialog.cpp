#include "keyboard_shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

QString plainText(QString text)
{
    const int tab = text.indexOf(QLatin1Char('\t'));
    if (tab >= 0)
        text.truncate(tab);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

// The keys of an action: its shortcuts or, for a key a widget handles itself, the one shown after a tab in its text.
QStringList keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    const int tab = action->text().indexOf(QLatin1Char('\t'));
    if (keys.isEmpty() && tab >= 0)
        keys.append(action->text().mid(tab + 1));
    return keys;
}

void collect(const QMenu *menu, const QString &group, QTreeWidgetItem *parent)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(action->menu(), group, parent);
            continue;
        }
        const QStringList keys = keysOf(action);
        if (keys.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(parent, {keys.join(QStringLiteral(", ")), plainText(action->text())});
        item->setToolTip(1, group);
    }
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({tr("Key"), tr("Command")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);

    for (const QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {plainText(top->text())});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        collect(top->menu(), plainText(top->text()), group);
        if (group->childCount() == 0)
            delete group;
    }
    // Keys the rows and the boxes handle themselves, with no action behind them.
    auto *inPanes = new QTreeWidgetItem(m_list, {tr("In a pane")});
    inPanes->setFirstColumnSpanned(true);
    QFont bold = inPanes->font(0);
    bold.setBold(true);
    inPanes->setFont(0, bold);
    new QTreeWidgetItem(inPanes, {tr("Esc"), tr("In a filter: clear it and return to the rows")});
    new QTreeWidgetItem(inPanes, {tr("Up, Down, Page Up, Page Down"), tr("Move through the rows")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 560);
}

QStringList KeyboardShortcutsDialog::rows() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_list->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            out.append(group->child(j)->text(0) + QLatin1Char('\t') + group->child(j)->text(1));
    }
    return out;
}

} // namespace sb::ui
