#pragma once

#include "pane_context.h"

#include <QHash>
#include <QString>

#include <functional>

class QWidget;

namespace sb::ui {

class FeedPane;

// Pane factories by feed type ("mrn" → the news blotter). A later feed registers its own pane; nothing switches on
// the type. A feed whose type has no pane gets the fallback.
class PaneRegistry
{
public:
    using Factory = std::function<FeedPane *(const PaneContext &context, QWidget *parent)>;

    void add(const QString &type, Factory factory);
    void setFallback(Factory factory) { m_fallback = std::move(factory); }
    bool contains(const QString &type) const { return m_factories.contains(type); }
    QStringList types() const;
    // Null when the type is unknown and there is no fallback.
    FeedPane *create(const PaneContext &context, QWidget *parent) const;

private:
    QHash<QString, Factory> m_factories;
    Factory m_fallback;
};

} // namespace sb::ui
