#include "pane_registry.h"

#include "feed_pane.h"

namespace sb::ui {

void PaneRegistry::add(const QString &type, Factory factory)
{
    m_factories.insert(type, std::move(factory));
}

QStringList PaneRegistry::types() const
{
    QStringList out = m_factories.keys();
    out.sort();
    return out;
}

FeedPane *PaneRegistry::create(const PaneContext &context, QWidget *parent) const
{
    auto it = m_factories.constFind(context.feedType);
    if (it != m_factories.constEnd())
        return it.value()(context, parent);
    return m_fallback ? m_fallback(context, parent) : nullptr;
}

} // namespace sb::ui
