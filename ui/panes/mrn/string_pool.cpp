#include "string_pool.h"

namespace sb::ui {

quint32 StringPool::intern(const QString &text)
{
    auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return it.value();
    const quint32 id = quint32(m_strings.size());
    m_strings.append(text);
    m_ids.insert(text, id);
    return id;
}

} // namespace sb::ui
