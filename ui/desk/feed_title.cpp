#include "feed_title.h"

namespace sb::ui {
namespace {

struct ServiceName
{
    const char *type;
    const char *title;
    const char *shortTitle;
};

// QT_TRANSLATE_NOOP so the table stays one table and still reaches the translators.
constexpr ServiceName kServices[] = {
    {"mrn", QT_TRANSLATE_NOOP("FeedTitle", "LSEG News (MRN)"), QT_TRANSLATE_NOOP("FeedTitle", "News (MRN)")},
    {"alerts", QT_TRANSLATE_NOOP("FeedTitle", "News alerts"), QT_TRANSLATE_NOOP("FeedTitle", "Alerts")},
    {"salto", QT_TRANSLATE_NOOP("FeedTitle", "Door incidents (Salto)"),
        QT_TRANSLATE_NOOP("FeedTitle", "Doors (Salto)")},
    {"opera", QT_TRANSLATE_NOOP("FeedTitle", "Hotel events (OPERA)"), QT_TRANSLATE_NOOP("FeedTitle", "Hotel (OPERA)")},
    {"pubsub", QT_TRANSLATE_NOOP("FeedTitle", "Topic inspector"), QT_TRANSLATE_NOOP("FeedTitle", "Topics (Pub/Sub)")},
};

const ServiceName *find(const QString &type)
{
    for (const ServiceName &s : kServices)
        if (type == QLatin1String(s.type))
            return &s;
    return nullptr;
}

QString withName(const QString &service, const FeedInfo &feed)
{
    // A name that only repeats the type ("mrn") adds nothing; "london-opera" tells two hotel feeds apart.
    if (feed.name.isEmpty() || feed.name.compare(feed.type, Qt::CaseInsensitive) == 0 || feed.name == service)
        return service;
    return FeedTitle::tr("%1 — %2").arg(service, feed.name);
}

} // namespace

QString FeedTitle::service(const QString &type)
{
    const ServiceName *s = find(type);
    return s ? tr(s->title) : type;
}

QString FeedTitle::shortService(const QString &type)
{
    const ServiceName *s = find(type);
    return s ? tr(s->shortTitle) : type;
}

QString FeedTitle::of(const FeedInfo &feed)
{
    if (!find(feed.type))
        return feed.name.isEmpty() ? feed.type : feed.name;
    return withName(service(feed.type), feed);
}

QString FeedTitle::shortOf(const FeedInfo &feed)
{
    if (!find(feed.type))
        return feed.name.isEmpty() ? feed.type : feed.name;
    return withName(shortService(feed.type), feed);
}

} // namespace sb::ui
