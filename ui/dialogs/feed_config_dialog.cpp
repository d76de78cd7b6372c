#include "feed_config_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {
namespace {

const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
constexpr int kKeyColumn = 0;
constexpr int kValueColumn = 1;
constexpr int kProblemColumn = 2;

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

QString FeedConfigDialog::valueText(const QJsonValue &value)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (valueFromText(s) == value)
            return s;
        // Would read back as a number, boolean or array: quoted, so that editing nothing changes nothing.
        const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isNull() || value.isUndefined())
        return QString();
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue FeedConfigDialog::valueFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("false"))
        return false;
    bool number = false;
    const double d = t.toDouble(&number);
    if (number)
        return d;
    if (t.startsWith(QLatin1Char('[')) || t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('"'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + t.toUtf8() + QByteArray("]"));
        if (doc.isArray() && doc.array().size() == 1)
            return doc.array().first();
    }
    return text;
}

FeedConfigDialog::FeedConfigDialog(
    const QJsonObject &document, const QStringList &types, Checker checker, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_types(types)
    , m_checker(std::move(checker))
{
    setWindowTitle(tr("Edit feeds"));
    for (const QJsonValue &v : document.value(QStringLiteral("feeds")).toArray())
        m_feeds.append(v.toObject());

    m_documentProblem = problemLabel(QStringLiteral("documentProblem"), this);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("feedList"));
    auto *addFeedButton = new QPushButton(tr("&Add feed"), this);
    addFeedButton->setObjectName(QStringLiteral("addFeed"));
    auto *removeFeedButton = new QPushButton(tr("&Remove feed"), this);
    removeFeedButton->setObjectName(QStringLiteral("removeFeed"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addFeedButton);
    listButtons->addWidget(removeFeedButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    listColumn->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("feedName"));
    m_nameProblem = problemLabel(QStringLiteral("nameProblem"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("feedType"));
    m_type->addItems(types);
    m_typeProblem = problemLabel(QStringLiteral("typeProblem"), this);
    m_feedProblem = problemLabel(QStringLiteral("feedProblem"), this);
    m_keys = new QTableWidget(0, 3, this);
    m_keys->setObjectName(QStringLiteral("feedKeys"));
    m_keys->setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Problem")});
    m_keys->horizontalHeader()->setStretchLastSection(true);
    m_keys->verticalHeader()->hide();
    m_keys->setToolTip(tr("Values are kept as typed: write secrets as env:NAME or keychain:NAME. Numbers, true, false "
                          "and [arrays] are read as JSON; quote a value to keep it text."));
    auto *addKeyButton = new QPushButton(tr("Add &key"), this);
    addKeyButton->setObjectName(QStringLiteral("addKey"));
    auto *removeKeyButton = new QPushButton(tr("Remove k&ey"), this);
    removeKeyButton->setObjectName(QStringLiteral("removeKey"));
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(addKeyButton);
    keyButtons->addWidget(removeKeyButton);
    keyButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_typeProblem);
    auto *feedColumn = new QVBoxLayout;
    feedColumn->addLayout(form);
    feedColumn->addWidget(m_feedProblem);
    feedColumn->addWidget(m_keys);
    feedColumn->addLayout(keyButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(feedColumn, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_documentProblem);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(820, 480);
    // Add and Remove are deliberate clicks (or Alt+key); Enter only confirms a cell or a name (keyPressEvent).
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        commitFeed();
        showFeed(row);
        showProblems();
    });
    connect(m_name, &QLineEdit::editingFinished, this, &FeedConfigDialog::recheck);
    connect(m_type, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            recheck();
    });
    connect(m_keys, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() != kProblemColumn)
            recheck();
    });
    connect(addFeedButton, &QPushButton::clicked, this, &FeedConfigDialog::addFeed);
    connect(removeFeedButton, &QPushButton::clicked, this, &FeedConfigDialog::removeFeed);
    connect(addKeyButton, &QPushButton::clicked, this, &FeedConfigDialog::addKey);
    connect(removeKeyButton, &QPushButton::clicked, this, &FeedConfigDialog::removeKey);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedConfigDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_loading = true;
    for (const QJsonObject &feed : std::as_const(m_feeds))
        m_list->addItem(feed.value(kName).toString());
    m_loading = false;
    if (!m_feeds.isEmpty())
        m_list->setCurrentRow(0);
    else
        showFeed(-1);
    recheck();
}

