#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::sim {

struct MrnCompany
{
    QString name;
    QString ric;
    QString permId;
    QString countryCode; // N2: code of its home market
};

// The words of one language for the story generator. Templates hold placeholders: {co} company, {ric}, {city},
// {date}, {pct}, {num}, {bn}, {rate}, {q}, {yr}, {price}.
struct MrnLanguagePack
{
    QString code; // ISO 639-1, the story's "language"
    QString languageN2; // the N2: language code in "subjects"
    int weight = 1; // relative share of the generated articles
    QString dateFormat; // QLocale format of {date}
    QString dateline; // opens the body
    QString closing; // ends the body; may be empty
    QStringList cities;
    QStringList headlines;
    QStringList sentences;
    QStringList alerts; // urgency-1 headlines; empty: this language has no alerts
    QList<MrnCompany> companies;
};

// Text and codes for realistic MRN stories in several languages, with real (non-ASCII) UTF-8.
class MrnStoryCorpus
{
public:
    static const QList<MrnLanguagePack> &languages();
    static const MrnLanguagePack &english();
    static QStringList topicCodes(); // N2: subject codes
    static QStringList geographyCodes(); // G: codes
    static QStringList marketCodes(); // M: codes
    static QStringList audiences(); // NP: codes
    static QStringList reporters();
};

} // namespace sb::sim
