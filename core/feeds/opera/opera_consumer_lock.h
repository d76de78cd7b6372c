#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace sb {

// OHIP allows one consumer per application key, gateway and chain: a second one (another Switchboard, or a second
// feed in this one) gets 4409 and stops the stream for both. This lock keeps a second local consumer from trying.
// It is a QLockFile, so a crashed holder's lock is recognised as stale (its process is gone) and taken over.
class OperaConsumerLock
{
public:
    OperaConsumerLock();
    ~OperaConsumerLock();

    // `dir` empty: the app data dir. On conflict returns false with a plain-language `conflict` text.
    bool acquire(const QString &dir, const QString &gatewayHost, const QString &appKey, const QString &chainCode,
        QString *conflict);
    void release();
    bool isHeld() const;
    QString path() const { return m_path; }

    static QString fileName(const QString &gatewayHost, const QString &appKey, const QString &chainCode);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
};

} // namespace sb
