// `switchboard-cli replay` as a pipe reader sees it: the bytes on stdout, batched or line-buffered, are exactly the
// events' JSON Lines form, in order, whatever the batch boundaries.
#include "capture/capture_file.h"
#include "cli_run.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "mrn_vectors.h"
#include "pipeline/frame_decoder.h"
#include "query/column_tags.h"
#include "query/query.h"
#include "query/query_input.h"
#include "sim/mrn/mrn_story_generator.h"
#include "sim/mrn/mrn_update_encoder.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

class LinesOutput : public DecodeOutput
{
public:
    void event(Event &&e) override
    {
        lines += e.toJsonLine() + '\n';
        ++events;
    }
    void error(FeedError &&) override { ++errors; }
    void control(QVariant &&) override { }
    QByteArray lines;
    int events = 0, errors = 0;
};

class EventsOutput : public DecodeOutput
{
public:
    void event(Event &&e) override { events.append(std::move(e)); }
    void error(FeedError &&) override { }
    void control(QVariant &&) override { }
    EventBatch events;
};

// Real stories first, then enough generated ones to span several of replay's 256-frame batches.
QByteArray captureText()
{
    QByteArray text;
    for (const test::MrnVector &v : test::realMrnVectors()) {
        for (int i = 0; i < v.fragments.size(); ++i)
            text += test::frame({test::mrnUpdate(v.guid, v.fragments[i], i + 1, v.totSize, v.mrnSrc)}).toUtf8() + '\n';
    }
    sim::MrnStoryGenerator generator(11, [] { return qint64(1'763'800'000'000); });
    sim::MrnUpdateEncoder encoder;
    for (int i = 0; i < 700; ++i) {
        const sim::MrnStory story = generator.nextStory();
        for (const QByteArray &f : encoder.framesForStory(story.json, story.guid))
            text += f + '\n';
    }
    return text;
}

// captureText() as a file in `dir`: its path, or an empty one when it could not be written.
QString writtenCapture(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("mrn.capture"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(captureText());
    file.close();
    return path;
}

// What the desk's own decoder makes of the capture, the reference replay's output is held to.
bool decodeCapture(const QString &path, DecodeOutput &out)
{
    CaptureReader reader;
    QString error;
    if (!reader.open(path, &error))
        return false;
    MrnFrameDecoder decoder(QStringLiteral("mrn"));
    while (auto frame = reader.next())
        decoder.decode(*frame, out);
    return true;
}

QByteArray replayStdout(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(SB_CLI_BINARY), arguments);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return "exit " + QByteArray::number(p.exitCode()) + ": " + p.readAllStandardError();
    return p.readAllStandardOutput();
}

} // namespace

class TestReplayCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsExactlyTheEventsJsonLines_data()
    {
        QTest::addColumn<bool>("lineBuffered");
        QTest::newRow("batched (a pipe)") << false;
        QTest::newRow("--line-buffered") << true;
    }

    void printsExactlyTheEventsJsonLines()
    {
        QFETCH(bool, lineBuffered);
        QTemporaryDir dir;
        const QString path = writtenCapture(dir);
        QVERIFY(!path.isEmpty());

        LinesOutput expected;
        QVERIFY(decodeCapture(path, expected));
        QCOMPARE(expected.errors, 0);
        QVERIFY(expected.events > 700);

        QStringList arguments {QStringLiteral("replay"), QStringLiteral("mrn"), path};
        if (lineBuffered)
            arguments << QStringLiteral("--line-buffered");
        const QByteArray printed = replayStdout(arguments);
        QCOMPARE(printed.count('\n'), qsizetype(expected.events));
        QCOMPARE(printed, expected.lines);
    }

    // --filter prints the events the desk's filter language matches, and only those; a malformed one exits 2
    // naming its token.
    void filterPrintsOnlyTheMatchingEvents()
    {
        QTemporaryDir dir;
        const QString path = writtenCapture(dir);
        QVERIFY(!path.isEmpty());

        const QString filter = QStringLiteral("urgency:1-2 lang:en -R:VOD*");
        const auto q = query::Query::parse(filter, nullptr, query::Query::Option::BareWordsMatchTagValues);
        QVERIFY(q);
        EventsOutput all;
        QVERIFY(decodeCapture(path, all));
        QStringList expected;
        query::QueryInput input;
        for (const Event &e : std::as_const(all.events)) {
            input.reset(e);
            query::addColumnTags(e, input);
            if (q->matches(input))
                expected << e.key;
        }
        QVERIFY2(
            expected.size() > 0 && expected.size() < all.events.size(), qPrintable(QString::number(expected.size())));

        test::CliRun run({QStringLiteral("replay"), QStringLiteral("mrn"), path, QStringLiteral("--filter"), filter});
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 60'000);
        run.drain();
        QCOMPARE(run.process.exitCode(), 0);
        QCOMPARE(run.keys(), expected);
        for (const QJsonObject &e : run.events)
            QVERIFY(e.value(QStringLiteral("urgency")).toInt() <= 2);

        test::CliRun bad({QStringLiteral("replay"), QStringLiteral("mrn"), path, QStringLiteral("--filter"),
            QStringLiteral("oil urgency:x")});
        QTRY_VERIFY_WITH_TIMEOUT(bad.finished(), 60'000);
        bad.drain();
        QCOMPARE(bad.process.exitCode(), 2);
        QVERIFY(bad.events.isEmpty());
        QCOMPARE(bad.errors().size(), 1);
        const QString message = bad.errors().first().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("\"urgency:x\"")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replay_command.moc"
