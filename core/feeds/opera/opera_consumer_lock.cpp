#include "opera_consumer_lock.h"

#include "store/private_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

namespace sb {

OperaConsumerLock::OperaConsumerLock() = default;

OperaConsumerLock::~OperaConsumerLock()
{
    release();
}

QString OperaConsumerLock::fileName(const QString &gatewayHost, const QString &appKey, const QString &chainCode)
{
    // Hashed so the file name carries no key.
    const QByteArray id = gatewayHost.toLower().toUtf8() + '\n' + appKey.toUtf8() + '\n' + chainCode.toUtf8();
    return QStringLiteral("opera-consumer-")
        + QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(24))
        + QStringLiteral(".lock");
}

bool OperaConsumerLock::acquire(
    const QString &dir, const QString &gatewayHost, const QString &appKey, const QString &chainCode, QString *conflict)
{
    release();
    const QString base = dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : dir;
    PrivateFile::ensureDirectory(base);
    m_path = QDir(base).filePath(fileName(gatewayHost, appKey, chainCode));
    m_lock = std::make_unique<QLockFile>(m_path);
    m_lock->setStaleLockTime(0); // never stale by age; only when its process is gone
    if (m_lock->tryLock(0))
        return true;
    if (conflict) {
        qint64 pid = 0;
        QString host;
        QString app;
        const bool known = m_lock->getLockInfo(&pid, &host, &app);
        const QString holder = known ? QStringLiteral("%1 (process %2 on %3)")
                                           .arg(app.isEmpty() ? QStringLiteral("another program") : app)
                                           .arg(pid)
                                           .arg(host)
                                     : QStringLiteral("another Switchboard feed or instance");
        *conflict = QStringLiteral("Chain %1 on %2 is already being streamed with this application key by %3. OHIP "
                                   "allows only one consumer per application key and chain, and a second one would "
                                   "stop the stream for both. Stop the other consumer, or use another application "
                                   "key. (Lock file: %4)")
                        .arg(chainCode, gatewayHost, holder, m_path);
    }
    m_lock.reset();
    return false;
}

void OperaConsumerLock::release()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
    m_lock.reset();
}

bool OperaConsumerLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace sb
