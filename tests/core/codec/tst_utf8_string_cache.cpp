#include "codec/utf8_string_cache.h"

#include <QTest>

using sb::Utf8StringCache;

class TestUtf8StringCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatedCodesShareOneString()
    {
        Utf8StringCache cache;
        const QString a = cache.get("N2:COM");
        const QString b = cache.get(std::string_view("N2:COMX", 6));
        QCOMPARE(a, QStringLiteral("N2:COM"));
        QCOMPARE(b.constData(), a.constData()); // shared, not converted again
        QCOMPARE(cache.hits(), quint64(1));
        QCOMPARE(cache.misses(), quint64(1));
    }

    void utf8IsDecoded()
    {
        Utf8StringCache cache;
        QCOMPARE(cache.get("日本語"), QStringLiteral("日本語"));
        QCOMPARE(cache.get("عربي"), QStringLiteral("عربي"));
        QVERIFY(cache.get("").isNull());
    }

    void collisionsAndLongKeysStayCorrect()
    {
        Utf8StringCache cache(1, 8); // one slot: every new key evicts the last
        QCOMPARE(cache.get("R:VOD.L"), QStringLiteral("R:VOD.L"));
        QCOMPARE(cache.get("R:BP.L"), QStringLiteral("R:BP.L"));
        QCOMPARE(cache.get("R:VOD.L"), QStringLiteral("R:VOD.L"));
        QCOMPARE(cache.hits(), quint64(0));
        QCOMPARE(cache.get("a key longer than eight bytes"), QStringLiteral("a key longer than eight bytes"));
        QCOMPARE(cache.misses(), quint64(3)); // long keys bypass the cache
    }
};

QTEST_GUILESS_MAIN(TestUtf8StringCache)
#include "tst_utf8_string_cache.moc"
