#pragma once

#include "event/event.h"
#include "story_details.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace sb::ui {

class ChipStrip;

// The shared story viewer: headline, times, provider, language, subjects and audiences as chips, the body (monospace
// for fixed-pitch MIME types), and the raw JSON on a second tab. What is in the Event shows at once; what must be
// parsed out of attrs follows from the thread pool a moment later.
class StoryViewer : public QWidget
{
    Q_OBJECT
public:
    explicit StoryViewer(QWidget *parent = nullptr);

    void showStory(const Event &event);
    void clearStory();
    bool hasStory() const { return !m_event.key.isEmpty(); }
    const Event &story() const { return m_event; }
    const StoryDetails &details() const { return m_details; }
    bool detailsPending() const { return m_pending; }

    // For tests and accessibility tools.
    QString headlineText() const;
    QString bodyText() const;
    QStringList subjectChips() const;
    QStringList audienceChips() const;
    bool bodyIsMonospace() const;
    Qt::LayoutDirection headlineDirection() const;
    QString rawJson() const;

Q_SIGNALS:
    void chipClicked(const QString &chip);
    void detailsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyDetails(const StoryDetails &details);
    void applyFonts();

    Event m_event;
    StoryDetails m_details;
    bool m_pending = false;
    QFutureWatcher<StoryDetails> m_watcher;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_headline;
    QLabel *m_meta;
    QLabel *m_subjectsCaption;
    ChipStrip *m_subjects;
    QLabel *m_audiencesCaption;
    ChipStrip *m_audiences;
    QTabWidget *m_tabs;
    QTextBrowser *m_body;
    QPlainTextEdit *m_json;
};

} // namespace sb::ui
