#include "alerts_emulator.h"

#include "codec/aes_gcm_encryptor.h"
#include "codec/sigv4_signer.h"
#include "sim/alerts/sqs_queue_server.h"
#include "sim/emulator_registry.h"
#include "sim/loopback_http_server.h"
#include "sim/mrn/lseg_auth_service.h"
#include "sim/mrn/lseg_https_front.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace sb::sim {

namespace {

const QByteArray kHeadlinesPath = "/message-services/v1/news-headlines/subscriptions";
const QByteArray kStoriesPath = "/message-services/v1/news-stories/subscriptions";
const QByteArray kLegacyHeadlinesPath = "/alerts/v1/news-headlines-subscriptions";
const QByteArray kLegacyStoriesPath = "/alerts/v1/news-stories-subscriptions";
const QByteArray kCredentialsPath = "/auth/cloud-credentials/v1/";
const QByteArray kClaimPath = "/message-services/v1/cfs/messages/";
const QByteArray kDownloadPath = "/cfs-bucket/";

// The RDP gateway's error body.
QByteArray gatewayError(int status, const QString &message)
{
    return QJsonDocument(
        QJsonObject {{QStringLiteral("error"),
            QJsonObject {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("code"), QString::number(status)}, {QStringLiteral("message"), message}}}})
        .toJson(QJsonDocument::Compact);
}

