<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <source>A self-assessment of collaboration: “Testa din samverkan!”</source>
        <translation>En självskattning av samverkan: ”Testa din samverkan!”</translation>
    </message>
    <message>
        <source>The questionnaire comes from the presentation “Samverkan som gör skillnad” (Reglab’s annual conference 2019, Arena för Tillväxt).</source>
        <translation>Frågorna kommer från presentationen ”Samverkan som gör skillnad” (Reglabs årskonferens 2019, Arena för Tillväxt).</translation>
    </message>
    <message>
        <source>Its questions, block headings and advice are quoted as the presentation writes them, unusual spellings included.</source>
        <translation>Frågorna, blockrubrikerna och råden återges som presentationen skriver dem, även där stavningen är ovanlig.</translation>
    </message>
    <message>
        <source>This program never uses the network: your answers stay on this computer and in the files you save.</source>
        <translation>Programmet använder aldrig nätverket: era svar stannar på den här datorn och i de filer ni sparar.</translation>
    </message>
    <message>
        <source>Licence: MIT. Fonts: DejaVu (free licence).</source>
        <translation>Licens: MIT. Typsnitt: DejaVu (fri licens).</translation>
    </message>
    <message>
        <source>About Samverkan</source>
        <translation>Om Samverkan</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>What is to be done?</source>
        <extracomment>The order in which the statuses are offered. The row&apos;s action as it now reads (a bad date keeps the last good one). The user asked to remove this action.</extracomment>
        <translation>Vad ska göras?</translation>
    </message>
    <message>
        <source>Who?</source>
        <translation>Vem?</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Action %1 in %2: what</source>
        <translation>Åtgärd %1 i %2: vad</translation>
    </message>
    <message>
        <source>Action %1 in %2: who</source>
        <translation>Åtgärd %1 i %2: vem</translation>
    </message>
    <message>
        <source>Action %1 in %2: due date (optional)</source>
        <translation>Åtgärd %1 i %2: klart senast (frivilligt)</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, or empty</source>
        <translation>Ett datum som ÅÅÅÅ-MM-DD, eller tomt</translation>
    </message>
    <message>
        <source>Action %1 in %2: status</source>
        <translation>Åtgärd %1 i %2: status</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove action %1 in %2</source>
        <translation>Ta bort åtgärd %1 i %2</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2027-03-31, or leave it empty.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-31, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not done. Update its status, or give it a new date.</source>
        <translation>Försenad: klart senast %1 men inte klar. Uppdatera statusen, eller ge den ett nytt datum.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny bedömning…</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Börja en ny bedömning</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open a saved assessment (%1) or workshop group (%2)</source>
        <translation>Öppna en sparad bedömning (%1) eller workshopgrupp (%2)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>Spara bedömningen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <source>Save the assessment under a new name</source>
        <translation>Spara bedömningen under ett nytt namn</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Write the report as PDF</source>
        <translation>Skriv rapporten som PDF</translation>
    </message>
    <message>
        <source>&amp;Word…</source>
        <translation>&amp;Word…</translation>
    </message>
    <message>
        <source>Write the report as a Word document, to edit or to take into your own template</source>
        <translation>Skriv rapporten som Word-dokument, att redigera eller ta in i er egen mall</translation>
    </message>
    <message>
        <source>Print a &amp;blank form…</source>
        <translation>Skriv ut en tom &amp;svarsblankett…</translation>
    </message>
    <message>
        <source>A paper form with every question, to fill in by hand</source>
        <translation>En pappersblankett med alla frågor, att fylla i för hand</translation>
    </message>
    <message>
        <source>Assessment &amp;details…</source>
        <translation>&amp;Uppgifter om bedömningen…</translation>
    </message>
    <message>
        <source>Change the collaboration, the respondent, the organisation or the date</source>
        <translation>Ändra samverkan, namn eller roll, organisation eller datum</translation>
    </message>
    <message>
        <source>&amp;Close assessment</source>
        <translation>S&amp;täng bedömningen</translation>
    </message>
    <message>
        <source>Close the assessment and go to the start view</source>
        <translation>Stäng bedömningen och gå till startsidan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Quit Samverkan</source>
        <translation>Avsluta Samverkan</translation>
    </message>
    <message>
        <source>&amp;Previous block</source>
        <translation>&amp;Föregående block</translation>
    </message>
    <message>
        <source>Go to the previous block</source>
        <translation>Gå till föregående block</translation>
    </message>
    <message>
        <source>&amp;Next block</source>
        <translation>&amp;Nästa block</translation>
    </message>
    <message>
        <source>Go to the next block</source>
        <translation>Gå till nästa block</translation>
    </message>
    <message>
        <source>Show &amp;results</source>
        <translation>Visa &amp;resultat</translation>
    </message>
    <message>
        <source>Show the result (or the first unanswered question)</source>
        <translation>Visa resultatet (eller den första obesvarade frågan)</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>&amp;Tillbaka till frågorna</translation>
    </message>
    <message>
        <source>Leave the result and edit the answers</source>
        <translation>Lämna resultatet och ändra svaren</translation>
    </message>
    <message>
        <source>&amp;Workshop…</source>
        <translation>&amp;Workshop…</translation>
    </message>
    <message>
        <source>Collect and summarise a group&apos;s assessments</source>
        <translation>Samla in och sammanställ en grupps bedömningar</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Handlingsplan</translation>
    </message>
    <message>
        <source>The simple but difficult questions and concrete actions for the blocks you choose</source>
        <translation>De enkla men svåra frågorna och konkreta åtgärder för de block ni väljer</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Ny upp&amp;följning…</translation>
    </message>
    <message>
        <source>A new assessment of the same collaboration, with the plan&apos;s actions carried over</source>
        <translation>En ny bedömning av samma samverkan, där planens åtgärder följer med</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Jämför…</translation>
    </message>
    <message>
        <source>Compare two or more assessments of the same collaboration over time</source>
        <translation>Jämför två eller fler bedömningar av samma samverkan över tid</translation>
    </message>
    <message>
        <source>&amp;Background: collaboration that makes a difference</source>
        <translation>&amp;Bakgrundsmaterial: samverkan som gör skillnad</translation>
    </message>
    <message>
        <source>The ladder, the simple questions, pitfalls and success factors, for the conversation</source>
        <translation>Trappan, de enkla frågorna, fallgropar och framgångsfaktorer, som stöd för samtalet</translation>
    </message>
    <message>
        <source>&amp;About Samverkan</source>
        <translation>&amp;Om Samverkan</translation>
    </message>
    <message>
        <source>Version, licence and where the questionnaire comes from</source>
        <translation>Version, licens och var frågorna kommer ifrån</translation>
    </message>
