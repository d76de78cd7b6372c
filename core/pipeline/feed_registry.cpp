#include "feed_registry.h"

namespace sb {

FeedRegistry &FeedRegistry::instance()
{
    static FeedRegistry registry;
    return registry;
}

void FeedRegistry::add(const QString &type, Entry entry)
{
    m_entries.insert(type, std::move(entry));
}

QStringList FeedRegistry::types() const
{
    QStringList out = m_entries.keys();
    out.sort();
    return out;
}

std::unique_ptr<Feed> FeedRegistry::createFeed(const QJsonObject &config, QString *error) const
{
    const QString type = config.value(QStringLiteral("type")).toString();
    auto it = m_entries.find(type);
    if (it == m_entries.end()) {
        if (error)
            *error
                = QStringLiteral("unknown feed type \"%1\" (known: %2)").arg(type, types().join(QStringLiteral(", ")));
        return nullptr;
    }
    return it->createFeed(config, error);
}

std::unique_ptr<FrameDecoder> FeedRegistry::createDecoder(const QString &type, const QString &feedName) const
{
    auto it = m_entries.find(type);
    return it == m_entries.end() ? nullptr : it->createDecoder(feedName);
}

} // namespace sb
