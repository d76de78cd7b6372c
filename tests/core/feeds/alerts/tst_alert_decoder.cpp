#include "feeds/alerts/alert_decoder.h"

#include "alert_samples.h"
#include "codec/aes_gcm_decryptor.h"
#include "codec/aes_gcm_encryptor.h"
#include "collecting_output.h"

#include <QTest>

using namespace sb;

namespace {

const QByteArray kKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
// Reference §13: the synthetic vector sealed with kKey.
const QByteArray kReferenceBody = "AAAAAQABAgMEBQYHCAkKCzwgpXSwl6F+2Sj67sKdGQDz9L0WwkttSBVX1KgtWFSCMSqezJXxIrZElE+"
                                  "3qqsKSI8gDOI7soHgROpXXFbUqb0iP5HSqm+GLsCYqA==";

AlertOutcome outcomeAt(const test::CollectingOutput &out, int i)
{
    return out.controls.at(i).value<AlertOutcome>();
}

} // namespace

class TestAlertDecoder : public QObject
{
    Q_OBJECT

private:
    static void giveKey(AlertDecoder &decoder)
    {
        test::CollectingOutput ignored;
        decoder.decode(AlertFrame::key(QString::fromLatin1(kKey.toBase64()), 0), ignored);
    }
    static RawFrame sealed(const QString &messageId, const QByteArray &plaintext)
    {
        return AlertFrame::sealed(messageId, AesGcmEncryptor::sealToBody(kKey, plaintext), 7);
    }

private Q_SLOTS:
    void framesCarryTheirKindAndId()
    {
        const AlertFrame f = AlertFrame::read(AlertFrame::sealed(QStringLiteral("m-1"), "body", 3));
        QCOMPARE(f.kind, AlertFrame::Kind::Sealed);
        QCOMPARE(f.messageId, QStringLiteral("m-1"));
        QCOMPARE(f.payload, QByteArray("body"));
        QCOMPARE(AlertFrame::read(AlertFrame::plain(QStringLiteral("m-2"), "{}", 3)).kind, AlertFrame::Kind::Plain);
        QCOMPARE(AlertFrame::read(AlertFrame::key(QStringLiteral("k"), 3)).kind, AlertFrame::Kind::Key);
        const AlertFrame forget = AlertFrame::read(AlertFrame::forget(QStringLiteral("m-3"), QStringLiteral("ecp"), 3));
        QCOMPARE(forget.kind, AlertFrame::Kind::Forget);
        QCOMPARE(forget.messageId, QStringLiteral("m-3"));
        QCOMPARE(forget.payload, QByteArray("ecp"));
        QCOMPARE(AlertFrame::read(RawFrame::fromText(QStringLiteral("{}"), 0)).kind, AlertFrame::Kind::Invalid);
    }

    void aWithheldKeySaysSealedMessagesCannotBeOpened()
    {
        // A replayed capture: the key frame is there, its bytes are not (CaptureWriter withholds key material).
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        RawFrame withheld = RawFrame::fromBinary(QByteArray(), 5);
        withheld.text = QStringLiteral("key");
        withheld.keyMaterial = true;
        test::CollectingOutput out;
        decoder.decode(withheld, out);
        QCOMPARE(out.errorCodes(), QStringList {QStringLiteral("key_not_recorded")});
        QCOMPARE(out.errors.first().feed, QStringLiteral("alerts"));
        QVERIFY(out.errors.first().message.contains(QLatin1String("key material is never recorded")));
        // The key given before no longer applies: what follows was sealed with the withheld one.
        decoder.decode(
            sealed(QStringLiteral("m-1"), test::alertJson(QStringLiteral("ecp-1"), QStringLiteral("Sealed"))), out);
        QCOMPARE(out.events.size(), 0);
        QCOMPARE(out.errorCodes().last(), QStringLiteral("no_key"));
        // Plain bodies (claim checks) still decode.
        decoder.decode(AlertFrame::plain(
                           QStringLiteral("m-2"), test::alertJson(QStringLiteral("ecp-2"), QStringLiteral("Plain")), 6),
            out);
        QCOMPARE(out.events.size(), 1);
    }

