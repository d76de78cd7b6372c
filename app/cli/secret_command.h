#pragma once

#include <QJsonObject>
#include <QString>

namespace sb::cli {

// `switchboard-cli secret set NAME`: the value is read from standard input (hidden when it is a terminal), never
// from the command line, where other users and the shell history would see it. `secret delete NAME` removes it.
int runSecretSet(const QString &name);
int runSecretDelete(const QString &name);

// Replaces the "keychain:NAME" references of a feed's config with the values from the system keychain before the
// feed starts. False, with every secret that could not be read named in `error`, when any is missing.
bool resolveKeychainReferences(QJsonObject *feedConfig, QString *error);

} // namespace sb::cli
