#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace sb {
class RuleSet;
}

namespace sb::ui {

class PaneRegistry;

struct MainWindowOptions
{
    QString settingsPath; // an INI file; empty: the application's own QSettings
    int blotterCapacity = 100000;
    int backfillCount = 2000; // newest stories per feed loaded from history on start
    // Where to save an export: (caption, suggested path, filter) → the chosen path, empty when cancelled. Null: the
    // platform's file dialog. Tests answer it without a modal dialog.
    std::function<QString(const QString &, const QString &, const QString &)> askExportPath;
    const PaneRegistry *panes = nullptr; // null: the built-in panes
    QString subtitle; // shown in the title bar, e.g. "demo"
    QString historyPath; // the history store's file, for Help → About; empty: unknown
    QString configPath; // the feeds config the desk was started with; empty: the demo
    // The config's "store" path and size cap when it sets them (they win over Preferences); empty, -1: not set.
    QString configHistoryPath;
    qint64 configHistoryMaxBytes = -1; // 0: no cap
    // The rules the feeds' decode workers match (#16): the desk looks up a matched rule's colour, sound, notify,
    // watch and alarm settings here by the names each event carries. Null: no rules.
    std::shared_ptr<const RuleSet> rules;
    // Where the Rules dialog saves them (rules.json beside the settings); empty: Save applies without writing.
    QString rulesPath;
    // The Rules dialog's import and export: (caption, suggested path, filter, forSaving) → the chosen path. Null: the
    // platform's file dialog.
    std::function<QString(const QString &, const QString &, const QString &, bool)> askRulesPath;
    // UTC ms now for the alarms' repeats, snoozes and escalation; empty: the system clock. Tests drive time here.
    std::function<qint64()> alarmClock;
};

} // namespace sb::ui
