#pragma once

#include <QJsonObject>
#include <QString>

namespace sb {

// Replaces the "keychain:NAME" references anywhere in `object` with the values from the system keychain, waiting
// for them (a headless program before it starts anything). False, with `subject` (e.g. `feed "news"`) and every
// secret that could not be read named in `error`, when any is missing: there is no plaintext fallback.
bool resolveKeychainReferences(QJsonObject *object, const QString &subject, QString *error);

} // namespace sb