QString randomText(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

AlertsEmulator::AlertsEmulator(const AlertsEmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_tokens([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_generator(options.seed)
    , m_timer(this)
{
    qRegisterMetaType<sb::sim::AlertsFault>();
    m_authOptions.tls = options.tls;
    m_authOptions.clientId = options.clientId;
    m_authOptions.clientSecret = options.clientSecret;
    m_authOptions.username = options.username;
    m_authOptions.password = options.password;
    m_authOptions.tokenLifetimeSec = options.tokenLifetimeSec;
    m_authOptions.v1TokenLifetimeSec = options.tokenLifetimeSec;
    m_authOptions.scope = QStringLiteral("trapi");
    m_presignSecret = randomText(32).toLatin1();
    connect(&m_timer, &QTimer::timeout, this, &AlertsEmulator::tick);
}

AlertsEmulator::~AlertsEmulator()
{
    stop();
}

bool AlertsEmulator::start()
{
    if (m_running)
        return true;
    LsegHttpsFront front;
    if (!front.start(
            m_tls, m_options.tls, QStringLiteral("alerts-ca.pem"), m_authOptions, &m_tokens, &m_authFaults, this))
        return false;
    m_http = front.http;
    m_auth = front.auth;
    auto subscriptions = [this](bool stories) {
        return [this, stories](const HttpRequest &r, const HttpResponder &w) { handleSubscriptions(r, w, stories); };
    };
    m_http->route(kHeadlinesPath, subscriptions(false));
    m_http->route(kStoriesPath, subscriptions(true));
    m_http->route(kLegacyHeadlinesPath, subscriptions(false));
    m_http->route(kLegacyStoriesPath, subscriptions(true));
    m_http->route(kCredentialsPath, [this](const HttpRequest &r, const HttpResponder &w) { handleCredentials(r, w); });
    m_http->route(kClaimPath, [this](const HttpRequest &r, const HttpResponder &w) { handleClaim(r, w); });
    m_http->route(kDownloadPath, [this](const HttpRequest &r, const HttpResponder &w) { handleDownload(r, w); });

    SqsQueueServer::Options sqsOptions;
    sqsOptions.tls = m_options.tls;
    sqsOptions.visibilityTimeoutSeconds = m_options.visibilityTimeoutSeconds;
    sqsOptions.certificate = m_tls.certificate();
    m_sqs = new SqsQueueServer(sqsOptions, this);
    if (!m_sqs->start()) {
        stop();
        return false;
    }
    if (m_options.alertsPerSecond > 0)
        m_timer.start(qMax(20, int(1000 / m_options.alertsPerSecond)));
    m_running = true;
    return true;
}

void AlertsEmulator::stop()
{
    m_timer.stop();
    delete std::exchange(m_auth, nullptr);
    delete std::exchange(m_http, nullptr);
    delete std::exchange(m_sqs, nullptr);
    m_running = false;
}

QUrl AlertsEmulator::apiBase() const
{
    return m_http ? m_http->baseUrl() : QUrl();
}

QUrl AlertsEmulator::tokenUrl() const
{
    QUrl url = apiBase();
    url.setPath(QString::fromLatin1(LsegAuthService::kV2Path));
    return url;
}

QUrl AlertsEmulator::tokenUrlV1() const
{
    QUrl url = apiBase();
    url.setPath(QString::fromLatin1(LsegAuthService::kV1Path));
    return url;
}

QString AlertsEmulator::caFile() const
{
    return m_tls.caFile();
}

QJsonObject AlertsEmulator::feedConfig(const QString &name, const QString &content) const
{
    QJsonObject config {{QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("alerts")},
        {QStringLiteral("tokenUrl"), tokenUrl().toString()}, {QStringLiteral("apiBase"), apiBase().toString()},
        {QStringLiteral("clientId"), m_options.clientId}, {QStringLiteral("clientSecret"), m_options.clientSecret},
        {QStringLiteral("scope"), QStringLiteral("trapi")}, {QStringLiteral("content"), content},
        // Renew well before this emulator's credentials run out, as the client does against the real hour.
        {QStringLiteral("credentialRenewSec"), qMax(5, m_options.credentialLifetimeSec * 5 / 6)}};
    if (m_options.tls)
        config.insert(QStringLiteral("caFile"), caFile());
    return config;
}

bool AlertsEmulator::authorized(const HttpRequest &request, const HttpResponder &responder)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ")) {
        responder.send(401, gatewayError(401, QStringLiteral("missing authorization header")));
        return false;
    }
    switch (m_tokens.validity(QString::fromLatin1(authorization.mid(7).trimmed()))) {
    case LsegTokenStore::Validity::Valid:
        return true;
    case LsegTokenStore::Validity::Expired:
        responder.send(401, gatewayError(401, QStringLiteral("token expired")));
        return false;
    case LsegTokenStore::Validity::Unknown:
        break;
    }
    responder.send(401, gatewayError(401, QStringLiteral("invalid token")));
    return false;
}

QJsonObject AlertsEmulator::describe(const Subscription &s) const
{
    QJsonObject out {{QStringLiteral("subscriptionID"), s.id},
        {QStringLiteral("transportInfo"),
            QJsonObject {{QStringLiteral("transportType"), QStringLiteral("AWS-SQS")},
                {QStringLiteral("endpoint"), s.queueUrl.toString()},
                {QStringLiteral("cryptographyKey"), QString::fromLatin1(s.key.toBase64())}}},
        {QStringLiteral("payloadVersion"), QStringLiteral("2.0")}};
    if (!s.filter.isEmpty())
        out.insert(QStringLiteral("filter"), s.filter);
    return out;
}

void AlertsEmulator::handleSubscriptions(const HttpRequest &request, const HttpResponder &responder, bool stories)
{
    if (!authorized(request, responder))
        return;
    const QString id = request.query().queryItemValue(QStringLiteral("subscriptionID"));
    if (request.method == "GET") {
        QJsonArray list;
        for (const QString &key : std::as_const(m_order)) {
            const Subscription &s = m_subscriptions[key];
            if (s.stories == stories && (id.isEmpty() || s.id == id))
                list.append(describe(s));
        }
        if (!id.isEmpty() && list.isEmpty()) {
            responder.send(404, gatewayError(404, QStringLiteral("subscription %1 not found").arg(id)));
            return;
        }
        responder.send(
            200, QJsonDocument(QJsonObject {{QStringLiteral("subscriptions"), list}}).toJson(QJsonDocument::Compact));
        return;
    }
    if (request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QStringLiteral("transport")).toObject().value(QStringLiteral("transportType")).toString()
            != QLatin1String("AWS-SQS")) {
            responder.send(400, gatewayError(400, QStringLiteral("transport.transportType must be AWS-SQS")));
            return;
        }
        const QJsonValue filter = body.value(QStringLiteral("filter"));
        if (!filter.isUndefined() && !filter.isObject()) {
            responder.send(400, gatewayError(400, QStringLiteral("filter must be an object")));
            return;
        }
        Subscription s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.stories = stories;
        s.filter = filter.toObject();
        s.key = QByteArray(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(s.key.data()), 8);
        s.queueName = QStringLiteral("sqs-edsalerts-main-prod-usersqs-") + s.id;
        s.queueUrl = m_sqs->createQueue(s.queueName);
        m_subscriptions.insert(s.id, s);
        m_order.append(s.id);
        ++m_created;
        responder.send(200, QJsonDocument(describe(s)).toJson(QJsonDocument::Compact));
        Q_EMIT subscriptionCreated(s.id);
        return;
    }
    if (request.method == "DELETE") {
        // As the real service: without an id every subscription of this content type goes.
        QStringList doomed;
        for (const QString &key : std::as_const(m_order))
            if (m_subscriptions[key].stories == stories && (id.isEmpty() || key == id))
                doomed << key;
        if (!id.isEmpty() && doomed.isEmpty()) {
            responder.send(404, gatewayError(404, QStringLiteral("subscription %1 not found").arg(id)));
            return;
        }
        for (const QString &key : doomed) {
            m_subscriptions.remove(key);
            m_order.removeAll(key);
        }
        responder.send(204, QByteArray());
        return;
    }
    responder.send(405, gatewayError(405, QStringLiteral("method not allowed")));
}

