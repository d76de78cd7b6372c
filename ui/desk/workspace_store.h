#pragma once

#include "workspace.h"

#include <QStringList>

class QSettings;

namespace sb::ui {

// Named workspaces in QSettings, under "workspaces/<name>/…", and which one is current.
class WorkspaceStore
{
public:
    static constexpr const char *kDefaultName = "Default";

    explicit WorkspaceStore(QSettings *settings);

    QStringList names() const;
    bool contains(const QString &name) const;
    QString current() const;
    void setCurrent(const QString &name);
    void save(const QString &name, const Workspace &workspace);
    bool load(const QString &name, Workspace *out) const;
    void remove(const QString &name);

private:
    static QString group(const QString &name);
    QSettings *m_settings;
};

} // namespace sb::ui
