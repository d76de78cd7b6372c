#include "filter_box.h"

#include "plain_label.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

const QColor kProblemColor(0xd6, 0x3a, 0x3a);

} // namespace

FilterBox::FilterBox(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_problems(plainLabel(this)) // the problem quotes what was typed
{
    m_edit->setClearButtonEnabled(true);
    m_problems->setObjectName(QStringLiteral("filterProblem"));
    m_problems->setWordWrap(true);
    QPalette pal = m_problems->palette();
    pal.setColor(QPalette::WindowText, kProblemColor);
    m_problems->setPalette(pal);
    m_problems->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_problems);
    setFocusProxy(m_edit);
}

void FilterBox::setProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    QPalette pal = m_edit->palette();
    pal.setColor(QPalette::Text, problems.isEmpty() ? palette().color(QPalette::Text) : kProblemColor);
    m_edit->setPalette(pal);
}

} // namespace sb::ui