</context>
<context>
    <name>AnswerCodesDialog</name>
    <message>
        <source>Add from answer codes</source>
        <extracomment>Participants were added: what the status bar should say, and for how many milliseconds.</extracomment>
        <translation>Lägg till från svarskoder</translation>
    </message>
    <message>
        <source>&amp;Paste the answer codes, one per line. Text around them, as in an e-mail, does no harm: only the codes are read.</source>
        <translation>&amp;Klistra in svarskoderna, en per rad. Text runt omkring, som i ett mejl, gör inget: bara koderna läses.</translation>
    </message>
    <message>
        <source>Answer codes</source>
        <translation>Svarskoder</translation>
    </message>
    <message>
        <source>What was &amp;read:</source>
        <translation>Det här &amp;lästes:</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Det här lästes</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) can be added.</source>
        <translation>
            <numerusform>%n deltagare kan läggas till.</numerusform>
            <numerusform>%n deltagare kan läggas till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be used; they are not added.</source>
        <translation>
            <numerusform>%n rad kan inte användas; den läggs inte till.</numerusform>
            <numerusform>%n rader kan inte användas; de läggs inte till.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer code found yet.</source>
        <translation>Ingen svarskod hittad ännu.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n participant(s)</source>
        <translation>
            <numerusform>&amp;Lägg till %n deltagare</numerusform>
            <numerusform>&amp;Lägg till %n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) added from answer codes.</source>
        <translation>
            <numerusform>%n deltagare lades till från svarskoder.</numerusform>
            <numerusform>%n deltagare lades till från svarskoder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in the group.</source>
        <translation>
            <numerusform>%n deltagare i gruppen.</numerusform>
            <numerusform>%n deltagare i gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answer codes were not added</source>
        <translation>Några svarskoder lades inte till</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be used; the other codes were added.</source>
        <translation>
            <numerusform>%n rad kunde inte användas; de andra koderna lades till.</numerusform>
            <numerusform>%n rader kunde inte användas; de andra koderna lades till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentKind</name>
    <message>
        <source>Follow-up of %1. Answer the questions again; save it under a new name.</source>
        <translation>Uppföljning av %1. Besvara frågorna på nytt och spara under ett nytt namn.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Öppna bedömning</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Spara bedömning</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Filen kan inte öppnas</translation>
    </message>
    <message>
        <source>The assessment could not be saved</source>
        <translation>Bedömningen kunde inte sparas</translation>
    </message>
    <message>
        <source>Save before the follow-up?</source>
        <translation>Spara före uppföljningen?</translation>
    </message>
    <message>
        <source>The follow-up records which saved file it follows. Save the assessment now?</source>
        <translation>Uppföljningen noterar vilken sparad fil den följer upp. Vill ni spara bedömningen nu?</translation>
    </message>
    <message>
        <source>The follow-up could not be made</source>
        <translation>Uppföljningen kunde inte skapas</translation>
    </message>
    <message>
        <source>Which assessment do you follow up?</source>
        <translation>Vilken bedömning vill ni följa upp?</translation>
    </message>
</context>
<context>
    <name>BlankForm</name>
    <message>
        <source>Save blank form</source>
        <extracomment>``(text, milliseconds)``: what was written, for the status bar (&quot;&quot; clears it). ``(path)``: a file was written; the window&apos;s notice offers to open it.</extracomment>
        <translation>Spara tom svarsblankett</translation>
    </message>
    <message>
        <source>The blank form could not be written</source>
        <translation>Svarsblanketten kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>BlockPage</name>
    <message>
        <source>Block %1 of %2: %3. Rate with the digits 1 to 5.</source>
        <extracomment>A named group: a screen reader says &quot;Block 2 of 4: …&quot; once as the focus enters the page. The page became complete or incomplete (as ``QWizardPage.completeChanged``). The last question was rated with a digit key: the keyboard user moves on past this page.</extracomment>
        <translation>Block %1 av %2: %3. Svara med siffrorna 1 till 5.</translation>
    </message>
    <message>
        <source>Notes on &amp;this block (optional)</source>
        <translation>Anteckningar om &amp;blocket (frivilligt)</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Anteckningar om %1</translation>
    </message>
    <message>
        <source>Thoughts, examples, what to do next…</source>
        <translation>Tankar, exempel, vad ni vill göra härnäst…</translation>
    </message>
</context>
<context>
    <name>BlockPlanBox</name>
    <message>
        <source>Actions</source>
        <extracomment>The user changed a text or an action (not the structure). The user asked for a new action. ``(index)``: the user asked to remove this action. The block as its heading names it, and as a sentence names it (docs/terminology.md).</extracomment>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation>Vad ska göras?</translation>
    </message>
    <message>
        <source>Who?</source>
        <translation>Vem?</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>+ Add an action</source>
        <translation>+ Lägg till en åtgärd</translation>
    </message>
    <message>
        <source>Add an action to %1</source>
        <translation>Lägg till en åtgärd i %1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>The files cannot be compared</source>
        <extracomment>Collaborations (their keys) the user chose to compare although they differ. Where the first file dialog opens (the main window&apos;s folder).</extracomment>
        <translation>Filerna kan inte jämföras</translation>
    </message>
    <message>
        <source>Add assessments or group files</source>
        <translation>Lägg till bedömningar eller gruppfiler</translation>
    </message>
    <message>
        <source>Add a folder (one group)</source>
        <translation>Lägg till en mapp (en grupp)</translation>
    </message>
    <message>
        <source>&amp;Export PDF or Word…</source>
        <translation>&amp;Exportera PDF eller Word…</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lägg till &amp;filer…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Lägg till en &amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>Ta &amp;bort fil</translation>
    </message>
    <message>
        <source>Take the selected file out of the comparison (Delete)</source>
        <translation>Ta bort den valda filen ur jämförelsen (Delete)</translation>
    </message>
    <message>
        <source>Remove from the comparison</source>
        <translation>Ta bort ur jämförelsen</translation>
    </message>
    <message>
        <source>Files compared, by date</source>
        <translation>Filer som jämförs, efter datum</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Total per occasion</source>
        <translation>Summa per tillfälle</translation>
    </message>
    <message>
        <source>Change per block (latest minus first)</source>
        <translation>Förändring per block (senaste minus första)</translation>
    </message>
    <message>
        <source>Score per block and date</source>
        <translation>Poäng per block och datum</translation>
    </message>
    <message>
        <source>The questions that moved most</source>
        <translation>Frågorna som ändrats mest</translation>
    </message>
    <message>
        <source>The plans&apos; actions and their status</source>
        <translation>Planernas åtgärder och deras status</translation>
    </message>
    <message>
        <source>Change per block</source>
        <translation>Förändring per block</translation>
    </message>
    <message>
        <source>Actions and their status</source>
        <translation>Åtgärder och deras status</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>inte klar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>no collaboration given</source>
        <translation>ingen samverkan angiven</translation>
    </message>
    <message>
        <source>Comparison over time</source>
        <translation>Jämförelse över tid</translation>
    </message>
    <message>
        <source>Add two or more assessments, group files or folders (a folder is one group) of the same collaboration. You can also drop them here.</source>
        <translation>Lägg till två eller fler bedömningar, gruppfiler eller mappar (en mapp är en grupp) för samma samverkan. Ni kan också dra och släppa dem här.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samverkan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Bar chart of the score per block and date</source>
        <translation>Stapeldiagram över poängen per block och datum</translation>
    </message>
    <message>
        <source>(%1 → %2)</source>
        <translation>(%1 → %2)</translation>
    </message>
    <message>
        <source>Up most:</source>
        <translation>Mest uppåt:</translation>
    </message>
    <message>
        <source>Down most:</source>
        <translation>Mest nedåt:</translation>
    </message>
    <message>
        <source>No question answered in both has changed.</source>
        <translation>Ingen fråga som besvarats båda gångerna har ändrats.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation>Status över tid</translation>
    </message>
    <message>
        <source>None of the files has a plan with actions.</source>
        <translation>Ingen av filerna har en plan med åtgärder.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exportera jämförelsen</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 finns redan. Vill ni ersätta den?</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Collaboration:</source>
        <translation>Samverkan:</translation>
    </message>
    <message>
        <source>Name or role:</source>
        <translation>Namn eller roll:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD):</source>
        <translation>Datum (ÅÅÅÅ-MM-DD):</translation>
    </message>
    <message>
        <source>Assessment details</source>
        <translation>Uppgifter om bedömningen</translation>
    </message>
    <message>
        <source>The details were not changed</source>
        <translation>Uppgifterna ändrades inte</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-11-20.</source>
        <translation>”%1” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-11-20.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>%1 (read-only)</source>
        <extracomment>The Open/Save dialog&apos;s filter. &quot;Untitled&quot; / &quot;Untitled group&quot;. File name stem Save as suggests for the document (None: none is open), without suffix. Window title from the document name (&quot;name[*] – Samverkan&quot;); must contain ``[*]``. ``(path)``: a document was opened from this file. ``(path)``: the document was written to this file. ``(text, milliseconds)``: something for the status bar. The recent-files list changed (any window). ``(read_only)``: the document became read-only (opened so) or writable again (saved as a copy).</extracomment>
        <translation>%1 (skrivskyddad)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 finns redan. Vill ni ersätta den?</translation>
    </message>
    <message>
        <source>Opened a copy of %1: save it under a new name.</source>
        <translation>En kopia av %1 är öppnad: spara den under ett nytt namn.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message>
        <source>Remove from recent files?</source>
        <translation>Ta bort från senaste filer?</translation>
    </message>
    <message>
        <source>%1 is not there any more. Remove it from the recent files?</source>
        <translation>%1 finns inte längre. Vill ni ta bort den från senaste filer?</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupp)</translation>
    </message>
    <message>
        <source>%1 is open in another copy of Samverkan (%2 on %3). Replace it all the same?</source>
        <translation>%1 är öppen i en annan kopia av Samverkan (%2 på %3). Vill ni ersätta den ändå?</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
