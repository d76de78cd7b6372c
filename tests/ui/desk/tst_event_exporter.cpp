#include "desk/event_exporter.h"

#include "news_story_event.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using namespace sb::ui;

class TestEventExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvNeverHandsASpreadsheetAFormula()
    {
        for (const char *hostile :
            {"=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1"}) {
            Event e = test::newsStoryEvent();
            e.title = hostile;
            e.body = hostile;
            const QByteArray csv = EventExporter::encode({e}, EventExporter::Format::Csv);
            const QByteArray cell = ",\"'" + QByteArray(hostile).replace('"', "\"\"") + '"';
            QVERIFY2(csv.count(cell) == 2, csv.constData()); // the headline and the body cell, both defused
        }
        Event plain = test::newsStoryEvent();
        plain.title = "Vodafone cuts outlook";
        QVERIFY(EventExporter::encode({plain}, EventExporter::Format::Csv).contains(",Vodafone cuts outlook,"));
    }

    void csvQuotesWhatNeedsIt()
    {
        const QByteArray csv = EventExporter::encode({test::newsStoryEvent()}, EventExporter::Format::Csv);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(),
            QByteArray("time,received,feed,kind,key,urgency,language,provider,headline,rics,subjects,body\r"));
        QVERIFY(csv.contains("\"Say \"\"hello\"\", world\""));
        QVERIFY(csv.contains("\"line one\nline two\""));
        QVERIFY(csv.contains(",VOD.L,N2:COM,"));
        QVERIFY(csv.contains("2024-07-02T10:13:37.000Z"));
    }

    void ricsHaveTheirOwnColumn()
    {
        Event e = test::newsStoryEvent();
        e.title = "Banks rally";
        e.body = "text";
        // As the news decoders make them: the codes, then the language and provider, which have their own columns.
        e.tags = {QStringLiteral("N2:BACT"), QStringLiteral("R:BARC.L"), QStringLiteral("R:LLOY.L"),
            QStringLiteral("N2:GB"), QStringLiteral("lang:en"), QStringLiteral("provider:NS:RTRS")};
        Event none = e;
        none.tags = {QStringLiteral("N2:COM")};
        const QList<QByteArray> lines = EventExporter::encode({e, none}, EventExporter::Format::Csv).split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last line break
        const QList<QByteArray> header = lines.at(0).trimmed().split(',');
        const int rics = int(header.indexOf("rics"));
        const int subjects = int(header.indexOf("subjects"));
        QCOMPARE(subjects, rics + 1);
        const QList<QByteArray> row = lines.at(1).trimmed().split(',');
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(rics), QByteArray("BARC.L LLOY.L"));
        QCOMPARE(row.at(subjects), QByteArray("N2:BACT N2:GB"));
        const QList<QByteArray> bare = lines.at(2).trimmed().split(',');
        QCOMPARE(bare.at(rics), QByteArray());
        QCOMPARE(bare.at(subjects), QByteArray("N2:COM"));
    }

    void jsonLinesAreTheEventsOwnForm()
    {
        const QByteArray jsonl
            = EventExporter::encode({test::newsStoryEvent(), test::newsStoryEvent()}, EventExporter::Format::JsonLines);
        const QList<QByteArray> lines = jsonl.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), test::newsStoryEvent().toJsonLine());
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("key")).toString(),
            QStringLiteral("g1"));
    }

    void writesOnThePool()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        QFuture<QString> future
            = EventExporter::write({test::newsStoryEvent()}, path, EventExporter::Format::JsonLines);
        future.waitForFinished();
        QCOMPARE(future.result(), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), test::newsStoryEvent().toJsonLine() + '\n');
        // What the user received is theirs alone: 0600, whatever the umask.
        QCOMPARE(f.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
            QFile::ReadOwner | QFile::WriteOwner);

        QFuture<QString> bad = EventExporter::write(
            {test::newsStoryEvent()}, dir.filePath(QStringLiteral("no/such/dir/x.csv")), EventExporter::Format::Csv);
        bad.waitForFinished();
        QVERIFY(!bad.result().isEmpty());
        QCOMPARE(EventExporter::formatForPath(QStringLiteral("a.CSV")), EventExporter::Format::Csv);
    }
};

QTEST_MAIN(TestEventExporter)
#include "tst_event_exporter.moc"
