#pragma once

#include "workspace.h"

#include <QStringList>

class QSettings;

namespace sb::ui {

// Named workspaces in QSettings, under "workspaces/<name>/…", and which one is current. "Default" and the built-in
// arrangements always exist (the window knows how to lay them out when nothing is saved under their name) and can
// be neither renamed nor deleted; the user's own can be both.
class WorkspaceStore
{
public:
    static constexpr const char *kDefaultName = "Default";
    static constexpr const char *kNewsName = "News";
    static constexpr const char *kOperationsName = "Operations";

    explicit WorkspaceStore(QSettings *settings);

    // Default and the built-ins first, then the user's, sorted.
    QStringList names() const;
    static QStringList builtinNames();
    static bool isBuiltin(const QString &name);
    bool contains(const QString &name) const;
    QString current() const;
    void setCurrent(const QString &name);
    void save(const QString &name, const Workspace &workspace);
    bool load(const QString &name, Workspace *out) const;
    // A built-in's saved arrangement is forgotten (it falls back to its own); a user's workspace is gone. Removing
    // the current workspace makes Default current.
    void remove(const QString &name);
    // False for built-ins, an empty or taken name, or a name that is not saved.
    bool rename(const QString &from, const QString &to);

private:
    static QString group(const QString &name);
    QSettings *m_settings;
};

} // namespace sb::ui