</context>
<context>
    <name>DocumentWorkflows</name>
    <message>
        <source>Automatic backup failed: %1</source>
        <extracomment>How long a message about the document stays in the status bar. ``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View`. ``(text, milliseconds)``: something for the window&apos;s status bar (&quot;&quot; clears it).</extracomment>
        <translation>Den automatiska säkerhetskopian misslyckades: %1</translation>
    </message>
    <message>
        <source>Unsaved work restored. Save it to keep it.</source>
        <translation>Osparat arbete återställt. Spara för att behålla det.</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>On to block %1: %2 (notes on the previous block: Alt+Left)</source>
        <extracomment>The user asked for the results and every question is answered. ``(message)``: something to show in the status bar. The questionnaire the pages show (None: no pages yet).</extracomment>
        <translation>Vidare till block %1: %2 (anteckningar om förra blocket: Alt+Vänsterpil)</translation>
    </message>
    <message>
        <source>Every question is answered: press Enter to see the results.</source>
        <translation>Alla frågor är besvarade: tryck Enter för att se resultatet.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still without an answer.</source>
        <translation>
            <numerusform>%n fråga saknar fortfarande svar.</numerusform>
            <numerusform>%n frågor saknar fortfarande svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation>Block %1 av %2</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>Besvarade frågor: %1 av %2</translation>
    </message>
    <message>
        <source>Not every question is answered yet: this goes to the first one missing.</source>
        <translation>Alla frågor är inte besvarade ännu: knappen går till den första som saknar svar.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Besvarade: %1 av %2</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Tillbaka</translation>
    </message>
    <message>
        <source>Previous block (Alt+Left)</source>
        <translation>Föregående block (Alt+vänsterpil)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Nästa →</translation>
    </message>
    <message>
        <source>Next block (Alt+Right)</source>
        <translation>Nästa block (Alt+högerpil)</translation>
    </message>
    <message>
        <source>Show &amp;results</source>
        <translation>Visa &amp;resultat</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Block</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <source>no answer</source>
        <extracomment>0 or 1: which of two alternating shades the cell&apos;s block has (the delegate picks palette roles). A key was refused; carries the character typed (the window explains what is allowed). The last question of a participant was filled; carries that participant&apos;s code. A read-only group file: keys that would change an answer do nothing. Typed answers, for Ctrl+Z / Ctrl+Y. The last participant&apos;s last answer was just typed: the next digit starts a new paper form (instead of overwriting that answer again and again). A digit is being typed: the cell&apos;s new value is confirmed on its own, not by reading the cell again.</extracomment>
        <translation>inget svar</translation>
    </message>
    <message>
        <source>%1, %2: %3 – %4</source>
        <translation>%1, %2: %3 – %4</translation>
    </message>
    <message>
        <source>Paper forms: no participant yet</source>
        <translation>Pappersformulär: ingen deltagare än</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Pappersformulär</translation>
    </message>
    <message>
        <source>Type each answer as a digit 1–5; Enter skips a question, Delete empties it. Ctrl+Tab leaves the grid.</source>
        <translation>Skriv varje svar som en siffra 1–5; Enter hoppar över en fråga, Delete tömmer den. Ctrl+Tabb lämnar tabellen.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>&amp;Collaboration:</source>
        <extracomment>``(text, milliseconds)``: something for the window&apos;s status bar.</extracomment>
        <translation>&amp;Samverkan:</translation>
    </message>
    <message>
        <source>Which collaboration is assessed</source>
        <translation>Vilken samverkan som bedöms</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Lägg till deltagare</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lägg till &amp;filer…</translation>
    </message>
    <message>
        <source>Type the paper forms in: each digit 1–5 fills a cell and moves to the next question; Enter skips a question, Delete empties a cell. Files can also be dropped here.</source>
        <translation>Skriv in pappersblanketterna: varje siffra 1–5 fyller en ruta och går till nästa fråga; Enter hoppar över en fråga, Delete tömmer en ruta. Ni kan också släppa filer här.</translation>
    </message>
    <message>
        <source>“%1” is not an answer: type %2–%3, Enter to skip, Delete to empty.</source>
        <translation>”%1” är inget svar: skriv %2–%3, Enter för att hoppa över, Delete för att tömma.</translation>
    </message>
    <message>
        <source>%1 done. The next digit starts a new participant.</source>
        <translation>%1 klar. Nästa siffra börjar en ny deltagare.</translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation>%1 klar.</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>&amp;Open</source>
        <extracomment>The user asked to open the file (the path); emitted after the viewer was asked.</extracomment>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation>Visa i &amp;mappen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export the report</source>
        <translation>Exportera rapporten</translation>
    </message>
    <message>
        <source>The Word document could not be written</source>
        <translation>Word-dokumentet kunde inte skrivas</translation>
    </message>
    <message>
        <source>The PDF could not be written</source>
        <translation>PDF-filen kunde inte skrivas</translation>
    </message>
    <message>
        <source>Draft Word document written to %1</source>
        <translation>Word-dokument av utkastet sparat i %1</translation>
    </message>
    <message>
        <source>Word document written to %1</source>
        <translation>Word-dokument sparat i %1</translation>
    </message>
    <message>
        <source>PDF written to %1</source>
        <translation>PDF sparad i %1</translation>
    </message>
    <message>
        <source>Draft PDF written to %1</source>
        <translation>PDF av utkastet sparad i %1</translation>
    </message>
    <message>
        <source>Blank form written to %1</source>
        <translation>Tom svarsblankett sparad i %1</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <source>Samverkan files (%1)</source>
        <translation>Samverkan-filer (%1)</translation>
    </message>
    <message>
        <source>Samverkan assessments (%1)</source>
        <translation>Samverkan-bedömningar (%1)</translation>
    </message>
    <message>
        <source>Group files (%1)</source>
        <translation>Gruppfiler (%1)</translation>
    </message>
    <message>
        <source>PDF files (%1)</source>
        <translation>PDF-filer (%1)</translation>
    </message>
    <message>
        <source>Word documents (%1)</source>
        <translation>Word-dokument (%1)</translation>
    </message>
    <message>
        <source>Swedish Excel: semicolon and decimal comma (%1)</source>
        <translation>Svenskt Excel: semikolon och decimalkomma (%1)</translation>
    </message>
    <message>
        <source>English Excel: comma and point (%1)</source>
        <translation>English Excel: comma and point (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>GroupKind</name>
    <message>
        <source>Untitled group</source>
        <translation>Namnlös grupp</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>Open group file</source>
        <translation>Öppna gruppfil</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Spara gruppen</translation>
    </message>
    <message>
        <source>The group file could not be opened</source>
        <translation>Gruppfilen kunde inte öppnas</translation>
    </message>
    <message>
        <source>The group could not be saved</source>
        <translation>Gruppen kunde inte sparas</translation>
    </message>
    <message>
        <source>Workshop – %1[*] – Samverkan</source>
        <translation>Workshop – %1[*] – Samverkan</translation>
    </message>
    <message>
        <source>Save before the follow-up?</source>
        <translation>Spara före uppföljningen?</translation>
    </message>
    <message>
        <source>The follow-up records which saved group file it follows. Save the group now?</source>
        <translation>Uppföljningen noterar vilken sparad gruppfil den följer upp. Vill ni spara gruppen nu?</translation>
    </message>
    <message>
        <source>The follow-up could not be made</source>
        <translation>Uppföljningen kunde inte skapas</translation>
    </message>
    <message>
        <source>Follow-up of %1: add the participants&apos; new answers, then save it under a new name.</source>
        <translation>Uppföljning av %1: lägg till deltagarnas nya svar och spara sedan under ett nytt namn.</translation>
    </message>
</context>
<context>
    <name>GroupRecovery</name>
    <message>
        <source>Samverkan was closed without saving the workshop group %1 (participants: %2). Recover it?</source>
        <translation>Samverkan stängdes utan att workshopgruppen %1 (deltagare: %2) sparades. Vill ni återställa den?</translation>
    </message>
    <message>
        <source>Samverkan was closed before an untitled workshop group (participants: %1) was saved. Recover it?</source>
        <translation>Samverkan stängdes innan en namnlös workshopgrupp (deltagare: %1) sparades. Vill ni återställa den?</translation>
    </message>
    <message>
        <source>Recover workshop</source>
        <translation>Återställ workshop</translation>
    </message>
    <message>
        <source>Discard the recovered group?</source>
        <translation>Kasta den återställda gruppen?</translation>
    </message>
    <message>
        <source>The recovered group and its answers will be deleted. This cannot be undone.</source>
        <translation>Den återställda gruppen och dess svar raderas. Det kan inte ångras.</translation>
    </message>
</context>
<context>
    <name>GroupResultsView</name>
    <message>
        <source>Result per block</source>
        <extracomment>The participants&apos; own notes for the chosen block, under their codes (read only). The organisations&apos; views side by side (or why there are none). How many times the statistics were computed (tests check a typed note costs none).</extracomment>
        <translation>Resultat per block</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medel</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lägst</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>Mean and range</source>
        <translation>Medel och spridning</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Distribution 1–5</source>
        <translation>Fördelning 1–5</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Samsyn</translation>
    </message>
    <message>
        <source>Questions where the group&apos;s consensus is below %1 (1 = everyone answers alike, 0 = the group is split between the ends of the scale); lowest consensus first, then lowest mean. Start the conversation here.</source>
        <translation>Frågor där gruppens samsyn är under %1 (1 = alla svarar lika, 0 = gruppen är delad mellan skalans ändar); lägst samsyn först, sedan lägst medel. Börja samtalet här.</translation>
    </message>
    <message>
        <source>The organisations&apos; views</source>
        <translation>Organisationernas syn</translation>
    </message>
    <message>
        <source>Notes for the &amp;block:</source>
        <translation>Anteckningar för &amp;blocket:</translation>
    </message>
    <message>
        <source>What the group said (your notes, in the report):</source>
        <translation>Vad gruppen sa (era anteckningar, med i grupprapporten):</translation>
    </message>
    <message>
        <source>Participants&apos; own notes (under their codes):</source>
        <translation>Deltagarnas egna anteckningar (under deras koder):</translation>
    </message>
    <message>
        <source>&amp;Include participants&apos; notes</source>
        <translation>&amp;Ta med deltagarnas anteckningar</translation>
    </message>
    <message>
        <source>Print the participants&apos; own notes in the group report, under their codes (never names)</source>
        <translation>Skriv ut deltagarnas egna anteckningar i grupprapporten, under deras koder (aldrig namn)</translation>
    </message>
    <message>
        <source>&amp;CSV for Excel…</source>
        <translation>&amp;CSV för Excel…</translation>
    </message>
    <message>
        <source>B&amp;lank paper form…</source>
        <translation>Tom svarsb&amp;lankett…</translation>
    </message>
    <message>
        <source>mean %1, from %2 to %3</source>
        <translation>medel %1, från %2 till %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s)</source>
        <translation>
            <numerusform>%1: %n svar</numerusform>
            <numerusform>%1: %n svar</numerusform>
        </translation>
    </message>
    <message>
        <source>Consensus %1, answers from %2 to %3</source>
        <translation>Samsyn %1, svar från %2 till %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n missing)</source>
        <translation>
            <numerusform>%1 (%n saknas)</numerusform>
            <numerusform>%1 (%n saknas)</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant wrote a note for this block.</source>
        <translation>Ingen deltagare har skrivit någon anteckning för det här blocket.</translation>
    </message>
    <message>
        <source>Where views differ</source>
        <translation>Här skiljer sig synen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alla frågor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Group &amp;report (PDF or Word)…</source>
        <translation>Grupp&amp;rapport (PDF eller Word)…</translation>
    </message>
    <message>
        <source>Participants: %1 (%2 with every question answered)</source>
        <translation>Deltagare: %1 (%2 med alla frågor besvarade)</translation>
    </message>
    <message>
        <source>Mean total %1 of %2 points (n = %3; lowest %4, highest %5) · score band %6–%7</source>
        <translation>Medelsumma %1 av %2 poäng (n = %3; lägst %4, högst %5) · poängintervall %6–%7</translation>
    </message>
    <message>
        <source>No participant has answered every question yet: no total and no advice.</source>
        <translation>Ingen deltagare har besvarat alla frågor ännu: ingen summa och inget råd.</translation>
    </message>
</context>
<context>
    <name>GuidanceWindow</name>
    <message>
        <source>Background material</source>
        <translation>Bakgrundsmaterial</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>At the latest this long after the window is shown, the deferred start-up work runs. &quot;Saved X&quot; with Open and Show in folder after an export; gone when the view changes.</extracomment>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Senaste f&amp;iler</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Offline – nothing is sent anywhere</source>
        <translation>Offline – inget skickas någonstans</translation>
    </message>
    <message>
        <source>The background material cannot be shown</source>
        <translation>Bakgrundsmaterialet kan inte visas</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>    %1 – answer: %2 (%3)</source>
        <extracomment>The background material&apos;s section the &quot;Next steps&quot; link opens (then the success factors follow). ``(block_ids)``: open the action plan with these blocks chosen (the weakest). Start a follow-up assessment of the same collaboration. ``(section_id)``: show the background material at this section.</extracomment>
        <translation>    %1 – svar: %2 (%3)</translation>
    </message>
    <message>
        <source>Talk about the result together and start with %1: answer the simple but difficult questions and write down concrete actions in an action plan. Come back in six months or a year with a follow-up and see what has changed.</source>
        <translation>Prata igenom resultatet tillsammans och börja med %1: svara på de enkla men svåra frågorna och skriv ner konkreta åtgärder i en handlingsplan. Gör en uppföljning om ett halvår eller ett år och se vad som har förändrats.</translation>
    </message>
    <message>
        <source>Open the action &amp;plan</source>
        <translation>Öppna handlingsp&amp;lanen</translation>
    </message>
    <message>
        <source>Talk about the result together and write down concrete actions in an action plan. Come back in six months or a year with a follow-up and see what has changed.</source>
        <translation>Prata igenom resultatet tillsammans och skriv ner konkreta åtgärder i en handlingsplan. Gör en uppföljning om ett halvår eller ett år och se vad som har förändrats.</translation>
    </message>
    <message>
        <source>Write an action &amp;plan…</source>
        <translation>Skriv handlingsp&amp;lan…</translation>
    </message>
    <message>
        <source>Action plan for %1</source>
        <translation>Handlingsplan för %1</translation>
    </message>
    <message>
        <source>The lowest-rated questions</source>
        <translation>Lägst skattade frågor</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Era anteckningar</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>New follow-&amp;up…</source>
        <translation>Ny upp&amp;följning…</translation>
    </message>
    <message>
        <source>A new assessment of the same collaboration, with this plan&apos;s actions carried over</source>
        <translation>En ny bedömning av samma samverkan, där den här planens åtgärder följer med</translation>
    </message>
    <message>
        <source>Pitfalls an&amp;d success factors</source>
        <translation>Fall&amp;gropar och framgångsfaktorer</translation>
    </message>
    <message>
        <source>The background material: traps, pitfalls and success factors</source>
        <translation>Bakgrundsmaterialet: fällor, fallgropar och framgångsfaktorer</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Mean per block and mean total, per organisation</source>
        <translation>Medel per block och medelsumma, per organisation</translation>
    </message>
    <message>
        <source>Where the organisations differ most</source>
        <translation>Där organisationerna skiljer sig mest</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Mean total (max %1)</source>
        <translation>Medelsumma (max %1)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Rename participant</source>
        <translation>Byt deltagarkod</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>The code %1 is already used or too long.</source>
        <translation>Koden %1 används redan eller är för lång.</translation>
    </message>
    <message>
        <source>Organisation of %1</source>
        <translation>Organisation för %1</translation>
    </message>
    <message>
        <source>Organisation (empty for none):</source>
        <translation>Organisation (tomt för ingen):</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Ta bort deltagare</translation>
    </message>
    <message>
        <source>Remove %1 and all of their answers from the group?</source>
        <translation>Ta bort %1 och alla deras svar från gruppen?</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>The plan came along from last time (%1, %2). Update each action&apos;s status: planned, in progress or done; add new actions where something is still to do.</source>
        <extracomment>``(plan)``: the user changed the plan; the tuple of BlockPlan as it now reads. ``(text)``: something to say in the status bar (e.g. &quot;Action removed. Ctrl+Z undoes it.&quot;).</extracomment>
        <translation>Planen följde med från förra gången (%1, %2). Uppdatera varje åtgärds status: planerad, pågår eller klar; lägg till nya åtgärder där något återstår.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>utan datum</translation>
    </message>
    <message>
        <source>Add blocks</source>
        <translation>Lägg till block</translation>
    </message>
    <message>
        <source>The due date of action %1 in %2 (“%3”) is not a date: “%4”.</source>
        <translation>”Klart senast” för åtgärd %1 i %2 (”%3”) är inget giltigt datum: ”%4”.</translation>
    </message>
    <message>
        <source>The due date of action %1 in %2 is not a date: “%4”.</source>
        <translation>”Klart senast” för åtgärd %1 i %2 är inget giltigt datum: ”%4”.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2027-03-31, or leave the field empty. Nothing was saved.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-31, eller lämna fältet tomt. Inget har sparats.</translation>
    </message>
    <message>
        <source>Check the due date</source>
        <translation>Kontrollera datumet</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>%1 was removed from the plan. Ctrl+Z brings it back.</source>
        <translation>%1 togs bort ur planen. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Ta bort en åtgärd</translation>
    </message>
    <message>
        <source>The action was removed. Ctrl+Z brings it back.</source>
        <translation>Åtgärden togs bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>Include this block in the action plan</source>
        <translation>Ta med blocket i handlingsplanen</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Choose one or more blocks to work on, answer the simple but difficult questions and write down concrete actions: what is to be done, who does it and by when.</source>
        <translation>Välj ett eller flera block att arbeta med, svara på de enkla men svåra frågorna och skriv ner konkreta åtgärder: vad som ska göras, vem som gör det och när det ska vara klart.</translation>
    </message>
    <message>
        <source>Blocks in the plan</source>
        <translation>Block i planen</translation>
    </message>
    <message>
        <source>No block is chosen yet. Tick a block above to start its plan.</source>
        <translation>Inget block är valt ännu. Kryssa för ett block ovan för att börja planen för det.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>← &amp;Back to the result</source>
        <extracomment>The user asked to go back to the results.</extracomment>
        <translation>← &amp;Tillbaka till resultatet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Export PDF or Word…</source>
        <translation>&amp;Exportera PDF eller Word…</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Untitled group</source>
        <extracomment>The block titles as last painted (elided only if even the smallest size cannot fit). The slide shown changed; carries its index. The current slide&apos;s results were revealed. The organisations&apos; views as last computed (None before the first redraw). How many key presses the projector has handled (tests count a whole workshop&apos;s). The slides revealed so far (by kind and question), so that going back keeps them revealed.</extracomment>
        <translation>Namnlös grupp</translation>
    </message>
    <message>
        <source>Projector – %1</source>
        <translation>Projektor – %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Tillbaka</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Visa svaren</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>Space: reveal · → next</source>
        <translation>Mellanslag: visa · → nästa</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with every question answered</source>
        <translation>
            <numerusform>%n med alla frågor besvarade</numerusform>
            <numerusform>%n med alla frågor besvarade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to discuss</source>
        <translation>
            <numerusform>%n fråga att samtala om</numerusform>
            <numerusform>%n frågor att samtala om</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean total %1 of %2 points · score band %3–%4</source>
        <translation>Medelsumma %1 av %2 poäng · poängintervall %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>Consensus %1 · mean %2 · answers from %3 to %4 · %n answered</source>
        <translation>
            <numerusform>Samsyn %1 · medel %2 · svar från %3 till %4 · %n har svarat</numerusform>
            <numerusform>Samsyn %1 · medel %2 · svar från %3 till %4 · %n har svarat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: mean %2, from %3 to %4</source>
        <translation>%1: medel %2, från %3 till %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n answer(s)</source>
        <translation>
            <numerusform>%1 (%2): %n svar</numerusform>
            <numerusform>%1 (%2): %n svar</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisations&apos; views</source>
        <translation>Organisationernas syn</translation>
    </message>
    <message>
        <source>Mean total of %1 points</source>
        <translation>Medelsumma av %1 poäng</translation>
    </message>
    <message>
        <source>Largest difference: %1</source>
        <translation>Störst skillnad: %1</translation>
    </message>
    <message>
        <source>The organisations&apos; views per block</source>
        <translation>Organisationernas syn per block</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>No participant has answered every question yet.</source>
        <translation>Ingen deltagare har besvarat alla frågor ännu.</translation>
    </message>
    <message>
        <source>Where views differ: %1 of %2</source>
        <translation>Här skiljer sig synen: %1 av %2</translation>
    </message>
    <message>
        <source>(hidden – press Space to reveal)</source>
        <translation>(dolt – tryck mellanslag för att visa)</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own words where our terminology (docs/terminology.md) differs from Qt&apos;s Swedish: qtbase_sv writes &quot;Ok&quot;, we write &quot;OK&quot;. Our translator is installed after Qt&apos;s, so it is asked first.</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RatingGroup</name>
    <message>
        <source>Answer: %1</source>
        <extracomment>Arrow keys in a question: one step back or on along the scale. ``(question_id, value)``: the user rated (or cleared, value None) this question. The user rated with a digit key: focus should move on to the next question.</extracomment>
        <translation>Svar: %1</translation>
    </message>
    <message>
        <source>Answer cleared</source>
        <translation>Svaret borttaget</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <source>Rate with the digits 1 to 5</source>
        <translation>Svara med siffrorna 1 till 5</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: another copy of Samverkan has this file open, so nothing can be changed here. Save a copy to work on it.</source>
        <extracomment>The user asked to save a copy (Save as) and go on working on it.</extracomment>
        <translation>Skrivskyddad: en annan kopia av Samverkan har filen öppen, så inget kan ändras här. Spara en kopia för att arbeta vidare med den.</translation>
    </message>
    <message>
        <source>Save as a &amp;copy…</source>
        <translation>Spara som &amp;kopia…</translation>
    </message>
</context>
<context>
    <name>RecoveredWorkList</name>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), last change %1</source>
        <translation>
            <numerusform>%n svar, senast ändrad %1</numerusform>
            <numerusform>%n svar, senast ändrad %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Namnlös grupp</translation>
    </message>
    <message numerus="yes">
        <source>Group, %n participant(s), last change %1</source>
        <translation>
            <numerusform>Grupp, %n deltagare, senast ändrad %1</numerusform>
            <numerusform>Grupp, %n deltagare, senast ändrad %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard recovered work?</source>
        <translation>Kasta det återställda arbetet?</translation>
    </message>
    <message>
        <source>The recovered answers will be deleted. This cannot be undone.</source>
        <translation>De återställda svaren raderas. Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>← &amp;Back to the questions</source>
        <extracomment>The user asked to go back to the questions. ``(block_ids)``: open the action plan with these blocks chosen. Start a follow-up assessment of the same collaboration. ``(section_id)``: show the background material at this section.</extracomment>
        <translation>← &amp;Tillbaka till frågorna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Export PDF or Word…</source>
        <translation>&amp;Exportera PDF eller Word…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Score per block</source>
        <translation>Poäng per block</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Not complete</source>
        <translation>Inte klar</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still without an answer.</source>
        <translation>
            <numerusform>%n fråga saknar fortfarande svar.</numerusform>
            <numerusform>%n frågor saknar fortfarande svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Summa: %1 av %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Bar chart of the score per block</source>
        <translation>Stapeldiagram över poängen per block</translation>
    </message>
    <message>
        <source>Total %1 of %2, band %3 of %4 (%5).</source>
        <translation>Summa %1 av %2, intervall %3 av %4 (%5).</translation>
    </message>
    <message>
        <source>Since last time</source>
        <extracomment>Table and chart stand side by side when the page is at least this many average characters wide.</extracomment>
        <translation>Sedan förra gången</translation>
    </message>
    <message>
        <source>%1 of %2, band %3</source>
        <translation>%1 av %2, intervall %3</translation>
    </message>
    <message>
        <source>your total</source>
        <translation>er summa</translation>
    </message>
    <message>
        <source>The bands of the scale: %1</source>
        <translation>Skalans intervall: %1</translation>
    </message>
    <message>
        <source>The total is in the band %1 (band %2 of %3).</source>
        <translation>Summan ligger i intervallet %1 (intervall %2 av %3).</translation>
    </message>
</context>
<context>
    <name>SendFormDialog</name>
    <message>
        <source>Send out the questionnaire</source>
        <extracomment>The settings key of the folder forms were last saved in (shared with the blank paper form). The form was written (the path).</extracomment>
        <translation>Skicka ut enkäten</translation>
    </message>
    <message>
        <source>An answer form that participants open in their web browser, without the internet and without Samverkan: send it by e-mail, put it on a shared folder or a USB stick. They save their answers as a file, or send you an answer code; add either here.</source>
        <translation>Ett svarsformulär som deltagarna öppnar i sin webbläsare, utan internet och utan Samverkan: skicka det med e-post, lägg det i en delad mapp eller på ett USB-minne. De sparar sina svar som en fil eller skickar en svarskod till er; båda lägger ni till här.</translation>
    </message>
    <message>
        <source>Collaboration:</source>
        <translation>Samverkan:</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(inget angivet)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>(the day each participant answers)</source>
        <translation>(den dag var och en svarar)</translation>
    </message>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>&amp;Formulärets språk:</translation>
    </message>
    <message>
        <source>Show participants their own &amp;total and score band after saving</source>
        <translation>Visa deltagarna deras egen &amp;summa och poängintervall när de har sparat</translation>
    </message>
    <message>
        <source>&amp;Save the form…</source>
        <translation>S&amp;para formuläret…</translation>
    </message>
    <message>
        <source>Save answer form</source>
        <translation>Spara svarsformulär</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <source>The answer form could not be written</source>
        <translation>Svarsformuläret kunde inte skrivas</translation>
    </message>
</context>
<context>
    <name>StartLists</name>
    <message>
        <source>No questionnaire can be used</source>
        <extracomment>``(text, milliseconds)``: something for the window&apos;s status bar (a questionnaire that cannot be read).</extracomment>
        <translation>Inget frågeformulär kan användas</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>besvarade: %1 av %2</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Test your collaboration!</source>
        <translation>Testa din samverkan!</translation>
    </message>
    <message>
        <source>A self-assessment of a collaboration: 21 statements rated from 1 to 5 in four blocks. You get a total, advice on what to work on, a chart and a PDF report. Everything stays on this computer.</source>
        <translation>En självskattning av en samverkan: 21 frågor som besvaras från 1 till 5 i fyra block. Ni får en summa, råd om vad ni bör arbeta med, ett diagram och en PDF-rapport. Allt stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>``(questionnaire, details)``: start a new assessment with these details. ``(questionnaire)``: the user began filling in the new-assessment form (again when they choose another questionnaire in it): a new assessment of this questionnaire is likely to follow. Show the Open dialog. ``(path)``: open this recent file. ``(row)``: restore the recovered work in this row of the recovery list. ``(row)``: throw the recovered work in this row away. Painted for the first time: the window is on screen, slower start-up work may follow. Called when &quot;Start&quot; is pressed before the questionnaires were loaded. The questionnaire ``form_started`` last told of (None: not yet for this form).</extracomment>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>Unsaved work that can be restored</source>
        <translation>Osparat arbete som kan återställas</translation>
    </message>
    <message>
        <source>Samverkan was closed before this work was saved. Restore it to keep working, or discard it.</source>
        <translation>Samverkan stängdes innan det här arbetet sparades. Återställ det för att fortsätta, eller kasta det.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Å&amp;terställ</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny bedömning</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Frågeformulär:</translation>
    </message>
    <message>
        <source>&amp;Collaboration:</source>
        <translation>&amp;Samverkan:</translation>
    </message>
    <message>
        <source>Which collaboration do you assess?</source>
        <translation>Vilken samverkan bedömer ni?</translation>
    </message>
    <message>
        <source>&amp;Your name or role:</source>
        <translation>Ert &amp;namn eller er roll:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Start the assessment</source>
        <translation>&amp;Börja bedömningen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Open a saved assessment…</source>
        <translation>&amp;Öppna en sparad bedömning…</translation>
    </message>
    <message>
        <source>R&amp;ecent files:</source>
        <translation>S&amp;enaste filer:</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;Ny grupp</translation>
    </message>
    <message>
        <source>Start an empty group</source>
        <translation>Börja med en tom grupp</translation>
    </message>
    <message>
        <source>&amp;Open group file…</source>
        <translation>&amp;Öppna gruppfil…</translation>
    </message>
    <message>
        <source>Open a saved group file</source>
        <translation>Öppna en sparad gruppfil</translation>
    </message>
    <message>
        <source>&amp;Add participants&apos; files…</source>
        <translation>&amp;Lägg till deltagarnas filer…</translation>
    </message>
    <message>
        <source>Add %1 files or group files (several at once)</source>
        <translation>Lägg till %1-filer eller gruppfiler (flera på en gång)</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Lägg till en &amp;mapp…</translation>
    </message>
    <message>
        <source>Add every Samverkan file in a folder</source>
        <translation>Lägg till alla Samverkan-filer i en mapp</translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation>&amp;Spara gruppen</translation>
    </message>
    <message>
        <source>Save the group file</source>
        <translation>Spara gruppfilen</translation>
    </message>
    <message>
        <source>Sa&amp;ve group as…</source>
        <translation>Spara gruppen s&amp;om…</translation>
    </message>
    <message>
        <source>Save the group under a new name</source>
        <translation>Spara gruppen under ett nytt namn</translation>
    </message>
    <message>
        <source>Group &amp;report (PDF)…</source>
        <translation>Grupp&amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>The group report to share</source>
        <translation>Grupprapporten att dela</translation>
    </message>
    <message>
        <source>Group report (&amp;Word)…</source>
        <translation>Grupprapport (&amp;Word)…</translation>
    </message>
    <message>
        <source>The group report as a Word document, to edit or to take into your own template</source>
        <translation>Grupprapporten som Word-dokument, att redigera eller ta in i er egen mall</translation>
    </message>
    <message>
        <source>&amp;CSV for Excel…</source>
        <translation>&amp;CSV för Excel…</translation>
    </message>
    <message>
        <source>One row per question</source>
        <translation>En rad per fråga</translation>
    </message>
    <message>
        <source>CSV with a column per &amp;participant…</source>
        <translation>CSV med en kolumn per &amp;deltagare…</translation>
    </message>
    <message>
        <source>One row per question, one column per participant</source>
        <translation>En rad per fråga, en kolumn per deltagare</translation>
    </message>
    <message>
        <source>Blank paper form in &amp;Swedish…</source>
        <translation>Tom svarsblankett på &amp;svenska…</translation>
    </message>
    <message>
        <source>A printable answer form</source>
        <translation>En svarsblankett att skriva ut</translation>
    </message>
    <message>
        <source>Blank paper form in &amp;English…</source>
        <translation>Tom svarsblankett på &amp;engelska…</translation>
    </message>
    <message>
        <source>Send out the &amp;questionnaire…</source>
        <translation>Skicka ut en&amp;käten…</translation>
    </message>
    <message>
        <source>An answer form (one web page) for participants without Samverkan</source>
        <translation>Ett svarsformulär (en webbsida) för deltagare utan Samverkan</translation>
    </message>
    <message>
        <source>Add from answer co&amp;des…</source>
        <translation>Lägg till från svars&amp;koder…</translation>
    </message>
    <message>
        <source>Paste the answer codes participants sent from the answer form</source>
        <translation>Klistra in svarskoderna som deltagarna skickat från svarsformuläret</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close the workshop window</source>
        <translation>Stäng workshopfönstret</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Lägg till deltagare</translation>
    </message>
    <message>
        <source>A new column for a paper form</source>
        <translation>En ny kolumn för en pappersblankett</translation>
    </message>
    <message>
        <source>&amp;Rename participant…</source>
        <translation>&amp;Byt deltagarkod…</translation>
    </message>
    <message>
        <source>Change the selected participant&apos;s code</source>
        <translation>Ändra den valda deltagarens kod</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>The selected participant&apos;s organisation, for the organisations&apos; views</source>
        <translation>Den valda deltagarens organisation, för organisationernas syn</translation>
    </message>
    <message>
        <source>Re&amp;move participant</source>
        <translation>&amp;Ta bort deltagare</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Ta bort den valda deltagaren</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Inmatning</translation>
    </message>
    <message>
        <source>The entry grid</source>
        <translation>Inmatningstabellen</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>The group&apos;s results</source>
        <translation>Gruppens resultat</translation>
    </message>
    <message>
        <source>Action p&amp;lan</source>
        <translation>&amp;Handlingsplan</translation>
    </message>
    <message>
        <source>The group&apos;s action plan</source>
        <translation>Gruppens handlingsplan</translation>
    </message>
    <message>
        <source>New follow-&amp;up…</source>
        <translation>Ny upp&amp;följning…</translation>
    </message>
    <message>
        <source>A new group of the same collaboration, with the plan&apos;s actions carried over</source>
        <translation>En ny grupp för samma samverkan, där planens åtgärder följer med</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <source>Full screen, one thing at a time</source>
        <translation>Helskärm, en sak i taget</translation>
    </message>
    <message>
        <source>Show &amp;names</source>
        <translation>Visa &amp;namn</translation>
    </message>
    <message>
        <source>Show participants&apos; names instead of codes only (also in the report)</source>
        <translation>Visa deltagarnas namn och inte bara koder (även i grupprapporten)</translation>
    </message>
</context>
<context>
    <name>WorkshopExports</name>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Save group report</source>
        <translation>Spara grupprapporten</translation>
    </message>
    <message>
        <source>Save CSV for Excel</source>
        <translation>Spara CSV för Excel</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Senaste f&amp;iler</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Inmatning</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Add participants&apos; files</source>
        <translation>Lägg till deltagarnas filer</translation>
    </message>
    <message>
        <source>Add a folder of Samverkan files</source>
        <translation>Lägg till en mapp med Samverkan-filer</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Några filer lades inte till</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n fil tillagd.</numerusform>
            <numerusform>%n filer tillagda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in the group.</source>
        <translation>
            <numerusform>%n deltagare i gruppen.</numerusform>
            <numerusform>%n deltagare i gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the files could not be added; the others were.</source>
        <translation>
            <numerusform>%n av filerna kunde inte läggas till; de andra lades till.</numerusform>
            <numerusform>%n av filerna kunde inte läggas till; de andra lades till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>&amp;Larger text</source>
        <extracomment>Widget classes Qt may give a font of their own (from the platform&apos;s theme): zoomed with the rest. ``(factor)``: the text size changed; every top-level window has already been refreshed.</extracomment>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <source>Make the text larger, in every window (for a projector)</source>
        <translation>Gör texten större, i alla fönster (för projektor)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <source>Make the text smaller, in every window</source>
        <translation>Gör texten mindre, i alla fönster</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>N&amp;ormal textstorlek</translation>
    </message>
    <message>
        <source>Show the text in its normal size, in every window</source>
        <translation>Visa texten i normal storlek, i alla fönster</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something unexpected went wrong. Your work is kept: please save it, and if the problem comes back, send the error log to whoever supports Samverkan.</source>
        <extracomment>The sizes of the PNGs that ``packaging/make_icons.py`` renders from ``samverkan.svg``.</extracomment>
        <translation>Något oväntat gick fel. Ert arbete finns kvar: spara det, och om felet kommer tillbaka, skicka fellogen till den som ger support för Samverkan.</translation>
    </message>
    <message>
        <source>Error log: %1</source>
        <translation>Fellogg: %1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Vill ni spara ändringarna i %1?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Era ändringar går förlorade om ni inte sparar dem.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Filen används</translation>
    </message>
    <message>
        <source>The file is used by %1 on %2 since %3.</source>
        <translation>Filen används av %1 på %2 sedan %3.</translation>
    </message>
    <message>
        <source>%1 is open in another copy of Samverkan. If you both save, one of you loses changes. Open it read-only, or open a copy to save under a new name.</source>
        <translation>%1 är öppen i en annan kopia av Samverkan. Om ni båda sparar går den enes ändringar förlorade. Öppna den skrivskyddad, eller öppna en kopia och spara den under ett nytt namn.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <source>Open a &amp;copy</source>
        <translation>Öppna en &amp;kopia</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>Öppna &amp;ändå</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The file has changed</source>
        <translation>Filen har ändrats</translation>
    </message>
    <message>
        <source>%1 has been changed by someone else since you opened it.</source>
        <translation>%1 har ändrats av någon annan sedan ni öppnade den.</translation>
    </message>
    <message>
        <source>Reload shows their version (your unsaved changes are dropped). Save as keeps both. Overwrite replaces their changes with yours.</source>
        <translation>Läs in igen visar deras version (era osparade ändringar försvinner). Spara som behåller båda. Skriv över ersätter deras ändringar med era.</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Skriv &amp;över</translation>
    </message>
    <message>
        <source>Different collaborations</source>
        <translation>Olika samverkan</translation>
    </message>
    <message>
        <source>Remove the files of the other collaborations, or compare them anyway: the comparison then says so beside every number.</source>
        <translation>Ta bort filerna för de andra samverkan, eller jämför ändå: jämförelsen säger det då vid varje siffra.</translation>
    </message>
    <message>
        <source>&amp;Remove the others</source>
        <translation>&amp;Ta bort de andra</translation>
    </message>
    <message>
        <source>Compare &amp;anyway</source>
        <translation>&amp;Jämför ändå</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Ny uppföljning</translation>
    </message>
    <message>
        <source>A follow-up of %1: the same collaboration, answered again.</source>
        <translation>En uppföljning av %1: samma samverkan, besvarad på nytt.</translation>
    </message>
    <message>
        <source>&amp;Date of the follow-up:</source>
        <translation>&amp;Datum för uppföljningen:</translation>
    </message>
    <message>
        <source>Comes along: the collaboration, the name or role, the organisation and the questionnaire.</source>
        <translation>Följer med: samverkan, namn eller roll, organisation och frågeformulär.</translation>
    </message>
    <message>
        <source>The action &amp;plan (actions: %1), so that you can update their status</source>
        <translation>Handlings&amp;planen (åtgärder: %1), så att ni kan uppdatera deras status</translation>
    </message>
</context>
<context>
    <name>learning_loop</name>
    <message>
        <source>Which file does this one follow? (%1 is not beside it)</source>
        <extracomment>``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View` (the plan). ``(text, milliseconds)``: something for the window&apos;s status bar (e.g. &quot;Ctrl+Z brings it back&quot;). The editor, once the window has built it (:meth:`bind`). &quot;Save before the follow-up?&quot; Why the earlier document must be saved first. &quot;The follow-up could not be made&quot;. ``(earlier file name, number of actions carried over)``: the status message once it is made. The caption and filter of the dialog choosing the earlier file when none is open. &quot;The file cannot be opened&quot;. ``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View` (where answers go). ``(text, milliseconds)``: something for the window&apos;s status bar.</extracomment>
        <translation>Vilken fil följer den här upp? (%1 finns inte bredvid den)</translation>
    </message>
</context>
</TS>
