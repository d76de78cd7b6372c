#include "alarms_pane.h"

#include "alarm_table_model.h"
#include "alarms/alarm_board.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb::ui {

AlarmsPane::AlarmsPane(AlarmBoard *board, AlarmClock clock, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_clock(std::move(clock))
    , m_model(new AlarmTableModel(this))
    , m_view(new QTableView(this))
    , m_openOnly(new QCheckBox(tr("Open only"), this))
    , m_note(new QLineEdit(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_investigate(new QPushButton(tr("Investigate"), this))
    , m_snooze(new QToolButton(this))
    , m_close(new QPushButton(tr("Close alarm"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("alarmsPane"));
    m_openOnly->setObjectName(QStringLiteral("alarmsOpenOnly"));
    m_note->setObjectName(QStringLiteral("alarmNote"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setClearButtonEnabled(true);
    m_acknowledge->setObjectName(QStringLiteral("alarmAcknowledge"));
    m_investigate->setObjectName(QStringLiteral("alarmInvestigate"));
    m_close->setObjectName(QStringLiteral("alarmClose"));
    m_snooze->setObjectName(QStringLiteral("alarmSnooze"));
    m_snooze->setText(tr("Snooze"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    auto *snoozeMenu = new QMenu(m_snooze);
    const QList<QPair<QString, qint64>> spans {{tr("5 minutes"), 5LL * 60 * 1000}, {tr("15 minutes"), 15LL * 60 * 1000},
        {tr("1 hour"), 3600LL * 1000}, {tr("4 hours"), 4 * 3600LL * 1000}};
    for (const auto &[text, ms] : spans)
        snoozeMenu->addAction(text, this, [this, ms = ms] { snoozeFor(ms); });
    m_snooze->setMenu(snoozeMenu);
    m_message->setObjectName(QStringLiteral("alarmMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // a refusal quotes operator names and notes
    m_message->hide();

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Who did what last, with the note, is what the operator reads: it takes the room left over.
    for (int column : {AlarmTableModel::State, AlarmTableModel::Rule, AlarmTableModel::Feed, AlarmTableModel::Raised})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(AlarmTableModel::Title, 120);
    m_view->horizontalHeader()->setSectionResizeMode(AlarmTableModel::LastChange, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    // A tool bar, not a row of buttons: in a narrow dock what does not fit goes behind its extension button instead
    // of widening the whole window. The note has a row of its own, where it has room for its text.
    auto *actions = new QToolBar(this);
    actions->setObjectName(QStringLiteral("alarmActions"));
    actions->addWidget(m_openOnly);
    actions->addSeparator();
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_investigate);
    actions->addWidget(m_snooze);
    actions->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(actions);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_openOnly, &QCheckBox::toggled, m_model, &AlarmTableModel::setOpenOnly);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { apply(Move::Acknowledge); });
    connect(m_investigate, &QPushButton::clicked, this, [this] { apply(Move::Investigate); });
    connect(m_close, &QPushButton::clicked, this, [this] { apply(Move::Close); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] { apply(Move::Acknowledge); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const AlarmRecord *a = m_model->alarmAt(index.row()))
            Q_EMIT eventRequested(AlarmId {a->feed, a->key});
    });

    // The model re-sorts on every change; the operator's selection follows its alarm.
    auto keepSelection = [this](const AlarmRecord &alarm) {
        const AlarmId was = selected();
        m_model->put(alarm);
        if (!was.feed.isEmpty() || !was.key.isEmpty())
            select(was);
        else if (m_model->rowCount() == 1)
            select(AlarmId {alarm.feed, alarm.key});
        updateButtons();
    };
    connect(m_board, &AlarmBoard::raised, this, keepSelection);
    connect(m_board, &AlarmBoard::changed, this, keepSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlarmsPane::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmsPane::updateButtons);
    for (const AlarmRecord &a : m_board->book().alarms())
        m_model->put(a);
    updateButtons();
}

QString AlarmsPane::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AlarmsPane::select(const AlarmId &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

AlarmId AlarmsPane::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const AlarmRecord *a = rows.isEmpty() ? nullptr : m_model->alarmAt(rows.first().row());
    return a ? AlarmId {a->feed, a->key} : AlarmId {};
}

void AlarmsPane::apply(Move move)
{
    const AlarmId id = selected();
    if (id.feed.isEmpty() && id.key.isEmpty()) {
        m_message->setText(tr("Select an alarm first."));
        m_message->show();
        return;
    }
    const QString note = m_note->text().trimmed();
    QString refusal;
    bool ok = false;
    switch (move) {
    case Move::Acknowledge:
        ok = m_board->acknowledge(id, note, &refusal);
        break;
    case Move::Investigate:
        ok = m_board->investigate(id, note, &refusal);
        break;
    case Move::Close:
        ok = m_board->close(id, note, &refusal);
        break;
    }
    showOutcome(ok, refusal);
}

void AlarmsPane::snoozeFor(qint64 ms)
{
    const AlarmId id = selected();
    if (id.feed.isEmpty() && id.key.isEmpty()) {
        m_message->setText(tr("Select an alarm first."));
        m_message->show();
        return;
    }
    QString refusal;
    const bool ok = m_board->snooze(id, m_clock() + ms, m_note->text().trimmed(), &refusal);
    showOutcome(ok, refusal);
}

void AlarmsPane::showOutcome(bool ok, const QString &refusal)
{
    if (ok) {
        // The note went with the transition; the next one starts blank.
        m_note->clear();
        m_message->clear();
        m_message->hide();
        return;
    }
    m_message->setText(tr("Refused: %1").arg(refusal));
    m_message->show();
}

void AlarmsPane::updateButtons()
{
    const bool any = !selected().feed.isEmpty() || !selected().key.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_acknowledge), static_cast<QWidget *>(m_investigate),
             static_cast<QWidget *>(m_snooze), static_cast<QWidget *>(m_close)})
        w->setEnabled(any);
}

} // namespace sb::ui
