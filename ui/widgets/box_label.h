#pragma once

#include <QCoreApplication>
#include <QString>

class QLineEdit;

namespace sb::ui {

// A pane can hold two text boxes that look alike and do different things: one narrows the rows on screen, the
// other searches the stored history. Each says which it is with a leading icon (its tooltip and accessible name
// carry the words) and a placeholder that starts with the same words, so the role stays visible while typing.
class BoxLabel
{
    Q_DECLARE_TR_FUNCTIONS(BoxLabel)
public:
    static constexpr const char *kRoleProperty = "sbBoxRole";

    // `examples` follows the role in the placeholder: "Filter shown rows: lang:en  R:VOD.L …".
    static void asRowFilter(QLineEdit *edit, const QString &examples);
    static void asHistorySearch(QLineEdit *edit, const QString &examples);
    // The words a box is labelled with ("Filter shown rows"), empty for an unlabelled box.
    static QString of(const QLineEdit *edit);
};

} // namespace sb::ui
