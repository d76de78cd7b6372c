#include "self_signed_certificate.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sb::sim {
namespace {

struct OpenSslDeleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template<typename T>
using OsslPtr = std::unique_ptr<T, OpenSslDeleter>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    OsslPtr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate()
{
    SelfSignedCertificate out;
    OsslPtr<EVP_PKEY> pkey(EVP_EC_gen("P-256"));
    OsslPtr<X509> cert(X509_new());
    if (!pkey || !cert)
        return out;

    X509_set_version(cert.get(), 2); // v3: extensions are needed for subjectAltName and the CA flag
    // A random serial, so certificates of successive runs never look like re-issues of one another to a verifier
    // that caches them.
    unsigned char serialBytes[16];
    RAND_bytes(serialBytes, sizeof serialBytes);
    serialBytes[0] &= 0x7f;
    OsslPtr<BIGNUM> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600);
    X509_set_pubkey(cert.get(), pkey.get());

    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Switchboard emulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    // keyCertSign lets the certificate act as the trust anchor; digitalSignature is what the TLS handshake uses.
    const bool extensionsOk = addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(cert.get(), NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    if (!extensionsOk || X509_sign(cert.get(), pkey.get(), EVP_sha256()) <= 0)
        return out;

    OsslPtr<BIO> certBio(BIO_new(BIO_s_mem()));
    OsslPtr<BIO> keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return out;

    out.m_certificatePem = bioContents(certBio.get());
    out.m_certificate = QSslCertificate(out.m_certificatePem, QSsl::Pem);
    out.m_key = QSslKey(bioContents(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    return out;
}

QSslConfiguration SelfSignedCertificate::serverConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server side: clients present no certificate
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

bool SelfSignedCertificate::writeCertificatePem(const QString &path) const
{
    if (m_certificatePem.isEmpty())
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(m_certificatePem);
    return f.commit();
}

} // namespace sb::sim
