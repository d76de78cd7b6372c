#include "codec/aes_gcm_decryptor.h"
#include "codec/aes_gcm_encryptor.h"

#include <QTest>

using namespace sb;

namespace {

// Reference §13: synthetic vector built to the Data Platform layout (key bytes 00..1f, prefix 00000001,
// nonce 000102…0b).
const QString kKey = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
const QByteArray kBody = "AAAAAQABAgMEBQYHCAkKCzwgpXSwl6F+2Sj67sKdGQDz9L0WwkttSBVX1KgtWFSCMSqezJXxIrZElE+3qqsKSI8gDOI7s"
                         "oHgROpXXFbUqb0iP5HSqm+GLsCYqA==";
const QByteArray kPlain = R"({"sourceTimestamp":"2024-01-01T00:00:00.000Z","payload":{}})";

QByteArray rawKey()
{
    return QByteArray::fromBase64(kKey.toLatin1());
}

} // namespace

class TestAesGcmDecryptor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownVector();
    void layoutMatchesReference();
    void tamperedBytesFail_data();
    void tamperedBytesFail();
    void wrongKeyFails();
    void badKeyLength();
    void badBase64();
    void tooShort();
    void tooLarge();
    void emptyPlaintext();
    void encryptorRoundTrip();
    void reusableAfterFailure();
};

void TestAesGcmDecryptor::knownVector()
{
    const auto d = AesGcmDecryptor::fromBase64Key(kKey);
    QVERIFY(d->hasValidKey());
    const AesGcmDecryptor::Result r = d->decryptBody(kBody);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.plaintext, kPlain);
    QCOMPARE(r.plaintext.size(), 59);
}

// The encryptor produces the reference body byte for byte from the same key, prefix and nonce.
void TestAesGcmDecryptor::layoutMatchesReference()
{
    const QByteArray body = AesGcmEncryptor::sealToBody(
        rawKey(), kPlain, QByteArray::fromHex("00000001"), QByteArray::fromHex("000102030405060708090a0b"));
    QCOMPARE(body, kBody);
    QCOMPARE(QByteArray::fromBase64(body).size(), 91);
}

void TestAesGcmDecryptor::tamperedBytesFail_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("prefix (AAD only)") << 0;
    QTest::newRow("AAD byte 3") << 3;
    QTest::newRow("nonce") << 4;
    QTest::newRow("nonce end") << 15;
    QTest::newRow("ciphertext") << 16;
    QTest::newRow("ciphertext end") << 74;
    QTest::newRow("tag") << 75;
    QTest::newRow("tag end") << 90;
}

void TestAesGcmDecryptor::tamperedBytesFail()
{
    QFETCH(int, offset);
    QByteArray sealed = QByteArray::fromBase64(kBody);
    sealed[offset] = char(sealed[offset] ^ 0x01);
    AesGcmDecryptor d(rawKey());
    const AesGcmDecryptor::Result r = d.decrypt(sealed);
    QCOMPARE(r.status, AesGcmDecryptor::Status::TagMismatch);
    QVERIFY(r.plaintext.isEmpty());
    QVERIFY(r.error.contains(QStringLiteral("tag")));
    QCOMPARE(AesGcmDecryptor::statusText(r.status), QStringLiteral("tag_mismatch"));
}

void TestAesGcmDecryptor::wrongKeyFails()
{
    QByteArray key = rawKey();
    key[31] = 'x';
    AesGcmDecryptor d(key);
    QCOMPARE(d.decryptBody(kBody).status, AesGcmDecryptor::Status::TagMismatch);
}

void TestAesGcmDecryptor::badKeyLength()
{
    AesGcmDecryptor shortKey(rawKey().left(16));
    QVERIFY(!shortKey.hasValidKey());
    QCOMPARE(shortKey.decryptBody(kBody).status, AesGcmDecryptor::Status::BadKey);
    QVERIFY(!AesGcmDecryptor::fromBase64Key(QStringLiteral("not base64!"))->hasValidKey());
    QVERIFY(!AesGcmDecryptor::fromBase64Key(QString())->hasValidKey());
    // Padding-less form of the same key is accepted.
    QVERIFY(AesGcmDecryptor::fromBase64Key(kKey.left(43))->hasValidKey());
}

void TestAesGcmDecryptor::badBase64()
{
    AesGcmDecryptor d(rawKey());
    const AesGcmDecryptor::Result r = d.decryptBody(QByteArray("AAAA*AAA"));
    QCOMPARE(r.status, AesGcmDecryptor::Status::BadBase64);
    QVERIFY(r.error.contains(QStringLiteral("base64")));
}

void TestAesGcmDecryptor::tooShort()
{
    AesGcmDecryptor d(rawKey());
    QCOMPARE(d.decrypt(QByteArray(31, 'a')).status, AesGcmDecryptor::Status::TooShort);
    QCOMPARE(d.decryptBody(QByteArray()).status, AesGcmDecryptor::Status::TooShort);
}

void TestAesGcmDecryptor::tooLarge()
{
    AesGcmDecryptor d(rawKey());
    d.setMaxBodyBytes(100);
    QCOMPARE(d.decryptBody(QByteArray(101, 'A')).status, AesGcmDecryptor::Status::TooLarge);
    QCOMPARE(d.decrypt(QByteArray(101, 'A')).status, AesGcmDecryptor::Status::TooLarge);
    d.setMaxBodyBytes(kBody.size()); // the bound is on the body as received (124 characters)
    QVERIFY(d.decryptBody(kBody).ok());
}

void TestAesGcmDecryptor::emptyPlaintext()
{
    const QByteArray body = AesGcmEncryptor::sealToBody(rawKey(), QByteArray());
    AesGcmDecryptor d(rawKey());
    const AesGcmDecryptor::Result r = d.decryptBody(body);
    QVERIFY(r.ok());
    QVERIFY(r.plaintext.isEmpty());
}

void TestAesGcmDecryptor::encryptorRoundTrip()
{
    QByteArray big(20000, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 26);
    const QByteArray b1 = AesGcmEncryptor::sealToBody(rawKey(), big);
    const QByteArray b2 = AesGcmEncryptor::sealToBody(rawKey(), big);
    QVERIFY(b1 != b2); // fresh nonce each time
    AesGcmDecryptor d(rawKey());
    QCOMPARE(d.decryptBody(b1).plaintext, big);
    QCOMPARE(d.decryptBody(b2).plaintext, big);
    QVERIFY(AesGcmEncryptor::seal(rawKey().left(31), big, "1234", QByteArray(12, 'n')).isEmpty());
    QVERIFY(AesGcmEncryptor::seal(rawKey(), big, "123", QByteArray(12, 'n')).isEmpty());
}

void TestAesGcmDecryptor::reusableAfterFailure()
{
    AesGcmDecryptor d(rawKey());
    QByteArray sealed = QByteArray::fromBase64(kBody);
    sealed[20] = char(sealed[20] ^ 0x80);
    QVERIFY(!d.decrypt(sealed).ok());
    QCOMPARE(d.decryptBody(kBody).plaintext, kPlain);
}

QTEST_GUILESS_MAIN(TestAesGcmDecryptor)
#include "tst_aes_gcm_decryptor.moc"
