<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/backups_dialog.py" line="+90"/>
        <source>ptquiz copies your history when it starts (at most once a day) and before clearing or restoring it, and keeps the newest %Ln. A restore saves the history as it is first, so it can be undone.</source>
        <translation>
            <numerusform>ptquiz copies your history when it starts (at most once a day) and before clearing or restoring it, and keeps the newest one. A restore saves the history as it is first, so it can be undone.</numerusform>
            <numerusform>ptquiz copies your history when it starts (at most once a day) and before clearing or restoring it, and keeps the newest %Ln. A restore saves the history as it is first, so it can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/review/card_dialog.py" line="+63"/>
        <source>Its past answers (%Ln):</source>
        <translation>
            <numerusform>Its past answers (%Ln):</numerusform>
            <numerusform>Its past answers (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Answered %Ln times.</source>
        <translation>
            <numerusform>Answered %Ln time.</numerusform>
            <numerusform>Answered %Ln times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Missed %Ln times.</source>
        <translation>
            <numerusform>Missed %Ln time.</numerusform>
            <numerusform>Missed %Ln times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reviews moved the card.</source>
        <translation>
            <numerusform>%Ln review moved the card.</numerusform>
            <numerusform>%Ln reviews moved the card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Last review: {moment} · interval %Ln days</source>
        <translation>
            <numerusform>Last review: {moment} · interval %Ln day</numerusform>
            <numerusform>Last review: {moment} · interval %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDialogs</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/quiz/dialogs.py" line="+71"/>
        <source>%Ln questions unanswered: they score no points.</source>
        <translation>
            <numerusform>%Ln question unanswered: it scores no points.</numerusform>
            <numerusform>%Ln questions unanswered: they score no points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln flagged for review.</source>
        <translation>
            <numerusform>%Ln flagged for review.</numerusform>
            <numerusform>%Ln flagged for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/library/detail_pane.py" line="+143"/>
        <source>&amp;Mixed exam from %Ln banks…</source>
        <translation>
            <numerusform>&amp;Mixed exam from %Ln bank…</numerusform>
            <numerusform>&amp;Mixed exam from %Ln banks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>best {percent} in %Ln attempts</source>
        <translation>
            <numerusform>best {percent} in %Ln attempt</numerusform>
            <numerusform>best {percent} in %Ln attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Readiness {today} · pass mark {pass_mark} · {curve} {last} in %Ln days with no review</source>
        <translation>
            <numerusform>Readiness {today} · pass mark {pass_mark} · {curve} {last} in %Ln day with no review</numerusform>
            <numerusform>Readiness {today} · pass mark {pass_mark} · {curve} {last} in %Ln days with no review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueBars</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/review/review_charts.py" line="+93"/>
        <source>{day}: %Ln reviews</source>
        <translation>
            <numerusform>{day}: %Ln review</numerusform>
            <numerusform>{day}: %Ln reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/export_action.py" line="+91"/>
        <source>Exported %Ln attempts to {path}.</source>
        <translation>
            <numerusform>Exported %Ln attempt to {path}.</numerusform>
            <numerusform>Exported %Ln attempts to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryHeader</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/page_header.py" line="+69"/>
        <source>%Ln attempts</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{shown} of %Ln attempts</source>
        <translation>
            <numerusform>{shown} of %Ln attempt</numerusform>
            <numerusform>{shown} of %Ln attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryQuestions</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/confirm.py" line="+63"/>
        <source>Delete all %Ln attempts, every statistic and the review schedule?</source>
        <translation>
            <numerusform>Delete the only attempt, every statistic and the review schedule?</numerusform>
            <numerusform>Delete all %Ln attempts, every statistic and the review schedule?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/dialogs/import_dialog.py" line="+166"/>
        <source>Reading {current} of %Ln files…</source>
        <translation>
            <numerusform>Reading {current} of %Ln file…</numerusform>
            <numerusform>Reading {current} of %Ln files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{ready} of %Ln files can be imported, {questions} in all.</source>
        <translation>
            <numerusform>{ready} of %Ln file can be imported, {questions} in all.</numerusform>
            <numerusform>{ready} of %Ln files can be imported, {questions} in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/library/library_page.py" line="+284"/>
        <source>Start spaced review of %Ln due questions</source>
        <translation>
            <numerusform>Start spaced review of %Ln due question</numerusform>
            <numerusform>Start spaced review of %Ln due questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/markdown.py" line="+116"/>
        <source>[… %Ln more characters are not shown]</source>
        <translation>
            <numerusform>[… %Ln more character is not shown]</numerusform>
            <numerusform>[… %Ln more characters are not shown]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedCaption</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/missed_tab.py" line="+41"/>
        <source>The %Ln questions you got wrong or left unanswered most often.</source>
        <translation>
            <numerusform>The %Ln question you got wrong or left unanswered most often.</numerusform>
            <numerusform>The %Ln questions you got wrong or left unanswered most often.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln questions you got wrong or left unanswered, most often first.</source>
        <translation>
            <numerusform>%Ln question you got wrong or left unanswered, most often first.</numerusform>
            <numerusform>%Ln questions you got wrong or left unanswered, most often first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedModel</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/qtmodels/missed_model.py" line="+121"/>
        <source>Wrong or unanswered {wrong} of %Ln times</source>
        <translation>
            <numerusform>Wrong or unanswered {wrong} of %Ln time</numerusform>
            <numerusform>Wrong or unanswered {wrong} of %Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedQuestionDialog</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/missed_question.py" line="+113"/>
        <source>Wrong or unanswered {wrong} of %Ln times</source>
        <translation>
            <numerusform>Wrong or unanswered {wrong} of %Ln time</numerusform>
            <numerusform>Wrong or unanswered {wrong} of %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>… and %Ln earlier answers</source>
        <translation>
            <numerusform>… and %Ln earlier answer</numerusform>
            <numerusform>… and %Ln earlier answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Your answers (%Ln times)</source>
        <translation>
            <numerusform>Your answers (%Ln time)</numerusform>
            <numerusform>Your answers (%Ln times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedTab</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/missed_tab.py" line="+86"/>
        <source>Start a practice of the %Ln listed questions ({keys})</source>
        <translation>
            <numerusform>Start a practice of the %Ln listed question ({keys})</numerusform>
            <numerusform>Start a practice of the %Ln listed questions ({keys})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizActions</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/quiz/quiz_actions.py" line="+89"/>
        <source>This question has %Ln choices ({keys}).</source>
        <translation>
            <numerusform>This question has %Ln choice ({keys}).</numerusform>
            <numerusform>This question has %Ln choices ({keys}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizHeader</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/quiz/header.py" line="+171"/>
        <source>%Ln answered</source>
        <translation>
            <numerusform>%Ln answered</numerusform>
            <numerusform>%Ln answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln flagged</source>
        <translation>
            <numerusform>%Ln flagged</numerusform>
            <numerusform>%Ln flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln of {total} answered</source>
        <translation>
            <numerusform>%Ln of {total} answered</numerusform>
            <numerusform>%Ln of {total} answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/results/result_words.py" line="+67"/>
        <source>%Ln wrong ({partly})</source>
        <translation>
            <numerusform>%Ln wrong ({partly})</numerusform>
            <numerusform>%Ln wrong ({partly})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partly right</source>
        <translation>
            <numerusform>%Ln partly right</numerusform>
            <numerusform>%Ln partly right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln wrong</source>
        <translation>
            <numerusform>%Ln wrong</numerusform>
            <numerusform>%Ln wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln right</source>
        <translation>
            <numerusform>%Ln right</numerusform>
            <numerusform>%Ln right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln unanswered</source>
        <translation>
            <numerusform>%Ln unanswered</numerusform>
            <numerusform>%Ln unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln flagged</source>
        <translation>
            <numerusform>%Ln flagged</numerusform>
            <numerusform>%Ln flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Time ran out, so the exam was submitted automatically; %Ln unanswered questions scored no points.</source>
        <translation>
            <numerusform>Time ran out, so the exam was submitted automatically; %Ln unanswered question scored no points.</numerusform>
            <numerusform>Time ran out, so the exam was submitted automatically; %Ln unanswered questions scored no points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Retry %Ln wrong or unanswered (R)</source>
        <translation>
            <numerusform>Retry %Ln wrong or unanswered (R)</numerusform>
            <numerusform>Retry %Ln wrong or unanswered (R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry %Ln wrong (R)</source>
        <translation>
            <numerusform>Retry %Ln wrong (R)</numerusform>
            <numerusform>Retry %Ln wrong (R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry %Ln unanswered (R)</source>
        <translation>
            <numerusform>Retry %Ln unanswered (R)</numerusform>
            <numerusform>Retry %Ln unanswered (R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Retry %Ln wrong or unanswered</source>
        <translation>
            <numerusform>Retry %Ln wrong or unanswered</numerusform>
            <numerusform>Retry %Ln wrong or unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry %Ln wrong</source>
        <translation>
            <numerusform>Retry %Ln wrong</numerusform>
            <numerusform>Retry %Ln wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry %Ln unanswered</source>
        <translation>
            <numerusform>Retry %Ln unanswered</numerusform>
            <numerusform>Retry %Ln unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Practise the %Ln questions answered wrongly</source>
        <translation>
            <numerusform>Practise the %Ln question answered wrongly</numerusform>
            <numerusform>Practise the %Ln questions answered wrongly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Practise the %Ln questions left unanswered</source>
        <translation>
            <numerusform>Practise the %Ln question left unanswered</numerusform>
            <numerusform>Practise the %Ln questions left unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrong (%Ln)</source>
        <translation>
            <numerusform>Wrong (%Ln)</numerusform>
            <numerusform>Wrong (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Flagged (%Ln)</source>
        <translation>
            <numerusform>Flagged (%Ln)</numerusform>
            <numerusform>Flagged (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unanswered (%Ln)</source>
        <translation>
            <numerusform>Unanswered (%Ln)</numerusform>
            <numerusform>Unanswered (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All (%Ln)</source>
        <translation>
            <numerusform>All (%Ln)</numerusform>
            <numerusform>All (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Show the %Ln wrong questions</source>
        <translation>
            <numerusform>Show the %Ln wrong question</numerusform>
            <numerusform>Show the %Ln wrong questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Show the %Ln flagged questions</source>
        <translation>
            <numerusform>Show the %Ln flagged question</numerusform>
            <numerusform>Show the %Ln flagged questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Show the %Ln unanswered questions</source>
        <translation>
            <numerusform>Show the %Ln unanswered question</numerusform>
            <numerusform>Show the %Ln unanswered questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show all %Ln questions</source>
        <translation>
            <numerusform>Show the %Ln question</numerusform>
            <numerusform>Show all %Ln questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeQuestions</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/resume/questions.py" line="+77"/>
        <source>The library&apos;s details list %Ln more unfinished attempts at this bank.</source>
        <translation>
            <numerusform>The library&apos;s details list %Ln more unfinished attempt at this bank.</numerusform>
            <numerusform>The library&apos;s details list %Ln more unfinished attempts at this bank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeWording</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/resume/wording.py" line="+61"/>
        <source>{answered} of %Ln questions answered</source>
        <translation>
            <numerusform>{answered} of %Ln question answered</numerusform>
            <numerusform>{answered} of %Ln questions answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/review/retention_dialog.py" line="+105"/>
        <source>At {share}: about {per_day} reviews a day over the next year, for your %Ln scheduled questions.</source>
        <translation>
            <numerusform>At {share}: about {per_day} reviews a day over the next year, for your %Ln scheduled question.</numerusform>
            <numerusform>At {share}: about {per_day} reviews a day over the next year, for your %Ln scheduled questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewStatsTab</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/review/stats_tab.py" line="+138"/>
        <source>%Ln reviews due in the next 30 days, {today} of them today (overdue included).</source>
        <translation>
            <numerusform>%Ln review due in the next 30 days, {today} of them today (overdue included).</numerusform>
            <numerusform>%Ln reviews due in the next 30 days, {today} of them today (overdue included).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln days or more</source>
        <translation>
            <numerusform>%Ln day or more</numerusform>
            <numerusform>%Ln days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>young (under %Ln days)</source>
        <translation>
            <numerusform>young (under %Ln day)</numerusform>
            <numerusform>young (under %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>mature (%Ln days or more)</source>
        <translation>
            <numerusform>mature (%Ln day or more)</numerusform>
            <numerusform>mature (%Ln days or more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Current streak: %Ln days</source>
        <translation>
            <numerusform>Current streak: %Ln day</numerusform>
            <numerusform>Current streak: %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln days studied in the last year</source>
        <translation>
            <numerusform>%Ln day studied in the last year</numerusform>
            <numerusform>%Ln days studied in the last year</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/qtmodels/review_model.py" line="+116"/>
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/charts.py" line="+202"/>
        <source>%Ln finished attempts at {title}; latest {latest}, best {best}, pass mark {pass_mark}.</source>
        <translation>
            <numerusform>%Ln finished attempt at {title}; latest {latest}, best {best}, pass mark {pass_mark}.</numerusform>
            <numerusform>%Ln finished attempts at {title}; latest {latest}, best {best}, pass mark {pass_mark}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartExamDialog</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/dialogs/start_dialog.py" line="+129"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreKeeper</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/store_keeper.py" line="+53"/>
        <source>%Ln changes were not saved to {path}: they are kept only in memory.</source>
        <translation>
            <numerusform>%Ln change was not saved to {path}: it is kept only in memory.</numerusform>
            <numerusform>%Ln changes were not saved to {path}: they are kept only in memory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyCalendar</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/review/review_charts.py" line="+119"/>
        <source>%Ln days studied in the weeks shown.</source>
        <translation>
            <numerusform>%Ln day studied in the weeks shown.</numerusform>
            <numerusform>%Ln days studied in the weeks shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Most answers on {day}: %Ln.</source>
        <translation>
            <numerusform>Most answers on {day}: %Ln.</numerusform>
            <numerusform>Most answers on {day}: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnfinishedDialog</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/resume/start_offer.py" line="+82"/>
        <source>You have %Ln unfinished attempts. Resume one where you left off?</source>
        <translation>
            <numerusform>You have an unfinished attempt. Resume it where you left off?</numerusform>
            <numerusform>You have %Ln unfinished attempts. Resume one where you left off?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attempt_launcher</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/attempt_launcher.py" line="+88"/>
        <source>Most missed: %Ln questions</source>
        <translation>
            <numerusform>Most missed: %Ln question</numerusform>
            <numerusform>Most missed: %Ln questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>display</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/domain/display.py" line="+140"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/file_actions.py" line="+89"/>
        <source>Exported %Ln unsaved changes to {path}.</source>
        <translation>
            <numerusform>Exported %Ln unsaved change to {path}.</numerusform>
            <numerusform>Exported %Ln unsaved changes to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/dialogs/import_dialog.py" line="-136"/>
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>review_words</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/domain/review_words.py" line="+94"/>
        <source>Next review {when}, %n questions.</source>
        <translation>
            <numerusform>Next review {when}, %n question.</numerusform>
            <numerusform>Next review {when}, %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>New interval: %n days · back {when} ({date})</source>
        <translation>
            <numerusform>New interval: %n day · back {when} ({date})</numerusform>
            <numerusform>New interval: %n days · back {when} ({date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New interval: %n days · back {when}</source>
        <translation>
            <numerusform>New interval: %n day · back {when}</numerusform>
            <numerusform>New interval: %n days · back {when}</numerusform>
        </translation>
    </message>
</context>
</TS>
