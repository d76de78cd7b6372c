// Alert decoding on one core: the alerts feed's decoder (base64 → AES-256-GCM with the Data Platform's AAD, nonce and
// tag layout → simdjson parse → Event) and, for comparison, the same with a QJsonDocument parse, against bare OpenSSL
// EVP AES-256-GCM decryption of the same sealed bytes. Bodies are realistic newsMessage alerts of 2–20 KB. Prints
// alerts/s and the ratios; never fails.
#include "codec/aes_gcm_decryptor.h"
#include "codec/aes_gcm_encryptor.h"
#include "feeds/alerts/alert_decoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/evp.h>

#include <cstdio>

using namespace sb;

namespace {

const char *const kWords[] = {"shares", "rose", "fell", "percent", "quarter", "profit", "guidance", "analysts",
    "central", "bank", "rates", "inflation", "bond", "yields", "merger", "talks", "regulator", "approval", "output",
    "crude", "oil", "supply", "demand", "dollar", "euro", "earnings", "revenue", "forecast", "said", "statement"};

QString words(QRandomGenerator &rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += QLatin1String(kWords[rng.bounded(int(std::size(kWords)))]);
    }
    return s;
}

// A newsMessage alert shaped like the source document's samples (envelope, attributes, payload.newsMessage with
// itemSet.newsItem[0] itemMeta/contentMeta and, for stories, inline body text), about `targetBytes` long.
QByteArray makeAlert(QRandomGenerator &rng, int index, int targetBytes)
{
    const QString id = QStringLiteral("urn:newsml:reuters.com:20260302:nL8N%1:1").arg(100000 + index);
    QJsonObject itemMeta {
        {QStringLiteral("title"), QJsonArray {QJsonObject {{QStringLiteral("$"), words(rng, 12).toUpper()}}}},
        {QStringLiteral("versionCreated"),
            QJsonObject {{QStringLiteral("$"), QStringLiteral("2026-03-02T10:00:00.000Z")}}},
        {QStringLiteral("itemClass"), QJsonObject {{QStringLiteral("_qcode"), QStringLiteral("ninat:text")}}}};
    QJsonArray subjects;
    for (int i = 0; i < 12; ++i)
        subjects.append(QJsonObject {{QStringLiteral("_qcode"), QStringLiteral("R:%1.O").arg(QChar(u'A' + i))}});
    QJsonObject contentMeta {
        {QStringLiteral("headline"), QJsonArray {QJsonObject {{QStringLiteral("$"), words(rng, 12)}}}},
        {QStringLiteral("urgency"), QJsonObject {{QStringLiteral("$"), 1 + rng.bounded(3)}}},
        {QStringLiteral("language"), QJsonArray {QJsonObject {{QStringLiteral("_tag"), QStringLiteral("en")}}}},
        {QStringLiteral("subject"), subjects}};
    QJsonObject alert {{QStringLiteral("envelopeVersion"), QStringLiteral("1.0")}, {QStringLiteral("ecpMessageID"), id},
        {QStringLiteral("sourceSeqNo"), 2539219 + index}, {QStringLiteral("distributionSeqNo"), index},
        {QStringLiteral("sourceTimestamp"), QStringLiteral("2026-03-02T10:00:00.000Z")},
        {QStringLiteral("payloadVersion"), QStringLiteral("2.0")},
        {QStringLiteral("subscriptionID"), QStringLiteral("d61b1c7c-670f-419e-8d48-161f0ccba823")},
        {QStringLiteral("attributes"),
            QJsonArray {QJsonObject {{QStringLiteral("domain"),
                QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                    {QStringLiteral("value"), QStringLiteral("story")}}}}}}};
    const int base = int(QJsonDocument(alert).toJson(QJsonDocument::Compact).size()) + 600;
    const QString body = words(rng, std::max(20, (targetBytes - base) / 7));
    QJsonObject newsItem {{QStringLiteral("_guid"), id}, {QStringLiteral("itemMeta"), itemMeta},
        {QStringLiteral("contentMeta"), contentMeta},
        {QStringLiteral("contentSet"),
            QJsonObject {{QStringLiteral("inlineData"), QJsonArray {QJsonObject {{QStringLiteral("$"), body}}}}}}};
    alert.insert(QStringLiteral("payload"),
        QJsonObject {{QStringLiteral("newsMessage"),
            QJsonObject {
                {QStringLiteral("itemSet"), QJsonObject {{QStringLiteral("newsItem"), QJsonArray {newsItem}}}}}}});
    return QJsonDocument(alert).toJson(QJsonDocument::Compact);
}

// What an alert decoder needs from the plaintext: id, time, headline, urgency, body.
qint64 parseAlert(const QByteArray &plaintext)
{
    const QJsonObject o = QJsonDocument::fromJson(plaintext).object();
    const QJsonObject item = o.value(QStringLiteral("payload"))
                                 .toObject()
                                 .value(QStringLiteral("newsMessage"))
                                 .toObject()
                                 .value(QStringLiteral("itemSet"))
                                 .toObject()
                                 .value(QStringLiteral("newsItem"))
                                 .toArray()
                                 .first()
                                 .toObject();
    const QJsonObject meta = item.value(QStringLiteral("contentMeta")).toObject();
    const QString headline
        = meta.value(QStringLiteral("headline")).toArray().first().toObject().value(QStringLiteral("$")).toString();
    const int urgency = meta.value(QStringLiteral("urgency")).toObject().value(QStringLiteral("$")).toInt();
    const QString text = item.value(QStringLiteral("contentSet"))
                             .toObject()
                             .value(QStringLiteral("inlineData"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("$"))
                             .toString();
    return headline.size() + urgency + text.size() + o.value(QStringLiteral("ecpMessageID")).toString().size();
}

bool bareDecrypt(EVP_CIPHER_CTX *ctx, const QByteArray &key, const QByteArray &sealed, QByteArray &out)
{
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    const int n = int(sealed.size()) - 32;
    out.resize(n);
    int len = 0;
    unsigned char tag[16];
    std::copy(in + sealed.size() - 16, in + sealed.size(), tag);
    return EVP_DecryptInit_ex(
               ctx, EVP_aes_256_gcm(), nullptr, reinterpret_cast<const unsigned char *>(key.constData()), in + 4)
        == 1
        && EVP_DecryptUpdate(ctx, nullptr, &len, in, 16) == 1
        && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len, in + 16, n) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag) == 1
        && EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + len, &len) == 1;
}

