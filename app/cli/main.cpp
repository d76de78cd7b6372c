// switchboard-cli: the headless product. Subcommands: listen, replay, demo, search, alarms, secret.
#include "alarms_command.h"
#include "config/app_config.h"
#include "demo_command.h"
#include "listen_command.h"
#include "pipeline/feed_registry.h"
#include "relay/relay_feed.h"
#include "replay_command.h"
#include "rules/rule_set.h"
#include "search_command.h"
#include "secret_command.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#include <malloc.h>

namespace {

// A listening CLI allocates Events on the decode thread and frees them on the main thread once printed, megabytes a
// batch. With glibc's sliding defaults every batch freed shrinks the heaps and every new one grows them again, so the
// decode thread spent a fifth of its time in sysmalloc and the io thread's socket reads landed on fresh pages (page
// faults in the copy). Keeping up to 64 MiB of freed memory, and serving buffers up to 32 MiB from the heaps rather
// than one mmap each, lets the next batch reuse warm pages.
void keepFreedMemoryForReuse()
{
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
}

int usage(const char *message = nullptr)
{
    if (message)
        std::fprintf(stderr, "switchboard-cli: %s\n", message);
    std::fprintf(stderr,
        "usage:\n"
        "  switchboard-cli listen <feed> --config FILE [--count N] [--timeout S] [--record FILE] [--store FILE]\n"
        "                         [--filter QUERY] [--line-buffered] [--rules RULES]\n"
        "  switchboard-cli replay <type> FILE [--stats] [--filter QUERY] [--line-buffered] [--rules RULES]\n"
        "  switchboard-cli demo [--count N] [--line-buffered]\n"
        "  switchboard-cli search \"query\" [--feed F] [--since T] [--limit N] [--store FILE]\n"
        "  switchboard-cli alarms [--open] [--history FILE]\n"
        "  switchboard-cli secret set NAME      (the value from standard input)\n"
        "  switchboard-cli secret delete NAME\n");
    return 64;
}

} // namespace

