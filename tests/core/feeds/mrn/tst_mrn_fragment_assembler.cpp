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
};

QTEST_APPLESS_MAIN(TestMrnFragmentAssembler)
#include "tst_mrn_fragment_assembler.moc"
