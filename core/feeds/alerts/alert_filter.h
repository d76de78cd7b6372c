#pragma once

#include <QJsonObject>
#include <QStringList>

namespace sb {

// What a user asks alerts for, and the filter JSON the Data Platform takes for it (reference §4.1): an operator
// node ("and" or "or") over operands {"type":"language","value":"L:en"}, {"type":"newscode","value":"R:VOD.L"},
// {"type":"urgency","value":…} and {"type":"freetext","match":"contains","value":…}. An empty filter asks for
// everything the account may see.
struct AlertFilter
{
    QString language; // "en", or empty for any
    int maxUrgency = 0; // 1 (flash) .. 3; 0 for any
    QStringList codes; // RICs ("VOD.L", sent as "R:VOD.L") and news codes ("N2:TEL", "P:…") as typed
    QString text; // free text the headline contains
    bool matchAny = false; // "or" instead of "and"

    bool isEmpty() const { return language.isEmpty() && maxUrgency == 0 && codes.isEmpty() && text.isEmpty(); }
    QJsonObject toJson() const;
    // Reads back what toJson() wrote (for the editor); other shapes give an empty filter and false.
    static bool fromJson(const QJsonObject &json, AlertFilter &out);
    // "R:VOD.L" for a bare RIC; a code that already has a scheme ("N2:", "P:", "R:") stays as it is.
    static QString newsCode(const QString &typed);
};

} // namespace sb