FeedConfigDialog::~FeedConfigDialog()
{
    // The editors report losing focus while the children are being destroyed; nothing is left to check then.
    for (QObject *editor : std::initializer_list<QObject *> {m_name, m_type, m_keys, m_list})
        disconnect(editor, nullptr, this, nullptr);
}

QJsonObject FeedConfigDialog::document() const
{
    QJsonObject out = m_document;
    QJsonArray feeds;
    for (const QJsonObject &feed : m_feeds)
        feeds.append(feed);
    out.insert(QStringLiteral("feeds"), feeds);
    return out;
}

void FeedConfigDialog::keyPressEvent(QKeyEvent *event)
{
    // A line edit lets Enter through after confirming its text; the dialog would then press Save, with a cell's
    // edit not even committed yet (the delegate commits on the next turn of the event loop).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void FeedConfigDialog::showFeed(int row)
{
    m_loading = true;
    m_current = row;
    const bool valid = row >= 0 && row < m_feeds.size();
    const QJsonObject feed = valid ? m_feeds.at(row) : QJsonObject();
    m_name->setEnabled(valid);
    m_type->setEnabled(valid);
    m_keys->setEnabled(valid);
    m_name->setText(feed.value(kName).toString());
    const QString type = feed.value(kType).toString();
    if (!type.isEmpty() && m_type->findText(type) < 0)
        m_type->addItem(type); // an unknown type stays visible, with its problem beside it
    m_type->setCurrentIndex(valid ? m_type->findText(type) : -1);
    m_keys->setRowCount(0);
    for (auto it = feed.begin(); it != feed.end(); ++it) {
        if (it.key() == kName || it.key() == kType)
            continue;
        const int r = m_keys->rowCount();
        m_keys->insertRow(r);
        m_keys->setItem(r, kKeyColumn, new QTableWidgetItem(it.key()));
        m_keys->setItem(r, kValueColumn, new QTableWidgetItem(valueText(it.value())));
        auto *problem = new QTableWidgetItem;
        problem->setFlags(Qt::ItemIsEnabled);
        m_keys->setItem(r, kProblemColumn, problem);
    }
    m_loading = false;
}

void FeedConfigDialog::commitFeed()
{
    if (m_current < 0 || m_current >= m_feeds.size())
        return;
    QJsonObject feed;
    feed.insert(kName, m_name->text().trimmed());
    feed.insert(kType, m_type->currentText());
    for (int r = 0; r < m_keys->rowCount(); ++r) {
        const QTableWidgetItem *key = m_keys->item(r, kKeyColumn);
        const QTableWidgetItem *value = m_keys->item(r, kValueColumn);
        if (!key || key->text().trimmed().isEmpty())
            continue;
        feed.insert(key->text().trimmed(), valueFromText(value ? value->text() : QString()));
    }
    m_feeds[m_current] = feed;
    m_loading = true;
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(feed.value(kName).toString());
    m_loading = false;
}

void FeedConfigDialog::recheck()
{
    commitFeed();
    m_problems = m_checker ? m_checker(document()) : QVector<ConfigProblem>();
    showProblems();
}

void FeedConfigDialog::showProblems()
{
    const QString current
        = m_current >= 0 && m_current < m_feeds.size() ? m_feeds.at(m_current).value(kName).toString() : QString();
    QStringList documentProblems;
    QString nameProblem;
    QString typeProblem;
    QStringList feedProblems;
    QHash<QString, QString> keyProblems;
    QSet<QString> feedsWithProblems;
    for (const ConfigProblem &p : std::as_const(m_problems)) {
        if (p.feed.isEmpty() && p.key.isEmpty()) {
            documentProblems << p.message;
            continue;
        }
        feedsWithProblems.insert(p.feed);
        if (m_current < 0 || p.feed != current)
            continue;
        if (p.key == kName)
            nameProblem = p.message;
        else if (p.key == kType)
            typeProblem = p.message;
        else if (!p.key.isEmpty())
            keyProblems.insert(p.key, p.message);
        else
            feedProblems << p.message;
    }
    showProblem(m_documentProblem, documentProblems.join(QLatin1Char('\n')));
    showProblem(m_nameProblem, nameProblem);
    showProblem(m_typeProblem, typeProblem);
    m_loading = true;
    for (int r = 0; r < m_keys->rowCount(); ++r) {
        const QTableWidgetItem *key = m_keys->item(r, kKeyColumn);
        QTableWidgetItem *problem = m_keys->item(r, kProblemColumn);
        if (!problem) {
            problem = new QTableWidgetItem;
            problem->setFlags(Qt::ItemIsEnabled);
            m_keys->setItem(r, kProblemColumn, problem);
        }
        const QString text = key ? keyProblems.take(key->text().trimmed()) : QString();
        problem->setText(text);
        problem->setToolTip(text);
        problem->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_loading = false;
    // A problem naming a key the feed does not have yet (a required one) is shown for the feed as a whole.
    feedProblems << keyProblems.values();
    showProblem(m_feedProblem, feedProblems.join(QLatin1Char('\n')));
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool bad = feedsWithProblems.contains(m_feeds.at(i).value(kName).toString());
        item->setForeground(bad ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
        item->setToolTip(bad ? tr("This feed has problems") : QString());
    }
}

void FeedConfigDialog::addFeed()
{
    commitFeed();
    QStringList names;
    for (const QJsonObject &feed : std::as_const(m_feeds))
        names << feed.value(kName).toString();
    QString name = tr("feed");
    for (int n = 2; names.contains(name); ++n)
        name = tr("feed %1").arg(n);
    m_feeds.append(QJsonObject {{kName, name}, {kType, m_types.value(0)}});
    m_loading = true;
    m_list->addItem(name);
    m_loading = false;
    m_list->setCurrentRow(int(m_feeds.size()) - 1);
    recheck();
    m_name->setFocus();
    m_name->selectAll();
}

void FeedConfigDialog::removeFeed()
{
    if (m_current < 0 || m_current >= m_feeds.size())
        return;
    const int row = m_current;
    m_feeds.removeAt(row);
    m_current = -1; // the removed feed's editor must not be committed over its neighbour
    m_loading = true;
    delete m_list->takeItem(row);
    m_loading = false;
    const int next = qMin(row, int(m_feeds.size()) - 1);
    m_list->setCurrentRow(next);
    showFeed(next);
    recheck();
}

void FeedConfigDialog::addKey()
{
    if (m_current < 0)
        return;
    m_loading = true;
    const int r = m_keys->rowCount();
    m_keys->insertRow(r);
    m_keys->setItem(r, kKeyColumn, new QTableWidgetItem);
    m_keys->setItem(r, kValueColumn, new QTableWidgetItem);
    auto *problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled);
    m_keys->setItem(r, kProblemColumn, problem);
    m_loading = false;
    m_keys->setCurrentCell(r, kKeyColumn);
    m_keys->editItem(m_keys->item(r, kKeyColumn));
}

void FeedConfigDialog::removeKey()
{
    const int r = m_keys->currentRow();
    if (r < 0)
        return;
    m_keys->removeRow(r);
    recheck();
}

void FeedConfigDialog::save()
{
    recheck();
    if (!m_problems.isEmpty()) {
        // Lead the user to the first feed that needs fixing.
        for (int i = 0; i < m_feeds.size(); ++i)
            if (m_feeds.at(i).value(kName).toString() == m_problems.first().feed && i != m_current) {
                m_list->setCurrentRow(i);
                break;
            }
        return;
    }
    accept();
}

} // namespace sb::ui
