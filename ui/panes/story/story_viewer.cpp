#include "story_viewer.h"

#include "desk/theme.h"
#include "event/event_tags.h"
#include "widgets/chip_strip.h"
#include "widgets/plain_label.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sb::ui {
namespace {

QString localTime(qint64 ms, const QString &format)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(format);
}

} // namespace

StoryViewer::StoryViewer(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(plainLabel(tr("Select a story in a blotter, or search the history."), this))
    , m_headline(plainLabel(this))
    , m_meta(plainLabel(this))
    , m_subjectsCaption(plainLabel(tr("Subjects"), this))
    , m_subjects(new ChipStrip(this))
    , m_audiencesCaption(plainLabel(tr("Audiences"), this))
    , m_audiences(new ChipStrip(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QTextBrowser(this))
    , m_json(new QPlainTextEdit(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setObjectName(QStringLiteral("storyHeadline"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *caption : {m_subjectsCaption, m_audiencesCaption})
        caption->setAlignment(Qt::AlignLeading | Qt::AlignTop);

    m_body->setOpenExternalLinks(false);
    m_body->setOpenLinks(false);
    // Each paragraph takes its direction from its own first strong character, so Arabic and Hebrew paragraphs run
    // right to left next to English ones.
    QTextOption option = m_body->document()->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto);
    m_body->document()->setDefaultTextOption(option);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_body, tr("Story"));
    m_tabs->addTab(m_json, tr("Raw JSON"));
    m_tabs->setDocumentMode(true);

    auto *story = new QWidget(this);
    auto *header = new QGridLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_headline, 0, 0, 1, 2);
    header->addWidget(m_meta, 1, 0, 1, 2);
    header->addWidget(m_subjectsCaption, 2, 0);
    header->addWidget(m_subjects, 2, 1);
    header->addWidget(m_audiencesCaption, 3, 0);
    header->addWidget(m_audiences, 3, 1);
    header->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(story);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(story);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_subjects, &ChipStrip::chipClicked, this, &StoryViewer::chipClicked);
    connect(m_audiences, &ChipStrip::chipClicked, this, &StoryViewer::chipClicked);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        const StoryDetails details = m_watcher.result();
        if (details.key == m_event.key)
            applyDetails(details);
    });
    applyFonts();
    clearStory();
}

void StoryViewer::clearStory()
{
    m_event = Event();
    m_details = StoryDetails();
    m_pending = false;
    m_stack->setCurrentWidget(m_placeholder);
}

void StoryViewer::showStory(const Event &event)
{
    m_event = event;
    m_stack->setCurrentIndex(1);

    const QString headline = event.titleText();
    m_headline->setText(headline);
    const Qt::LayoutDirection direction = headline.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    m_headline->setLayoutDirection(direction);
    m_headline->setAlignment(Qt::AlignLeading | Qt::AlignTop);

    QStringList meta;
    if (event.timeMs > 0)
        meta << localTime(event.timeMs, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (event.receivedMs > 0)
        meta << tr("received %1").arg(localTime(event.receivedMs, QStringLiteral("HH:mm:ss.zzz")));
    if (!event.source.isEmpty())
        meta << event.source;
    if (!event.language.isEmpty())
        meta << event.language;
    meta << event.kind;
    if (event.urgency >= 0)
        meta << tr("urgency %1").arg(event.urgency);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));

    // The news feeds' lang: and provider: tags repeat what the line above shows.
    const qsizetype codes = tags::codeCount(event);
    m_subjects->setChips(codes == event.tags.size() ? event.tags : event.tags.first(codes));
    m_subjectsCaption->setVisible(codes > 0);
    m_subjects->setVisible(codes > 0);

    // Shown at once in the proportional font; the MIME type may switch it to monospace once details arrive.
    m_body->setPlainText(event.body.isEmpty() ? tr("(no body: a headline-only alert)") : event.bodyText());
    m_body->setLineWrapMode(QTextEdit::WidgetWidth);
    m_body->setFont(font());

    m_audiences->setChips({});
    m_audiencesCaption->hide();
    m_audiences->hide();
    m_json->setPlainText(tr("Loading…"));
    m_pending = true;
    m_watcher.setFuture(QtConcurrent::run([event] { return StoryDetails::from(event); }));
}

void StoryViewer::applyDetails(const StoryDetails &details)
{
    m_details = details;
    m_pending = false;
    m_audiences->setChips(details.audiences);
    m_audiencesCaption->setVisible(!details.audiences.isEmpty());
    m_audiences->setVisible(!details.audiences.isEmpty());
    if (details.fixedPitch) {
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        fixed.setStyleHint(QFont::TypeWriter);
        fixed.setFixedPitch(true);
        m_body->setFont(fixed);
        m_body->setLineWrapMode(QTextEdit::NoWrap); // tables in fixed-pitch stories must not wrap
    }
    m_json->setPlainText(details.prettyJson);
    Q_EMIT detailsShown();
}

void StoryViewer::applyFonts()
{
    QFont headline = font();
    headline.setPointSizeF(font().pointSizeF() * 1.3);
    headline.setBold(true);
    m_headline->setFont(headline);
    QPalette muted = m_meta->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    for (QLabel *label : {m_meta, m_subjectsCaption, m_audiencesCaption, m_placeholder})
        label->setPalette(muted);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void StoryViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

QString StoryViewer::headlineText() const
{
    return m_headline->text();
}

QString StoryViewer::bodyText() const
{
    return m_body->toPlainText();
}

QStringList StoryViewer::subjectChips() const
{
    return m_subjects->chips();
}

QStringList StoryViewer::audienceChips() const
{
    return m_audiences->chips();
}

bool StoryViewer::bodyIsMonospace() const
{
    return m_body->font().fixedPitch();
}

Qt::LayoutDirection StoryViewer::headlineDirection() const
{
    return m_headline->layoutDirection();
}

QString StoryViewer::rawJson() const
{
    return m_json->toPlainText();
}

} // namespace sb::ui
