#include "rules_dialog.h"

#include "query/query.h"
#include "query/query_input.h"
#include "rules/rule_set.h"
#include "rules/rules_file.h"
#include "widgets/filter_box.h"
#include "widgets/plain_label.h"

#include <QCheckBox>
#include <QColor>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFuture>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sb::ui {
namespace {

const QColor kProblemColor(0xd6, 0x3a, 0x3a);
// The sound box's last entry: not a sound, the way to pick a file.
const QString kPickFile = QStringLiteral("\x01pick");

// -1 when the query does not parse.
int countMatches(const EventBatch &events, const QString &text)
{
    const std::optional<query::Query> query = query::Query::parse(text);
    if (!query)
        return -1;
    query::QueryInput input;
    int matched = 0;
    for (const Event &event : events) {
        input.reset(event);
        if (query->matches(input))
            ++matched;
    }
    return matched;
}

struct Saved
{
    QString error;
    std::shared_ptr<const RuleSet> rules;
};

struct Imported
{
    QString error;
    QVector<Rule> rules;
};

QString proposedName(const QString &query)
{
    const QString simplified = query.simplified();
    if (simplified.isEmpty())
        return QString();
    return simplified.size() <= 40 ? simplified : simplified.left(39) + QChar(0x2026);
}

QLabel *problemLabel(QWidget *parent)
{
    QLabel *label = plainLabel(parent);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, kProblemColor);
    label->setPalette(pal);
    return label;
}

} // namespace

