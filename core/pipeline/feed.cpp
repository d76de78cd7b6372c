#include "feed.h"

#include "auth/oauth2_token_client.h"
#include "decode_worker.h"
#include "feed_metrics.h"
#include "net/tls_settings.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace sb {

Feed::Feed(QString name, QString type, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_type(std::move(type))
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<sb::FeedState>();
    qRegisterMetaType<sb::FeedError>();
}

Feed::~Feed() = default;

void Feed::attach(DecodeWorker *worker, FeedMetrics *metrics)
{
    m_worker = worker;
    m_metrics = metrics;
}

void Feed::setState(FeedState state, const QString &text)
{
    if (state == m_state && text == m_statusText)
        return;
    m_state = state;
    m_statusText = text;
    Q_EMIT stateChanged(state, text);
}

OAuth2TokenClient *Feed::createTokenClient(
    QNetworkAccessManager *network, const QSslConfiguration &tls, const OAuth2Config &config)
{
    auto *client = new OAuth2TokenClient(network, tls, config, this);
    client->setFeedName(m_name);
    client->setClock([this] { return nowMs(); });
    connect(client, &OAuth2TokenClient::retrying, this, [this](const FeedError &e) {
        reportError(e);
        setState(FeedState::Authenticating, e.message);
    });
    return client;
}

QNetworkAccessManager *Feed::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

bool Feed::buildTls(const QString &caFile)
{
    QString problem;
    if (TlsSettings::build(caFile, m_tls, &problem))
        return true;
    fail(error(FeedError::Stage::Connect, QStringLiteral("tls_ca"), problem, false));
    return false;
}

void Feed::reportError(FeedError error)
{
    error.feed = m_name;
    if (error.timeMs == 0)
        error.timeMs = nowMs();
    Q_EMIT errorOccurred(error);
}

void Feed::fail(FeedError error)
{
    error.feed = m_name;
    error.retryable = false;
    if (error.timeMs == 0)
        error.timeMs = nowMs();
    Q_EMIT errorOccurred(error);
    setState(FeedState::Failed, error.message);
    Q_EMIT failed(error);
}

bool Feed::post(RawFrame &&frame)
{
    if (m_metrics && !frame.isMarker()) {
        m_metrics->frames.fetch_add(1, std::memory_order_relaxed);
        m_metrics->bytes.fetch_add(quint64(frame.byteSize()), std::memory_order_relaxed);
    }
    return m_worker && m_worker->post(std::move(frame));
}

void Feed::handleCommand(const QJsonObject &command)
{
    QJsonObject result {{QStringLiteral("op"), command.value(QStringLiteral("op"))}, {QStringLiteral("ok"), false},
        {QStringLiteral("error"), QStringLiteral("the %1 feed takes no commands").arg(m_type)}};
    if (command.contains(QStringLiteral("id")))
        result.insert(QStringLiteral("id"), command.value(QStringLiteral("id")));
    Q_EMIT commandResult(result);
}

void Feed::stopGracefully()
{
    stop();
    Q_EMIT stopped();
}

} // namespace sb
