// switchboard-relay: one upstream consumer for a team. Runs the configured feeds headless and publishes every event
// to a NATS JetStream stream, from which the desks read (issue #18).
#include "config/app_config.h"
#include "config/keychain_resolution.h"
#include "pipeline/feed_registry.h"
#include "relay_command.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    sb::registerBuiltinFeeds();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs the configured feeds and publishes every event to a NATS JetStream stream."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption config(
        QStringLiteral("config"), QStringLiteral("Config file with a \"relay\" section."), QStringLiteral("FILE"));
    parser.addOption(config);
    parser.process(app);
    if (!parser.isSet(config) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "usage: switchboard-relay --config FILE\n");
        return 64;
    }

    sb::AppConfig appConfig;
    QString error;
    auto fatal = [&](const QString &message) {
        std::fprintf(stderr, "switchboard-relay: %s\n", qPrintable(message));
        return 2;
    };
    if (!sb::AppConfig::load(parser.value(config), appConfig, &error))
        return fatal(error);
    if (appConfig.relay.isEmpty())
        return fatal(QStringLiteral("%1 has no \"relay\" section (natsUrl, stream, …)").arg(parser.value(config)));
    QJsonObject relayJson = appConfig.relay;
    if (!sb::resolveKeychainReferences(&relayJson, QStringLiteral("section \"relay\""), &error))
        return fatal(error);
    sb::relay::RelayOptions options;
    if (!sb::RelayConfig::fromJson(relayJson, &options.relay, &error))
        return fatal(error);
    for (QJsonObject feed : appConfig.feeds) {
        if (!feed.value(QStringLiteral("enabled")).toBool(true))
            continue;
        const QString subject = QStringLiteral("feed \"%1\"").arg(feed.value(QStringLiteral("name")).toString());
        if (!sb::resolveKeychainReferences(&feed, subject, &error))
            return fatal(error);
        options.feeds.append(feed);
    }
    if (options.feeds.isEmpty())
        return fatal(QStringLiteral("%1 has no enabled feed to relay").arg(parser.value(config)));
    return sb::relay::runRelay(options);
}