RulesDialog::RulesDialog(QVector<Rule> rules, Context context, QWidget *parent)
    : QDialog(parent)
    , m_rules(std::move(rules))
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Rules"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("rulesList"));
    m_list->setMinimumWidth(200);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("add"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_up = new QPushButton(tr("Move u&p"), this);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down = new QPushButton(tr("Mo&ve down"), this);
    m_down->setObjectName(QStringLiteral("moveDown"));
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {add, m_duplicate, m_delete})
        listButtons->addWidget(b);
    auto *orderButtons = new QHBoxLayout;
    orderButtons->addWidget(m_up);
    orderButtons->addWidget(m_down);
    auto *left = new QVBoxLayout;
    auto *order = new QLabel(tr("In order: the first matching rule's colour wins."), this);
    order->setWordWrap(true);
    order->setForegroundRole(QPalette::PlaceholderText);
    left->addWidget(m_list, 1);
    left->addWidget(order);
    left->addLayout(listButtons);
    left->addLayout(orderButtons);

    m_editor = new QWidget(this);
    buildEditor(m_editor);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_editor, 3);

    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("import"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(importButton);
    bottom->addWidget(exportButton);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    m_problem = problemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_status = plainLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, this, &RulesDialog::showRule);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (m_loading || row < 0 || row >= m_rules.size())
            return;
        m_rules[row].enabled = item->checkState() == Qt::Checked;
        if (row == currentRow()) {
            m_loading = true;
            m_enabled->setChecked(m_rules[row].enabled);
            m_loading = false;
        }
    });
    connect(add, &QPushButton::clicked, this, [this] {
        Rule rule;
        rule.name = uniqueName(tr("New rule"));
        insertRule(rule, currentRow() + 1);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        Rule copy = m_rules.at(row);
        copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
        insertRule(copy, row + 1);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        m_rules.removeAt(row);
        refreshList();
        selectRow(qMin(row, int(m_rules.size()) - 1));
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(importButton, &QPushButton::clicked, this, &RulesDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &RulesDialog::exportFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RulesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    refreshList();
    selectRow(m_rules.isEmpty() ? -1 : 0);
    resize(820, 560);
}

RulesDialog::~RulesDialog() = default;

void RulesDialog::buildEditor(QWidget *editor)
{
    auto *column = new QVBoxLayout(editor);
    column->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    column->addLayout(form);
    column->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("&Name:"), m_name);

    m_query = new FilterBox(editor);
    m_query->setObjectName(QStringLiteral("queryBox"));
    m_query->edit()->setObjectName(QStringLiteral("query"));
    // As tall as the box and its error line, not a share of the list's height.
    m_query->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_query->edit()->setPlaceholderText(tr("e.g. R:VOD.L urgency:1-2 -lang:de"));
    auto *queryLabel = new QLabel(tr("&Query:"), editor);
    queryLabel->setBuddy(m_query->edit());
    form->addRow(queryLabel, m_query);

    m_preview = plainLabel(editor);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_preview);

    m_enabled = new QCheckBox(tr("&Enabled"), editor);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    form->addRow(QString(), m_enabled);

    m_colour = new QPushButton(editor);
    m_colour->setObjectName(QStringLiteral("colour"));
    m_noColour = new QPushButton(tr("No colour"), editor);
    m_noColour->setObjectName(QStringLiteral("noColour"));
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour);
    colourRow->addWidget(m_noColour);
    colourRow->addStretch(1);
    auto *colourLabel = new QLabel(tr("&Colour:"), editor);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, colourRow);

    m_sound = new QComboBox(editor);
    m_sound->setObjectName(QStringLiteral("sound"));
    m_sound->addItem(tr("None"), QString());
    m_sound->addItem(tr("Chime"), QStringLiteral("chime"));
    m_sound->addItem(tr("Alert"), QStringLiteral("alert"));
    m_sound->addItem(tr("Alarm"), QStringLiteral("alarm"));
    m_sound->addItem(tr("WAV file…"), kPickFile);
    form->addRow(tr("&Sound:"), m_sound);

    m_notify = new QCheckBox(tr("&Notify (desktop notification)"), editor);
    m_notify->setObjectName(QStringLiteral("notify"));
    m_watch = new QCheckBox(tr("&Watch list"), editor);
    m_watch->setObjectName(QStringLiteral("watch"));
    m_requireAck = new QCheckBox(tr("Alarm: requires ac&knowledgement"), editor);
    m_requireAck->setObjectName(QStringLiteral("requireAck"));
    form->addRow(QString(), m_notify);
    form->addRow(QString(), m_watch);
    form->addRow(QString(), m_requireAck);

    m_repeat = new QSpinBox(editor);
    m_repeat->setObjectName(QStringLiteral("repeatSec"));
    m_repeat->setRange(0, 86400);
    m_repeat->setSuffix(tr(" s"));
    m_repeat->setSpecialValueText(tr("Play once"));
    form->addRow(tr("&Repeat the sound every:"), m_repeat);
    m_escalate = new QSpinBox(editor);
    m_escalate->setObjectName(QStringLiteral("escalateAfterSec"));
    m_escalate->setRange(0, 86400);
    m_escalate->setSuffix(tr(" s"));
    m_escalate->setSpecialValueText(tr("Never"));
    form->addRow(tr("Esca&late after:"), m_escalate);

    const auto edited = [this] { storeEditor(); };
    connect(m_name, &QLineEdit::textChanged, this, edited);
    connect(m_query->edit(), &QLineEdit::textChanged, this, [this] {
        storeEditor();
        startPreview();
    });
    for (QCheckBox *box : {m_enabled, m_notify, m_watch, m_requireAck})
        connect(box, &QCheckBox::toggled, this, edited);
    connect(m_repeat, &QSpinBox::valueChanged, this, edited);
    connect(m_escalate, &QSpinBox::valueChanged, this, edited);
    connect(m_colour, &QPushButton::clicked, this, &RulesDialog::chooseColour);
    connect(m_noColour, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        m_rules[row].colour.clear();
        refreshList();
        selectRow(row);
    });
    connect(m_sound, &QComboBox::currentIndexChanged, this, &RulesDialog::soundChosen);
}

int RulesDialog::currentRow() const
{
    return m_list->currentRow();
}

QString RulesDialog::uniqueName(const QString &base) const
{
    QSet<QString> taken;
    for (const Rule &rule : m_rules)
        taken.insert(rule.name);
    QString name = base.isEmpty() ? tr("New rule") : base;
    const QString stem = name;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(stem).arg(n);
    return name;
}

void RulesDialog::insertRule(Rule rule, int at)
{
    at = qBound(0, at, int(m_rules.size()));
    m_rules.insert(at, std::move(rule));
    refreshList();
    selectRow(at);
}

void RulesDialog::addRuleFor(const QString &query)
{
    Rule rule;
    rule.name = uniqueName(proposedName(query));
    rule.query = query;
    insertRule(rule, int(m_rules.size()));
    m_name->setFocus();
    m_name->selectAll();
}

void RulesDialog::moveCurrent(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rules.size())
        return;
    m_rules.swapItemsAt(row, to);
    refreshList();
    selectRow(to);
}

