#include "readable_code.h"

namespace sb::ui {

QString readableCode(const QString &code)
{
    QString words = code.simplified();
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    words = words.simplified().toLower();
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString readableFieldName(const QString &name)
{
    QString out;
    out.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool upper = c.isUpper();
        const bool startsWord = i > 0 && upper
            && (name.at(i - 1).isLower()
                || (i + 1 < name.size() && name.at(i + 1).isLower() && name.at(i - 1).isUpper()));
        if (startsWord)
            out += QLatin1Char(' ');
        // An acronym (VIP) keeps its capitals; a word after the first is lower-cased.
        const bool inAcronym = upper
            && ((i + 1 < name.size() && name.at(i + 1).isUpper())
                || (i > 0 && name.at(i - 1).isUpper() && !(i + 1 < name.size() && name.at(i + 1).isLower())));
        out += (startsWord && !inAcronym) ? c.toLower() : c;
    }
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    return out.simplified();
}

} // namespace sb::ui
