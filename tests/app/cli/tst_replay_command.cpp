// `switchboard-cli replay` as a pipe reader sees it: the bytes on stdout, batched or line-buffered, are exactly the
// events' JSON Lines form, in order, whatever the batch boundaries.
#include "capture/capture_file.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "mrn_vectors.h"
#include "pipeline/frame_decoder.h"
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
        const QString path = dir.filePath(QStringLiteral("mrn.capture"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(captureText());
        file.close();

        LinesOutput expected;
        CaptureReader reader;
        QString error;
        QVERIFY(reader.open(path, &error));
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        while (auto frame = reader.next())
            decoder.decode(*frame, expected);
        QCOMPARE(expected.errors, 0);
        QVERIFY(expected.events > 700);

        QStringList arguments {QStringLiteral("replay"), QStringLiteral("mrn"), path};
        if (lineBuffered)
            arguments << QStringLiteral("--line-buffered");
        const QByteArray printed = replayStdout(arguments);
        QCOMPARE(printed.count('\n'), qsizetype(expected.events));
        QCOMPARE(printed, expected.lines);
    }
};

QTEST_GUILESS_MAIN(TestReplayCommand)
#include "tst_replay_command.moc"
