// Full MRN decode path (frame JSON → base64 → reassembly → gunzip → story JSON → Event) on one core, against bare
// libdeflate gunzip of the same compressed bytes. Prints stories/s and the ratio; never fails.
#include "feeds/mrn/mrn_frame_decoder.h"
#include "mrn_vectors.h"
#include "pipeline/frame_decoder.h"
#include "sim/mrn/mrn_story_generator.h"
#include "sim/mrn/mrn_update_encoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <libdeflate.h>
#include <zlib.h>

#include <cstdio>

using namespace sb;

namespace {

class CountingOutput : public DecodeOutput
{
public:
    void event(Event &&e) override
    {
        ++events;
        bytes += e.body.size();
    }
    void error(FeedError &&e) override
    {
        if (errors++ == 0)
            std::fprintf(stderr, "unexpected error: %s\n", qPrintable(e.message));
    }
    void control(QVariant &&) override { }
    qint64 events = 0, errors = 0, bytes = 0;
};

struct Corpus
{
    QVector<QString> frames;
    QVector<QByteArray> compressed;
    qint64 jsonBytes = 0;
};

// Real stories (tests/data/mrn) made distinct per copy, fragmented at 2600 bytes like the live feed.
Corpus buildCorpus(int stories)
{
    QVector<QByteArray> templates;
    for (const test::MrnVector &v : test::realMrnVectors()) {
        QByteArray compressed;
        for (const QString &f : v.fragments)
            compressed += QByteArray::fromBase64(f.toLatin1());
        templates << test::gunzipBytes(compressed);
    }
    Corpus c;
    c.frames.reserve(stories);
    for (int i = 0; i < stories; ++i) {
        QJsonObject story = QJsonDocument::fromJson(templates[i % templates.size()]).object();
        const QString guid
            = QStringLiteral("BENCH%1_2411222abcdefghijklmnopqrstuvwxyz").arg(i, 8, 10, QLatin1Char('0'));
        story.insert(QStringLiteral("id"), guid);
        story.insert(QStringLiteral("headline"),
            QString(story.value(QStringLiteral("headline")).toString() + QStringLiteral(" #%1").arg(i)));
        const QByteArray json = QJsonDocument(story).toJson(QJsonDocument::Compact);
        c.jsonBytes += json.size();
        const QByteArray gz = test::gzipBytes(json);
        c.compressed << gz;
        QList<QByteArray> messages;
        for (qsizetype off = 0, n = 1; off < gz.size(); off += 2600, ++n)
            messages << test::mrnUpdate(guid, QString::fromLatin1(gz.mid(off, 2600).toBase64()), int(n), gz.size());
        for (const QByteArray &m : messages)
            c.frames << test::frame({m});
    }
    return c;
}

// The emulator's generated stories: realistic 1-3 KB JSON in several languages, some alerts, some multi-fragment
// filings, framed exactly as the emulator sends them.
Corpus buildGeneratedCorpus(int stories)
{
    sim::MrnStoryGenerator generator(7, [] { return qint64(1'763'800'000'000); });
    sim::MrnUpdateEncoder encoder;
    Corpus c;
    c.frames.reserve(stories);
    for (int i = 0; i < stories; ++i) {
        const sim::MrnStory story = generator.nextStory();
        c.jsonBytes += story.json.size();
        c.compressed << sim::MrnUpdateEncoder::gzip(story.json);
        for (const QByteArray &f : encoder.framesForStory(story.json, story.guid))
            c.frames << QString::fromUtf8(f);
    }
    return c;
}

void measure(const char *name, const Corpus &corpus, int stories, int rounds);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int stories = argc > 1 ? std::atoi(argv[1]) : 30000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    measure("generated 1-3 KB stories (the goal's corpus)", buildGeneratedCorpus(stories), stories, rounds);
    measure("real MRN vectors, made distinct", buildCorpus(stories), stories, rounds);
    return 0;
}

namespace {

void measure(const char *name, const Corpus &corpus, int stories, int rounds)
{
    qint64 compressedBytes = 0;
    for (const QByteArray &b : corpus.compressed)
        compressedBytes += b.size();

    // Full path: a fresh decoder per round, so duplicate detection never short-cuts the work.
    double bestFull = 1e99;
    qint64 events = 0;
    for (int r = 0; r < rounds; ++r) {
        MrnFrameDecoder decoder(QStringLiteral("mrn"));
        CountingOutput out;
        QElapsedTimer t;
        t.start();
        for (const QString &f : corpus.frames)
            decoder.decode(RawFrame::fromText(f, 0), out);
        bestFull = std::min(bestFull, double(t.nsecsElapsed()));
        events = out.events;
        if (out.errors)
            std::fprintf(stderr, "%lld decode errors\n", static_cast<long long>(out.errors));
    }

    libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    std::vector<char> buf(1 << 20);
    double bestDeflate = 1e99;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &b : corpus.compressed) {
            size_t outLen = 0;
            libdeflate_gzip_decompress(d, b.constData(), size_t(b.size()), buf.data(), buf.size(), &outLen);
        }
        bestDeflate = std::min(bestDeflate, double(t.nsecsElapsed()));
    }
    libdeflate_free_decompressor(d);

    double bestZlib = 1e99;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &b : corpus.compressed) {
            z_stream zs {};
            inflateInit2(&zs, 16 + MAX_WBITS);
            zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(b.constData()));
            zs.avail_in = uInt(b.size());
            zs.next_out = reinterpret_cast<Bytef *>(buf.data());
            zs.avail_out = uInt(buf.size());
            inflate(&zs, Z_FINISH);
            inflateEnd(&zs);
        }
        bestZlib = std::min(bestZlib, double(t.nsecsElapsed()));
    }

    const double perStoryFull = bestFull / stories, perStoryDeflate = bestDeflate / stories;
    std::printf("mrn_decode, %s: %d stories (%lld events), %.0f B JSON and %.0f B gzip per story on average, %lld "
                "frames\n",
        name, stories, static_cast<long long>(events), double(corpus.jsonBytes) / stories,
        double(compressedBytes) / stories, static_cast<long long>(corpus.frames.size()));
    std::printf("  full decode path   : %9.0f stories/s  (%.2f us/story)\n", 1e9 / perStoryFull, perStoryFull / 1e3);
    std::printf(
        "  bare libdeflate    : %9.0f stories/s  (%.2f us/story)\n", 1e9 / perStoryDeflate, perStoryDeflate / 1e3);
    std::printf("  bare zlib inflate  : %9.0f stories/s  (%.2f us/story)\n", 1e9 * stories / bestZlib,
        bestZlib / stories / 1e3);
    std::printf("  ratio full / libdeflate gunzip = %.2fx   (full / zlib = %.2fx)\n", bestFull / bestDeflate,
        bestFull / bestZlib);
}

} // namespace
