#include "feeds/mrn/mrn_fragment_assembler.h"
#include "mrn_vectors.h"

#include <QTest>

using namespace sb;

namespace {

struct Holder
{
    Holder(QByteArray g, QByteArray s)
        : guid(std::move(g))
        , src(std::move(s))
    { }
    QByteArray guid, src, ric = "MRN_STORY", type = "STORY", b64;
};

MrnFragment fragment(Holder &h, const QByteArray &b64, int num, qint64 tot)
{
    h.b64 = b64;
    MrnFragment f;
    f.ric = std::string_view(h.ric.constData(), size_t(h.ric.size()));
    f.mrnSrc = std::string_view(h.src.constData(), size_t(h.src.size()));
    f.guid = std::string_view(h.guid.constData(), size_t(h.guid.size()));
    f.mrnType = std::string_view(h.type.constData(), size_t(h.type.size()));
    f.base64 = std::string_view(h.b64.constData(), size_t(h.b64.size()));
    f.fragNum = num;
    f.totSize = tot;
    return f;
}

QByteArray bytes(int n, char c)
{
    return QByteArray(n, c);
}

} // namespace

class TestMrnFragmentAssembler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realVectorsComplete()
    {
        for (const test::MrnVector &v : test::realMrnVectors()) {
            MrnFragmentAssembler a;
            Holder h {v.guid.toUtf8(), v.mrnSrc.toUtf8()};
            std::optional<MrnCompressedItem> item;
            for (int i = 0; i < v.fragments.size(); ++i) {
                MrnFragmentAssembler::Error error;
                QVERIFY2(!item, "completed before its last fragment");
                item = a.add(fragment(h, v.fragments[i].toLatin1(), i + 1, v.totSize), 1000, error);
                QVERIFY2(error.code.isEmpty(), qPrintable(error.message));
            }
            QVERIFY2(item, qPrintable(v.name));
            QCOMPARE(item->compressed.size(), v.totSize);
            QCOMPARE(item->guid, v.guid);
            QCOMPARE(item->mrnSrc, v.mrnSrc);
            QCOMPARE(item->mrnType, QStringLiteral("STORY"));
            QCOMPARE(quint8(item->compressed[0]), quint8(0x1f));
            QCOMPARE(a.partialCount(), 0);
        }
    }

    void orphanFragment()
    {
        MrnFragmentAssembler a;
        Holder h {"G1", "SRC"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, bytes(10, 'x').toBase64(), 2, -1), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_orphan_fragment"));
    }

    void otherSourceIsAnOrphan()
    {
        MrnFragmentAssembler a;
        Holder h {"G1", "SRC_A"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, bytes(10, 'x').toBase64(), 1, 20), 0, e));
        QVERIFY(e.code.isEmpty());
        h.src = "SRC_B";
        QVERIFY(!a.add(fragment(h, bytes(10, 'x').toBase64(), 2, -1), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_orphan_fragment"));
    }

    void gapDropsTheItem()
    {
        MrnFragmentAssembler a;
        Holder h {"G1", "SRC"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, bytes(10, 'a').toBase64(), 1, 30), 0, e));
        QVERIFY(!a.add(fragment(h, bytes(10, 'c').toBase64(), 3, -1), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_fragment_gap"));
        QCOMPARE(a.partialCount(), 0);
        e = {};
        QVERIFY(!a.add(fragment(h, bytes(10, 'b').toBase64(), 2, -1), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_orphan_fragment"));
    }

    void sumAboveTotSize()
    {
        MrnFragmentAssembler a;
        Holder h {"G1", "SRC"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, bytes(10, 'a').toBase64(), 1, 15), 0, e));
        QVERIFY(!a.add(fragment(h, bytes(10, 'b').toBase64(), 2, -1), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_size_exceeded"));
        QCOMPARE(a.partialCount(), 0);
        e = {};
        QVERIFY(!a.add(fragment(h, bytes(20, 'a').toBase64(), 1, 15), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_size_exceeded"));
    }

    void badBase64()
    {
        MrnFragmentAssembler a;
        Holder h {"G1", "SRC"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, "H4sI***", 1, 5), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_bad_base64"));
        QVERIFY(e.message.contains(QLatin1String("G1")));
    }

    void missingOrHugeTotSize()
    {
        MrnFragmentAssembler a(MrnFragmentAssembler::Limits {1024, 60000, 100});
        Holder h {"G1", "SRC"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, bytes(10, 'a').toBase64(), 1, -1), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_bad_tot_size"));
        QVERIFY(!a.add(fragment(h, bytes(10, 'a').toBase64(), 1, 4096), 0, e));
        QCOMPARE(e.code, QStringLiteral("mrn_too_large"));
    }

    void newFirstFragmentRestarts()
    {
        MrnFragmentAssembler a;
        Holder h {"G1", "SRC"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, bytes(10, 'a').toBase64(), 1, 20), 0, e));
        QVERIFY(!a.add(fragment(h, bytes(10, 'x').toBase64(), 1, 20), 0, e));
        auto item = a.add(fragment(h, bytes(10, 'y').toBase64(), 2, -1), 0, e);
        QVERIFY(item);
        QCOMPARE(item->compressed, bytes(10, 'x') + bytes(10, 'y'));
    }

    void incompleteItemsExpire()
    {
        MrnFragmentAssembler a(MrnFragmentAssembler::Limits {1 << 20, 60000, 100});
        Holder h {"G1", "SRC"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, bytes(10, 'a').toBase64(), 1, 20), 1000, e));
        QVector<MrnFragmentAssembler::Error> expired;
        a.expire(60999, expired);
        QVERIFY(expired.isEmpty());
        a.expire(61000, expired);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired[0].code, QStringLiteral("mrn_incomplete"));
        QCOMPARE(expired[0].guid, QStringLiteral("G1"));
        QCOMPARE(a.partialCount(), 0);
    }

    void partialItemsAreBounded()
    {
        MrnFragmentAssembler a(MrnFragmentAssembler::Limits {1 << 20, 60000, 2});
        MrnFragmentAssembler::Error e;
        for (int i = 0; i < 3; ++i) {
            Holder h {QByteArray("G") + QByteArray::number(i), "SRC"};
            e = {};
            a.add(fragment(h, bytes(10, 'a').toBase64(), 1, 20), 0, e);
        }
        QCOMPARE(a.partialCount(), 2);
        QCOMPARE(e.code, QStringLiteral("mrn_too_many_partial"));
    }

    void announcedSizeReservesNothingBeyondWhatArrived()
    {
        // A first fragment may announce any TOT_SIZE up to the item bound; only the bytes that came are held.
        MrnFragmentAssembler::Limits limits;
        limits.maxItemBytes = qint64(4) * 1024 * 1024 * 1024;
        MrnFragmentAssembler a(limits);
        Holder h {"G-HUGE", "SRC"};
        MrnFragmentAssembler::Error e;
        QVERIFY(!a.add(fragment(h, bytes(100, 'a').toBase64(), 1, qint64(2) * 1000 * 1000 * 1000), 0, e));
        QVERIFY2(e.code.isEmpty(), qPrintable(e.message));
        QCOMPARE(a.partialCount(), 1);
        QCOMPARE(a.partialBytes(), qint64(100));
        QVERIFY2(a.reservedBytes() < 4096, qPrintable(QString::number(a.reservedBytes())));
        QVERIFY(!a.add(fragment(h, bytes(100, 'b').toBase64(), 2, -1), 0, e));
        QCOMPARE(a.partialBytes(), qint64(200));
        QVERIFY2(a.reservedBytes() < 4096, qPrintable(QString::number(a.reservedBytes())));
    }

    void partialBytesAreCappedOldestFirst()
    {
        MrnFragmentAssembler::Limits limits;
        limits.maxPartialBytes = 1000;
        MrnFragmentAssembler a(limits);
        MrnFragmentAssembler::Error e;
        QList<Holder> holders;
        for (int i = 0; i < 10; ++i)
            holders.append(Holder {QByteArray("G") + QByteArray::number(i), "SRC"});
        // Ten items of 300 bytes each, 100 received: 1000 bytes held.
        for (int i = 0; i < 10; ++i) {
            QVERIFY(!a.add(fragment(holders[i], bytes(100, 'a').toBase64(), 1, 300), i, e));
            QVERIFY2(e.code.isEmpty(), qPrintable(e.message));
        }
        QCOMPARE(a.partialBytes(), qint64(1000));
        QVector<MrnFragmentAssembler::Error> evicted;
        a.takeEvicted(evicted);
        QVERIFY(evicted.isEmpty());

        // One more item: the oldest (G0) is dropped for it, with an error naming it.
        Holder late {"G-LATE", "SRC"};
        QVERIFY(!a.add(fragment(late, bytes(150, 'a').toBase64(), 1, 300), 10, e));
        QVERIFY2(e.code.isEmpty(), qPrintable(e.message));
        a.takeEvicted(evicted);
        QCOMPARE(evicted.size(), 2); // G0 and G1: 150 bytes need two 100-byte items gone
        QCOMPARE(evicted[0].code, QStringLiteral("mrn_partial_evicted"));
        QCOMPARE(evicted[0].guid, QStringLiteral("G0"));
        QVERIFY(evicted[0].message.contains(QLatin1String("G0")));
        QCOMPARE(evicted[1].guid, QStringLiteral("G1"));
        QCOMPARE(a.partialCount(), 9);
        QVERIFY(a.partialBytes() <= limits.maxPartialBytes);
        a.takeEvicted(evicted = {});
        QVERIFY(evicted.isEmpty()); // reported once

        // The dropped item's next fragment is an orphan; the newer items still assemble.
        QVERIFY(!a.add(fragment(holders[0], bytes(200, 'b').toBase64(), 2, -1), 11, e));
        QCOMPARE(e.code, QStringLiteral("mrn_orphan_fragment"));
        e = {};
        auto late2 = a.add(fragment(late, bytes(150, 'b').toBase64(), 2, -1), 12, e);
        QVERIFY2(late2, qPrintable(e.message));
        QCOMPARE(late2->compressed, bytes(150, 'a') + bytes(150, 'b'));
        a.takeEvicted(evicted);
        QCOMPARE(evicted.size(), 1); // its 150 more bytes cost the next oldest, G2
        QCOMPARE(evicted[0].guid, QStringLiteral("G2"));
        QCOMPARE(a.partialBytes(), qint64(700)); // G3 … G9
        auto g9 = a.add(fragment(holders[9], bytes(200, 'c').toBase64(), 2, -1), 13, e);
        QVERIFY2(g9, qPrintable(e.message));
        QCOMPARE(g9->guid, QStringLiteral("G9"));
        a.takeEvicted(evicted = {});
        QVERIFY(evicted.isEmpty());
        QCOMPARE(a.partialBytes(), qint64(600));
    }

    void theOldestItemGrowingPastTheCapIsDropped()
    {
        MrnFragmentAssembler::Limits limits;
        limits.maxPartialBytes = 300;
        MrnFragmentAssembler a(limits);
        MrnFragmentAssembler::Error e;
        Holder old {"G-OLD", "SRC"}, young {"G-YOUNG", "SRC"};
        QVERIFY(!a.add(fragment(old, bytes(100, 'a').toBase64(), 1, 500), 0, e));
        QVERIFY(!a.add(fragment(young, bytes(100, 'a').toBase64(), 1, 500), 1, e));
        QVERIFY(!a.add(fragment(old, bytes(150, 'b').toBase64(), 2, -1), 2, e));
        QCOMPARE(e.code, QStringLiteral("mrn_partial_evicted"));
        QCOMPARE(e.guid, QStringLiteral("G-OLD"));
        QCOMPARE(a.partialCount(), 1);
        QCOMPARE(a.partialBytes(), qint64(100));
        e = {};
        QVERIFY(!a.add(fragment(young, bytes(150, 'b').toBase64(), 2, -1), 3, e));
        QVERIFY2(e.code.isEmpty(), qPrintable(e.message));
        QCOMPARE(a.partialBytes(), qint64(250));
    }
};

QTEST_APPLESS_MAIN(TestMrnFragmentAssembler)
#include "tst_mrn_fragment_assembler.moc"
