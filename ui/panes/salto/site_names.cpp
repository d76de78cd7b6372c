#include "site_names.h"

#include <QRegularExpression>

namespace sb::ui {

bool SiteNames::learn(const EventBatch &events)
{
    static const QLatin1String prefix("site_id:");
    bool learnt = false;
    for (const Event &e : events) {
        if (e.source.isEmpty())
            continue;
        for (const QString &tag : e.tags) {
            if (!tag.startsWith(prefix))
                continue;
            QString &known = m_names[tag.mid(prefix.size())];
            learnt |= known != e.source;
            known = e.source;
            break;
        }
    }
    return learnt;
}

QString SiteNames::readable(const QString &text) const
{
    static const QRegularExpression uuid(
        QStringLiteral("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = uuid.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m_names.value(m.captured());
        out += name.isEmpty() ? m.captured().left(8) + QChar(0x2026) : name;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    // Ids that are not UUIDs are replaced whole, when known.
    for (auto n = m_names.cbegin(); n != m_names.cend(); ++n)
        if (!uuid.match(n.key()).hasMatch())
            out.replace(QStringLiteral("site ") + n.key(), QStringLiteral("site ") + n.value());
    return out;
}

} // namespace sb::ui
