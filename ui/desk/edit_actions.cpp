#include "edit_actions.h"

#include "feed_pane.h"

#include <QAction>
#include <QMenu>
#include <QStyle>
#include <QWidget>

namespace sb::ui {

EditActions::EditActions(QMenu *menu, ActivePane activePane, QWidget *window)
    : QObject(window)
    , m_activePane(std::move(activePane))
{
    m_copy = menu->addAction(window->style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Copy rows"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setIconText(tr("Copy"));
    connect(m_copy, &QAction::triggered, this, &EditActions::copyRequested);
    // Ctrl+Z in a text box stays the box's own undo: a focused line edit overrides the shortcut.
    QAction *undoClear = menu->addAction(tr("&Undo clear"));
    undoClear->setObjectName(QStringLiteral("undoClear"));
    undoClear->setShortcut(QKeySequence::Undo);
    connect(undoClear, &QAction::triggered, this, [this] {
        if (FeedPane *p = m_activePane())
            p->undoClear();
    });
    connect(menu, &QMenu::aboutToShow, this, [this, undoClear] {
        FeedPane *p = m_activePane();
        undoClear->setEnabled(p && p->canUndoClear());
    });
    connect(menu, &QMenu::aboutToHide, undoClear, [undoClear] { undoClear->setEnabled(true); }); // for Ctrl+Z
    menu->addSeparator();
    QAction *filter = menu->addAction(tr("&Filter…"));
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, this, [this] {
        if (FeedPane *p = m_activePane())
            p->focusFilter();
    });
    QAction *search = menu->addAction(tr("&Search history…"));
    search->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    connect(search, &QAction::triggered, this, [this] {
        if (FeedPane *p = m_activePane())
            p->focusSearch();
    });
    menu->addSeparator();
    QAction *rules = menu->addAction(tr("&Rules…"));
    rules->setObjectName(QStringLiteral("rules"));
    connect(rules, &QAction::triggered, this, &EditActions::rulesRequested);
    QAction *filterAsRule = menu->addAction(tr("Save filter as r&ule…"));
    filterAsRule->setObjectName(QStringLiteral("saveFilterAsRule"));
    connect(filterAsRule, &QAction::triggered, this, &EditActions::saveFilterAsRuleRequested);
    menu->addSeparator();
    QAction *preferences = menu->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferences"));
    // Qt's standard key for Preferences is empty on Windows and most Linux desktops; Ctrl+, is the common one (⌘, on
    // macOS, where the role moves the item to the application menu).
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &EditActions::preferencesRequested);
}

} // namespace sb::ui