    void sealedAlertBecomesOneEventWithItsReceipt()
    {
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        test::CollectingOutput out;
        decoder.decode(
            sealed(QStringLiteral("m-1"), test::alertJson(QStringLiteral("ecp-1"), QStringLiteral("Headline"))), out);
        QCOMPARE(out.errors.size(), 0);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events.first().key, QStringLiteral("ecp-1"));
        QCOMPARE(out.events.first().receivedMs, 7);
        QCOMPARE(out.controls.size(), 1);
        const AlertOutcome o = outcomeAt(out, 0);
        QCOMPARE(o.kind, AlertOutcome::Kind::Decoded);
        QCOMPARE(o.messageId, QStringLiteral("m-1"));
        // The receipt follows its event, so the host acknowledges it only once that event is durable.
        QCOMPARE(out.acks.size(), 1);
        QCOMPARE(out.acks.first().afterEvents, 1);
        const AlertReceipt receipt = out.acks.first().token.value<AlertReceipt>();
        QCOMPARE(receipt.messageId, QStringLiteral("m-1"));
        QCOMPARE(receipt.alertKey, QStringLiteral("ecp-1"));
    }

    void aForgottenAlertIsDecodedAgainNotTakenForADuplicate()
    {
        // A sink that failed to store an alert makes the feed send Forget; the redelivery must then be stored.
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        const RawFrame first
            = sealed(QStringLiteral("m-1"), test::alertJson(QStringLiteral("ecp-1"), QStringLiteral("Headline")));
        test::CollectingOutput out;
        decoder.decode(first, out);
        QCOMPARE(out.events.size(), 1);
        decoder.decode(AlertFrame::forget(QStringLiteral("m-1"), QStringLiteral("ecp-1"), 8), out);
        decoder.decode(first, out);
        QCOMPARE(out.duplicates, 0);
        QCOMPARE(out.events.size(), 2);
        QCOMPARE(out.acks.size(), 2);
        // Without the Forget, the same redelivery is a duplicate with no event and no receipt.
        decoder.decode(first, out);
        QCOMPARE(out.duplicates, 1);
        QCOMPARE(out.events.size(), 2);
        QCOMPARE(out.acks.size(), 2);
    }

    void referenceVectorOpensButIsNoAlert()
    {
        // The §13 vector decrypts (tag verified) to JSON without a newsItem: kept, with the reason.
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        test::CollectingOutput out;
        decoder.decode(AlertFrame::sealed(QStringLiteral("m-ref"), kReferenceBody, 0), out);
        QCOMPARE(out.events.size(), 0);
        QCOMPARE(outcomeAt(out, 0).kind, AlertOutcome::Kind::Quarantine);
        QCOMPARE(out.errorCodes(), QStringList {QStringLiteral("alert_json")});
        QVERIFY(outcomeAt(out, 0).error.contains(QStringLiteral("neither")));
    }

    void tamperedTagIsQuarantinedWithTheRawBody()
    {
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        QByteArray raw = QByteArray::fromBase64(kReferenceBody);
        raw[raw.size() - 1] = char(raw.at(raw.size() - 1) ^ 1);
        test::CollectingOutput out;
        decoder.decode(AlertFrame::sealed(QStringLiteral("m-bad"), raw.toBase64(), 0), out);
        QCOMPARE(out.events.size(), 0);
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(out.errors.first().feed, QStringLiteral("alerts"));
        QVERIFY(out.errors.first().message.contains(QStringLiteral("m-bad")));
        const AlertOutcome o = outcomeAt(out, 0);
        QCOMPARE(o.kind, AlertOutcome::Kind::Quarantine);
        QCOMPARE(o.raw, raw.toBase64());
        QVERIFY(o.error.startsWith(AesGcmDecryptor::statusText(AesGcmDecryptor::Status::TagMismatch)));
    }

    void brokenBase64AndMalformedJsonAreQuarantined()
    {
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        test::CollectingOutput out;
        decoder.decode(AlertFrame::sealed(QStringLiteral("m-b64"), "***not base64***", 0), out);
        decoder.decode(sealed(QStringLiteral("m-json"), "{\"payload\":{\"newsMessage\""), out);
        QCOMPARE(out.events.size(), 0);
        QCOMPARE(out.controls.size(), 2);
        QCOMPARE(outcomeAt(out, 0).kind, AlertOutcome::Kind::Quarantine);
        QCOMPARE(outcomeAt(out, 1).kind, AlertOutcome::Kind::Quarantine);
        QCOMPARE(out.errorCodes().at(1), QStringLiteral("alert_json"));
    }

    void withoutAKeyNothingIsLost()
    {
        AlertDecoder decoder(QStringLiteral("alerts"));
        test::CollectingOutput out;
        decoder.decode(sealed(QStringLiteral("m-1"), test::alertJson(QStringLiteral("e"), QStringLiteral("H"))), out);
        QCOMPARE(outcomeAt(out, 0).kind, AlertOutcome::Kind::Quarantine);
        QCOMPARE(out.errorCodes(), QStringList {QStringLiteral("no_key")});
    }

    void redeliveryAndRepublicationAreShownOnce()
    {
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        test::CollectingOutput out;
        const QByteArray alert = test::alertJson(QStringLiteral("ecp-9"), QStringLiteral("H"));
        decoder.decode(sealed(QStringLiteral("m-1"), alert), out);
        decoder.decode(sealed(QStringLiteral("m-1"), alert), out); // SQS redelivery: same MessageId
        decoder.decode(sealed(QStringLiteral("m-2"), alert), out); // same ecpMessageID in another message
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.duplicates, 2);
        QCOMPARE(outcomeAt(out, 1).kind, AlertOutcome::Kind::Duplicate);
        QCOMPARE(outcomeAt(out, 2).kind, AlertOutcome::Kind::Duplicate);
        QCOMPARE(outcomeAt(out, 2).messageId, QStringLiteral("m-2"));
    }

    void aFailedCopyDoesNotHideAGoodOne()
    {
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        test::CollectingOutput out;
        QByteArray bad = QByteArray::fromBase64(
            AesGcmEncryptor::sealToBody(kKey, test::alertJson(QStringLiteral("e"), QStringLiteral("H"))));
        bad[20] = char(bad.at(20) ^ 0x40);
        decoder.decode(AlertFrame::sealed(QStringLiteral("m-1"), bad.toBase64(), 0), out);
        decoder.decode(sealed(QStringLiteral("m-1"), test::alertJson(QStringLiteral("e"), QStringLiteral("H"))), out);
        QCOMPARE(out.events.size(), 1);
    }

    void claimCheckGoesBackThenThePlainMessageDecodes()
    {
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        test::CollectingOutput out;
        decoder.decode(sealed(QStringLiteral("m-c"), "{\"href\":\"https://api/cfs/1\",\"subscriptionID\":\"s\"}"), out);
        QCOMPARE(outcomeAt(out, 0).kind, AlertOutcome::Kind::ClaimCheck);
        QCOMPARE(outcomeAt(out, 0).href, QStringLiteral("https://api/cfs/1"));
        decoder.decode(AlertFrame::plain(
                           QStringLiteral("m-c"), test::alertJson(QStringLiteral("big"), QStringLiteral("Filing")), 0),
            out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(outcomeAt(out, 1).kind, AlertOutcome::Kind::Decoded);
    }

    void aNewKeyOpensTheNewSubscriptionsMessages()
    {
        AlertDecoder decoder(QStringLiteral("alerts"));
        giveKey(decoder);
        const QByteArray other(32, 'k');
        test::CollectingOutput out;
        decoder.decode(AlertFrame::key(QString::fromLatin1(other.toBase64()), 0), out);
        decoder.decode(
            AlertFrame::sealed(QStringLiteral("m-n"),
                AesGcmEncryptor::sealToBody(other, test::alertJson(QStringLiteral("n"), QStringLiteral("H"))), 0),
            out);
        QCOMPARE(out.events.size(), 1);
        decoder.decode(AlertFrame::key(QStringLiteral("c2hvcnQ="), 0), out);
        QCOMPARE(out.errorCodes().last(), QStringLiteral("bad_key"));
    }

    void oversizedBodyIsRefusedBeforeDecoding()
    {
        AlertDecoder::Options options;
        options.maxBodyBytes = 1000;
        AlertDecoder decoder(QStringLiteral("alerts"), options);
        test::CollectingOutput out;
        decoder.decode(AlertFrame::key(QString::fromLatin1(kKey.toBase64()), 0), out);
        decoder.decode(sealed(QStringLiteral("m-big"), QByteArray(5000, 'x')), out);
        QCOMPARE(outcomeAt(out, 0).kind, AlertOutcome::Kind::Quarantine);
        QCOMPARE(out.errorCodes(), QStringList {AesGcmDecryptor::statusText(AesGcmDecryptor::Status::TooLarge)});
    }
};

QTEST_GUILESS_MAIN(TestAlertDecoder)
#include "tst_alert_decoder.moc"
