#pragma once

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QStringList>

#include <functional>

namespace sb {

// Secrets a config names as "keychain:NAME", kept in the system keychain (the Secret Service on Linux, the Keychain
// on macOS, the Credential Manager on Windows) through QtKeychain, under one service name. There is never a
// plaintext fallback: a keychain that cannot be reached is an error naming the secret, not a file on disk.
class KeychainSecrets : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kPrefix = "keychain:";

    explicit KeychainSecrets(QString service = QStringLiteral("Switchboard"), QObject *parent = nullptr);

    using ReadDone = std::function<void(const QHash<QString, QString> &values, const QStringList &problems)>;
    using WriteDone = std::function<void(const QString &problem)>; // empty problem: done
    enum class Presence { Set, NotSet, Unknown };
    using CheckDone = std::function<void(Presence presence, const QString &problem)>; // problem: when Unknown

    // Reads every name, asynchronously; `done` runs once, on this object's thread, with the values found and one
    // problem per name that could not be read (missing, access denied, no keychain).
    void read(const QStringList &names, ReadDone done);
    void write(const QString &name, const QString &value, WriteDone done);
    void remove(const QString &name, WriteDone done);
    // Whether `name` holds a value, asynchronously. The keychain hands the value over to answer; it is dropped at
    // once, so a dialog that only shows what is set never holds a secret.
    void check(const QString &name, CheckDone done);

    // The NAMEs of every "keychain:NAME" string anywhere in `value`, each once, in the order met.
    static QStringList referencedNames(const QJsonValue &value);
    // `value` with each "keychain:NAME" string replaced by values[NAME] (names absent from `values` are kept).
    static QJsonValue substitute(const QJsonValue &value, const QHash<QString, QString> &values);

private:
    QString m_service;
};

} // namespace sb
