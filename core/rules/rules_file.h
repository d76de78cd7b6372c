#pragma once

#include "rule.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace sb {

// Reads a rules file: {"rules":[{"name":…, "query":…, "enabled":…, "colour":…, "sound":…, "notify":…, "watch":…,
// "requireAck":…, "repeatSec":…, "escalateAfterSec":…}]}. Every rule is checked as it is read, so a file that loads
// holds only rules that can run: a missing or repeated name, a missing or malformed query, an unknown key or a value
// of the wrong type fails the whole load with the rule named (and, for a query, its token), rather than a rule that
// silently never matches.
class RulesFile
{
public:
    static std::optional<QVector<Rule>> parse(const QByteArray &json, QString *error);
    // The error names the file as well.
    static std::optional<QVector<Rule>> read(const QString &path, QString *error);
    // The file parse() reads back as the same rules, in order. Keys at their default are left out, so a rule written
    // by the desk reads like one written by hand.
    static QByteArray serialize(const QVector<Rule> &rules);
    // serialize() into `path` atomically (QSaveFile): a reader sees the old file or the new one, never half of it.
    // The error names the file.
    static bool write(const QString &path, const QVector<Rule> &rules, QString *error);
};

} // namespace sb
