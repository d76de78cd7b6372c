#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace sb::gui {

// One desk per user and settings profile: a second `switchboard` hands its arguments to the running one over a
// local socket (QLocalServer) and exits, and the running one raises its window. The key includes the settings file,
// so a second profile (--settings FILE, or --new-instance) is a desk of its own.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QString key, QObject *parent = nullptr);

    // The key of a profile: the user and the settings file, hashed into a name short enough for a socket path.
    static QString keyFor(const QString &settingsFile);

    // True when a running instance took `arguments` (this process should exit); false when none answers in time.
    bool handOff(const QStringList &arguments, int timeoutMs = 3000);
    // Starts answering later instances. A socket left by a desk that crashed is removed first.
    bool listen(QString *error = nullptr);
    QString key() const { return m_key; }

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    void onConnection();

    QString m_key;
    QLocalServer m_server;
};

} // namespace sb::gui
