// SignalR record framing: several records in one frame, a record split across frames (even inside the
// separator's neighbourhood), empty records, and the size bound on held-back bytes.
#include "net/signalr/signalr_record_splitter.h"

#include <QTest>

using namespace sb;

class TstSignalRRecordSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitsMergedRecords()
    {
        SignalRRecordSplitter splitter;
        QList<QByteArray> records;
        QVERIFY(splitter.append(QByteArray("{\"type\":6}\x1e{\"type\":1}\x1e"), records));
        QCOMPARE(records, (QList<QByteArray> {"{\"type\":6}", "{\"type\":1}"}));
        QCOMPARE(splitter.pendingBytes(), 0);
    }

    void joinsRecordsSplitAcrossFrames()
    {
        SignalRRecordSplitter splitter;
        QList<QByteArray> records;
        QVERIFY(splitter.append("{\"ty", records));
        QVERIFY(records.isEmpty());
        QCOMPARE(splitter.pendingBytes(), 4);
        QVERIFY(splitter.append("pe\":6}", records));
        QVERIFY(records.isEmpty());
        QVERIFY(splitter.append(QByteArray("\x1e{\"type\":7}\x1e{\"a\""), records));
        QCOMPARE(records, (QList<QByteArray> {"{\"type\":6}", "{\"type\":7}"}));
        QVERIFY(splitter.append(QByteArray(":1}\x1e"), records));
        QCOMPARE(records.last(), QByteArray("{\"a\":1}"));
    }

    void everyByteSplitGivesTheSameRecords()
    {
        const QByteArray stream("{\"type\":1,\"target\":\"ReceiveMessage\",\"arguments\":[\"x\"]}\x1e{\"type\":6}\x1e");
        for (int cut = 0; cut <= stream.size(); ++cut) {
            SignalRRecordSplitter splitter;
            QList<QByteArray> records;
            QVERIFY(splitter.append(stream.left(cut), records));
            QVERIFY(splitter.append(stream.mid(cut), records));
            QCOMPARE(records.size(), 2);
            QCOMPARE(records.at(1), QByteArray("{\"type\":6}"));
        }
    }

    void skipsEmptyRecords()
    {
        SignalRRecordSplitter splitter;
        QList<QByteArray> records;
        QVERIFY(splitter.append(QByteArray("\x1e\x1e{}\x1e"), records));
        QCOMPARE(records, (QList<QByteArray> {"{}"}));
    }

    void boundsHeldBackBytes()
    {
        SignalRRecordSplitter splitter(16);
        QList<QByteArray> records;
        QString error;
        QVERIFY(splitter.append("0123456789", records, &error));
        QVERIFY(!splitter.append("0123456789", records, &error));
        QVERIFY(error.contains(QLatin1String("limit of 16")));
        QCOMPARE(splitter.pendingBytes(), 0);
        // After the problem the stream resumes at the next separator.
        QVERIFY(splitter.append(QByteArray("{}\x1e"), records, &error));
        QCOMPARE(records, (QList<QByteArray> {"{}"}));
    }

    void boundsFinishedRecords()
    {
        SignalRRecordSplitter splitter(4);
        QList<QByteArray> records;
        QString error;
        QVERIFY(!splitter.append(QByteArray("{}\x1e{\"long\":1}\x1e"), records, &error));
        QCOMPARE(records, (QList<QByteArray> {"{}"}));
    }
};

QTEST_GUILESS_MAIN(TstSignalRRecordSplitter)
#include "tst_signalr_record_splitter.moc"
