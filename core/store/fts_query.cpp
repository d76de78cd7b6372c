#include "fts_query.h"

#include <QRegularExpression>
#include <QStringList>

namespace sb {

QString toFts5Query(const QString &userText)
{
    QStringList parts;
    bool pendingOr = false;
    const QStringList words = userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (word == QLatin1String("OR")) {
            pendingOr = !parts.isEmpty();
            continue;
        }
        const bool prefix = word.endsWith(QLatin1Char('*')) && word.size() > 1;
        if (prefix)
            word.chop(1);
        word.remove(QLatin1Char('*'));
        if (word.isEmpty())
            continue;
        QString quoted
            = QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        if (prefix)
            quoted += QLatin1Char('*');
        if (pendingOr)
            parts.last() = parts.last() + QStringLiteral(" OR ") + quoted;
        else
            parts << quoted;
        pendingOr = false;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace sb
