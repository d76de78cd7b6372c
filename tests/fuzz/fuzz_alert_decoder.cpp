// The alerts decode path on arbitrary bytes: as a claim-checked plaintext (parser only), sealed with the decoder's
// key so mutations reach the JSON parser after a verified tag, and as a raw SQS body (base64 and GCM checks).
#include "codec/aes_gcm_encryptor.h"
#include "feeds/alerts/alert_decoder.h"

#include <cstddef>
#include <cstdint>

namespace {

class NullOutput : public sb::DecodeOutput
{
public:
    void event(sb::Event &&) override { }
    void error(sb::FeedError &&) override { }
    void control(QVariant &&) override { }
};

const QByteArray kKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static sb::AlertDecoder *decoder = [] {
        auto *d = new sb::AlertDecoder(QStringLiteral("alerts"));
        NullOutput out;
        d->decode(sb::AlertFrame::key(QString::fromLatin1(kKey.toBase64()), 0), out);
        return d;
    }();
    static quint64 counter = 0;
    NullOutput out;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Fresh ids, so the duplicate window does not short-cut the parser.
    const QString id = QString::number(++counter);
    decoder->decode(sb::AlertFrame::plain(id + QLatin1Char('p'), bytes, 0), out);
    decoder->decode(sb::AlertFrame::sealed(id + QLatin1Char('s'),
                        sb::AesGcmEncryptor::sealToBody(kKey, bytes, QByteArray::fromHex("00000001"),
                            QByteArray::fromHex("000102030405060708090a0b")),
                        0),
        out);
    decoder->decode(sb::AlertFrame::sealed(id + QLatin1Char('r'), bytes, 0), out);
    return 0;
}
