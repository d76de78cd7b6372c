#include "alert_filter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sb {

QString AlertFilter::newsCode(const QString &typed)
{
    const QString code = typed.trimmed();
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z0-9]{1,3}:"));
    return scheme.match(code).hasMatch() ? code : QString(QStringLiteral("R:") + code);
}

QJsonObject AlertFilter::toJson() const
{
    if (isEmpty())
        return {};
    QJsonArray operands;
    if (!language.isEmpty())
        operands.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("language")},
            {QStringLiteral("value"), QString(QStringLiteral("L:") + language.trimmed())}});
    if (maxUrgency > 0)
        operands.append(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("urgency")}, {QStringLiteral("value"), maxUrgency}});
    for (const QString &c : codes)
        if (!c.trimmed().isEmpty())
            operands.append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("newscode")}, {QStringLiteral("value"), newsCode(c)}});
    if (!text.trimmed().isEmpty())
        operands.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("freetext")},
            {QStringLiteral("match"), QStringLiteral("contains")}, {QStringLiteral("value"), text.trimmed()}});
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("operator")},
        {QStringLiteral("operator"), matchAny ? QStringLiteral("or") : QStringLiteral("and")},
        {QStringLiteral("operands"), operands}};
}

bool AlertFilter::fromJson(const QJsonObject &json, AlertFilter &out)
{
    out = AlertFilter();
    if (json.isEmpty())
        return true;
    const QString op = json.value(QStringLiteral("operator")).toString();
    if (op != QLatin1String("and") && op != QLatin1String("or"))
        return false;
    out.matchAny = op == QLatin1String("or");
    for (const QJsonValue &v : json.value(QStringLiteral("operands")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        const QString value = o.value(QStringLiteral("value")).toVariant().toString();
        if (type == QLatin1String("language"))
            out.language = value.startsWith(QLatin1String("L:")) ? value.mid(2) : value;
        else if (type == QLatin1String("urgency"))
            out.maxUrgency = value.toInt();
        else if (type == QLatin1String("newscode"))
            out.codes << (value.startsWith(QLatin1String("R:")) ? value.mid(2) : value);
        else if (type == QLatin1String("freetext"))
            out.text = value;
        else {
            out = AlertFilter();
            return false;
        }
    }
    return true;
}

} // namespace sb
