#include "rules_file.h"

#include "config/config_object_reader.h"
#include "event/fail_with.h"
#include "query/query.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace sb {

namespace {

// #rgb, #rrggbb or #aarrggbb: what QColor reads, checked here because the core does not link Qt GUI.
bool isColour(const QString &text)
{
    if (!text.startsWith(QLatin1Char('#')) || (text.size() != 4 && text.size() != 7 && text.size() != 9))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

bool fail(QString *error, const QString &message)
{
    return failWith(error, message);
}

bool readRule(const QJsonValue &value, qsizetype index, const QSet<QString> &taken, Rule *rule, QString *error)
{
    const QString position = QStringLiteral("rule %1").arg(index + 1);
    if (!value.isObject())
        return fail(error, position + QStringLiteral(": must be an object"));
    const QJsonObject json = value.toObject();
    const QJsonValue name = json.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(error, position + QStringLiteral(": key \"name\" is required (a non-empty string)"));
    rule->name = name.toString();
    const QString subject = QStringLiteral("rule \"%1\"").arg(rule->name);
    if (taken.contains(rule->name))
        return fail(error, subject + QStringLiteral(": the name is used by an earlier rule; names are unique"));

    ConfigObjectReader reader(subject, json);
    reader.string(QStringLiteral("name"));
    const QJsonValue query = reader.value(QStringLiteral("query"));
    if (!query.isString())
        return fail(error, subject + QStringLiteral(": key \"query\" is required (a string)"));
    rule->query = query.toString();
    rule->enabled = reader.boolean(QStringLiteral("enabled"), true);
    rule->colour = reader.string(QStringLiteral("colour"));
    rule->sound = reader.string(QStringLiteral("sound"));
    rule->notify = reader.boolean(QStringLiteral("notify"), false);
    rule->watch = reader.boolean(QStringLiteral("watch"), false);
    rule->requireAck = reader.boolean(QStringLiteral("requireAck"), false);
    rule->repeatSec = reader.integer(QStringLiteral("repeatSec"), 0);
    rule->escalateAfterSec = reader.integer(QStringLiteral("escalateAfterSec"), 0);
    if (!rule->colour.isEmpty() && !isColour(rule->colour))
        reader.fail(QStringLiteral("key \"colour\" must be #rrggbb, got \"%1\"").arg(rule->colour.left(40)));
    if (reader.hasError())
        return fail(error, reader.error());

    query::QueryError queryError;
    if (!query::Query::parse(rule->query, &queryError))
        return fail(error, subject + QStringLiteral(": ") + queryError.text());
    return true;
}

} // namespace

std::optional<QVector<Rule>> RulesFile::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, QStringLiteral("must be an object {\"rules\": […]}"));
        return std::nullopt;
    }
    ConfigObjectReader top(QStringLiteral("top level"), document.object());
    const QJsonValue list = top.value(QStringLiteral("rules"));
    if (!list.isArray()) {
        fail(error, QStringLiteral("key \"rules\" is required (an array)"));
        return std::nullopt;
    }
    if (top.hasError()) {
        fail(error, top.error());
        return std::nullopt;
    }
    const QJsonArray array = list.toArray();
    QVector<Rule> rules;
    rules.reserve(array.size());
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Rule rule;
        if (!readRule(array.at(i), i, names, &rule, error))
            return std::nullopt;
        names.insert(rule.name);
        rules.append(std::move(rule));
    }
    return rules;
}

QByteArray RulesFile::serialize(const QVector<Rule> &rules)
{
    const Rule defaults;
    QJsonArray array;
    for (const Rule &rule : rules) {
        QJsonObject json;
        json.insert(QLatin1String("name"), rule.name);
        json.insert(QLatin1String("query"), rule.query);
        if (rule.enabled != defaults.enabled)
            json.insert(QLatin1String("enabled"), rule.enabled);
        if (!rule.colour.isEmpty())
            json.insert(QLatin1String("colour"), rule.colour);
        if (!rule.sound.isEmpty())
            json.insert(QLatin1String("sound"), rule.sound);
        if (rule.notify != defaults.notify)
            json.insert(QLatin1String("notify"), rule.notify);
        if (rule.watch != defaults.watch)
            json.insert(QLatin1String("watch"), rule.watch);
        if (rule.requireAck != defaults.requireAck)
            json.insert(QLatin1String("requireAck"), rule.requireAck);
        if (rule.repeatSec != defaults.repeatSec)
            json.insert(QLatin1String("repeatSec"), rule.repeatSec);
        if (rule.escalateAfterSec != defaults.escalateAfterSec)
            json.insert(QLatin1String("escalateAfterSec"), rule.escalateAfterSec);
        array.append(json);
    }
    QJsonObject top;
    top.insert(QLatin1String("rules"), array);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

bool RulesFile::write(const QString &path, const QVector<Rule> &rules, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(rules)) < 0 || !file.commit())
        return fail(error, QStringLiteral("rules file %1: %2").arg(path, file.errorString()));
    return true;
}

std::optional<QVector<Rule>> RulesFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("rules file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString problem;
    std::optional<QVector<Rule>> rules = parse(file.readAll(), &problem);
    if (!rules)
        fail(error, QStringLiteral("rules file %1: %2").arg(path, problem));
    return rules;
}

} // namespace sb
