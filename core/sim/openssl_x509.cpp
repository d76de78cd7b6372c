#include "openssl_x509.h"

#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace sb::sim::openssl {
namespace {

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

} // namespace

Ptr<X509> newCertificate(EVP_PKEY *key, long lifetimeSeconds)
{
    Ptr<X509> cert(X509_new());
    if (!cert)
        return cert;
    X509_set_version(cert.get(), 2);
    // A random serial, so certificates of successive runs never look like re-issues of one another to a verifier
    // that caches them.
    unsigned char serialBytes[16];
    RAND_bytes(serialBytes, sizeof serialBytes);
    serialBytes[0] &= 0x7f;
    Ptr<BIGNUM> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), lifetimeSeconds);
    X509_set_pubkey(cert.get(), key);
    return cert;
}

bool addSubjectEntry(X509 *cert, const char *field, const char *value)
{
    return X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), field, MBSTRING_ASC,
               reinterpret_cast<const unsigned char *>(value), -1, -1, 0)
        == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    Ptr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

QByteArray certificatePem(X509 *cert)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return QByteArray();
    return bioContents(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return QByteArray();
    return bioContents(bio.get());
}

} // namespace sb::sim::openssl
