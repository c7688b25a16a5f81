<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttemptStarts</name>
    <message>
        <location filename="../../ptquiz_gui/views/attempt_starts.py" line="+83"/>
        <source>No questions are due for review now. {next}</source>
        <translation>Derzeit sind keine Fragen zur Wiederholung fällig. {next}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no bank with the id &apos;{id}&apos;.</source>
        <translation>Es gibt keinen Fragenkatalog mit der ID „{id}“.</translation>
    </message>
</context>
<context>
    <name>AttemptsTab</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/attempts_tab.py" line="+46"/>
        <source>Past attempts</source>
        <translation>Bisherige Versuche</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+90"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected attempt</source>
        <translation>Ausgewählten Versuch löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this attempt from the history (Delete)</source>
        <translation>Diesen Versuch aus dem Verlauf entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;all history…</source>
        <translation>&amp;Gesamten Verlauf löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear all history</source>
        <translation>Gesamten Verlauf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every attempt, statistic and review card</source>
        <translation>Alle Versuche, Statistiken und Wiederholungskarten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click a column heading to sort</source>
        <translation>zum Sortieren auf eine Spaltenüberschrift klicken</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Resume or discard…</source>
        <translation>Fo&amp;rtsetzen oder verwerfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume or discard the selected attempt</source>
        <translation>Ausgewählten Versuch fortsetzen oder verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on with this unfinished attempt, or end it (Enter)</source>
        <translation>Diesen unvollendeten Versuch fortsetzen oder beenden (Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected attempt</source>
        <translation>Ausgewählten Versuch öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the attempt question by question (Enter)</source>
        <translation>Den Versuch Frage für Frage durchsehen (Eingabe)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/backups_dialog.py" line="+39"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before clearing</source>
        <translation>Vor dem Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backups yet. ptquiz makes the first when it starts after your first attempt, then one at each start a day or more after the last. Back up now makes one at once.</source>
        <translation>Noch keine Sicherungen. ptquiz legt die erste beim ersten Start nach Ihrem ersten Versuch an, danach eine bei jedem Start, der mindestens einen Tag nach der letzten liegt. „Jetzt sichern“ legt sofort eine an.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>History backups</source>
        <translation>Sicherungen des Verlaufs</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>ptquiz copies your history when it starts (at most once a day) and before clearing or restoring it, and keeps the newest %Ln. A restore saves the history as it is first, so it can be undone.</source>
        <translation>
            <numerusform>ptquiz sichert Ihren Verlauf beim Start (höchstens einmal täglich) sowie vor dem Löschen oder Wiederherstellen und behält die neueste Sicherung. Eine Wiederherstellung sichert zuerst den aktuellen Verlauf, sodass sie sich rückgängig machen lässt.</numerusform>
            <numerusform>ptquiz sichert Ihren Verlauf beim Start (höchstens einmal täglich) sowie vor dem Löschen oder Wiederherstellen und behält die neuesten %Ln. Eine Wiederherstellung sichert zuerst den aktuellen Verlauf, sodass sie sich rückgängig machen lässt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up the history now</source>
        <translation>Verlauf jetzt sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close backups</source>
        <translation>Sicherungen schließen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Folder: {path}</source>
        <translation>Ordner: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is in memory only: no backups.</source>
        <translation>Der Verlauf liegt nur im Arbeitsspeicher: keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This backup cannot be read</source>
        <translation>Diese Sicherung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Replace your history with the backup taken {taken}?</source>
        <translation>Ihren Verlauf durch die Sicherung vom {taken} ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts made since then will no longer be listed. The history as it is now is saved as a new backup first, so you can restore it again.</source>
        <translation>Seitdem gemachte Versuche werden nicht mehr aufgeführt. Der aktuelle Verlauf wird zuvor als neue Sicherung gespeichert, sodass Sie ihn wiederherstellen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore backup?</source>
        <translation>Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring the backup taken {taken}…</source>
        <translation>Die Sicherung vom {taken} wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not restore the backup</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the backup taken {taken}.</source>
        <translation>Die Sicherung vom {taken} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history from before is kept as the backup taken {taken}.</source>
        <translation>Der vorherige Verlauf bleibt als Sicherung vom {taken} erhalten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backing up the history…</source>
        <translation>Der Verlauf wird gesichert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not back up the history</source>
        <translation>Der Verlauf konnte nicht gesichert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your history holds no attempts yet, so there is nothing to back up.</source>
        <translation>Ihr Verlauf enthält noch keine Versuche, es gibt also nichts zu sichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up the history: the backup taken {taken}.</source>
        <translation>Der Verlauf wurde gesichert: die Sicherung vom {taken}.</translation>
    </message>
</context>
<context>
    <name>BankActions</name>
    <message>
        <location filename="../../ptquiz_gui/views/library/bank_actions.py" line="+46"/>
        <source>Drop the files again once the running job has finished.</source>
        <translation>Ziehen Sie die Dateien erneut hierher, sobald die laufende Aufgabe beendet ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Imported “{title}”, selected in the library.</source>
        <translation>„{title}“ importiert und in der Bibliothek ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {titles}; “{title}” is selected.</source>
        <translation>{titles} importiert; „{title}“ ist ausgewählt.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/review/card_dialog.py" line="+30"/>
        <source>Card of {question}</source>
        <translation>Karte zu {question}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Past answers</source>
        <translation>Bisherige Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Its past answers (%Ln):</source>
        <translation>
            <numerusform>Bisherige Antworten (%Ln):</numerusform>
            <numerusform>Bisherige Antworten (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This question has not been answered yet, so it has no card.</source>
        <translation>Diese Frage wurde noch nicht beantwortet und hat daher keine Karte.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Answered %Ln times.</source>
        <translation>
            <numerusform>%Ln-mal beantwortet.</numerusform>
            <numerusform>%Ln-mal beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Missed %Ln times.</source>
        <translation>
            <numerusform>%Ln-mal falsch beantwortet.</numerusform>
            <numerusform>%Ln-mal falsch beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reviews moved the card.</source>
        <translation>
            <numerusform>%Ln Wiederholung hat die Karte verändert.</numerusform>
            <numerusform>%Ln Wiederholungen haben die Karte verändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not scheduled: answered right every time outside review, so it comes back only after a miss.</source>
        <translation>Nicht eingeplant: außerhalb der Wiederholung jedes Mal richtig beantwortet, daher kommt sie erst nach einem Fehler wieder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stability: {days} days (the time for the chance of a right answer to fall to {share})</source>
        <translation>Stabilität: {days} Tage (die Zeit, bis die Chance auf eine richtige Antwort auf {share} fällt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty: {difficulty} of 10</source>
        <translation>Schwierigkeit: {difficulty} von 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrievability: {chance} (the chance of a right answer now)</source>
        <translation>Abrufwahrscheinlichkeit: {chance} (die Chance auf eine richtige Antwort jetzt)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last review: {moment} · interval %Ln days</source>
        <translation>
            <numerusform>Letzte Wiederholung: {moment} · Intervall %Ln Tag</numerusform>
            <numerusform>Letzte Wiederholung: {moment} · Intervall %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next due: {moment}</source>
        <translation>Wieder fällig: {moment}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>– Unanswered</source>
        <translation>– Unbeantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Right</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Wrong</source>
        <translation>✗ Falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◐ Partly right ({points})</source>
        <translation>◐ Teilweise richtig ({points})</translation>
    </message>
</context>
<context>
    <name>ChoiceListView</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/choice_list.py" line="+144"/>
        <source>Answer choices</source>
        <translation>Antwortmöglichkeiten</translation>
    </message>
</context>
<context>
    <name>ChoiceModel</name>
    <message>
        <location filename="../../ptquiz_gui/qtmodels/choice_model.py" line="+59"/>
        <source>● Selected</source>
        <translation>● Gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>✓ Correct answer</source>
        <translation>✓ Richtige Antwort</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>✓ Your answer, correct</source>
        <translation>✓ Ihre Antwort, richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Your answer</source>
        <translation>✗ Ihre Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>☑ Ticked</source>
        <translation>☑ Angekreuzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Ticked, right</source>
        <translation>✓ Angekreuzt, richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Ticked, wrong</source>
        <translation>✗ Angekreuzt, falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>○ Missed, a right answer</source>
        <translation>○ Verpasst, eine richtige Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Correct answer</source>
        <translation>Richtige Antwort</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Your answer, correct</source>
        <translation>Ihre Antwort, richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer, wrong</source>
        <translation>Ihre Antwort, falsch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked, right</source>
        <translation>Angekreuzt, richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked, wrong</source>
        <translation>Angekreuzt, falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed, a right answer</source>
        <translation>Verpasst, eine richtige Antwort</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{letter}: {choice}</source>
        <translation>{letter}: {choice}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✓ {choice}: right</source>
        <translation>✓ {choice}: richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ {choice}: wrong, not a right answer</source>
        <translation>✗ {choice}: falsch, keine richtige Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>○ {choice}: missed, a right answer</source>
        <translation>○ {choice}: verpasst, eine richtige Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>· {choice}: left out, not a right answer</source>
        <translation>· {choice}: ausgelassen, keine richtige Antwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>True or false</source>
        <translation>Richtig oder falsch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose {count}</source>
        <translation>Wählen Sie {count} aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose all that apply</source>
        <translation>Wählen Sie alle zutreffenden aus</translation>
    </message>
</context>
<context>
    <name>ConfirmDialogs</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/dialogs.py" line="+24"/>
        <source>Your answers are saved. Resume it any time from History or from the bank&apos;s details in the library; PTQuiz also lists it when it next starts.</source>
        <translation>Ihre Antworten sind gespeichert. Sie können den Versuch jederzeit im Verlauf oder in den Details des Fragenkatalogs in der Bibliothek fortsetzen; PTQuiz listet ihn auch beim nächsten Start auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%Ln questions unanswered: they score no points.</source>
        <translation>
            <numerusform>%Ln Frage ist unbeantwortet und bringt keine Punkte.</numerusform>
            <numerusform>%Ln Fragen sind unbeantwortet und bringen keine Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every question is answered.</source>
        <translation>Alle Fragen sind beantwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln flagged for review.</source>
        <translation>
            <numerusform>%Ln Frage zur Überprüfung markiert.</numerusform>
            <numerusform>%Ln Fragen zur Überprüfung markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None flagged for review.</source>
        <translation>Keine Frage zur Überprüfung markiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit exam?</source>
        <translation>Prüfung abgeben?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish practice?</source>
        <translation>Übung beenden?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Submit your answers for scoring?</source>
        <translation>Ihre Antworten zur Bewertung abgeben?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish now and see your results?</source>
        <translation>Jetzt beenden und die Ergebnisse ansehen?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Submit</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this attempt?</source>
        <translation>Diesen Versuch verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this attempt now?</source>
        <translation>Diesen Versuch jetzt verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../ptquiz_gui/views/daily_backup.py" line="+30"/>
        <source>Backing up the history</source>
        <translation>Der Verlauf wird gesichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore a backup to repair it.</source>
        <translation>Stellen Sie eine Sicherung wieder her, um den Verlauf zu reparieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your history itself is unchanged.</source>
        <translation>Ihr Verlauf selbst ist unverändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The daily backup failed: {error}</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ptquiz_gui/views/library/detail_pane.py" line="+49"/>
        <source>Readiness</source>
        <translation>Prüfungsreife</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank description</source>
        <translation>Beschreibung des Fragenkatalogs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Practice</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One question at a time with the reasoning after each answer (Enter)</source>
        <translation>Eine Frage nach der anderen, mit der Erklärung nach jeder Antwort (Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Exam…</source>
        <translation>&amp;Prüfung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed, no feedback until you submit (Ctrl+E)</source>
        <translation>Mit Zeitlimit, ohne Rückmeldung bis zur Abgabe (Strg+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>&amp;Mixed exam…</source>
        <translation>&amp;Gemischte Prüfung…</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Random questions drawn from every selected bank</source>
        <translation>Zufällige Fragen aus allen ausgewählten Fragenkatalogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take this bank out of your library (the file is kept in removed-banks)</source>
        <translation>Diesen Fragenkatalog aus Ihrer Bibliothek entfernen (die Datei bleibt in removed-banks erhalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove bank</source>
        <translation>Fragenkatalog entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start practice</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start exam</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start mixed exam</source>
        <translation>Gemischte Prüfung starten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bank details</source>
        <translation>Details des Fragenkatalogs</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>&amp;Mixed exam from %Ln banks…</source>
        <translation>
            <numerusform>&amp;Gemischte Prüfung aus %Ln Fragenkatalog…</numerusform>
            <numerusform>&amp;Gemischte Prüfung aus %Ln Fragenkatalogen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No bank selected</source>
        <translation>Kein Fragenkatalog ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a bank in the list, or import your own with File → Import bank…</source>
        <translation>Wählen Sie einen Fragenkatalog in der Liste oder importieren Sie einen eigenen mit Datei → Fragenkatalog importieren…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam time {time}</source>
        <translation>Prüfungszeit {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass mark {percent}</source>
        <translation>Bestehensgrenze {percent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your bank</source>
        <translation>Ihr Fragenkatalog</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>best {percent} in %Ln attempts</source>
        <translation>
            <numerusform>Beste Punktzahl {percent} aus %Ln Versuch</numerusform>
            <numerusform>Beste Punktzahl {percent} aus %Ln Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>**Topics:** {topics}</source>
        <translation>**Themen:** {topics}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Readiness {today} · pass mark {pass_mark}</source>
        <translation>Prüfungsreife {today} · Bestehensgrenze {pass_mark}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Readiness {today} · pass mark {pass_mark} · {curve} {last} in %Ln days with no review</source>
        <translation>
            <numerusform>Prüfungsreife {today} · Bestehensgrenze {pass_mark} · {curve} {last} in %Ln Tag ohne Wiederholung</numerusform>
            <numerusform>Prüfungsreife {today} · Bestehensgrenze {pass_mark} · {curve} {last} in %Ln Tagen ohne Wiederholung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueBars</name>
    <message>
        <location filename="../../ptquiz_gui/views/review/review_charts.py" line="+80"/>
        <source>Reviews due on each of the next 30 days</source>
        <translation>Fällige Wiederholungen an jedem der nächsten 30 Tage</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{day}: %Ln reviews</source>
        <translation>
            <numerusform>{day}: %Ln Wiederholung</numerusform>
            <numerusform>{day}: %Ln Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No reviews are due in the next 30 days.</source>
        <translation>In den nächsten 30 Tagen sind keine Wiederholungen fällig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/export.py" line="+27"/>
        <source>CSV (one row per attempt)</source>
        <translation>CSV (eine Zeile pro Versuch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (every answer)</source>
        <translation>JSON (jede Antwort)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>FolderMessage</name>
    <message>
        <location filename="../../ptquiz_gui/views/folder_message.py" line="+33"/>
        <source>Folder path</source>
        <translation>Ordnerpfad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The path is copied: paste it into a file manager or a terminal.</source>
        <translation>Der Pfad ist kopiert: Fügen Sie ihn in einen Dateimanager oder ein Terminal ein.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ptquiz_gui/views/help_menu.py" line="+50"/>
        <source>Offline multiple-choice exam practice: timed exams, practice with the reasoning after every answer, history, and spaced review of the questions you miss.</source>
        <translation>Prüfungsvorbereitung mit Multiple-Choice-Fragen, offline: Prüfungen mit Zeitlimit, Übung mit der Erklärung nach jeder Antwort, Verlauf und Wiederholung der falsch beantworteten Fragen in Abständen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/export_action.py" line="+28"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export history as {format}</source>
        <translation>Verlauf als {format} exportieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export was cancelled; {path} was not written.</source>
        <translation>Der Export wurde abgebrochen; {path} wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Exported %Ln attempts to {path}.</source>
        <translation>
            <numerusform>%Ln Versuch nach {path} exportiert.</numerusform>
            <numerusform>%Ln Versuche nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export the history</source>
        <translation>Der Verlauf konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/filter_bar.py" line="+19"/>
        <source>All banks</source>
        <translation>Alle Fragenkataloge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All modes</source>
        <translation>Alle Modi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Filter by bank</source>
        <translation>Nach Fragenkatalog filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by mode</source>
        <translation>Nach Modus filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any dat&amp;e</source>
        <translation>Beliebiges Da&amp;tum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank:</source>
        <translation>&amp;Fragenkatalog:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
</context>
<context>
    <name>HistoryHeader</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/page_header.py" line="+24"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the listed attempts</source>
        <translation>Aufgeführte Versuche exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the attempts the filters show as CSV or JSON</source>
        <translation>Die gefilterten Versuche als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;CSV (one row per attempt)…</source>
        <translation>Als &amp;CSV (eine Zeile pro Versuch)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As &amp;JSON (every answer)…</source>
        <translation>Als &amp;JSON (jede Antwort)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bac&amp;kups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the daily backups of your history and restore one</source>
        <translation>Die täglichen Sicherungen Ihres Verlaufs ansehen und eine wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;library</source>
        <translation>Zurück zur &amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln attempts</source>
        <translation>
            <numerusform>%Ln Versuch</numerusform>
            <numerusform>%Ln Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{shown} of %Ln attempts</source>
        <translation>
            <numerusform>{shown} von %Ln Versuch</numerusform>
            <numerusform>{shown} von %Ln Versuchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ptquiz_gui/qtmodels/history_model.py" line="+37"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>whole bank</source>
        <translation>ganzer Fragenkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed exam</source>
        <translation>gemischte Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry of missed questions</source>
        <translation>erneuter Durchgang falsch beantworteter Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spaced review</source>
        <translation>Wiederholung in Abständen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Finished {moment}</source>
        <translation>Beendet am {moment}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{bank_id} · {kind} · pass mark {pass_mark}</source>
        <translation>{bank_id} · {kind} · Bestehensgrenze {pass_mark}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{answered} of {total} answered</source>
        <translation>{answered} von {total} beantwortet</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/history_page.py" line="+39"/>
        <source>No attempts yet.

Finish a practice run or an exam from the library and it shows up here, with your progress over time and the questions you miss most.</source>
        <translation>Noch keine Versuche.

Beenden Sie eine Übung oder eine Prüfung aus der Bibliothek, dann erscheint sie hier, mit Ihrem Fortschritt im Zeitverlauf und den Fragen, die Sie am häufigsten falsch beantworten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No attempts match these filters. Choose “All banks”, “All modes” or “Any date” to see more.</source>
        <translation>Keine Versuche passen zu diesen Filtern. Wählen Sie „Alle Fragenkataloge“, „Alle Modi“ oder „Beliebiges Datum“, um mehr zu sehen.</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>Could not delete the attempt</source>
        <translation>Der Versuch konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The history was cleared.</source>
        <translation>Der Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup was kept in {path}.</source>
        <translation>Eine Sicherung wurde in {path} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not clear the history</source>
        <translation>Der Verlauf konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your history was restored from a backup.</source>
        <translation>Ihr Verlauf wurde aus einer Sicherung wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>HistoryQuestions</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/confirm.py" line="+52"/>
        <source>unfinished</source>
        <translation>unvollendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the exam attempt at “{title}” from {date} ({score})?</source>
        <translation>Den Prüfungsversuch zu „{title}“ vom {date} ({score}) löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the practice attempt at “{title}” from {date} ({score})?</source>
        <translation>Den Übungsversuch zu „{title}“ vom {date} ({score}) löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete attempt?</source>
        <translation>Versuch löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete all %Ln attempts, every statistic and the review schedule?</source>
        <translation>
            <numerusform>Den einzigen Versuch, alle Statistiken und den Wiederholungsplan löschen?</numerusform>
            <numerusform>Alle %Ln Versuche, alle Statistiken und den Wiederholungsplan löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the history as it is now is taken first; restore it with Backups… if you change your mind.</source>
        <translation>Zuerst wird eine Sicherung des aktuellen Verlaufs angelegt; stellen Sie sie unter „Sicherungen…“ wieder her, falls Sie es sich anders überlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all history?</source>
        <translation>Gesamten Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the attempt at “{title}” from {date}.</source>
        <translation>Der Versuch zu „{title}“ vom {date} wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/history_tabs.py" line="+32"/>
        <location line="+1"/>
        <source>History views</source>
        <translation>Ansichten des Verlaufs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Most missed</source>
        <translation>Am häufigsten falsch</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/dialogs/import_dialog.py" line="+41"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Import banks</source>
        <translation>Fragenkataloge importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Problems and skipped questions:</source>
        <translation>&amp;Probleme und übersprungene Fragen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Reading {current} of %Ln files…</source>
        <translation>
            <numerusform>Datei {current} von %Ln wird gelesen…</numerusform>
            <numerusform>Datei {current} von %Ln wird gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{ready} of %Ln files can be imported, {questions} in all.</source>
        <translation>
            <numerusform>{ready} von %Ln Datei kann importiert werden, insgesamt {questions}.</numerusform>
            <numerusform>{ready} von %Ln Dateien können importiert werden, insgesamt {questions}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions with problems are left out; the rest of each file is imported.</source>
        <translation>Fragen mit Problemen werden ausgelassen; der Rest jeder Datei wird importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files could not be read: {error}</source>
        <translation>Die Dateien konnten nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../ptquiz_gui/views/job_status.py" line="+29"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Background job: {job}</source>
        <translation>Hintergrundaufgabe: {job}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel: {job}</source>
        <translation>Abbrechen: {job}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ptquiz_gui/views/language_choice.py" line="+24"/>
        <source>{app} will be in {language} from its next start. Close and open it again to switch now.</source>
        <translation>{app} erscheint ab dem nächsten Start auf {language}. Schließen Sie {app} und öffnen Sie es erneut, um sofort zu wechseln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} will follow the system&apos;s language from its next start.</source>
        <translation>{app} folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{variable} is set, so {app} starts in {language} for as long as it is set.</source>
        <translation>{variable} ist gesetzt, daher startet {app} auf {language}, solange die Variable gesetzt ist.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ptquiz_gui/qtmodels/library_model.py" line="+70"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best score</source>
        <translation>Beste Punktzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness</source>
        <translation>Prüfungsreife</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The score you would be expected to get if you took this bank&apos;s exam today.</source>
        <translation>Die Punktzahl, die Sie voraussichtlich erreichen würden, wenn Sie die Prüfung dieses Fragenkatalogs heute ablegten.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>bundled with PTQuiz</source>
        <translation>mit PTQuiz mitgeliefert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ptquiz_gui/views/library/library_page.py" line="+82"/>
        <source>Search banks</source>
        <translation>Fragenkataloge durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by title, topic or id</source>
        <translation>Nach Titel, Thema oder ID suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search banks by title, topic or id (Ctrl+F)</source>
        <translation>Fragenkataloge nach Titel, Thema oder ID durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search (Esc)</source>
        <translation>Suche leeren (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions you missed come back on a schedule (Ctrl+R)</source>
        <translation>Falsch beantwortete Fragen kommen in Abständen wieder (Strg+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open history</source>
        <translation>Verlauf öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past attempts, charts and most-missed questions (Ctrl+H)</source>
        <translation>Frühere Versuche, Diagramme und die am häufigsten falsch beantworteten Fragen (Strg+H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Banks</source>
        <translation>Fragenkataloge</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New here? Pick a bank and press Enter to practise with the reasoning after each answer, or press Ctrl+E for a timed exam.</source>
        <translation>Neu hier? Wählen Sie einen Fragenkatalog und drücken Sie die Eingabetaste, um mit der Erklärung nach jeder Antwort zu üben, oder drücken Sie Strg+E für eine Prüfung mit Zeitlimit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drop .yaml, .txt (Aiken), .gift or .xml (Moodle) files here to import</source>
        <translation>Zum Importieren .yaml-, .txt- (Aiken), .gift- oder .xml-Dateien (Moodle) hierher ziehen</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No banks yet. Import Aiken, GIFT, Moodle XML or YAML files with File → Import bank…</source>
        <translation>Noch keine Fragenkataloge. Importieren Sie Aiken-, GIFT-, Moodle-XML- oder YAML-Dateien mit Datei → Fragenkatalog importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bank matches “{search}”. Esc clears the search.</source>
        <translation>Kein Fragenkatalog passt zu „{search}“. Esc leert die Suche.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Review due ({count})</source>
        <translation>Fällige wiederholen ({count})</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Start spaced review of %Ln due questions</source>
        <translation>
            <numerusform>Wiederholung der %Ln fälligen Frage starten</numerusform>
            <numerusform>Wiederholung der %Ln fälligen Fragen starten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintWatcher</name>
    <message>
        <location filename="../../ptquiz_gui/views/library/lint_job.py" line="+52"/>
        <source>Checking your banks</source>
        <translation>Ihre Fragenkataloge werden geprüft</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../ptquiz_gui/views/main_menu.py" line="+14"/>
        <source>Follow &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import bank…</source>
        <translation>Fragenkatalog &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport unsaved changes…</source>
        <translation>Ungespeicherte Änderungen e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the history file cannot be written, save what is waiting</source>
        <translation>Wenn die Verlaufsdatei nicht geschrieben werden kann: sichern, was noch aussteht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload banks</source>
        <translation>Fragenkataloge &amp;neu laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger te&amp;xt</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal text size</source>
        <translation>N&amp;ormale Schriftgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shu&amp;ffle questions and choices</source>
        <translation>Fragen und Antworten &amp;mischen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spaced review r&amp;etention…</source>
        <translation>Behaltens&amp;rate der Wiederholung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ptquiz_gui/views/main_window.py" line="+69"/>
        <source>Exam practice</source>
        <translation>Prüfungsvorbereitung</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Spaced review</source>
        <translation>Wiederholung in Abständen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wait until “{job}” has finished, then try again.</source>
        <translation>Warten Sie, bis „{job}“ beendet ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until the running job has finished, then try again.</source>
        <translation>Warten Sie, bis die laufende Aufgabe beendet ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/markdown.py" line="+116"/>
        <source>[… %Ln more characters are not shown]</source>
        <translation>
            <numerusform>[… %Ln weiteres Zeichen wird nicht angezeigt]</numerusform>
            <numerusform>[… %Ln weitere Zeichen werden nicht angezeigt]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+236"/>
        <source>[image: {alt}]</source>
        <translation>[Bild: {alt}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
</context>
<context>
    <name>MissedCaption</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/history/missed_tab.py" line="+41"/>
        <source>The %Ln questions you got wrong or left unanswered most often.</source>
        <translation>
            <numerusform>Die Frage, die Sie am häufigsten falsch oder nicht beantwortet haben.</numerusform>
            <numerusform>Die %Ln Fragen, die Sie am häufigsten falsch oder nicht beantwortet haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln questions you got wrong or left unanswered, most often first.</source>
        <translation>
            <numerusform>%Ln Frage, die Sie falsch oder nicht beantwortet haben.</numerusform>
            <numerusform>%Ln Fragen, die Sie falsch oder nicht beantwortet haben, die häufigsten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedModel</name>
    <message>
        <location filename="../../ptquiz_gui/qtmodels/missed_model.py" line="+30"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong / asked</source>
        <translation>Falsch / gestellt</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{title} ({bank}), question {question}, topic {topic}</source>
        <translation>{title} ({bank}), Frage {question}, Thema {topic}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} ({bank}), question {question}</source>
        <translation>{title} ({bank}), Frage {question}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrong or unanswered {wrong} of %Ln times</source>
        <translation>
            <numerusform>{wrong} von %Ln Mal falsch oder unbeantwortet</numerusform>
            <numerusform>{wrong} von %Ln Malen falsch oder unbeantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissedQuestionDialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/missed_question.py" line="+39"/>
        <source>✓ Right</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Wrong</source>
        <translation>✗ Falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Unanswered</source>
        <translation>– Unbeantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ {letter} — {choice} (correct answer)</source>
        <translation>✓ {letter} — {choice} (richtige Antwort)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{outcome}: {choices}</source>
        <translation>{outcome}: {choices}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Question {id} · {bank}</source>
        <translation>Frage {id} · {bank}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{bank} · question {id} · {topic}</source>
        <translation>{bank} · Frage {id} · {topic}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{bank} · question {id}</source>
        <translation>{bank} · Frage {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrong or unanswered {wrong} of %Ln times</source>
        <translation>
            <numerusform>Falsch oder unbeantwortet: {wrong} von %Ln Mal</numerusform>
            <numerusform>Falsch oder unbeantwortet: {wrong} von %Ln Malen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Choices</source>
        <translation>Antwortmöglichkeiten</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No explanation for this question.</source>
        <translation>Keine Erklärung zu dieser Frage.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %Ln earlier answers</source>
        <translation>
            <numerusform>… und %Ln frühere Antwort</numerusform>
            <numerusform>… und %Ln frühere Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No finished answers.</source>
        <translation>Keine Antworten aus beendeten Versuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Your answers (%Ln times)</source>
        <translation>
            <numerusform>Ihre Antworten (%Ln Mal)</numerusform>
            <numerusform>Ihre Antworten (%Ln Mal)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The question and your answers</source>
        <translation>Die Frage und Ihre Antworten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MissedTab</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/missed_tab.py" line="+20"/>
        <source>Most missed questions</source>
        <translation>Am häufigsten falsch beantwortete Fragen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No missed questions yet. Questions you answer wrongly in finished attempts are listed here, most often missed first.</source>
        <translation>Noch keine falsch beantworteten Fragen. Fragen, die Sie in beendeten Versuchen falsch beantworten, erscheinen hier, die häufigsten zuerst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Practise these</source>
        <translation>Diese &amp;üben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise these questions</source>
        <translation>Diese Fragen üben</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Start a practice of the %Ln listed questions ({keys})</source>
        <translation>
            <numerusform>Eine Übung mit der aufgeführten Frage beginnen ({keys})</numerusform>
            <numerusform>Eine Übung mit den %Ln aufgeführten Fragen beginnen ({keys})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not open the question</source>
        <translation>Die Frage konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not read the questions</source>
        <translation>Die Fragen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../ptquiz_gui/qtmodels/navigator_model.py" line="+53"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered correctly</source>
        <translation>richtig beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered wrongly</source>
        <translation>falsch beantwortet</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/navigator_panel.py" line="+75"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/navigator.py" line="+215"/>
        <source>Question navigator</source>
        <translation>Fragenübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move between questions, Enter opens one</source>
        <translation>Die Pfeiltasten wechseln zwischen den Fragen, die Eingabetaste öffnet eine</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../ptquiz_gui/views/notice_banner.py" line="+27"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>PauseOverlay</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/pause_overlay.py" line="+14"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused — press P to resume</source>
        <translation>Pausiert — drücken Sie P, um fortzusetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The clock is stopped and the question is hidden until you resume.</source>
        <translation>Die Uhr steht, und die Frage bleibt verborgen, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume (P)</source>
        <translation>Fortsetzen (P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock is stopped until you resume.</source>
        <translation>Die Uhr steht, bis Sie fortsetzen.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ptquiz_gui/views/library/problems_panel.py" line="+43"/>
        <location line="+68"/>
        <source>Problems ({errors})</source>
        <translation>Probleme ({errors})</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Bank problems and warnings</source>
        <translation>Probleme und Warnungen der Fragenkataloge</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Warnings ({warnings})</source>
        <translation>Warnungen ({warnings})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems ({errors}) and warnings ({warnings})</source>
        <translation>Probleme ({errors}) und Warnungen ({warnings})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These bank files could not be loaded. Fix them and choose View → Reload banks; every other bank works as usual.</source>
        <translation>Diese Fragenkatalog-Dateien konnten nicht geladen werden. Beheben Sie die Fehler und wählen Sie Ansicht → Fragenkataloge neu laden; alle anderen Fragenkataloge funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warnings: your banks load, but these questions may be answerable without knowing the subject, or have badly matched choices. docs/bank-format.md explains each rule and how to silence one on purpose; `ptquiz validate --lint` lists the same.</source>
        <translation>Warnungen: Ihre Fragenkataloge werden geladen, aber diese Fragen lassen sich womöglich ohne Fachwissen beantworten oder haben schlecht zueinander passende Antworten. docs/bank-format.md erklärt jede Regel und wie man eine bewusst abschaltet; `ptquiz validate --lint` listet dieselben auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/progress_tab.py" line="+39"/>
        <source>Scores: finished attempts at the whole bank. Topics: every answer in a finished attempt, retries, reviews and mixed exams included.</source>
        <translation>Punktzahlen: beendete Versuche mit dem ganzen Fragenkatalog. Themen: jede Antwort in einem beendeten Versuch, einschließlich erneuter Durchgänge, Wiederholungen und gemischter Prüfungen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Progress charts</source>
        <translation>Fortschrittsdiagramme</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The charts show {title}, the bank of your latest finished attempt. Choose a bank in the Bank filter above to chart another.</source>
        <translation>Die Diagramme zeigen {title}, den Fragenkatalog Ihres letzten beendeten Versuchs. Wählen Sie oben im Filter „Fragenkatalog“ einen anderen aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The charts show {title}. Choose a bank in the Bank filter above to chart another.</source>
        <translation>Die Diagramme zeigen {title}. Wählen Sie oben im Filter „Fragenkatalog“ einen anderen aus.</translation>
    </message>
</context>
<context>
    <name>QuestionPane</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/question_pane.py" line="+75"/>
        <source>⚑ Flagged</source>
        <translation>⚑ Markiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>QuizActions</name>
    <message numerus="yes">
        <location filename="../../ptquiz_gui/views/quiz/quiz_actions.py" line="+89"/>
        <source>This question has %Ln choices ({keys}).</source>
        <translation>
            <numerusform>Diese Frage hat %Ln Antwortmöglichkeit ({keys}).</numerusform>
            <numerusform>Diese Frage hat %Ln Antwortmöglichkeiten ({keys}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already answered. Press Enter for the next question.</source>
        <translation>Bereits beantwortet. Drücken Sie die Eingabetaste für die nächste Frage.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tick at least one choice first ({keys}).</source>
        <translation>Kreuzen Sie zuerst mindestens eine Antwort an ({keys}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an answer first ({keys}).</source>
        <translation>Wählen Sie zuerst eine Antwort ({keys}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is the last question. Ctrl+Enter finishes.</source>
        <translation>Dies ist die letzte Frage. Strg+Eingabe beendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first question.</source>
        <translation>Dies ist die erste Frage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flagged for review.</source>
        <translation>Zur Überprüfung markiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flag removed.</source>
        <translation>Markierung entfernt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An exam cannot be paused; its clock keeps running.</source>
        <translation>Eine Prüfung lässt sich nicht pausieren; ihre Uhr läuft weiter.</translation>
    </message>
</context>
<context>
    <name>QuizHeader</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/header.py" line="+36"/>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+41"/>
        <location line="+39"/>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Leave (Esc)</source>
        <translation>Verlassen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the attempt</source>
        <translation>Den Versuch verlassen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question {number} of {total}</source>
        <translation>Frage {number} von {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln answered</source>
        <translation>
            <numerusform>%Ln beantwortet</numerusform>
            <numerusform>%Ln beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln flagged</source>
        <translation>
            <numerusform>%Ln markiert</numerusform>
            <numerusform>%Ln markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln of {total} answered</source>
        <translation>
            <numerusform>%Ln von {total} beantwortet</numerusform>
            <numerusform>%Ln von {total} beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{caption}: {time}</source>
        <translation>{caption}: {time}</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+39"/>
        <source>Resume (P)</source>
        <translation>Fortsetzen (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Less than a tenth of the time is left: {time}.</source>
        <translation>Es bleibt weniger als ein Zehntel der Zeit: {time}.</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/quiz_page.py" line="+46"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+259"/>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+242"/>
        <source>⚑ Flag (F)</source>
        <translation>⚑ Markieren (F)</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Flag for review</source>
        <translation>Zur Überprüfung markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+244"/>
        <source>Check answer (Enter)</source>
        <translation>Antwort prüfen (Eingabe)</translation>
    </message>
    <message>
        <location line="-244"/>
        <location line="+245"/>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <location line="-242"/>
        <location line="+118"/>
        <source>Finish… (Ctrl+Enter)</source>
        <translation>Beenden… (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Finish the attempt</source>
        <translation>Den Versuch beenden</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Submit exam… (Ctrl+Enter)</source>
        <translation>Prüfung abgeben… (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the exam</source>
        <translation>Die Prüfung abgeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish the practice</source>
        <translation>Die Übung beenden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Question {number} of {total}</source>
        <translation>Frage {number} von {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{position}: {prompt}</source>
        <translation>{position}: {prompt}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Press Enter for the next question</source>
        <translation>Drücken Sie die Eingabetaste für die nächste Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Enter to finish</source>
        <translation>Drücken Sie die Eingabetaste zum Beenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚑ Flagged (F)</source>
        <translation>⚑ Markiert (F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finish… (Enter)</source>
        <translation>Beenden… (Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next question (Enter)</source>
        <translation>Nächste Frage (Eingabe)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Paused. The clock is stopped.</source>
        <translation>Pausiert. Die Uhr steht.</translation>
    </message>
</context>
<context>
    <name>ReasoningPanel</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/reasoning_panel.py" line="+41"/>
        <source>Every choice marked</source>
        <translation>Jede Antwort bewertet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>✓ Correct</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Not quite</source>
        <translation>✗ Nicht ganz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◐ Partly right: {points} point</source>
        <translation>◐ Teilweise richtig: {points} Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers: {keys}</source>
        <translation>Antworten: {keys}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer: {keys}</source>
        <translation>Antwort: {keys}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You chose: {choice}</source>
        <translation>Ihre Wahl: {choice}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>*No explanation for this question.*</source>
        <translation>*Zu dieser Frage gibt es keine Erklärung.*</translation>
    </message>
</context>
<context>
    <name>ResultWords</name>
    <message>
        <location filename="../../ptquiz_gui/views/results/result_words.py" line="+24"/>
        <source>Past attempt · Exam</source>
        <translation>Früherer Versuch · Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Past attempt · Practice</source>
        <translation>Früherer Versuch · Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam finished</source>
        <translation>Prüfung beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practice finished</source>
        <translation>Übung beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}: score {points} of {total}, {percent}. {verdict}.</source>
        <translation>{kind}: Punktzahl {points} von {total}, {percent}. {verdict}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score {points} of {total}</source>
        <translation>Punktzahl {points} von {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass mark {percent}</source>
        <translation>Bestehensgrenze {percent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time used {used}</source>
        <translation>Benötigte Zeit {used}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time used {used} of {limit}</source>
        <translation>Benötigte Zeit {used} von {limit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{pace} per question</source>
        <translation>{pace} pro Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pace} per question (limit pace {limit})</source>
        <translation>{pace} pro Frage (Tempo laut Zeitlimit {limit})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln wrong ({partly})</source>
        <translation>
            <numerusform>%Ln falsch ({partly})</numerusform>
            <numerusform>%Ln falsch ({partly})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln partly right</source>
        <translation>
            <numerusform>%Ln teilweise richtig</numerusform>
            <numerusform>%Ln teilweise richtig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln wrong</source>
        <translation>
            <numerusform>%Ln falsch</numerusform>
            <numerusform>%Ln falsch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln right</source>
        <translation>
            <numerusform>%Ln richtig</numerusform>
            <numerusform>%Ln richtig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln unanswered</source>
        <translation>
            <numerusform>%Ln unbeantwortet</numerusform>
            <numerusform>%Ln unbeantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln flagged</source>
        <translation>
            <numerusform>%Ln markiert</numerusform>
            <numerusform>%Ln markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Time ran out, so the exam was submitted automatically; %Ln unanswered questions scored no points.</source>
        <translation>
            <numerusform>Die Zeit ist abgelaufen, daher wurde die Prüfung automatisch abgegeben; %Ln unbeantwortete Frage erhielt keine Punkte.</numerusform>
            <numerusform>Die Zeit ist abgelaufen, daher wurde die Prüfung automatisch abgegeben; %Ln unbeantwortete Fragen erhielten keine Punkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Retry %Ln wrong or unanswered (R)</source>
        <translation>
            <numerusform>%Ln falsche oder unbeantwortete erneut üben (R)</numerusform>
            <numerusform>%Ln falsche oder unbeantwortete erneut üben (R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry %Ln wrong (R)</source>
        <translation>
            <numerusform>%Ln falsche erneut üben (R)</numerusform>
            <numerusform>%Ln falsche erneut üben (R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry %Ln unanswered (R)</source>
        <translation>
            <numerusform>%Ln unbeantwortete erneut üben (R)</numerusform>
            <numerusform>%Ln unbeantwortete erneut üben (R)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Nothing to retry</source>
        <translation>Nichts erneut zu üben</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Retry %Ln wrong or unanswered</source>
        <translation>
            <numerusform>%Ln falsche oder unbeantwortete erneut üben</numerusform>
            <numerusform>%Ln falsche oder unbeantwortete erneut üben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry %Ln wrong</source>
        <translation>
            <numerusform>%Ln falsche erneut üben</numerusform>
            <numerusform>%Ln falsche erneut üben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Retry %Ln unanswered</source>
        <translation>
            <numerusform>%Ln unbeantwortete erneut üben</numerusform>
            <numerusform>%Ln unbeantwortete erneut üben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practise the {wrong} answered wrongly and the {unanswered} left unanswered</source>
        <translation>Erneut üben: {wrong} falsch beantwortet, {unanswered} unbeantwortet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Practise the %Ln questions answered wrongly</source>
        <translation>
            <numerusform>Die %Ln falsch beantwortete Frage erneut üben</numerusform>
            <numerusform>Die %Ln falsch beantworteten Fragen erneut üben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Practise the %Ln questions left unanswered</source>
        <translation>
            <numerusform>Die %Ln unbeantwortete Frage erneut üben</numerusform>
            <numerusform>Die %Ln unbeantworteten Fragen erneut üben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every question was answered correctly</source>
        <translation>Alle Fragen wurden richtig beantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to history (Esc)</source>
        <translation>Zurück zum Verlauf (Esc)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to library (Esc)</source>
        <translation>Zurück zur Bibliothek (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to history</source>
        <translation>Zurück zum Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrong (%Ln)</source>
        <translation>
            <numerusform>Falsch (%Ln)</numerusform>
            <numerusform>Falsch (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Flagged (%Ln)</source>
        <translation>
            <numerusform>Markiert (%Ln)</numerusform>
            <numerusform>Markiert (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unanswered (%Ln)</source>
        <translation>
            <numerusform>Unbeantwortet (%Ln)</numerusform>
            <numerusform>Unbeantwortet (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All (%Ln)</source>
        <translation>
            <numerusform>Alle (%Ln)</numerusform>
            <numerusform>Alle (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Show the %Ln wrong questions</source>
        <translation>
            <numerusform>Die %Ln falsch beantwortete Frage zeigen</numerusform>
            <numerusform>Die %Ln falsch beantworteten Fragen zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Show the %Ln flagged questions</source>
        <translation>
            <numerusform>Die %Ln markierte Frage zeigen</numerusform>
            <numerusform>Die %Ln markierten Fragen zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Show the %Ln unanswered questions</source>
        <translation>
            <numerusform>Die %Ln unbeantwortete Frage zeigen</numerusform>
            <numerusform>Die %Ln unbeantworteten Fragen zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show all %Ln questions</source>
        <translation>
            <numerusform>Die %Ln Frage zeigen</numerusform>
            <numerusform>Alle %Ln Fragen zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ptquiz_gui/views/results/results_page.py" line="+65"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Nothing to retry</source>
        <translation>Nichts erneut zu üben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Show the score per topic</source>
        <translation>Punktzahl je Thema zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key {number}</source>
        <translation>Taste {number}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Review</source>
        <translation>Durchsicht</translation>
    </message>
</context>
<context>
    <name>ResumeQuestions</name>
    <message>
        <location filename="../../ptquiz_gui/views/resume/questions.py" line="+67"/>
        <source>Resume it where you left off, or start a new exam; the unfinished one then stays in the library&apos;s details and in History, to resume later.</source>
        <translation>Setzen Sie ihn dort fort, wo Sie aufgehört haben, oder beginnen Sie eine neue Prüfung; der unvollendete Versuch bleibt dann in den Details der Bibliothek und im Verlauf, um ihn später fortzusetzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume it where you left off, or start a new practice; the unfinished one then stays in the library&apos;s details and in History, to resume later.</source>
        <translation>Setzen Sie ihn dort fort, wo Sie aufgehört haben, oder beginnen Sie eine neue Übung; der unvollendete Versuch bleibt dann in den Details der Bibliothek und im Verlauf, um ihn später fortzusetzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The library&apos;s details list %Ln more unfinished attempts at this bank.</source>
        <translation>
            <numerusform>In den Details der Bibliothek steht %Ln weiterer unvollendeter Versuch zu diesem Fragenkatalog.</numerusform>
            <numerusform>In den Details der Bibliothek stehen %Ln weitere unvollendete Versuche zu diesem Fragenkatalog.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume your attempt?</source>
        <translation>Ihren Versuch fortsetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have an unfinished attempt: {attempt}.</source>
        <translation>Sie haben einen unvollendeten Versuch: {attempt}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Start new</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Unfinished attempt</source>
        <translation>Unvollendeter Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This attempt is not finished: {attempt}.</source>
        <translation>Dieser Versuch ist nicht beendet: {attempt}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its answers are reviewed once it is finished. Resume it where you left off, or discard it (it ends without a score and its answers stay in your history as abandoned).</source>
        <translation>Seine Antworten lassen sich durchsehen, sobald er beendet ist. Setzen Sie ihn dort fort, wo Sie aufgehört haben, oder verwerfen Sie ihn (er endet ohne Punktzahl, und seine Antworten bleiben als abgebrochen in Ihrem Verlauf).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard this unfinished attempt?</source>
        <translation>Diesen unvollendeten Versuch verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends without a score; its answers stay in your history as an abandoned attempt.</source>
        <translation>Er endet ohne Punktzahl; seine Antworten bleiben als abgebrochener Versuch in Ihrem Verlauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard attempt?</source>
        <translation>Versuch verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ptquiz start asked for an exam of “{asked}”, but your exam of “{running}” is running.</source>
        <translation>„ptquiz start“ hat eine Prüfung zu „{asked}“ angefordert, aber Ihre Prüfung zu „{running}“ läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ptquiz start asked for an exam of “{asked}”, but your practice of “{running}” is running.</source>
        <translation>„ptquiz start“ hat eine Prüfung zu „{asked}“ angefordert, aber Ihre Übung zu „{running}“ läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ptquiz start asked for a practice of “{asked}”, but your exam of “{running}” is running.</source>
        <translation>„ptquiz start“ hat eine Übung zu „{asked}“ angefordert, aber Ihre Prüfung zu „{running}“ läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ptquiz start asked for a practice of “{asked}”, but your practice of “{running}” is running.</source>
        <translation>„ptquiz start“ hat eine Übung zu „{asked}“ angefordert, aber Ihre Übung zu „{running}“ läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave it to open the new one? Your answers are saved and it stays resumable from the library, from History and at the next start.</source>
        <translation>Den laufenden Versuch verlassen und den neuen öffnen? Ihre Antworten sind gespeichert, und der Versuch lässt sich in der Bibliothek, im Verlauf und beim nächsten Start fortsetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this attempt?</source>
        <translation>Diesen Versuch verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave and open</source>
        <translation>&amp;Verlassen und öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
</context>
<context>
    <name>ResumeWording</name>
    <message>
        <location filename="../../ptquiz_gui/views/resume/wording.py" line="+30"/>
        <source>Resume review</source>
        <translation>Wiederholung fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume retry exam</source>
        <translation>Erneute Prüfung fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume retry practice</source>
        <translation>Erneute Übung fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume exam</source>
        <translation>Prüfung fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume practice</source>
        <translation>Übung fortsetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review of “{title}”</source>
        <translation>Wiederholung zu „{title}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry exam of “{title}”</source>
        <translation>Erneute Prüfung zu „{title}“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry practice of “{title}”</source>
        <translation>Erneute Übung zu „{title}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam of “{title}”</source>
        <translation>Prüfung zu „{title}“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practice of “{title}”</source>
        <translation>Übung zu „{title}“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question {number} of {total}</source>
        <translation>Frage {number} von {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time} elapsed</source>
        <translation>{time} vergangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>{time} übrig</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{answered} of %Ln questions answered</source>
        <translation>
            <numerusform>{answered} von %Ln Frage beantwortet</numerusform>
            <numerusform>{answered} von %Ln Fragen beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{attempt}, started {started}: {where}, {answered}</source>
        <translation>{attempt}, begonnen am {started}: {where}, {answered}</translation>
    </message>
</context>
<context>
    <name>Resumer</name>
    <message>
        <location filename="../../ptquiz_gui/views/resume/resumer.py" line="+58"/>
        <source>Could not resume the attempt</source>
        <translation>Der Versuch konnte nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not discard the attempt</source>
        <translation>Der Versuch konnte nicht verworfen werden</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/review/retention_dialog.py" line="+47"/>
        <source>Spaced review retention</source>
        <translation>Behaltensrate der Wiederholung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Desired retention</source>
        <translation>Gewünschte Behaltensrate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each question comes back on the day your chance of answering it right falls to this share. Higher: you forget less, but the gaps are shorter and there are more reviews every day. Lower: fewer reviews and longer gaps, and more questions already forgotten when they come back. The cost climbs steeply above {share}.</source>
        <translation>Jede Frage kommt an dem Tag wieder, an dem Ihre Chance, sie richtig zu beantworten, auf diesen Anteil fällt. Höher: Sie vergessen weniger, aber die Abstände sind kürzer und es gibt jeden Tag mehr Wiederholungen. Niedriger: weniger Wiederholungen und längere Abstände, und mehr Fragen sind schon vergessen, wenn sie wiederkommen. Oberhalb von {share} steigt der Aufwand steil an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Desired retention:</source>
        <translation>&amp;Gewünschte Behaltensrate:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No question is scheduled yet, so there is nothing to review: questions you miss enter the schedule.</source>
        <translation>Noch ist keine Frage eingeplant, daher gibt es nichts zu wiederholen: Fragen, die Sie falsch beantworten, werden eingeplant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At {share}: estimating the reviews a day…</source>
        <translation>Bei {share}: Wiederholungen pro Tag werden geschätzt…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At {share}: about {per_day} reviews a day over the next year, for your %Ln scheduled questions.</source>
        <translation>
            <numerusform>Bei {share}: etwa {per_day} Wiederholungen pro Tag im nächsten Jahr, für Ihre %Ln eingeplante Frage.</numerusform>
            <numerusform>Bei {share}: etwa {per_day} Wiederholungen pro Tag im nächsten Jahr, für Ihre %Ln eingeplanten Fragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../../ptquiz_gui/views/results/review_list.py" line="+156"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No questions in this view.</source>
        <translation>Keine Fragen in dieser Ansicht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{states}; topic: {topic}</source>
        <translation>{states}; Thema: {topic}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>*No explanation for this question.*</source>
        <translation>*Keine Erklärung zu dieser Frage.*</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your answer: none (unanswered)</source>
        <translation>Ihre Antwort: keine (unbeantwortet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers ({points}):</source>
        <translation>Ihre Antworten ({points}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer: {answer}</source>
        <translation>Ihre Antwort: {answer}</translation>
    </message>
</context>
<context>
    <name>ReviewListView</name>
    <message>
        <location line="-115"/>
        <source>Questions to review</source>
        <translation>Fragen zur Durchsicht</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <location filename="../../ptquiz_gui/views/review/review_notes.py" line="+34"/>
        <source>Card…</source>
        <translation>Karte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the question&apos;s card</source>
        <translation>Karte der Frage anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question&apos;s stability, difficulty, retrievability and past answers</source>
        <translation>Stabilität, Schwierigkeit, Abrufwahrscheinlichkeit und bisherige Antworten der Frage</translation>
    </message>
</context>
<context>
    <name>ReviewStatsTab</name>
    <message>
        <location filename="../../ptquiz_gui/views/review/stats_tab.py" line="+46"/>
        <source>Reading the spaced review figures…</source>
        <translation>Die Zahlen der Wiederholung werden gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>True retention by interval</source>
        <translation>Tatsächliche Behaltensrate nach Intervall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>True retention</source>
        <translation>Tatsächliche Behaltensrate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Due in the next 30 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fällig in den nächsten 30 Tagen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;True retention&lt;/b&gt; — the share of review answers that were right</source>
        <translation>&lt;b&gt;Tatsächliche Behaltensrate&lt;/b&gt; — der Anteil richtiger Antworten in Wiederholungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Days studied&lt;/b&gt; (a day counts when you answered at least one question)</source>
        <translation>&lt;b&gt;Lerntage&lt;/b&gt; (ein Tag zählt, wenn Sie mindestens eine Frage beantwortet haben)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the spaced review figures</source>
        <translation>Die Zahlen der Wiederholung werden gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The spaced review figures could not be read: {error}</source>
        <translation>Die Zahlen der Wiederholung konnten nicht gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln reviews due in the next 30 days, {today} of them today (overdue included).</source>
        <translation>
            <numerusform>%Ln Wiederholung in den nächsten 30 Tagen fällig, davon {today} heute (überfällige eingeschlossen).</numerusform>
            <numerusform>%Ln Wiederholungen in den nächsten 30 Tagen fällig, davon {today} heute (überfällige eingeschlossen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln days or more</source>
        <translation>
            <numerusform>%Ln Tag oder mehr</numerusform>
            <numerusform>%Ln Tage oder mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lowest}–{highest} days</source>
        <translation>{lowest}–{highest} Tage</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>young (under %Ln days)</source>
        <translation>
            <numerusform>jung (unter %Ln Tag)</numerusform>
            <numerusform>jung (unter %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>mature (%Ln days or more)</source>
        <translation>
            <numerusform>ausgereift (%Ln Tag oder mehr)</numerusform>
            <numerusform>ausgereift (%Ln Tage oder mehr)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all reviews</source>
        <translation>alle Wiederholungen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Current streak: %Ln days</source>
        <translation>
            <numerusform>Aktuelle Serie: %Ln Tag</numerusform>
            <numerusform>Aktuelle Serie: %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln days studied in the last year</source>
        <translation>
            <numerusform>%Ln Lerntag im letzten Jahr</numerusform>
            <numerusform>%Ln Lerntage im letzten Jahr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../ptquiz_gui/qtmodels/review_model.py" line="+71"/>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unanswered</source>
        <translation>unbeantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong, partly right</source>
        <translation>falsch, teilweise richtig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚑ Flagged</source>
        <translation>⚑ Markiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln points</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{points} points</source>
        <translation>{points} Punkte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your answer: none (unanswered)</source>
        <translation>Ihre Antwort: keine (unbeantwortet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer, {state}: {answer}</source>
        <translation>Ihre Antwort, {state}: {answer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers, {state}, {points}: {choices}</source>
        <translation>Ihre Antworten, {state}, {points}: {choices}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Correct answers: {answers}</source>
        <translation>Richtige Antworten: {answers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct answer: {answer}</source>
        <translation>Richtige Antwort: {answer}</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/charts.py" line="+151"/>
        <source>Score over time</source>
        <translation>Punktzahl im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Pass mark</source>
        <translation>Bestehensgrenze</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{title}: no finished attempts yet</source>
        <translation>{title}: noch keine beendeten Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a bank to see its scores</source>
        <translation>Wählen Sie einen Fragenkatalog, um seine Punktzahlen zu sehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pass mark {pass_mark}</source>
        <translation>Bestehensgrenze {pass_mark}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} — score over time</source>
        <translation>{title} — Punktzahl im Zeitverlauf</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln finished attempts at {title}; latest {latest}, best {best}, pass mark {pass_mark}.</source>
        <translation>
            <numerusform>%Ln beendeter Versuch zu {title}; zuletzt {latest}, beste Punktzahl {best}, Bestehensgrenze {pass_mark}.</numerusform>
            <numerusform>%Ln beendete Versuche zu {title}; zuletzt {latest}, beste Punktzahl {best}, Bestehensgrenze {pass_mark}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <location filename="../../ptquiz_gui/app.py" line="+52"/>
        <source>Could not save settings to {path}: {reason}</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/dialogs/shortcuts_dialog.py" line="+32"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>StartExamDialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/dialogs/start_dialog.py" line="+49"/>
        <location line="+44"/>
        <source>Start exam</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Number of questions</source>
        <translation>Anzahl der Fragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit in minutes</source>
        <translation>Zeitlimit in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <comment>the unit after the time limit&apos;s number</comment>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shuffle questions and choices</source>
        <translation>Fragen und Antworten &amp;mischen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{questions}, {minutes}, pass mark {pass_mark}.</source>
        <translation>{questions}, {minutes}, Bestehensgrenze {pass_mark}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln questions</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feedback until you submit; at zero the exam is submitted for you.</source>
        <translation>Keine Rückmeldung bis zur Abgabe; wenn die Zeit abgelaufen ist, wird die Prüfung automatisch abgegeben.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/spoken.py" line="+32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StoreKeeper</name>
    <message>
        <location filename="../../ptquiz_gui/views/store_keeper.py" line="+50"/>
        <source>This session&apos;s history is only in memory: it could not be saved to {path}.</source>
        <translation>Der Verlauf dieser Sitzung ist nur im Arbeitsspeicher: Er konnte nicht in {path} gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln changes were not saved to {path}: they are kept only in memory.</source>
        <translation>
            <numerusform>%Ln Änderung wurde nicht in {path} gespeichert und liegt nur im Arbeitsspeicher.</numerusform>
            <numerusform>%Ln Änderungen wurden nicht in {path} gespeichert und liegen nur im Arbeitsspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your history is saved again, in {path}.</source>
        <translation>Ihr Verlauf wird wieder in {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The changes that were waiting are now saved in {path}.</source>
        <translation>Die wartenden Änderungen sind jetzt in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>StudyCalendar</name>
    <message>
        <location filename="../../ptquiz_gui/views/review/review_charts.py" line="+81"/>
        <source>Days studied in the last year, darker for more answers</source>
        <translation>Lerntage im letzten Jahr, dunkler bei mehr Antworten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No day studied in the weeks shown.</source>
        <translation>Kein Lerntag in den gezeigten Wochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln days studied in the weeks shown.</source>
        <translation>
            <numerusform>%Ln Lerntag in den gezeigten Wochen.</numerusform>
            <numerusform>%Ln Lerntage in den gezeigten Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Most answers on {day}: %Ln.</source>
        <translation>
            <numerusform>Die meisten Antworten am {day}: %Ln.</numerusform>
            <numerusform>Die meisten Antworten am {day}: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last studied on {day}.</source>
        <translation>Zuletzt gelernt am {day}.</translation>
    </message>
</context>
<context>
    <name>TopicChart</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/charts.py" line="+35"/>
        <source>Accuracy per topic</source>
        <translation>Trefferquote pro Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answers</source>
        <translation>Richtige Antworten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>all banks</source>
        <translation>alle Fragenkataloge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy per topic ({where}): no finished attempts yet</source>
        <translation>Trefferquote pro Thema ({where}): noch keine beendeten Versuche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accuracy per topic ({where})</source>
        <translation>Trefferquote pro Thema ({where})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{topic}: {correct} of {total} right ({percent})</source>
        <translation>{topic}: {correct} von {total} richtig ({percent})</translation>
    </message>
</context>
<context>
    <name>TopicScoreModel</name>
    <message>
        <location filename="../../ptquiz_gui/qtmodels/review_model.py" line="+111"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{right} of {total}</source>
        <translation>{right} von {total}</translation>
    </message>
</context>
<context>
    <name>TopicTable</name>
    <message>
        <location filename="../../ptquiz_gui/views/results/topic_table.py" line="+20"/>
        <source>Score per topic</source>
        <translation>Punktzahl pro Thema</translation>
    </message>
</context>
<context>
    <name>UnfinishedDialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/resume/start_offer.py" line="+26"/>
        <source>An exam&apos;s clock did not run while PTQuiz was closed. Each one also stays in its bank&apos;s details in the library and in History until you finish or discard it.</source>
        <translation>Die Uhr einer Prüfung lief nicht, während PTQuiz geschlossen war. Jeder Versuch bleibt außerdem in den Details seines Fragenkatalogs in der Bibliothek und im Verlauf, bis Sie ihn beenden oder verwerfen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resume an unfinished attempt?</source>
        <translation>Einen unvollendeten Versuch fortsetzen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unfinished attempts</source>
        <translation>Unvollendete Versuche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>You have %Ln unfinished attempts. Resume one where you left off?</source>
        <translation>
            <numerusform>Sie haben einen unvollendeten Versuch. Möchten Sie ihn dort fortsetzen, wo Sie aufgehört haben?</numerusform>
            <numerusform>Sie haben %Ln unvollendete Versuche. Möchten Sie einen davon dort fortsetzen, wo Sie aufgehört haben?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnfinishedList</name>
    <message>
        <location filename="../../ptquiz_gui/views/resume/unfinished_list.py" line="+73"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume: {attempt}</source>
        <translation>Fortsetzen: {attempt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on where you left off; an exam&apos;s clock did not run in between</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben; die Uhr einer Prüfung lief in der Zwischenzeit nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard: {attempt}</source>
        <translation>Verwerfen: {attempt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End it without a score; its answers stay in your history as abandoned</source>
        <translation>Ohne Punktzahl beenden; die Antworten bleiben als abgebrochen in Ihrem Verlauf</translation>
    </message>
</context>
<context>
    <name>WindowJobs</name>
    <message>
        <location filename="../../ptquiz_gui/views/window_jobs.py" line="+69"/>
        <source>Closing once the running job has finished…</source>
        <translation>Wird geschlossen, sobald die laufende Aufgabe beendet ist…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing once “{job}” has finished…</source>
        <translation>Wird geschlossen, sobald „{job}“ beendet ist…</translation>
    </message>
</context>
<context>
    <name>WindowStorage</name>
    <message>
        <location filename="../../ptquiz_gui/views/window_storage.py" line="+66"/>
        <location line="+14"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A backup cannot be restored while an attempt is running. Finish the attempt, or leave it (Esc; it stays resumable), then choose Restore backup again.</source>
        <translation>Während ein Versuch läuft, kann keine Sicherung wiederhergestellt werden. Beenden Sie den Versuch oder verlassen Sie ihn (Esc; er kann später fortgesetzt werden) und wählen Sie dann erneut „Sicherung wiederherstellen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring your history from the newest backup…</source>
        <translation>Ihr Verlauf wird aus der neuesten Sicherung wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ptquiz_gui/app.py" line="+177"/>
        <source>{app} is already running for {folder}, but it has not answered for {seconds} seconds. Only one {app} at a time may use a data folder, so this one did not open. Switch to the running one, or close it (end it if it is stuck), and start again.</source>
        <translation>{app} läuft bereits für {folder}, hat aber seit {seconds} Sekunden nicht geantwortet. Ein Datenordner kann immer nur von einer Instanz von {app} verwendet werden, daher wurde diese nicht geöffnet. Wechseln Sie zur laufenden Instanz oder schließen Sie sie (beenden Sie sie, falls sie hängt), und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>attempt_launcher</name>
    <message>
        <location filename="../../ptquiz_gui/views/attempt_launcher.py" line="+56"/>
        <source>Mixed exam: {titles}</source>
        <translation>Gemischte Prüfung: {titles}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review due ({count})</source>
        <translation>Fällige Wiederholung ({count})</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Most missed: %Ln questions</source>
        <translation>
            <numerusform>Am häufigsten falsch: %Ln Frage</numerusform>
            <numerusform>Am häufigsten falsch: %Ln Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bank_choices</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/bank_choices.py" line="+15"/>
        <source>Mixed exams</source>
        <translation>Gemischte Prüfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaced review</source>
        <translation>Wiederholung in Abständen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most missed practice</source>
        <translation>Übung der am häufigsten falschen Fragen</translation>
    </message>
</context>
<context>
    <name>card_links</name>
    <message>
        <location filename="../../ptquiz_gui/views/review/card_links.py" line="+37"/>
        <source>Card…</source>
        <translation>Karte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen question&apos;s spaced review card: stability, difficulty, retrievability, next due, past answers</source>
        <translation>Die Wiederholungskarte der gewählten Frage: Stabilität, Schwierigkeit, Abrufwahrscheinlichkeit, nächste Fälligkeit, bisherige Antworten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the question&apos;s card</source>
        <translation>Karte der Frage anzeigen</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/confirm.py" line="-46"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <message>
        <location line="+1"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed (time up)</source>
        <translation>Bestanden (Zeit abgelaufen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed (time up)</source>
        <translation>Nicht bestanden (Zeit abgelaufen)</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <location filename="../../ptquiz_gui/views/file_actions.py" line="+31"/>
        <source>Remove “{title}” from your library? The file is moved to {folder}; your history of it is kept.</source>
        <translation>„{title}“ aus Ihrer Bibliothek entfernen? Die Datei wird nach {folder} verschoben; Ihr Verlauf dazu bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove bank?</source>
        <translation>Fragenkatalog entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not move {path}: {reason}</source>
        <translation>{path} konnte nicht verschoben werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove</source>
        <translation>Entfernen nicht möglich</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing unsaved</source>
        <translation>Keine ungespeicherten Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every change has been saved.</source>
        <translation>Alle Änderungen sind gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export unsaved changes</source>
        <translation>Ungespeicherte Änderungen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported this session&apos;s history, kept in memory, to {path}.</source>
        <translation>Der Verlauf dieser Sitzung (im Arbeitsspeicher) wurde nach {path} exportiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %Ln unsaved changes to {path}.</source>
        <translation>
            <numerusform>%Ln ungespeicherte Änderung nach {path} exportiert.</numerusform>
            <numerusform>%Ln ungespeicherte Änderungen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored your history from {path}.</source>
        <translation>Ihr Verlauf wurde aus {path} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It could not be made: {reason}.</source>
        <translation>Er konnte nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file manager or other program answered to open it.</source>
        <translation>Kein Dateimanager oder anderes Programm konnte ihn öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTQuiz could not open its data folder. {why} The folder is:</source>
        <translation>PTQuiz konnte seinen Datenordner nicht öffnen. {why} Der Ordner ist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>history_jobs</name>
    <message>
        <location filename="../../ptquiz_gui/views/history/history_jobs.py" line="+61"/>
        <source>Exporting to {file}</source>
        <translation>Export nach {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clearing the history</source>
        <translation>Der Verlauf wird gelöscht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring a backup</source>
        <translation>Eine Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up the history</source>
        <translation>Der Verlauf wird gesichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counting the attempts in the backups</source>
        <translation>Die Versuche in den Sicherungen werden gezählt</translation>
    </message>
</context>
<context>
    <name>history_upgrade</name>
    <message>
        <location filename="../../ptquiz_gui/views/history_upgrade.py" line="+18"/>
        <source>Updating your history for the new spaced review</source>
        <translation>Ihr Verlauf wird für die neue Wiederholung in Abständen aktualisiert</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/dialogs/import_dialog.py" line="-156"/>
        <source>Question banks ({patterns})</source>
        <translation>Fragenkataloge ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing to import</source>
        <translation>nichts zu importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready ({problems}, {skipped})</source>
        <translation>bereit ({problems}, {skipped})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready ({problems})</source>
        <translation>bereit ({problems})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready ({skipped})</source>
        <translation>bereit ({skipped})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Reading the files to import</source>
        <translation>Die zu importierenden Dateien werden gelesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write to {folder}: {reason}</source>
        <translation>In {folder} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import banks</source>
        <translation>Fragenkataloge importieren</translation>
    </message>
</context>
<context>
    <name>key_table</name>
    <message>
        <location filename="../../ptquiz_gui/views/key_table.py" line="+31"/>
        <source>1–9 or A–H</source>
        <translation>1–9 oder A–H</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>In practice: {action}</source>
        <translation>In der Übung: {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an exam: {action}</source>
        <translation>In der Prüfung: {action}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search the banks</source>
        <translation>Fragenkataloge durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation>suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a bank</source>
        <translation>Fragenkatalog wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>choose</source>
        <translation>wählen</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+65"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>start the selected bank in practice</source>
        <translation>gewählten Fragenkatalog als Übung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start the selected bank as an exam</source>
        <translation>gewählten Fragenkatalog als Prüfung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+R</source>
        <translation>Strg+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review the questions that are due</source>
        <translation>fällige Fragen wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation>wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+H</source>
        <translation>Strg+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the history</source>
        <translation>Verlauf öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose a choice, or tick one on a multiple-answer question (F always flags, so the sixth choice is 6)</source>
        <translation>eine Antwort wählen oder bei mehreren richtigen Antworten eine ankreuzen (F markiert immer, daher ist die sechste Antwort 6)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check the answer and show the reasoning, then go to the next question</source>
        <translation>Antwort prüfen und Erklärung zeigen, dann zur nächsten Frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check / next</source>
        <translation>prüfen / weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>go to the next question</source>
        <translation>zur nächsten Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next</source>
        <translation>weiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← →, PgUp PgDn</source>
        <translation>← →, Bild↑ Bild↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous / next question</source>
        <translation>vorherige / nächste Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>blättern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flag or unflag the question</source>
        <translation>Frage markieren oder Markierung aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flag</source>
        <translation>markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause or resume</source>
        <translation>pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pause</source>
        <translation>pausieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>finish the attempt (Enter confirms)</source>
        <translation>Versuch beenden (Eingabe bestätigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish</source>
        <translation>beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>submit the exam (Enter confirms)</source>
        <translation>Prüfung abgeben (Eingabe bestätigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submit</source>
        <translation>abgeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <location line="+27"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>leave; the attempt stays resumable</source>
        <translation>verlassen; der Versuch bleibt fortsetzbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave</source>
        <translation>verlassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show all, wrong, flagged or unanswered questions</source>
        <translation>alle, falsche, markierte oder unbeantwortete Fragen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filter</source>
        <translation>filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>walk the questions under review</source>
        <translation>durch die Fragen der Durchsicht gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retry the questions answered wrongly or left unanswered</source>
        <translation>falsch beantwortete oder unbeantwortete Fragen erneut üben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry wrong or unanswered</source>
        <translation>falsche oder unbeantwortete erneut üben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back to the library (to History for a past attempt)</source>
        <translation>zurück zur Bibliothek (bei einem früheren Versuch zum Verlauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open the selected attempt (on Most missed: the selected question)</source>
        <translation>gewählten Versuch öffnen (bei „Am häufigsten falsch“: die gewählte Frage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete the selected attempt</source>
        <translation>gewählten Versuch löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4</source>
        <translation>Strg+1, Strg+2, Strg+3, Strg+4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the Attempts, Progress, Most missed or Spaced review tab</source>
        <translation>Reiter „Versuche“, „Fortschritt“, „Am häufigsten falsch“ oder „Wiederholung in Abständen“ zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+P</source>
        <translation>Alt+Ü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on Most missed: practise the listed questions</source>
        <translation>bei „Am häufigsten falsch“: die aufgeführten Fragen üben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back to the library</source>
        <translation>zurück zur Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back to library</source>
        <translation>zurück zur Bibliothek</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>resume</source>
        <translation>fortsetzen</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../ptquiz_gui/views/language.py" line="+43"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
</context>
<context>
    <name>library_model</name>
    <message>
        <location filename="../../ptquiz_gui/qtmodels/library_model.py" line="-148"/>
        <source>{readiness} · pass {pass_mark}</source>
        <translation>{readiness} · bestanden ab {pass_mark}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Readiness: the score you would be expected to get if you took this bank&apos;s exam today, from your answers and spaced review (see docs/spaced-review.md). The curve shows it over the next 30 days if you review nothing.</source>
        <translation>Prüfungsreife: die Punktzahl, die Sie voraussichtlich erreichen würden, wenn Sie die Prüfung dieses Fragenkatalogs heute ablegten, berechnet aus Ihren Antworten und der Wiederholung in Abständen (siehe docs/spaced-review.md). Die Kurve zeigt sie für die nächsten 30 Tage, wenn Sie nichts wiederholen.</translation>
    </message>
</context>
<context>
    <name>plain_message</name>
    <message>
        <location filename="../../ptquiz_gui/views/plain_message.py" line="+25"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>quiz_keys</name>
    <message>
        <location filename="../../ptquiz_gui/views/quiz/keys.py" line="+115"/>
        <source>tick</source>
        <translation>ankreuzen</translation>
    </message>
</context>
<context>
    <name>retry</name>
    <message>
        <location filename="../../ptquiz_gui/views/results/retry.py" line="+20"/>
        <source>Retry: {title}</source>
        <translation>Erneut üben: {title}</translation>
    </message>
</context>
<context>
    <name>review_words</name>
    <message>
        <location filename="../../ptquiz_gui/domain/review_words.py" line="+25"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mon</source>
        <translation>Mo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Di.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Do.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>So.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {weekday}</source>
        <translation>am {weekday}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {weekday} {day} {month}</source>
        <translation>am {weekday}, {day}. {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {weekday} {day} {month} {year}</source>
        <translation>am {weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is scheduled for review yet: questions you miss come back here.</source>
        <translation>Noch ist nichts zur Wiederholung eingeplant: Fragen, die Sie falsch beantworten, kommen hierher zurück.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Next review {when}, %n questions.</source>
        <translation>
            <numerusform>Nächste Wiederholung {when}, %n Frage.</numerusform>
            <numerusform>Nächste Wiederholung {when}, %n Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>New interval: %n days · back {when} ({date})</source>
        <translation>
            <numerusform>Neues Intervall: %n Tag · wieder fällig {when} ({date})</numerusform>
            <numerusform>Neues Intervall: %n Tage · wieder fällig {when} ({date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New interval: %n days · back {when}</source>
        <translation>
            <numerusform>Neues Intervall: %n Tag · wieder fällig {when}</numerusform>
            <numerusform>Neues Intervall: %n Tage · wieder fällig {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../ptquiz_gui/app_services.py" line="+207"/>
        <source>the folder could not be locked, so another ptquiz may be using it</source>
        <translation>der Ordner konnte nicht gesperrt werden, daher verwendet ihn vielleicht ein anderes ptquiz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Until then, this session&apos;s attempts are kept in memory only.</source>
        <translation>Bis dahin werden die Versuche dieser Sitzung nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your attempts are kept in memory and saved as soon as it can be written; you can also export them from the History screen.</source>
        <translation>Ihre Versuche werden im Arbeitsspeicher gehalten und gespeichert, sobald die Datei wieder beschreibbar ist; Sie können sie auch im Verlauf exportieren.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../ptquiz_gui/settings.py" line="+98"/>
        <source>{path} is a file where a folder should be</source>
        <translation>{path} ist eine Datei, wo ein Ordner sein sollte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permission to use {path}</source>
        <translation>keine Berechtigung für {path}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The settings file {path} is damaged ({reason}); it could not be moved aside ({why}). Using the default settings.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({reason}); sie konnte nicht beiseitegelegt werden ({why}). Es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file {path} is damaged ({reason}); it was moved to {aside}. Using the default settings.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({reason}); sie wurde nach {aside} verschoben. Es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read the settings file {path}: {why}. Using the default settings.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden: {why}. Es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its lists or objects are nested too deep</source>
        <translation>ihre Listen oder Objekte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: {error}</source>
        <translation>kein gültiges JSON: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored invalid values in {path}: {names}.</source>
        <translation>Ungültige Werte in {path} ignoriert: {names}.</translation>
    </message>
</context>
<context>
    <name>shortcuts_dialog</name>
    <message>
        <location filename="../../ptquiz_gui/views/dialogs/shortcuts_dialog.py" line="-38"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts: {screen}</source>
        <translation>Tastenkürzel: {screen}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../ptquiz_gui/storage/backups.py" line="+131"/>
        <source>its backup copy failed the integrity check: {problems}</source>
        <translation>ihre Sicherungskopie hat die Integritätsprüfung nicht bestanden: {problems}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not make a backup in {folder}: {reason}.</source>
        <translation>In {folder} konnte keine Sicherung angelegt werden: {reason}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup {path} cannot be read: {reason}.</source>
        <translation>Die Sicherung {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup is empty</source>
        <translation>die Sicherung ist leer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the integrity check found: {problems}</source>
        <translation>die Integritätsprüfung fand: {problems}</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../ptquiz_gui/storage/maintenance.py" line="+126"/>
        <source>Could not read {path}: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not read {path} for its backup: {reason}.</source>
        <translation>{path} konnte für die Sicherung nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not back up {path}: {reason}.</source>
        <translation>{path} konnte nicht gesichert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/connection.py" line="+89"/>
        <location filename="../../ptquiz_gui/storage/write_queue.py" line="+105"/>
        <source>Could not save {what} to {location}: {reason}.</source>
        <translation>Fehler beim Speichern in {location} ({what}): {reason}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported a read or write error</source>
        <translation>der Datenträger meldete einen Lese- oder Schreibfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file or its folder cannot be written (read-only or no permission)</source>
        <translation>die Datei oder ihr Ordner ist nicht beschreibbar (schreibgeschützt oder keine Berechtigung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is in use by another program</source>
        <translation>die Datei wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite does not recognise it as a database</source>
        <translation>SQLite erkennt sie nicht als Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite found parts of it corrupted (database disk image is malformed)</source>
        <translation>SQLite fand beschädigte Teile darin (database disk image is malformed)</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/errors.py" line="+24"/>
        <source>Cannot save history in {path}: {reason}.</source>
        <translation>Der Verlauf kann nicht in {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history file {path} was written by a newer version of ptquiz (history format {found}; this version reads formats up to {supported}). It has not been changed. Update ptquiz to open it.</source>
        <translation>Die Verlaufsdatei {path} wurde von einer neueren ptquiz-Version geschrieben (Verlaufsformat {found}; diese Version liest Formate bis {supported}). Sie wurde nicht verändert. Aktualisieren Sie ptquiz, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history file {path} is damaged: {reason}.</source>
        <translation>Die Verlaufsdatei {path} ist beschädigt: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file {path} is not a ptquiz history: {reason}.</source>
        <translation>Die Datei {path} ist kein ptquiz-Verlauf: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a ptquiz history: {reason}</source>
        <translation>sie ist kein ptquiz-Verlauf: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} belongs to an attempt that is no longer in progress in the history (it was finished, or the history was restored or cleared)</source>
        <translation>{what} gehört zu einem Versuch, der im Verlauf nicht mehr läuft (er wurde beendet, oder der Verlauf wurde wiederhergestellt oder gelöscht)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attempt {id} is not in the history.</source>
        <translation>Versuch {id} ist nicht im Verlauf.</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/history_file.py" line="+96"/>
        <source>memory (not saved to disk)</source>
        <translation>Arbeitsspeicher (nicht auf dem Datenträger gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/identity.py" line="+37"/>
        <source>it is marked as another program&apos;s file</source>
        <translation>sie ist als Datei eines anderen Programms gekennzeichnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>it holds another program&apos;s data</source>
        <translation>sie enthält Daten eines anderen Programms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its table {table} is missing or incomplete</source>
        <translation>ihre Tabelle {table} fehlt oder ist unvollständig</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/loading.py" line="+34"/>
        <source>Attempt {id} has no stored questions.</source>
        <translation>Zu Versuch {id} sind keine Fragen gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attempt {id} is already over and cannot be resumed.</source>
        <translation>Versuch {id} ist bereits beendet und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/maintenance.py" line="-79"/>
        <location line="+33"/>
        <location line="+179"/>
        <location line="+14"/>
        <location line="+17"/>
        <source>the change</source>
        <translation>die Änderung</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The history was not cleared: no backup could be taken first ({reason}).</source>
        <translation>Der Verlauf wurde nicht gelöscht: Zuvor konnte keine Sicherung angelegt werden ({reason}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The history was cleared, but {location} could not be compacted: {reason}.</source>
        <translation>Der Verlauf wurde gelöscht, aber {location} konnte nicht verkleinert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Could not restore {backup} into {path}: {reason}.</source>
        <translation>{backup} konnte nicht in {path} wiederhergestellt werden: {reason}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup {backup} was copied but cannot be used: {error}</source>
        <translation>Die Sicherung {backup} wurde kopiert, ist aber nicht verwendbar: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history from before is kept as the backup {path}.</source>
        <translation>Der vorherige Verlauf bleibt als Sicherung {path} erhalten.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The history is only in memory; there is no file to back up.</source>
        <translation>Der Verlauf ist nur im Arbeitsspeicher; es gibt keine Datei zum Sichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} while an attempt is running. Finish the attempt, or leave it (Esc; it stays resumable), then try again.</source>
        <translation>{what}, solange ein Versuch läuft. Beenden Sie den Versuch oder verlassen Sie ihn (Esc; er bleibt fortsetzbar) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ptquiz_gui/storage/recorder.py" line="+203"/>
        <source>Could not save {what} to {location}: earlier changes are still waiting.</source>
        <translation>Fehler beim Speichern in {location} ({what}): Frühere Änderungen warten noch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An attempt cannot be deleted</source>
        <translation>Ein Versuch kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>The history cannot be cleared</source>
        <translation>Der Verlauf kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A backup cannot be restored</source>
        <translation>Eine Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history is only in memory; there is no file to restore into.</source>
        <translation>Der Verlauf ist nur im Arbeitsspeicher; es gibt keine Datei, in die wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{pending} not saved yet; the backup was not restored. Free some disk space and try again, or export the unsaved changes.</source>
        <translation>{pending} noch nicht gespeichert; die Sicherung wurde nicht wiederhergestellt. Schaffen Sie Platz auf dem Datenträger und versuchen Sie es erneut, oder exportieren Sie die ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your attempts are kept in memory and saved as soon as it can be written; File ▸ Export unsaved changes saves them to a file.</source>
        <translation>Ihre Versuche werden im Arbeitsspeicher gehalten und gespeichert, sobald die Datei wieder beschreibbar ist; Datei ▸ Ungespeicherte Änderungen exportieren speichert sie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/opening.py" line="+29"/>
        <source>its tables are not those of a ptquiz history</source>
        <translation>ihre Tabellen sind nicht die eines ptquiz-Verlaufs</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>its tables are incomplete ({tables} missing)</source>
        <translation>ihre Tabellen sind unvollständig ({tables} fehlen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a record in it could not be upgraded to this version of ptquiz ({error})</source>
        <translation>ein Eintrag darin konnte nicht auf diese ptquiz-Version aktualisiert werden ({error})</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/reader.py" line="+78"/>
        <source>Could not read {what} from {location}: {reason}.</source>
        <translation>Fehler beim Lesen aus {location} ({what}): {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <location filename="../../ptquiz_gui/storage/recorder.py" line="+23"/>
        <location line="+10"/>
        <source>the attempt</source>
        <translation>der Versuch</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>the history</source>
        <translation>der Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bank statistics</source>
        <translation>Statistik der Fragenkataloge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scores</source>
        <translation>Punktzahlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>topic statistics</source>
        <translation>Themenstatistik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question statistics</source>
        <translation>Fragenstatistik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the questions</source>
        <translation>die Fragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>the question&apos;s answers</source>
        <translation>die Antworten auf die Frage</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>review cards</source>
        <translation>Wiederholungskarten</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the question&apos;s card</source>
        <translation>die Karte der Frage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>review answers</source>
        <translation>Antworten der Wiederholung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the answers and scores</source>
        <translation>die Antworten und Punktzahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>days studied</source>
        <translation>Lerntage</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/recorder.py" line="-128"/>
        <location filename="../../ptquiz_gui/storage/write_queue.py" line="-70"/>
        <source>your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ptquiz_gui/storage/write_queue.py" line="+2"/>
        <source>a flag</source>
        <translation>eine Markierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ptquiz_gui/storage/write_queue.py" line="+2"/>
        <source>your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ptquiz_gui/storage/write_queue.py" line="+2"/>
        <source>the end of the attempt</source>
        <translation>das Ende des Versuchs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save {what}: this attempt is not part of the history in {location}.</source>
        <translation>Nicht gespeichert ({what}): Dieser Versuch gehört nicht zum Verlauf in {location}.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Could not read the attempt from {location}: {reason}.</source>
        <translation>Der Versuch konnte nicht aus {location} gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not move this session&apos;s history into {path}: {reason}.</source>
        <translation>Der Verlauf dieser Sitzung konnte nicht nach {path} übertragen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/records.py" line="+142"/>
        <source>The history file {path} could not be read ({reason}). It was moved to {moved_to} and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei {path} konnte nicht gelesen werden ({reason}). Sie wurde nach {moved_to} verschoben, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup from {taken} can be restored: {path}.</source>
        <translation>Eine Sicherung vom {taken} kann wiederhergestellt werden: {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup was found.</source>
        <translation>Es wurde keine Sicherung gefunden.</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/recovery.py" line="+26"/>
        <source>a file with that name is in the way of the folder</source>
        <translation>eine Datei mit diesem Namen steht dem Ordner im Weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a folder</source>
        <translation>er ist kein Ordner</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a folder is in the way of the history file</source>
        <translation>ein Ordner steht der Verlaufsdatei im Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is {kind}, not a regular file</source>
        <translation>sie ist {kind}, keine normale Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not an SQLite database, or its first bytes are damaged</source>
        <translation>sie ist keine SQLite-Datenbank, oder ihre ersten Bytes sind beschädigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is cut short</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the damaged file could not be moved aside ({reason})</source>
        <translation>die beschädigte Datei konnte nicht beiseitegelegt werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/write_queue.py" line="-8"/>
        <source>the new attempt</source>
        <translation>der neue Versuch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a change</source>
        <translation>eine Änderung</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{error} in {location}.</source>
        <translation>{error} in {location}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save {what} to {location}: it cannot be stored ({reason}).</source>
        <translation>Fehler beim Speichern in {location} ({what}): Die Daten lassen sich nicht speichern ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was written nowhere and set aside; File ▸ Export unsaved changes saves it to a file. Later changes are still saved.</source>
        <translation>Die Daten wurden nirgends geschrieben, sondern beiseitegelegt; Datei ▸ Ungespeicherte Änderungen exportieren speichert sie in einer Datei. Spätere Änderungen werden weiterhin gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 change is</source>
        <translation>1 Änderung ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} changes are</source>
        <translation>{count} Änderungen sind</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 change is kept in memory and will be saved as soon as writing works again.</source>
        <translation>1 Änderung wird im Arbeitsspeicher gehalten und gespeichert, sobald das Schreiben wieder funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} changes are kept in memory and will be saved as soon as writing works again.</source>
        <translation>{count} Änderungen werden im Arbeitsspeicher gehalten und gespeichert, sobald das Schreiben wieder funktioniert.</translation>
    </message>
    <message>
        <location filename="../../ptquiz_gui/storage/writes.py" line="+217"/>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A flag</source>
        <translation>Eine Markierung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+20"/>
        <location line="+21"/>
        <source>The end of the attempt</source>
        <translation>Das Ende des Versuchs</translation>
    </message>
</context>
<context>
    <name>unsaved_quit</name>
    <message>
        <location filename="../../ptquiz_gui/views/unsaved_quit.py" line="+25"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Ohne Speichern beenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unsaved answers</source>
        <translation>Ungespeicherte Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting now would lose them.</source>
        <translation>Wenn Sie jetzt beenden, gehen sie verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export them to a file you choose, or stay; PTQuiz keeps trying to save them while it runs.</source>
        <translation>Exportieren Sie sie in eine Datei Ihrer Wahl, oder bleiben Sie; PTQuiz versucht weiter, sie zu speichern, solange es läuft.</translation>
    </message>
</context>
</TS>