void RulesDialog::refreshList()
{
    // Rebuilt silently and left without a current row: selectRow() then always shows the rule it picks.
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const Rule &rule : m_rules) {
        auto *item = new QListWidgetItem(rule.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        if (!rule.colour.isEmpty()) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(rule.colour));
            item->setIcon(QIcon(swatch));
        }
        m_list->addItem(item);
    }
}

void RulesDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
    showRule(currentRow());
}

void RulesDialog::showRule(int row)
{
    const bool has = row >= 0 && row < m_rules.size();
    m_editor->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_rules.size());
    const Rule rule = has ? m_rules.at(row) : Rule();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_name->setText(rule.name);
    m_query->edit()->setText(rule.query);
    m_enabled->setChecked(rule.enabled);
    m_notify->setChecked(rule.notify);
    m_watch->setChecked(rule.watch);
    m_requireAck->setChecked(rule.requireAck);
    m_repeat->setValue(rule.repeatSec);
    m_escalate->setValue(rule.escalateAfterSec);
    if (rule.colour.isEmpty()) {
        m_colour->setIcon(QIcon());
        m_colour->setText(tr("Choose…"));
    } else {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(rule.colour));
        m_colour->setIcon(QIcon(swatch));
        m_colour->setText(rule.colour);
    }
    m_noColour->setEnabled(!rule.colour.isEmpty());
    selectSound(rule.sound);
    m_loading = wasLoading;
    updateChecks();
    startPreview();
}

void RulesDialog::storeEditor()
{
    const int row = currentRow();
    if (m_loading || row < 0 || row >= m_rules.size())
        return;
    Rule &rule = m_rules[row];
    rule.name = m_name->text();
    rule.query = m_query->edit()->text();
    rule.enabled = m_enabled->isChecked();
    rule.notify = m_notify->isChecked();
    rule.watch = m_watch->isChecked();
    rule.requireAck = m_requireAck->isChecked();
    rule.repeatSec = m_repeat->value();
    rule.escalateAfterSec = m_escalate->value();
    m_loading = true;
    if (QListWidgetItem *item = m_list->item(row)) {
        item->setText(rule.name);
        item->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
    updateChecks();
}

QString RulesDialog::problem() const
{
    QSet<QString> seen;
    for (const Rule &rule : m_rules) {
        if (rule.name.trimmed().isEmpty())
            return tr("Every rule needs a name.");
        if (seen.contains(rule.name))
            return tr("Another rule is already called \"%1\"; each rule needs a name of its own.").arg(rule.name);
        seen.insert(rule.name);
        query::QueryError error;
        if (!query::Query::parse(rule.query, &error))
            return tr("Rule \"%1\": %2").arg(rule.name, error.text());
    }
    return QString();
}

void RulesDialog::updateChecks()
{
    const int row = currentRow();
    QStringList queryProblems;
    if (row >= 0 && row < m_rules.size()) {
        query::QueryError error;
        if (!query::Query::parse(m_rules.at(row).query, &error))
            queryProblems << error.text();
    }
    m_query->setProblems(queryProblems);
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void RulesDialog::startPreview()
{
    const quint64 generation = ++m_previewGeneration;
    const int row = currentRow();
    if (row < 0 || row >= m_rules.size()) {
        m_preview->clear();
        return;
    }
    if (m_context.recentEvents.isEmpty()) {
        m_preview->setText(tr("No events received yet to preview the rule against."));
        Q_EMIT previewShown();
        return;
    }
    m_preview->setText(tr("Counting matches…"));
    const int total = int(m_context.recentEvents.size());
    QtConcurrent::run(countMatches, m_context.recentEvents, m_rules.at(row).query)
        .then(this, [this, generation, total](int matched) {
            if (generation != m_previewGeneration)
                return; // the query changed meanwhile; a newer count is on its way
            const QLocale locale;
            if (matched < 0)
                m_preview->setText(tr("Fix the query to see what it would match."));
            else
                m_preview->setText(tr("Would have matched %1 of the last %2 events.")
                                       .arg(locale.toString(matched), locale.toString(total)));
            Q_EMIT previewShown();
        });
}

void RulesDialog::chooseColour()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QColor initial = m_rules.at(row).colour.isEmpty() ? QColor(0xff, 0xcc, 0x00) : QColor(m_rules.at(row).colour);
    const QColor chosen = QColorDialog::getColor(initial, this, tr("Rule colour"));
    if (!chosen.isValid())
        return;
    m_rules[row].colour = chosen.name(QColor::HexRgb);
    refreshList();
    selectRow(row);
}

void RulesDialog::selectSound(const QString &sound)
{
    int at = m_sound->findData(sound);
    if (at < 0) {
        // A WAV file: listed by its path, just above "WAV file…".
        at = m_sound->count() - 1;
        m_sound->insertItem(at, QFileInfo(sound).fileName(), sound);
        m_sound->setItemData(at, sound, Qt::ToolTipRole);
    }
    m_sound->setCurrentIndex(at);
    m_lastSound = sound;
}

void RulesDialog::soundChosen()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    QString sound = m_sound->currentData().toString();
    if (sound == kPickFile) {
        sound = askPath(tr("Rule sound"), tr("WAV sound (*.wav)"), false);
        m_loading = true;
        selectSound(sound.isEmpty() ? m_lastSound : sound);
        m_loading = false;
        if (sound.isEmpty())
            return;
    }
    m_lastSound = sound;
    m_rules[row].sound = sound;
}

