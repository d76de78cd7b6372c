#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace sb::ui {

// Interns the few distinct strings that repeat on every row (feeds, kinds, languages, providers, subject codes), so
// a row holds small ids instead of one string allocation each, and filters compare integers.
class StringPool
{
public:
    static constexpr quint32 kNone = ~0u;

    quint32 intern(const QString &text);
    quint32 find(const QString &text) const { return m_ids.value(text, kNone); }
    const QString &at(quint32 id) const { return m_strings.at(qsizetype(id)); }
    int size() const { return int(m_strings.size()); }

private:
    QHash<QString, quint32> m_ids;
    QVector<QString> m_strings;
};

} // namespace sb::ui
