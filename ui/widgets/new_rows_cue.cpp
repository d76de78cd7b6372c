#include "new_rows_cue.h"

#include "scroll_anchor.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace sb::ui {

NewRowsCue::NewRowsCue(QAbstractItemView *view, ScrollAnchor *anchor)
    : QFrame(view)
    , m_view(view)
    , m_jump(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_undo(new QToolButton(this))
{
    setObjectName(QStringLiteral("newRowsCue"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_jump->setObjectName(QStringLiteral("jumpToNewest"));
    m_jump->setAutoRaise(true);
    m_jump->setToolTip(tr("Scroll to the newest row"));
    m_note->setObjectName(QStringLiteral("cueNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_undo->setObjectName(QStringLiteral("undoClear"));
    m_undo->setAutoRaise(true);
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Bring the cleared rows back (Ctrl+Z)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 4, 1);
    layout->setSpacing(6);
    layout->addWidget(m_jump);
    layout->addWidget(m_note);
    layout->addWidget(m_undo);

    connect(m_jump, &QToolButton::clicked, this, [this] {
        setNote(QString());
        m_view->scrollToTop();
    });
    connect(m_undo, &QToolButton::clicked, this, &NewRowsCue::undoRequested);
    connect(anchor, &ScrollAnchor::newAboveChanged, this, &NewRowsCue::setNewAbove);
    connect(anchor, &ScrollAnchor::currentDropped, this,
        [this] { setNote(tr("The selected row has left the table; Details still shows it.")); });
    // A row the reader picks replaces the note about the one that left.
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, anchor] {
        if (!anchor->isDroppingCurrent() && !m_noteText.isEmpty())
            setNote(QString());
    });
    view->installEventFilter(this);
    refresh();
}

void NewRowsCue::setNewAbove(int count)
{
    m_newAbove = count;
    refresh();
}

void NewRowsCue::setCleared(int count)
{
    m_cleared = count;
    refresh();
}

void NewRowsCue::setNote(const QString &text)
{
    m_noteText = text;
    refresh();
}

QString NewRowsCue::text() const
{
    QStringList parts;
    if (m_jump->isVisibleTo(this))
        parts << m_jump->text();
    if (m_note->isVisibleTo(this))
        parts << m_note->text();
    if (m_undo->isVisibleTo(this))
        parts << m_undo->text();
    return parts.join(QLatin1Char(' '));
}

void NewRowsCue::refresh()
{
    const QLocale locale;
    m_jump->setText(tr("%1 new above — jump").arg(locale.toString(m_newAbove)));
    m_jump->setVisible(m_newAbove > 0);
    if (!m_noteText.isEmpty())
        m_note->setText(m_noteText);
    else if (m_cleared > 0)
        m_note->setText(tr("Cleared %1 rows", nullptr, m_cleared).arg(locale.toString(m_cleared)));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    m_undo->setVisible(m_cleared > 0);
    setVisible(m_newAbove > 0 || !m_note->text().isEmpty());
    if (isVisibleTo(m_view)) {
        adjustSize();
        place();
        raise();
    }
}

void NewRowsCue::place()
{
    // Centred over the top of the rows, below the column headers.
    const QRect rows = m_view->viewport()->geometry();
    const QSize size = sizeHint().boundedTo(rows.size());
    move(rows.left() + (rows.width() - size.width()) / 2, rows.top() + 2);
    resize(size);
}

bool NewRowsCue::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace sb::ui