QString RulesDialog::askPath(const QString &caption, const QString &filter, bool forSaving)
{
    const QString suggested = m_context.rulesPath.isEmpty() ? QString() : QFileInfo(m_context.rulesPath).absolutePath();
    if (m_context.askPath)
        return m_context.askPath(caption, suggested, filter, forSaving);
    return forSaving ? QFileDialog::getSaveFileName(this, caption, suggested, filter)
                     : QFileDialog::getOpenFileName(this, caption, suggested, filter);
}

void RulesDialog::importFile()
{
    const QString path = askPath(tr("Import rules"), tr("Rules (*.json);;All files (*)"), false);
    if (path.isEmpty())
        return;
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    QtConcurrent::run([path] {
        Imported out;
        if (std::optional<QVector<Rule>> rules = RulesFile::read(path, &out.error))
            out.rules = std::move(*rules);
        return out;
    }).then(this, [this, path](const Imported &imported) {
        QString message;
        if (!imported.error.isEmpty()) {
            message = tr("Not imported: %1").arg(imported.error);
        } else {
            // The file's rules replace the list, as they would replace rules.json; Cancel still keeps the old ones.
            m_rules = imported.rules;
            refreshList();
            selectRow(m_rules.isEmpty() ? -1 : 0);
            message = tr("Imported %n rule(s) from %1; Save to use them.", nullptr, int(m_rules.size()))
                          .arg(QDir::toNativeSeparators(path));
        }
        m_status->setText(message);
        Q_EMIT fileDone(message);
    });
}

void RulesDialog::exportFile()
{
    const QString path = askPath(tr("Export rules"), tr("Rules (*.json)"), true);
    if (path.isEmpty())
        return;
    const QVector<Rule> rules = m_rules;
    QtConcurrent::run([path, rules] {
        QString error;
        RulesFile::write(path, rules, &error);
        return error;
    }).then(this, [this, path, count = int(rules.size())](const QString &error) {
        const QString message = error.isEmpty()
            ? tr("Exported %n rule(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(path))
            : tr("Not exported: %1").arg(error);
        m_status->setText(message);
        Q_EMIT fileDone(message);
    });
}

void RulesDialog::save()
{
    if (!problem().isEmpty())
        return;
    m_buttons->setEnabled(false);
    m_status->setText(m_context.rulesPath.isEmpty() ? QString() : tr("Saving…"));
    const QVector<Rule> rules = m_rules;
    const QString path = m_context.rulesPath;
    QtConcurrent::run([path, rules] {
        Saved out;
        if (!path.isEmpty() && !RulesFile::write(path, rules, &out.error))
            return out;
        if (std::optional<RuleSet> set = RuleSet::compile(rules, &out.error))
            out.rules = std::make_shared<const RuleSet>(std::move(*set));
        return out;
    }).then(this, [this](const Saved &saved) {
        m_buttons->setEnabled(true);
        if (!saved.rules) {
            m_status->setText(tr("Not saved: %1").arg(saved.error));
            return;
        }
        m_status->clear();
        Q_EMIT this->saved(saved.rules);
        accept();
    });
}

} // namespace sb::ui