int main(int argc, char **argv)
{
    keepFreedMemoryForReuse();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    sb::registerBuiltinFeeds();
    sb::RelayFeed::registerType();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("listen, replay, demo, search, alarms or secret"));
    QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Config file."), QStringLiteral("FILE"));
    QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Exit after N events."), QStringLiteral("N"));
    QCommandLineOption timeout(
        QStringLiteral("timeout"), QStringLiteral("Exit 3 after S seconds."), QStringLiteral("S"));
    QCommandLineOption record(
        QStringLiteral("record"), QStringLiteral("Record raw frames to FILE."), QStringLiteral("FILE"));
    QCommandLineOption stats(QStringLiteral("stats"), QStringLiteral("Print one summary line."));
    QCommandLineOption feed(QStringLiteral("feed"), QStringLiteral("Search one feed only."), QStringLiteral("F"));
    QCommandLineOption since(QStringLiteral("since"),
        QStringLiteral("Search events received since T (ISO time or 2h, 7d)."), QStringLiteral("T"));
    QCommandLineOption limit(
        QStringLiteral("limit"), QStringLiteral("Print at most N matches."), QStringLiteral("N"), QStringLiteral("50"));
    QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("History database (default: the desk's)."), QStringLiteral("FILE"));
    QCommandLineOption lineBuffered(QStringLiteral("line-buffered"),
        QStringLiteral("Write each event as soon as it is decoded (the default on a terminal)."));
    QCommandLineOption rules(QStringLiteral("rules"),
        QStringLiteral("Rules file: each event names the rules it matched (\"rules\"); with --stats, hits per rule."),
        QStringLiteral("RULES"));
    QCommandLineOption filter(QStringLiteral("filter"),
        QStringLiteral("Print only the events QUERY matches (the desk's filter syntax)."), QStringLiteral("QUERY"));
    QCommandLineOption openOnly(QStringLiteral("open"), QStringLiteral("alarms: only those not closed."));
    QCommandLineOption history(
        QStringLiteral("history"), QStringLiteral("alarms: history database (as --store)."), QStringLiteral("FILE"));
    parser.addOptions({config, count, timeout, record, stats, feed, since, limit, store, lineBuffered, rules, filter,
        openOnly, history});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage();
    const QString command = args.first();

    bool ok = true;
    const qint64 n = parser.isSet(count) ? parser.value(count).toLongLong(&ok) : -1;
    if (!ok || n < -1)
        return usage("--count needs a number");
    const int seconds = parser.isSet(timeout) ? parser.value(timeout).toInt(&ok) : 0;
    if (!ok || seconds < 0)
        return usage("--timeout needs a number of seconds");

    std::shared_ptr<const sb::RuleSet> ruleSet;
    if (parser.isSet(rules)) {
        QString error;
        std::optional<sb::RuleSet> loaded = sb::RuleSet::load(parser.value(rules), &error);
        if (!loaded) {
            // Like a config that does not load: fatal, naming the rule.
            std::fprintf(stderr, "switchboard-cli: %s\n", qPrintable(error));
            return 2;
        }
        ruleSet = std::make_shared<const sb::RuleSet>(std::move(*loaded));
    }

    if (command == QLatin1String("listen")) {
        if (args.size() != 2 || !parser.isSet(config))
            return usage("listen needs a feed name and --config FILE");
        sb::AppConfig appConfig;
        QString error;
        if (!sb::AppConfig::load(parser.value(config), appConfig, &error)) {
            // A config that does not load is fatal like a feed's config error, not a usage error.
            std::fprintf(stderr, "switchboard-cli: %s\n", qPrintable(error));
            return 2;
        }
        sb::cli::ListenOptions options;
        options.feedConfig = appConfig.feed(args.at(1));
        if (options.feedConfig.isEmpty()) {
            const QString message
                = QStringLiteral("no feed named \"%1\" in %2 (feeds: %3)")
                      .arg(args.at(1), parser.value(config), appConfig.feedNames().join(QStringLiteral(", ")));
            return usage(qPrintable(message));
        }
        if (!sb::cli::resolveKeychainReferences(&options.feedConfig, &error)) {
            std::fprintf(stderr, "switchboard-cli: %s\n", qPrintable(error));
            return 2;
        }
        options.count = n;
        options.timeoutSec = seconds;
        options.recordPath = parser.value(record);
        options.storePath = parser.value(store);
        options.lineBuffered = parser.isSet(lineBuffered);
        options.rules = ruleSet;
        options.filter = parser.value(filter);
        return sb::cli::runListen(options);
    }
    if (command == QLatin1String("replay")) {
        if (args.size() != 3)
            return usage("replay needs a feed type and a capture file");
        return sb::cli::runReplay(
            args.at(1), args.at(2), parser.isSet(stats), parser.isSet(lineBuffered), ruleSet, parser.value(filter));
    }
    if (command == QLatin1String("search")) {
        if (args.size() != 2)
            return usage("search needs one query (quote it)");
        sb::cli::SearchOptions options;
        options.query = args.at(1);
        options.feed = parser.value(feed);
        options.since = parser.value(since);
        options.limit = parser.value(limit).toInt(&ok);
        if (!ok || options.limit <= 0)
            return usage("--limit needs a positive number");
        options.storePath = parser.value(store);
        return sb::cli::runSearch(options);
    }
    if (command == QLatin1String("alarms")) {
        if (args.size() != 1)
            return usage("alarms takes no arguments, only --open and --history FILE");
        return sb::cli::runAlarms(
            parser.isSet(openOnly), parser.isSet(history) ? parser.value(history) : parser.value(store));
    }
    if (command == QLatin1String("secret")) {
        if (args.size() != 3 || (args.at(1) != QLatin1String("set") && args.at(1) != QLatin1String("delete")))
            return usage("secret needs set NAME or delete NAME (the value is read from standard input)");
        return args.at(1) == QLatin1String("set") ? sb::cli::runSecretSet(args.at(2))
                                                  : sb::cli::runSecretDelete(args.at(2));
    }
    if (command == QLatin1String("demo"))
        return sb::cli::runDemo(n, seconds, parser.isSet(lineBuffered));
    return usage("unknown command");
}