void AlertsEmulator::handleCredentials(const HttpRequest &request, const HttpResponder &responder)
{
    if (!authorized(request, responder))
        return;
    const QUrl endpoint(request.query().queryItemValue(QStringLiteral("endpoint"), QUrl::FullyDecoded));
    const Subscription *owner = nullptr;
    for (const Subscription &s : std::as_const(m_subscriptions))
        if (s.queueUrl == endpoint)
            owner = &s;
    if (!owner) {
        responder.send(400, gatewayError(400, QStringLiteral("endpoint is not a queue of this account")));
        return;
    }
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("ASIA") + randomText(12).toUpper().left(16);
    credentials.secretKey = randomText(30);
    credentials.sessionToken = randomText(120);
    m_sqs->addCredentials(credentials, QDateTime::currentDateTimeUtc().addSecs(m_options.credentialLifetimeSec));
    m_issuedKeys.append(credentials.accessKeyId);
    ++m_credentialsIssued;
    responder.send(200,
        QJsonDocument(QJsonObject {{QStringLiteral("credentials"),
                                       QJsonObject {{QStringLiteral("accessKeyId"), credentials.accessKeyId},
                                           {QStringLiteral("secretKey"), credentials.secretKey},
                                           {QStringLiteral("sessionToken"), credentials.sessionToken}}},
                          {QStringLiteral("endpoint"), owner->queueUrl.toString()}})
            .toJson(QJsonDocument::Compact));
    Q_EMIT credentialsIssuedFor(credentials.accessKeyId);
}

QByteArray AlertsEmulator::presignature(const QString &claimId, qint64 expiresSec) const
{
    return QMessageAuthenticationCode::hash(
        claimId.toUtf8() + '|' + QByteArray::number(expiresSec), m_presignSecret, QCryptographicHash::Sha256)
        .toHex();
}

void AlertsEmulator::handleClaim(const HttpRequest &request, const HttpResponder &responder)
{
    if (!authorized(request, responder))
        return;
    const QString claimId = request.url.path().mid(kClaimPath.size());
    if (!m_claims.contains(claimId)) {
        responder.send(404, gatewayError(404, QStringLiteral("message not found")));
        return;
    }
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + m_options.presignedLifetimeSec;
    QUrl url = apiBase();
    url.setPath(QString::fromLatin1(kDownloadPath) + claimId);
    url.setQuery(QUrlQuery {{QStringLiteral("X-Amz-Expires"), QString::number(expires)},
        {QStringLiteral("X-Amz-Signature"), QString::fromLatin1(presignature(claimId, expires))}});
    ++m_claimsServed;
    const QString doNotRedirect = request.query().queryItemValue(QStringLiteral("doNotRedirect"));
    if (doNotRedirect.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        responder.send(
            200, QJsonDocument(QJsonObject {{QStringLiteral("url"), url.toString()}}).toJson(QJsonDocument::Compact));
        return;
    }
    responder.send(302, QByteArray(), "text/plain", {{"Location", url.toEncoded()}});
}

void AlertsEmulator::handleDownload(const HttpRequest &request, const HttpResponder &responder)
{
    // S3 refuses a presigned request that also carries an Authorization header.
    if (!request.header("authorization").isEmpty()) {
        ++m_downloadsRefused;
        responder.send(400,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InvalidArgument</Code><Message>Only one auth "
            "mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the "
            "Authorization header should be specified</Message></Error>",
            "application/xml");
        return;
    }
    const QString claimId = request.url.path().mid(kDownloadPath.size());
    const QUrlQuery query = request.query();
    const qint64 expires = query.queryItemValue(QStringLiteral("X-Amz-Expires")).toLongLong();
    const bool valid = m_claims.contains(claimId) && expires >= QDateTime::currentSecsSinceEpoch()
        && query.queryItemValue(QStringLiteral("X-Amz-Signature")).toLatin1() == presignature(claimId, expires);
    if (!valid) {
        ++m_downloadsRefused;
        responder.send(403,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Request has "
            "expired or the signature does not match</Message></Error>",
            "application/xml");
        return;
    }
    ++m_downloadsServed;
    responder.send(200, m_claims.value(claimId));
}

