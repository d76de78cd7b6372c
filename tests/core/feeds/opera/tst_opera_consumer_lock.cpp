// The single-consumer lock: one holder per gateway, key and chain; a second is refused with a plain message; other
// chains are independent; release frees it.
#include "feeds/opera/opera_consumer_lock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TstOperaConsumerLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneConsumerPerKeyAndChain()
    {
        QTemporaryDir dir;
        OperaConsumerLock a;
        OperaConsumerLock b;
        OperaConsumerLock other;
        QString conflict;
        QVERIFY(a.acquire(dir.path(), QStringLiteral("gw"), QStringLiteral("key"), QStringLiteral("C1"), &conflict));
        QVERIFY(a.isHeld());
        QVERIFY(!b.acquire(dir.path(), QStringLiteral("gw"), QStringLiteral("key"), QStringLiteral("C1"), &conflict));
        QVERIFY(conflict.contains(QLatin1String("only one consumer per application key and chain")));
        QVERIFY(conflict.contains(QLatin1String("C1")));
        QVERIFY(!conflict.contains(QLatin1String("key\"")));
        QVERIFY(
            other.acquire(dir.path(), QStringLiteral("gw"), QStringLiteral("key"), QStringLiteral("C2"), &conflict));
        a.release();
        QVERIFY(b.acquire(dir.path(), QStringLiteral("gw"), QStringLiteral("key"), QStringLiteral("C1"), &conflict));
    }
    void fileNameHidesTheKey()
    {
        const QString name
            = OperaConsumerLock::fileName(QStringLiteral("gw"), QStringLiteral("secret-key"), QStringLiteral("C"));
        QVERIFY(!name.contains(QLatin1String("secret")));
        QVERIFY(name.endsWith(QLatin1String(".lock")));
    }
};

QTEST_GUILESS_MAIN(TstOperaConsumerLock)
#include "tst_opera_consumer_lock.moc"
