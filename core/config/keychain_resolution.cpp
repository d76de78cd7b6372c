#include "keychain_resolution.h"

#include "event/fail_with.h"
#include "keychain_secrets.h"

#include <QEventLoop>

namespace sb {

bool resolveKeychainReferences(QJsonObject *object, const QString &subject, QString *error)
{
    const QStringList names = KeychainSecrets::referencedNames(*object);
    if (names.isEmpty())
        return true;
    KeychainSecrets secrets;
    QEventLoop loop;
    QHash<QString, QString> values;
    QStringList problems;
    secrets.read(names, [&](const QHash<QString, QString> &v, const QStringList &p) {
        values = v;
        problems = p;
        loop.quit();
    });
    loop.exec();
    if (!problems.isEmpty())
        return failWith(error, subject + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
    *object = KeychainSecrets::substitute(*object, values).toObject();
    return true;
}

} // namespace sb
