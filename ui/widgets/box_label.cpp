#include "box_label.h"

#include <QAction>
#include <QIcon>
#include <QLineEdit>
#include <QStyle>

namespace sb::ui {
namespace {

void label(QLineEdit *edit, const QString &role, const QIcon &icon, const QString &examples)
{
    QAction *action = edit->addAction(icon, QLineEdit::LeadingPosition);
    action->setText(role);
    action->setToolTip(role);
    edit->setAccessibleName(role);
    edit->setProperty(BoxLabel::kRoleProperty, role);
    edit->setPlaceholderText(examples.isEmpty() ? role : QStringLiteral("%1: %2").arg(role, examples));
}

} // namespace

void BoxLabel::asRowFilter(QLineEdit *edit, const QString &examples)
{
    const QIcon fallback = edit->style()->standardIcon(QStyle::SP_FileDialogListView);
    label(edit, tr("Filter shown rows"), QIcon::fromTheme(QStringLiteral("view-filter"), fallback), examples);
}

void BoxLabel::asHistorySearch(QLineEdit *edit, const QString &examples)
{
    const QIcon fallback = edit->style()->standardIcon(QStyle::SP_FileDialogContentsView);
    label(edit, tr("Search history"), QIcon::fromTheme(QStringLiteral("edit-find"), fallback), examples);
}

QString BoxLabel::of(const QLineEdit *edit)
{
    return edit->property(kRoleProperty).toString();
}

} // namespace sb::ui
