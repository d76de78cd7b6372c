// The JSON Lines writer alone (EventJsonWriter, batches of 256 into one reused buffer, as the CLI prints) against
// the serialiser it replaced (JsonWriter per event with QDateTime times, one QByteArray per line), on decoded MRN
// events of the emulator's generated 1-3 KB stories. Also prints decode + write against decode alone in process:
// the goal for `replay > /dev/null` is ≥ 0.85 × the --stats rate. Never fails.
//
//   jsonl_print [N]                      N stories (default 10000)
//   jsonl_print --write-corpus FILE [N]  writes N stories' frames, one a line, for `switchboard-cli replay mrn FILE`
#include "event/event_json_writer.h"
#include "event/json_writer.h"
#include "feeds/mrn/mrn_frame_decoder.h"
#include "pipeline/frame_decoder.h"
#include "sim/mrn/mrn_story_generator.h"
#include "sim/mrn/mrn_update_encoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstdlib>

using namespace sb;

namespace {

QList<QByteArray> generatedFrames(int stories)
{
    sim::MrnStoryGenerator generator(7, [] { return qint64(1'763'800'000'000); });
    sim::MrnUpdateEncoder encoder;
    QList<QByteArray> frames;
    for (int i = 0; i < stories; ++i) {
        const sim::MrnStory story = generator.nextStory();
        frames += encoder.framesForStory(story.json, story.guid);
    }
    return frames;
}

class CollectingOutput : public DecodeOutput
{
public:
    void event(Event &&e) override { events.append(std::move(e)); }
    void error(FeedError &&) override { ++errors; }
    void control(QVariant &&) override { }
    EventBatch events;
    qint64 errors = 0;
};

// Writes each event as it is decoded, in batches of 256 like `replay`, to keep the buffer's work honest.
class WritingOutput : public DecodeOutput
{
public:
    void event(Event &&e) override
    {
        EventJsonWriter::appendLines(buffer, &e, 1);
        if (++pending == 256) {
            bytes += buffer.size();
            buffer.resize(0);
            pending = 0;
        }
    }
    void error(FeedError &&) override { }
    void control(QVariant &&) override { }
    QByteArray buffer;
    int pending = 0;
    qint64 bytes = 0;
};

// The serialiser before EventJsonWriter, as Event::toJsonLine() was.
QByteArray oldJsonLine(const Event &e)
{
    auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    QByteArray out;
    out.reserve(256 + e.title.size() + e.body.size() * 2 + e.attrs.size());
    JsonWriter w(out);
    w.beginObject();
    w.member("feed", e.feed);
    w.member("kind", e.kind);
    w.member("key", e.key);
    w.key("time");
    if (e.timeMs > 0)
        w.string(time(e.timeMs));
    else
        w.null();
    w.member("received", time(e.receivedMs));
    w.member("title", e.title);
    w.member("body", e.body);
    w.key("urgency");
    if (e.urgency >= 0)
        w.number(e.urgency);
    else
        w.null();
    w.member("tags", e.tags);
    w.key("attrs");
    w.raw(e.attrs.isEmpty() ? QByteArrayLiteral("{}") : e.attrs);
    w.endObject();
    return out;
}

template<typename F>
double bestOf(int rounds, F &&f)
{
    double best = 1e99;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()));
    }
    return best;
}

int writeCorpus(const char *path, int stories)
{
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", path);
        return 1;
    }
    const QList<QByteArray> frames = generatedFrames(stories);
    for (const QByteArray &frame : frames)
        f.write(frame + '\n');
    std::printf(
        "jsonl_print: wrote %d stories in %lld frames to %s\n", stories, static_cast<long long>(frames.size()), path);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--write-corpus")
        return writeCorpus(argv[2], argc > 3 ? std::atoi(argv[3]) : 50000);
    const int stories = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int rounds = 5;
    const int batch = 256;

    QVector<RawFrame> frames;
    for (const QByteArray &f : generatedFrames(stories))
        frames << RawFrame::fromText(QString::fromUtf8(f), 1'763'800'000'123);
    CollectingOutput decoded;
    {
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        for (const RawFrame &f : frames)
            decoder.decode(f, decoded);
    }
    const EventBatch &events = decoded.events;
    const qsizetype n = events.size();

    qint64 bytes = 0;
    QByteArray buffer;
    const double writer = bestOf(rounds, [&] {
        bytes = 0;
        for (qsizetype i = 0; i < n; i += batch) {
            buffer.resize(0);
            EventJsonWriter::appendLines(buffer, events.constData() + i, qMin<qsizetype>(batch, n - i));
            bytes += buffer.size();
        }
    });
    qint64 oldBytes = 0;
    const double old = bestOf(rounds, [&] {
        oldBytes = 0;
        for (qsizetype i = 0; i < n; i += batch) {
            QByteArray out;
            for (qsizetype j = i; j < qMin<qsizetype>(i + batch, n); ++j) {
                out += oldJsonLine(events[j]);
                out += '\n';
            }
            oldBytes += out.size();
        }
    });

    const double decode = bestOf(rounds, [&] {
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        CollectingOutput out;
        for (const RawFrame &f : frames)
            decoder.decode(f, out);
    });
    const double decodeAndWrite = bestOf(rounds, [&] {
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        WritingOutput out;
        for (const RawFrame &f : frames)
            decoder.decode(f, out);
    });

    std::printf("jsonl_print: %lld events of %d generated MRN stories, %.0f B of JSON Lines per event%s\n",
        static_cast<long long>(n), stories, double(bytes) / double(qMax<qsizetype>(n, 1)),
        bytes == oldBytes ? "" : "  (!! differs in size from the old serialiser)");
    std::printf("  EventJsonWriter     : %9.0f events/s  (%.0f MB/s)\n", 1e9 * double(n) / writer,
        double(bytes) / writer * 1e3);
    std::printf(
        "  old serialiser      : %9.0f events/s  (%.0f MB/s)\n", 1e9 * double(n) / old, double(oldBytes) / old * 1e3);
    std::printf("  ratio writer / old serialiser = %.2fx faster\n", old / writer);
    std::printf("  decode alone        : %9.0f events/s\n", 1e9 * double(n) / decode);
    std::printf("  decode + write      : %9.0f events/s  = %.2f x the decode rate (goal >= 0.85)\n",
        1e9 * double(n) / decodeAndWrite, decode / decodeAndWrite);
    return 0;
}
