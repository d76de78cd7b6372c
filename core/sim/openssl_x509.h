#pragma once

// The OpenSSL steps of making X.509 certificates that the emulators' self-signed identity and the tests' own
// certificate authorities share.
#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace sb::sim::openssl {

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template<typename T>
using Ptr = std::unique_ptr<T, Deleter>;

// A v3 certificate (extensions carry subjectAltName and the CA flag) for `key` with a random serial, valid from one
// hour ago (clock skew between processes) for `lifetimeSeconds`; subject, issuer and extensions are the caller's.
Ptr<X509> newCertificate(EVP_PKEY *key, long lifetimeSeconds);
bool addSubjectEntry(X509 *cert, const char *field, const char *value);
// Adds the extension `nid` with `value` in OpenSSL's config syntax; `issuer` resolves keyid references.
bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value);
// PEM text; empty when OpenSSL fails.
QByteArray certificatePem(X509 *cert);
QByteArray privateKeyPem(EVP_PKEY *key);

} // namespace sb::sim::openssl
