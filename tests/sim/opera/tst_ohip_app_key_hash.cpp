// OhipAppKeyHash: the emulator's own reading of OHIP's stream key (lowercase hex SHA-256 of the application key)
// gives the published SHA-256 vectors, and agrees with the client's OperaFeedConfig on them.
#include "feeds/opera/opera_feed_config.h"
#include "sim/opera/ohip_app_key_hash.h"

#include <QTest>

using namespace sb;

class TestOhipAppKeyHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specVectors_data()
    {
        QTest::addColumn<QString>("appKey");
        QTest::addColumn<QString>("hash");
        // FIPS 180-2 SHA-256 examples, in the lowercase hex OHIP asks for.
        QTest::newRow("abc") << QStringLiteral("abc")
                             << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QStringLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QStringLiteral(
                                           "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("empty") << QString()
                               << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // A key outside ASCII is hashed as UTF-8 (Latin-1 would give another hash, refused by the gateway).
        QTest::newRow("utf-8") << QString::fromUtf8("cl\xc3\xa9")
                               << QStringLiteral("51cbcf30514d0802eb5c60a018f384ea3fb9b69307c554ee63ecb43177594de4");
    }
    void specVectors()
    {
        QFETCH(QString, appKey);
        QFETCH(QString, hash);
        QCOMPARE(sim::OhipAppKeyHash::of(appKey), hash);
        QCOMPARE(OperaFeedConfig::keyHash(appKey), hash); // the client reads the spec the same way
    }
};

QTEST_GUILESS_MAIN(TestOhipAppKeyHash)
#include "tst_ohip_app_key_hash.moc"