class CountingOutput : public DecodeOutput
{
public:
    void event(Event &&e) override { bytes += e.title.size() + e.body.size() + e.attrs.size(); }
    void error(FeedError &&) override { ++errors; }
    void control(QVariant &&) override { }
    qint64 bytes = 0;
    int errors = 0;
};

} // namespace

int main()
{
    constexpr int kAlerts = 4000;
    constexpr int kRounds = 5;
    QRandomGenerator rng(20260302);
    QByteArray key(32, '\0');
    for (char &c : key)
        c = char(rng.bounded(256));
    QVector<QByteArray> bodies;
    QVector<QByteArray> sealed;
    qint64 plainBytes = 0;
    for (int i = 0; i < kAlerts; ++i) {
        const QByteArray plain = makeAlert(rng, i, 2048 + rng.bounded(18 * 1024));
        plainBytes += plain.size();
        bodies << AesGcmEncryptor::sealToBody(key, plain);
        sealed << QByteArray::fromBase64(bodies.last());
    }

    AesGcmDecryptor decryptor(key);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    qint64 bestDecoder = -1, bestFull = -1, bestDecrypt = -1, bestBare = -1;
    qint64 sink = 0;
    int failures = 0;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer t;
        // A decoder per round, so its duplicate window does not skip the work of later rounds.
        AlertDecoder decoder(QStringLiteral("alerts"));
        CountingOutput counted;
        decoder.decode(AlertFrame::key(QString::fromLatin1(key.toBase64()), 0), counted);
        QVector<RawFrame> frames;
        frames.reserve(bodies.size());
        for (int i = 0; i < bodies.size(); ++i)
            frames.append(AlertFrame::sealed(QString::number(i), bodies.at(i), 0));
        t.start();
        for (const RawFrame &f : std::as_const(frames))
            decoder.decode(f, counted);
        const qint64 viaDecoder = t.nsecsElapsed();
        failures += counted.errors;
        sink += counted.bytes;
        t.restart();
        for (const QByteArray &b : std::as_const(bodies)) {
            const AesGcmDecryptor::Result r = decryptor.decryptBody(b);
            failures += r.ok() ? 0 : 1;
            sink += parseAlert(r.plaintext);
        }
        const qint64 full = t.nsecsElapsed();
        t.restart();
        for (const QByteArray &b : std::as_const(bodies))
            sink += decryptor.decryptBody(b).plaintext.size();
        const qint64 decryptOnly = t.nsecsElapsed();
        t.restart();
        QByteArray out;
        for (const QByteArray &s : std::as_const(sealed)) {
            failures += bareDecrypt(ctx, key, s, out) ? 0 : 1;
            sink += out.size();
        }
        const qint64 bare = t.nsecsElapsed();
        bestDecoder = bestDecoder < 0 ? viaDecoder : std::min(bestDecoder, viaDecoder);
        bestFull = bestFull < 0 ? full : std::min(bestFull, full);
        bestDecrypt = bestDecrypt < 0 ? decryptOnly : std::min(bestDecrypt, decryptOnly);
        bestBare = bestBare < 0 ? bare : std::min(bestBare, bare);
    }
    EVP_CIPHER_CTX_free(ctx);
    if (failures)
        std::fprintf(stderr, "%d decrypt failures\n", failures);

    std::printf("alerts_decrypt: %d alerts, %.0f B plaintext on average (2-20 KB), best of %d rounds (sink %lld)\n",
        kAlerts, double(plainBytes) / kAlerts, kRounds, static_cast<long long>(sink % 1000));
    std::printf("  AlertDecoder → Event      : %9.0f alerts/s  (%.2f us/alert)\n", 1e9 * kAlerts / bestDecoder,
        bestDecoder / 1e3 / kAlerts);
    std::printf("  ... with QJsonDocument    : %9.0f alerts/s  (%.2f us/alert)\n", 1e9 * kAlerts / bestFull,
        bestFull / 1e3 / kAlerts);
    std::printf("  base64 + GCM (decryptor)  : %9.0f alerts/s  (%.2f us/alert)\n", 1e9 * kAlerts / bestDecrypt,
        bestDecrypt / 1e3 / kAlerts);
    std::printf("  bare EVP AES-256-GCM      : %9.0f alerts/s  (%.2f us/alert)\n", 1e9 * kAlerts / bestBare,
        bestBare / 1e3 / kAlerts);
    std::printf("  ratio decoder / bare EVP = %.2fx   (decryptor alone / bare EVP = %.2fx)\n",
        double(bestDecoder) / bestBare, double(bestDecrypt) / bestBare);
    return 0;
}
