#include "config/keychain_secrets.h"

#include <QJsonArray>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

#include <memory>

namespace sb {

namespace {

QString problemText(const QString &name, QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return QStringLiteral("keychain secret \"%1\" is not set (store it with `switchboard-cli secret set %1` or "
                              "in the desk's Credentials dialog)")
            .arg(name);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("keychain secret \"%1\": access denied (%2)").arg(name, detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QStringLiteral("keychain secret \"%1\": no system keychain is reachable (%2)").arg(name, detail);
    default:
        return QStringLiteral("keychain secret \"%1\": %2").arg(name, detail);
    }
}

void collect(const QJsonValue &value, QStringList &names)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (s.startsWith(QLatin1String(KeychainSecrets::kPrefix))) {
            const QString name = s.mid(int(qstrlen(KeychainSecrets::kPrefix)));
            if (!names.contains(name))
                names << name;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, names);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), names);
    }
}

} // namespace

KeychainSecrets::KeychainSecrets(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void KeychainSecrets::read(const QStringList &names, ReadDone done)
{
    struct Pending
    {
        int left = 0;
        QHash<QString, QString> values;
        QStringList problems;
        ReadDone done;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = int(names.size());
    pending->done = std::move(done);
    if (names.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [pending] { pending->done({}, {}); }, Qt::QueuedConnection);
        return;
    }
    for (const QString &name : names) {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setKey(name);
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this, [pending, name](QKeychain::Job *finished) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (readJob->error() == QKeychain::NoError)
                pending->values.insert(name, readJob->textData());
            else
                pending->problems << problemText(name, readJob->error(), readJob->errorString());
            if (--pending->left == 0)
                pending->done(pending->values, pending->problems);
        });
        job->start();
    }
}

void KeychainSecrets::write(const QString &name, const QString &value, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(name);
    job->setInsecureFallback(false);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [name, done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString()
                                                     : problemText(name, finished->error(), finished->errorString()));
    });
    job->start();
}

void KeychainSecrets::remove(const QString &name, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(name);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [name, done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString()
                                                     : problemText(name, finished->error(), finished->errorString()));
    });
    job->start();
}

void KeychainSecrets::check(const QString &name, CheckDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(name);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [name, done = std::move(done)](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
            done(Presence::Set, QString());
            break;
        case QKeychain::EntryNotFound:
            done(Presence::NotSet, QString());
            break;
        default:
            done(Presence::Unknown, problemText(name, finished->error(), finished->errorString()));
        }
    });
    job->start();
}

QStringList KeychainSecrets::referencedNames(const QJsonValue &value)
{
    QStringList names;
    collect(value, names);
    return names;
}

QJsonValue KeychainSecrets::substitute(const QJsonValue &value, const QHash<QString, QString> &values)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (s.startsWith(QLatin1String(kPrefix))) {
            const auto it = values.constFind(s.mid(int(qstrlen(kPrefix))));
            if (it != values.constEnd())
                return it.value();
        }
        return value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(substitute(v, values));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), substitute(it.value(), values));
        return out;
    }
    return value;
}

} // namespace sb