QString AlertsEmulator::queueName(const QString &subscriptionId) const
{
    return m_subscriptions.value(subscriptionId).queueName;
}

QStringList AlertsEmulator::subscriptionIds() const
{
    return m_order;
}

QJsonObject AlertsEmulator::subscriptionFilter(const QString &id) const
{
    return m_subscriptions.value(id).filter;
}

void AlertsEmulator::trigger(AlertsFault fault)
{
    switch (fault) {
    case AlertsFault::ExpireCredentials:
        for (const QString &key : std::as_const(m_issuedKeys))
            m_sqs->expireCredentials(key);
        return;
    case AlertsFault::ServerError:
        m_sqs->trigger(SqsFault::ServerError);
        return;
    default:
        ++m_armed[fault];
        return;
    }
}

void AlertsEmulator::tick()
{
    for (const QString &id : std::as_const(m_order)) {
        Subscription &s = m_subscriptions[id];
        publishTo(s, QRandomGenerator::global()->generateDouble() < m_options.largeProbability);
    }
}

QStringList AlertsEmulator::publish(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        for (const QString &id : std::as_const(m_order)) {
            const QString published = publishTo(m_subscriptions[id], false);
            if (!published.isEmpty())
                ids << published;
        }
    return ids;
}

QString AlertsEmulator::publishTo(Subscription &s, bool forceLarge)
{
    auto take = [this](AlertsFault f) {
        auto it = m_armed.find(f);
        if (it == m_armed.end())
            return false;
        if (--it.value() <= 0)
            m_armed.erase(it);
        return true;
    };
    AlertPayloadGenerator::Alert alert = m_generator.next(s.id, s.stories, forceLarge);
    if (!alertMatchesFilter(alert, s.filter))
        return QString();
    QByteArray plaintext = QJsonDocument(alert.json).toJson(QJsonDocument::Compact);
    if (take(AlertsFault::MalformedJson))
        plaintext.chop(plaintext.size() / 3);
    if (take(AlertsFault::ClaimCheck) || plaintext.size() > m_options.claimThresholdBytes) {
        const QString claimId = QString::number(m_nextClaim++);
        m_claims.insert(claimId, plaintext);
        QUrl href = apiBase();
        href.setPath(QString::fromLatin1(kClaimPath) + claimId);
        plaintext = QJsonDocument(
            QJsonObject {{QStringLiteral("href"), href.toString()}, {QStringLiteral("subscriptionID"), s.id},
                {QStringLiteral("ecpMessageID"), alert.ecpMessageId}})
                        .toJson(QJsonDocument::Compact);
    }
    QByteArray nonce(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 3);
    QByteArray sealed = AesGcmEncryptor::seal(s.key, plaintext, QByteArray::fromHex("00000001"), nonce);
    if (take(AlertsFault::BadTag))
        sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 0x5a);
    const QByteArray body = sealed.toBase64();
    m_sqs->enqueue(s.queueName, body);
    if (take(AlertsFault::DuplicateDelivery)) {
        // The same alert again, sealed anew: a different SQS message with the same ecpMessageID.
        m_sqs->enqueue(s.queueName, AesGcmEncryptor::sealToBody(s.key, plaintext));
    }
    ++m_published;
    return alert.ecpMessageId;
}

void AlertsEmulator::registerType()
{
    // Cloud credentials that last two minutes, so a demo shows them being renewed.
    registerEmulator<AlertsEmulator, AlertsEmulatorOptions>(
        QStringLiteral("alerts"), QStringLiteral("the Data Platform alerts emulator"),
        [](AlertsEmulatorOptions &options, const EmulatorOptions &) {
            options.alertsPerSecond = 1.5;
            options.credentialLifetimeSec = 120;
        },
        [](const AlertsEmulator &emulator) {
            return emulator.feedConfig(QStringLiteral("alerts"), QStringLiteral("stories"));
        });
}

} // namespace sb::sim
