<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>About</name>
    <message>
      <source>A self-assessment of collaboration: “Testa din samverkan!”</source>
      <translation>A self-assessment of collaboration: “Testa din samverkan!”</translation>
    </message>
    <message>
      <source>The questionnaire comes from the presentation “Samverkan som gör skillnad” (Reglab’s annual conference 2019, Arena för Tillväxt).</source>
      <translation>The questionnaire comes from the presentation “Samverkan som gör skillnad” (Reglab’s annual conference 2019, Arena för Tillväxt).</translation>
    </message>
    <message>
      <source>Its questions, block headings and advice are quoted as the presentation writes them, unusual spellings included.</source>
      <translation>Its questions, block headings and advice are quoted as the presentation writes them, unusual spellings included.</translation>
    </message>
    <message>
      <source>This program never uses the network: your answers stay on this computer and in the files you save.</source>
      <translation>This program never uses the network: your answers stay on this computer and in the files you save.</translation>
    </message>
    <message>
      <source>Licence: MIT. Fonts: DejaVu (free licence).</source>
      <translation>Licence: MIT. Fonts: DejaVu (free licence).</translation>
    </message>
    <message>
      <source>About Samverkan</source>
      <translation>About Samverkan</translation>
    </message>
  </context>
  <context>
    <name>ActionRow</name>
    <message>
      <source>What is to be done?</source>
      <extracomment>The order in which the statuses are offered. The row's action as it now reads (a bad date keeps the last good one). The user asked to remove this action.</extracomment>
      <translation>What is to be done?</translation>
    </message>
    <message>
      <source>Who?</source>
      <translation>Who?</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>Action %1 in %2: what</source>
      <translation>Action %1 in %2: what</translation>
    </message>
    <message>
      <source>Action %1 in %2: who</source>
      <translation>Action %1 in %2: who</translation>
    </message>
    <message>
      <source>Action %1 in %2: due date (optional)</source>
      <translation>Action %1 in %2: due date (optional)</translation>
    </message>
    <message>
      <source>A date as YYYY-MM-DD, or empty</source>
      <translation>A date as YYYY-MM-DD, or empty</translation>
    </message>
    <message>
      <source>Action %1 in %2: status</source>
      <translation>Action %1 in %2: status</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Remove action %1 in %2</source>
      <translation>Remove action %1 in %2</translation>
    </message>
    <message>
      <source>Write the date as YYYY-MM-DD, e.g. 2027-03-31, or leave it empty.</source>
      <translation>Write the date as YYYY-MM-DD, e.g. 2027-03-31, or leave it empty.</translation>
    </message>
    <message>
      <source>Overdue: due %1 and not done. Update its status, or give it a new date.</source>
      <translation>Overdue: due %1 and not done. Update its status, or give it a new date.</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;New assessment…</source>
      <translation>&amp;New assessment…</translation>
    </message>
    <message>
      <source>Start a new assessment</source>
      <translation>Start a new assessment</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <source>Open a saved assessment (%1) or workshop group (%2)</source>
      <translation>Open a saved assessment (%1) or workshop group (%2)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Save the assessment</source>
      <translation>Save the assessment</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Save &amp;As…</translation>
    </message>
    <message>
      <source>Save the assessment under a new name</source>
      <translation>Save the assessment under a new name</translation>
    </message>
    <message>
      <source>&amp;PDF…</source>
      <translation>&amp;PDF…</translation>
    </message>
    <message>
      <source>Write the report as PDF</source>
      <translation>Write the report as PDF</translation>
    </message>
    <message>
      <source>&amp;Word…</source>
      <translation>&amp;Word…</translation>
    </message>
    <message>
      <source>Write the report as a Word document, to edit or to take into your own template</source>
      <translation>Write the report as a Word document, to edit or to take into your own template</translation>
    </message>
    <message>
      <source>Print a &amp;blank form…</source>
      <translation>Print a &amp;blank form…</translation>
    </message>
    <message>
      <source>A paper form with every question, to fill in by hand</source>
      <translation>A paper form with every question, to fill in by hand</translation>
    </message>
    <message>
      <source>Assessment &amp;details…</source>
      <translation>Assessment &amp;details…</translation>
    </message>
    <message>
      <source>Change the collaboration, the respondent, the organisation or the date</source>
      <translation>Change the collaboration, the respondent, the organisation or the date</translation>
    </message>
    <message>
      <source>&amp;Close assessment</source>
      <translation>&amp;Close assessment</translation>
    </message>
    <message>
      <source>Close the assessment and go to the start view</source>
      <translation>Close the assessment and go to the start view</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Quit Samverkan</source>
      <translation>Quit Samverkan</translation>
    </message>
    <message>
      <source>&amp;Previous block</source>
      <translation>&amp;Previous block</translation>
    </message>
    <message>
      <source>Go to the previous block</source>
      <translation>Go to the previous block</translation>
    </message>
    <message>
      <source>&amp;Next block</source>
      <translation>&amp;Next block</translation>
    </message>
    <message>
      <source>Go to the next block</source>
      <translation>Go to the next block</translation>
    </message>
    <message>
      <source>Show &amp;results</source>
      <translation>Show &amp;results</translation>
    </message>
    <message>
      <source>Show the result (or the first unanswered question)</source>
      <translation>Show the result (or the first unanswered question)</translation>
    </message>
    <message>
      <source>&amp;Back to the questions</source>
      <translation>&amp;Back to the questions</translation>
    </message>
    <message>
      <source>Leave the result and edit the answers</source>
      <translation>Leave the result and edit the answers</translation>
    </message>
    <message>
      <source>&amp;Workshop…</source>
      <translation>&amp;Workshop…</translation>
    </message>
    <message>
      <source>Collect and summarise a group's assessments</source>
      <translation>Collect and summarise a group's assessments</translation>
    </message>
    <message>
      <source>Action &amp;plan</source>
      <translation>Action &amp;plan</translation>
    </message>
    <message>
      <source>The simple but difficult questions and concrete actions for the blocks you choose</source>
      <translation>The simple but difficult questions and concrete actions for the blocks you choose</translation>
    </message>
    <message>
      <source>New &amp;follow-up…</source>
      <translation>New &amp;follow-up…</translation>
    </message>
    <message>
      <source>A new assessment of the same collaboration, with the plan's actions carried over</source>
      <translation>A new assessment of the same collaboration, with the plan's actions carried over</translation>
    </message>
    <message>
      <source>Co&amp;mpare…</source>
      <translation>Co&amp;mpare…</translation>
    </message>
    <message>
      <source>Compare two or more assessments of the same collaboration over time</source>
      <translation>Compare two or more assessments of the same collaboration over time</translation>
    </message>
    <message>
      <source>&amp;Background: collaboration that makes a difference</source>
      <translation>&amp;Background: collaboration that makes a difference</translation>
    </message>
    <message>
      <source>The ladder, the simple questions, pitfalls and success factors, for the conversation</source>
      <translation>The ladder, the simple questions, pitfalls and success factors, for the conversation</translation>
    </message>
    <message>
      <source>&amp;About Samverkan</source>
      <translation>&amp;About Samverkan</translation>
    </message>
    <message>
      <source>Version, licence and where the questionnaire comes from</source>
      <translation>Version, licence and where the questionnaire comes from</translation>
    </message>
  </context>
  <context>
    <name>AnswerCodesDialog</name>
    <message>
      <source>Add from answer codes</source>
      <extracomment>Participants were added: what the status bar should say, and for how many milliseconds.</extracomment>
      <translation>Add from answer codes</translation>
    </message>
    <message>
      <source>&amp;Paste the answer codes, one per line. Text around them, as in an e-mail, does no harm: only the codes are read.</source>
      <translation>&amp;Paste the answer codes, one per line. Text around them, as in an e-mail, does no harm: only the codes are read.</translation>
    </message>
    <message>
      <source>Answer codes</source>
      <translation>Answer codes</translation>
    </message>
    <message>
      <source>What was &amp;read:</source>
      <translation>What was &amp;read:</translation>
    </message>
    <message>
      <source>What was read</source>
      <translation>What was read</translation>
    </message>
    <message numerus="yes">
      <source>%n participant(s) can be added.</source>
      <translation>
        <numerusform>%n participant can be added.</numerusform>
        <numerusform>%n participants can be added.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n line(s) cannot be used; they are not added.</source>
      <translation>
        <numerusform>%n line cannot be used; they are not added.</numerusform>
        <numerusform>%n lines cannot be used; they are not added.</numerusform>
      </translation>
    </message>
    <message>
      <source>No answer code found yet.</source>
      <translation>No answer code found yet.</translation>
    </message>
    <message numerus="yes">
      <source>&amp;Add %n participant(s)</source>
      <translation>
        <numerusform>&amp;Add %n participant</numerusform>
        <numerusform>&amp;Add %n participants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n participant(s) added from answer codes.</source>
      <translation>
        <numerusform>%n participant added from answer codes.</numerusform>
        <numerusform>%n participants added from answer codes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n participant(s) in the group.</source>
      <translation>
        <numerusform>%n participant in the group.</numerusform>
        <numerusform>%n participants in the group.</numerusform>
      </translation>
    </message>
    <message>
      <source>Some answer codes were not added</source>
      <translation>Some answer codes were not added</translation>
    </message>
    <message numerus="yes">
      <source>%n line(s) could not be used; the other codes were added.</source>
      <translation>
        <numerusform>%n line could not be used; the other codes were added.</numerusform>
        <numerusform>%n lines could not be used; the other codes were added.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AssessmentKind</name>
    <message>
      <source>Follow-up of %1. Answer the questions again; save it under a new name.</source>
      <translation>Follow-up of %1. Answer the questions again; save it under a new name.</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Untitled</translation>
    </message>
    <message>
      <source>Open assessment</source>
      <translation>Open assessment</translation>
    </message>
    <message>
      <source>Save assessment</source>
      <translation>Save assessment</translation>
    </message>
    <message>
      <source>The file cannot be opened</source>
      <translation>The file cannot be opened</translation>
    </message>
    <message>
      <source>The assessment could not be saved</source>
      <translation>The assessment could not be saved</translation>
    </message>
    <message>
      <source>Save before the follow-up?</source>
      <translation>Save before the follow-up?</translation>
    </message>
    <message>
      <source>The follow-up records which saved file it follows. Save the assessment now?</source>
      <translation>The follow-up records which saved file it follows. Save the assessment now?</translation>
    </message>
    <message>
      <source>The follow-up could not be made</source>
      <translation>The follow-up could not be made</translation>
    </message>
    <message>
      <source>Which assessment do you follow up?</source>
      <translation>Which assessment do you follow up?</translation>
    </message>
  </context>
  <context>
    <name>BlankForm</name>
    <message>
      <source>Save blank form</source>
      <extracomment>``(text, milliseconds)``: what was written, for the status bar ("" clears it). ``(path)``: a file was written; the window's notice offers to open it.</extracomment>
      <translation>Save blank form</translation>
    </message>
    <message>
      <source>The blank form could not be written</source>
      <translation>The blank form could not be written</translation>
    </message>
  </context>
  <context>
    <name>BlockPage</name>
    <message>
      <source>Block %1 of %2: %3. Rate with the digits 1 to 5.</source>
      <extracomment>A named group: a screen reader says "Block 2 of 4: …" once as the focus enters the page. The page became complete or incomplete (as ``QWizardPage.completeChanged``). The last question was rated with a digit key: the keyboard user moves on past this page.</extracomment>
      <translation>Block %1 of %2: %3. Rate with the digits 1 to 5.</translation>
    </message>
    <message>
      <source>Notes on &amp;this block (optional)</source>
      <translation>Notes on &amp;this block (optional)</translation>
    </message>
    <message>
      <source>Notes on %1</source>
      <translation>Notes on %1</translation>
    </message>
    <message>
      <source>Thoughts, examples, what to do next…</source>
      <translation>Thoughts, examples, what to do next…</translation>
    </message>
  </context>
  <context>
    <name>BlockPlanBox</name>
    <message>
      <source>Actions</source>
      <extracomment>The user changed a text or an action (not the structure). The user asked for a new action. ``(index)``: the user asked to remove this action. The block as its heading names it, and as a sentence names it (docs/terminology.md).</extracomment>
      <translation>Actions</translation>
    </message>
    <message>
      <source>What is to be done?</source>
      <translation>What is to be done?</translation>
    </message>
    <message>
      <source>Who?</source>
      <translation>Who?</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>+ Add an action</source>
      <translation>+ Add an action</translation>
    </message>
    <message>
      <source>Add an action to %1</source>
      <translation>Add an action to %1</translation>
    </message>
  </context>
  <context>
    <name>CompareWindow</name>
    <message>
      <source>The files cannot be compared</source>
      <extracomment>Collaborations (their keys) the user chose to compare although they differ. Where the first file dialog opens (the main window's folder).</extracomment>
      <translation>The files cannot be compared</translation>
    </message>
    <message>
      <source>Add assessments or group files</source>
      <translation>Add assessments or group files</translation>
    </message>
    <message>
      <source>Add a folder (one group)</source>
      <translation>Add a folder (one group)</translation>
    </message>
    <message>
      <source>&amp;Export PDF or Word…</source>
      <translation>&amp;Export PDF or Word…</translation>
    </message>
    <message>
      <source>Add &amp;files…</source>
      <translation>Add &amp;files…</translation>
    </message>
    <message>
      <source>Add a f&amp;older…</source>
      <translation>Add a f&amp;older…</translation>
    </message>
    <message>
      <source>&amp;Remove file</source>
      <translation>&amp;Remove file</translation>
    </message>
    <message>
      <source>Take the selected file out of the comparison (Delete)</source>
      <translation>Take the selected file out of the comparison (Delete)</translation>
    </message>
    <message>
      <source>Remove from the comparison</source>
      <translation>Remove from the comparison</translation>
    </message>
    <message>
      <source>Files compared, by date</source>
      <translation>Files compared, by date</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>Total per occasion</source>
      <translation>Total per occasion</translation>
    </message>
    <message>
      <source>Change per block (latest minus first)</source>
      <translation>Change per block (latest minus first)</translation>
    </message>
    <message>
      <source>Score per block and date</source>
      <translation>Score per block and date</translation>
    </message>
    <message>
      <source>The questions that moved most</source>
      <translation>The questions that moved most</translation>
    </message>
    <message>
      <source>The plans' actions and their status</source>
      <translation>The plans' actions and their status</translation>
    </message>
    <message>
      <source>Change per block</source>
      <translation>Change per block</translation>
    </message>
    <message>
      <source>Actions and their status</source>
      <translation>Actions and their status</translation>
    </message>
    <message>
      <source>not complete</source>
      <translation>not complete</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <source>no collaboration given</source>
      <translation>no collaboration given</translation>
    </message>
    <message>
      <source>Comparison over time</source>
      <translation>Comparison over time</translation>
    </message>
    <message>
      <source>Add two or more assessments, group files or folders (a folder is one group) of the same collaboration. You can also drop them here.</source>
      <translation>Add two or more assessments, group files or folders (a folder is one group) of the same collaboration. You can also drop them here.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Band</source>
      <translation>Band</translation>
    </message>
    <message>
      <source>Collaboration</source>
      <translation>Collaboration</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Block</source>
      <translation>Block</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Bar chart of the score per block and date</source>
      <translation>Bar chart of the score per block and date</translation>
    </message>
    <message>
      <source>(%1 → %2)</source>
      <translation>(%1 → %2)</translation>
    </message>
    <message>
      <source>Up most:</source>
      <translation>Up most:</translation>
    </message>
    <message>
      <source>Down most:</source>
      <translation>Down most:</translation>
    </message>
    <message>
      <source>No question answered in both has changed.</source>
      <translation>No question answered in both has changed.</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Status over time</source>
      <translation>Status over time</translation>
    </message>
    <message>
      <source>None of the files has a plan with actions.</source>
      <translation>None of the files has a plan with actions.</translation>
    </message>
    <message>
      <source>Export the comparison</source>
      <translation>Export the comparison</translation>
    </message>
    <message>
      <source>Replace file?</source>
      <translation>Replace file?</translation>
    </message>
    <message>
      <source>%1 already exists. Do you want to replace it?</source>
      <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
  </context>
  <context>
    <name>Details</name>
    <message>
      <source>Collaboration:</source>
      <translation>Collaboration:</translation>
    </message>
    <message>
      <source>Name or role:</source>
      <translation>Name or role:</translation>
    </message>
    <message>
      <source>Organisation:</source>
      <translation>Organisation:</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD):</source>
      <translation>Date (YYYY-MM-DD):</translation>
    </message>
    <message>
      <source>Assessment details</source>
      <translation>Assessment details</translation>
    </message>
    <message>
      <source>The details were not changed</source>
      <translation>The details were not changed</translation>
    </message>
    <message>
      <source>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-11-20.</source>
      <translation>“%1” is not a date. Write it as YYYY-MM-DD, for example 2026-11-20.</translation>
    </message>
  </context>
  <context>
    <name>DocumentController</name>
    <message>
      <source>%1 (read-only)</source>
      <extracomment>The Open/Save dialog's filter. "Untitled" / "Untitled group". File name stem Save as suggests for the document (None: none is open), without suffix. Window title from the document name ("name[*] – Samverkan"); must contain ``[*]``. ``(path)``: a document was opened from this file. ``(path)``: the document was written to this file. ``(text, milliseconds)``: something for the status bar. The recent-files list changed (any window). ``(read_only)``: the document became read-only (opened so) or writable again (saved as a copy).</extracomment>
      <translation>%1 (read-only)</translation>
    </message>
    <message>
      <source>Replace file?</source>
      <translation>Replace file?</translation>
    </message>
    <message>
      <source>%1 already exists. Do you want to replace it?</source>
      <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
    <message>
      <source>Opened a copy of %1: save it under a new name.</source>
      <translation>Opened a copy of %1: save it under a new name.</translation>
    </message>
    <message>
      <source>Opened %1</source>
      <translation>Opened %1</translation>
    </message>
    <message>
      <source>Remove from recent files?</source>
      <translation>Remove from recent files?</translation>
    </message>
    <message>
      <source>%1 is not there any more. Remove it from the recent files?</source>
      <translation>%1 is not there any more. Remove it from the recent files?</translation>
    </message>
    <message>
      <source>%1 (group)</source>
      <translation>%1 (group)</translation>
    </message>
    <message>
      <source>%1 is open in another copy of Samverkan (%2 on %3). Replace it all the same?</source>
      <translation>%1 is open in another copy of Samverkan (%2 on %3). Replace it all the same?</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>Saved %1</translation>
    </message>
  </context>
  <context>
    <name>DocumentWorkflows</name>
    <message>
      <source>Automatic backup failed: %1</source>
      <extracomment>How long a message about the document stays in the status bar. ``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View`. ``(text, milliseconds)``: something for the window's status bar ("" clears it).</extracomment>
      <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
      <source>Unsaved work restored. Save it to keep it.</source>
      <translation>Unsaved work restored. Save it to keep it.</translation>
    </message>
  </context>
  <context>
    <name>EditorView</name>
    <message>
      <source>On to block %1: %2 (notes on the previous block: Alt+Left)</source>
      <extracomment>The user asked for the results and every question is answered. ``(message)``: something to show in the status bar. The questionnaire the pages show (None: no pages yet).</extracomment>
      <translation>On to block %1: %2 (notes on the previous block: Alt+Left)</translation>
    </message>
    <message>
      <source>Every question is answered: press Enter to see the results.</source>
      <translation>Every question is answered: press Enter to see the results.</translation>
    </message>
    <message numerus="yes">
      <source>%n question(s) still without an answer.</source>
      <translation>
        <numerusform>%n question still without an answer.</numerusform>
        <numerusform>%n questions still without an answer.</numerusform>
      </translation>
    </message>
    <message>
      <source>Block %1 of %2</source>
      <translation>Block %1 of %2</translation>
    </message>
    <message>
      <source>%1 of %2 questions answered</source>
      <translation>%1 of %2 questions answered</translation>
    </message>
    <message>
      <source>Not every question is answered yet: this goes to the first one missing.</source>
      <translation>Not every question is answered yet: this goes to the first one missing.</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 of %2 answered</translation>
    </message>
    <message>
      <source>← &amp;Back</source>
      <translation>← &amp;Back</translation>
    </message>
    <message>
      <source>Previous block (Alt+Left)</source>
      <translation>Previous block (Alt+Left)</translation>
    </message>
    <message>
      <source>&amp;Next →</source>
      <translation>&amp;Next →</translation>
    </message>
    <message>
      <source>Next block (Alt+Right)</source>
      <translation>Next block (Alt+Right)</translation>
    </message>
    <message>
      <source>Show &amp;results</source>
      <translation>Show &amp;results</translation>
    </message>
    <message>
      <source>Blocks</source>
      <translation>Blocks</translation>
    </message>
  </context>
  <context>
    <name>EntryGrid</name>
    <message>
      <source>no answer</source>
      <extracomment>0 or 1: which of two alternating shades the cell's block has (the delegate picks palette roles). A key was refused; carries the character typed (the window explains what is allowed). The last question of a participant was filled; carries that participant's code. A read-only group file: keys that would change an answer do nothing. Typed answers, for Ctrl+Z / Ctrl+Y. The last participant's last answer was just typed: the next digit starts a new paper form (instead of overwriting that answer again and again). A digit is being typed: the cell's new value is confirmed on its own, not by reading the cell again.</extracomment>
      <translation>no answer</translation>
    </message>
    <message>
      <source>%1, %2: %3 – %4</source>
      <translation>%1, %2: %3 – %4</translation>
    </message>
    <message>
      <source>Paper forms: no participant yet</source>
      <translation>Paper forms: no participant yet</translation>
    </message>
    <message>
      <source>Paper forms</source>
      <translation>Paper forms</translation>
    </message>
    <message>
      <source>Type each answer as a digit 1–5; Enter skips a question, Delete empties it. Ctrl+Tab leaves the grid.</source>
      <translation>Type each answer as a digit 1–5; Enter skips a question, Delete empties it. Ctrl+Tab leaves the grid.</translation>
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
      <extracomment>``(text, milliseconds)``: something for the window's status bar.</extracomment>
      <translation>&amp;Collaboration:</translation>
    </message>
    <message>
      <source>Which collaboration is assessed</source>
      <translation>Which collaboration is assessed</translation>
    </message>
    <message>
      <source>&amp;Add participant</source>
      <translation>&amp;Add participant</translation>
    </message>
    <message>
      <source>Add &amp;files…</source>
      <translation>Add &amp;files…</translation>
    </message>
    <message>
      <source>Type the paper forms in: each digit 1–5 fills a cell and moves to the next question; Enter skips a question, Delete empties a cell. Files can also be dropped here.</source>
      <translation>Type the paper forms in: each digit 1–5 fills a cell and moves to the next question; Enter skips a question, Delete empties a cell. Files can also be dropped here.</translation>
    </message>
    <message>
      <source>“%1” is not an answer: type %2–%3, Enter to skip, Delete to empty.</source>
      <translation>“%1” is not an answer: type %2–%3, Enter to skip, Delete to empty.</translation>
    </message>
    <message>
      <source>%1 done. The next digit starts a new participant.</source>
      <translation>%1 done. The next digit starts a new participant.</translation>
    </message>
    <message>
      <source>%1 done.</source>
      <translation>%1 done.</translation>
    </message>
  </context>
  <context>
    <name>ExportNotice</name>
    <message>
      <source>&amp;Open</source>
      <extracomment>The user asked to open the file (the path); emitted after the viewer was asked.</extracomment>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <source>Show in fol&amp;der</source>
      <translation>Show in fol&amp;der</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>Saved %1</translation>
    </message>
  </context>
  <context>
    <name>Exports</name>
    <message>
      <source>Export the report</source>
      <translation>Export the report</translation>
    </message>
    <message>
      <source>The Word document could not be written</source>
      <translation>The Word document could not be written</translation>
    </message>
    <message>
      <source>The PDF could not be written</source>
      <translation>The PDF could not be written</translation>
    </message>
    <message>
      <source>Draft Word document written to %1</source>
      <translation>Draft Word document written to %1</translation>
    </message>
    <message>
      <source>Word document written to %1</source>
      <translation>Word document written to %1</translation>
    </message>
    <message>
      <source>PDF written to %1</source>
      <translation>PDF written to %1</translation>
    </message>
    <message>
      <source>Draft PDF written to %1</source>
      <translation>Draft PDF written to %1</translation>
    </message>
    <message>
      <source>Blank form written to %1</source>
      <translation>Blank form written to %1</translation>
    </message>
  </context>
  <context>
    <name>FileFilters</name>
    <message>
      <source>Samverkan files (%1)</source>
      <translation>Samverkan files (%1)</translation>
    </message>
    <message>
      <source>Samverkan assessments (%1)</source>
      <translation>Samverkan assessments (%1)</translation>
    </message>
    <message>
      <source>Group files (%1)</source>
      <translation>Group files (%1)</translation>
    </message>
    <message>
      <source>PDF files (%1)</source>
      <translation>PDF files (%1)</translation>
    </message>
    <message>
      <source>Word documents (%1)</source>
      <translation>Word documents (%1)</translation>
    </message>
    <message>
      <source>Swedish Excel: semicolon and decimal comma (%1)</source>
      <translation>Swedish Excel: semicolon and decimal comma (%1)</translation>
    </message>
    <message>
      <source>English Excel: comma and point (%1)</source>
      <translation>English Excel: comma and point (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
  </context>
  <context>
    <name>GroupKind</name>
    <message>
      <source>Untitled group</source>
      <translation>Untitled group</translation>
    </message>
    <message>
      <source>workshop</source>
      <translation>workshop</translation>
    </message>
    <message>
      <source>Open group file</source>
      <translation>Open group file</translation>
    </message>
    <message>
      <source>Save group</source>
      <translation>Save group</translation>
    </message>
    <message>
      <source>The group file could not be opened</source>
      <translation>The group file could not be opened</translation>
    </message>
    <message>
      <source>The group could not be saved</source>
      <translation>The group could not be saved</translation>
    </message>
    <message>
      <source>Workshop – %1[*] – Samverkan</source>
      <translation>Workshop – %1[*] – Samverkan</translation>
    </message>
    <message>
      <source>Save before the follow-up?</source>
      <translation>Save before the follow-up?</translation>
    </message>
    <message>
      <source>The follow-up records which saved group file it follows. Save the group now?</source>
      <translation>The follow-up records which saved group file it follows. Save the group now?</translation>
    </message>
    <message>
      <source>The follow-up could not be made</source>
      <translation>The follow-up could not be made</translation>
    </message>
    <message>
      <source>Follow-up of %1: add the participants' new answers, then save it under a new name.</source>
      <translation>Follow-up of %1: add the participants' new answers, then save it under a new name.</translation>
    </message>
  </context>
  <context>
    <name>GroupRecovery</name>
    <message>
      <source>Samverkan was closed without saving the workshop group %1 (participants: %2). Recover it?</source>
      <translation>Samverkan was closed without saving the workshop group %1 (participants: %2). Recover it?</translation>
    </message>
    <message>
      <source>Samverkan was closed before an untitled workshop group (participants: %1) was saved. Recover it?</source>
      <translation>Samverkan was closed before an untitled workshop group (participants: %1) was saved. Recover it?</translation>
    </message>
    <message>
      <source>Recover workshop</source>
      <translation>Recover workshop</translation>
    </message>
    <message>
      <source>Discard the recovered group?</source>
      <translation>Discard the recovered group?</translation>
    </message>
    <message>
      <source>The recovered group and its answers will be deleted. This cannot be undone.</source>
      <translation>The recovered group and its answers will be deleted. This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>GroupResultsView</name>
    <message>
      <source>Result per block</source>
      <extracomment>The participants' own notes for the chosen block, under their codes (read only). The organisations' views side by side (or why there are none). How many times the statistics were computed (tests check a typed note costs none).</extracomment>
      <translation>Result per block</translation>
    </message>
    <message>
      <source>Answers:</source>
      <translation>Answers:</translation>
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
      <translation>Mean</translation>
    </message>
    <message>
      <source>Lowest</source>
      <translation>Lowest</translation>
    </message>
    <message>
      <source>Highest</source>
      <translation>Highest</translation>
    </message>
    <message>
      <source>Mean and range</source>
      <translation>Mean and range</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Distribution 1–5</source>
      <translation>Distribution 1–5</translation>
    </message>
    <message>
      <source>Consensus</source>
      <translation>Consensus</translation>
    </message>
    <message>
      <source>Questions where the group's consensus is below %1 (1 = everyone answers alike, 0 = the group is split between the ends of the scale); lowest consensus first, then lowest mean. Start the conversation here.</source>
      <translation>Questions where the group's consensus is below %1 (1 = everyone answers alike, 0 = the group is split between the ends of the scale); lowest consensus first, then lowest mean. Start the conversation here.</translation>
    </message>
    <message>
      <source>The organisations' views</source>
      <translation>The organisations' views</translation>
    </message>
    <message>
      <source>Notes for the &amp;block:</source>
      <translation>Notes for the &amp;block:</translation>
    </message>
    <message>
      <source>What the group said (your notes, in the report):</source>
      <translation>What the group said (your notes, in the report):</translation>
    </message>
    <message>
      <source>Participants' own notes (under their codes):</source>
      <translation>Participants' own notes (under their codes):</translation>
    </message>
    <message>
      <source>&amp;Include participants' notes</source>
      <translation>&amp;Include participants' notes</translation>
    </message>
    <message>
      <source>Print the participants' own notes in the group report, under their codes (never names)</source>
      <translation>Print the participants' own notes in the group report, under their codes (never names)</translation>
    </message>
    <message>
      <source>&amp;CSV for Excel…</source>
      <translation>&amp;CSV for Excel…</translation>
    </message>
    <message>
      <source>B&amp;lank paper form…</source>
      <translation>B&amp;lank paper form…</translation>
    </message>
    <message>
      <source>mean %1, from %2 to %3</source>
      <translation>mean %1, from %2 to %3</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n answer(s)</source>
      <translation>
        <numerusform>%1: %n answer</numerusform>
        <numerusform>%1: %n answers</numerusform>
      </translation>
    </message>
    <message>
      <source>Consensus %1, answers from %2 to %3</source>
      <translation>Consensus %1, answers from %2 to %3</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n missing)</source>
      <translation>
        <numerusform>%1 (%n missing)</numerusform>
        <numerusform>%1 (%n missing)</numerusform>
      </translation>
    </message>
    <message>
      <source>No participant wrote a note for this block.</source>
      <translation>No participant wrote a note for this block.</translation>
    </message>
    <message>
      <source>Where views differ</source>
      <translation>Where views differ</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>All questions</source>
      <translation>All questions</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Group &amp;report (PDF or Word)…</source>
      <translation>Group &amp;report (PDF or Word)…</translation>
    </message>
    <message>
      <source>Participants: %1 (%2 with every question answered)</source>
      <translation>Participants: %1 (%2 with every question answered)</translation>
    </message>
    <message>
      <source>Mean total %1 of %2 points (n = %3; lowest %4, highest %5) · score band %6–%7</source>
      <translation>Mean total %1 of %2 points (n = %3; lowest %4, highest %5) · score band %6–%7</translation>
    </message>
    <message>
      <source>No participant has answered every question yet: no total and no advice.</source>
      <translation>No participant has answered every question yet: no total and no advice.</translation>
    </message>
  </context>
  <context>
    <name>GuidanceWindow</name>
    <message>
      <source>Background material</source>
      <translation>Background material</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <extracomment>At the latest this long after the window is shown, the deferred start-up work runs. "Saved X" with Open and Show in folder after an export; gone when the view changes.</extracomment>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Workshop</source>
      <translation>&amp;Workshop</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Offline – nothing is sent anywhere</source>
      <translation>Offline – nothing is sent anywhere</translation>
    </message>
    <message>
      <source>The background material cannot be shown</source>
      <translation>The background material cannot be shown</translation>
    </message>
  </context>
  <context>
    <name>NextSteps</name>
    <message>
      <source>    %1 – answer: %2 (%3)</source>
      <extracomment>The background material's section the "Next steps" link opens (then the success factors follow). ``(block_ids)``: open the action plan with these blocks chosen (the weakest). Start a follow-up assessment of the same collaboration. ``(section_id)``: show the background material at this section.</extracomment>
      <translation>    %1 – answer: %2 (%3)</translation>
    </message>
    <message>
      <source>Talk about the result together and start with %1: answer the simple but difficult questions and write down concrete actions in an action plan. Come back in six months or a year with a follow-up and see what has changed.</source>
      <translation>Talk about the result together and start with %1: answer the simple but difficult questions and write down concrete actions in an action plan. Come back in six months or a year with a follow-up and see what has changed.</translation>
    </message>
    <message>
      <source>Open the action &amp;plan</source>
      <translation>Open the action &amp;plan</translation>
    </message>
    <message>
      <source>Talk about the result together and write down concrete actions in an action plan. Come back in six months or a year with a follow-up and see what has changed.</source>
      <translation>Talk about the result together and write down concrete actions in an action plan. Come back in six months or a year with a follow-up and see what has changed.</translation>
    </message>
    <message>
      <source>Write an action &amp;plan…</source>
      <translation>Write an action &amp;plan…</translation>
    </message>
    <message>
      <source>Action plan for %1</source>
      <translation>Action plan for %1</translation>
    </message>
    <message>
      <source>The lowest-rated questions</source>
      <translation>The lowest-rated questions</translation>
    </message>
    <message>
      <source>Your notes</source>
      <translation>Your notes</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Next steps</translation>
    </message>
    <message>
      <source>New follow-&amp;up…</source>
      <translation>New follow-&amp;up…</translation>
    </message>
    <message>
      <source>A new assessment of the same collaboration, with this plan's actions carried over</source>
      <translation>A new assessment of the same collaboration, with this plan's actions carried over</translation>
    </message>
    <message>
      <source>Pitfalls an&amp;d success factors</source>
      <translation>Pitfalls an&amp;d success factors</translation>
    </message>
    <message>
      <source>The background material: traps, pitfalls and success factors</source>
      <translation>The background material: traps, pitfalls and success factors</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsView</name>
    <message>
      <source>Mean per block and mean total, per organisation</source>
      <translation>Mean per block and mean total, per organisation</translation>
    </message>
    <message>
      <source>Where the organisations differ most</source>
      <translation>Where the organisations differ most</translation>
    </message>
    <message>
      <source>Block</source>
      <translation>Block</translation>
    </message>
    <message>
      <source>Mean total (max %1)</source>
      <translation>Mean total (max %1)</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>Difference</translation>
    </message>
  </context>
  <context>
    <name>Participants</name>
    <message>
      <source>Rename participant</source>
      <translation>Rename participant</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>Code:</translation>
    </message>
    <message>
      <source>The code %1 is already used or too long.</source>
      <translation>The code %1 is already used or too long.</translation>
    </message>
    <message>
      <source>Organisation of %1</source>
      <translation>Organisation of %1</translation>
    </message>
    <message>
      <source>Organisation (empty for none):</source>
      <translation>Organisation (empty for none):</translation>
    </message>
    <message>
      <source>Remove participant</source>
      <translation>Remove participant</translation>
    </message>
    <message>
      <source>Remove %1 and all of their answers from the group?</source>
      <translation>Remove %1 and all of their answers from the group?</translation>
    </message>
  </context>
  <context>
    <name>PlanEditor</name>
    <message>
      <source>The plan came along from last time (%1, %2). Update each action's status: planned, in progress or done; add new actions where something is still to do.</source>
      <extracomment>``(plan)``: the user changed the plan; the tuple of BlockPlan as it now reads. ``(text)``: something to say in the status bar (e.g. "Action removed. Ctrl+Z undoes it.").</extracomment>
      <translation>The plan came along from last time (%1, %2). Update each action's status: planned, in progress or done; add new actions where something is still to do.</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>no date</translation>
    </message>
    <message>
      <source>Add blocks</source>
      <translation>Add blocks</translation>
    </message>
    <message>
      <source>The due date of action %1 in %2 (“%3”) is not a date: “%4”.</source>
      <translation>The due date of action %1 in %2 (“%3”) is not a date: “%4”.</translation>
    </message>
    <message>
      <source>The due date of action %1 in %2 is not a date: “%4”.</source>
      <translation>The due date of action %1 in %2 is not a date: “%4”.</translation>
    </message>
    <message>
      <source>Write the date as YYYY-MM-DD, e.g. 2027-03-31, or leave the field empty. Nothing was saved.</source>
      <translation>Write the date as YYYY-MM-DD, e.g. 2027-03-31, or leave the field empty. Nothing was saved.</translation>
    </message>
    <message>
      <source>Check the due date</source>
      <translation>Check the due date</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Add %1</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>Remove %1</translation>
    </message>
    <message>
      <source>%1 was removed from the plan. Ctrl+Z brings it back.</source>
      <translation>%1 was removed from the plan. Ctrl+Z brings it back.</translation>
    </message>
    <message>
      <source>Add an action</source>
      <translation>Add an action</translation>
    </message>
    <message>
      <source>Remove an action</source>
      <translation>Remove an action</translation>
    </message>
    <message>
      <source>The action was removed. Ctrl+Z brings it back.</source>
      <translation>The action was removed. Ctrl+Z brings it back.</translation>
    </message>
    <message>
      <source>Include this block in the action plan</source>
      <translation>Include this block in the action plan</translation>
    </message>
    <message>
      <source>Action plan</source>
      <translation>Action plan</translation>
    </message>
    <message>
      <source>Choose one or more blocks to work on, answer the simple but difficult questions and write down concrete actions: what is to be done, who does it and by when.</source>
      <translation>Choose one or more blocks to work on, answer the simple but difficult questions and write down concrete actions: what is to be done, who does it and by when.</translation>
    </message>
    <message>
      <source>Blocks in the plan</source>
      <translation>Blocks in the plan</translation>
    </message>
    <message>
      <source>No block is chosen yet. Tick a block above to start its plan.</source>
      <translation>No block is chosen yet. Tick a block above to start its plan.</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
  </context>
  <context>
    <name>PlanPage</name>
    <message>
      <source>← &amp;Back to the result</source>
      <extracomment>The user asked to go back to the results.</extracomment>
      <translation>← &amp;Back to the result</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Export PDF or Word…</source>
      <translation>&amp;Export PDF or Word…</translation>
    </message>
  </context>
  <context>
    <name>ProjectorView</name>
    <message>
      <source>Untitled group</source>
      <extracomment>The block titles as last painted (elided only if even the smallest size cannot fit). The slide shown changed; carries its index. The current slide's results were revealed. The organisations' views as last computed (None before the first redraw). How many key presses the projector has handled (tests count a whole workshop's). The slides revealed so far (by kind and question), so that going back keeps them revealed.</extracomment>
      <translation>Untitled group</translation>
    </message>
    <message>
      <source>Projector – %1</source>
      <translation>Projector – %1</translation>
    </message>
    <message>
      <source>◀ Back</source>
      <translation>◀ Back</translation>
    </message>
    <message>
      <source>Reveal</source>
      <translation>Reveal</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Next ▶</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>Close (Esc)</translation>
    </message>
    <message>
      <source>Space: reveal · → next</source>
      <translation>Space: reveal · → next</translation>
    </message>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with every question answered</source>
      <translation>
        <numerusform>%n with every question answered</numerusform>
        <numerusform>%n with every question answered</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n question(s) to discuss</source>
      <translation>
        <numerusform>%n question to discuss</numerusform>
        <numerusform>%n questions to discuss</numerusform>
      </translation>
    </message>
    <message>
      <source>Mean total %1 of %2 points · score band %3–%4</source>
      <translation>Mean total %1 of %2 points · score band %3–%4</translation>
    </message>
    <message numerus="yes">
      <source>Consensus %1 · mean %2 · answers from %3 to %4 · %n answered</source>
      <translation>
        <numerusform>Consensus %1 · mean %2 · answers from %3 to %4 · %n answered</numerusform>
        <numerusform>Consensus %1 · mean %2 · answers from %3 to %4 · %n answered</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: mean %2, from %3 to %4</source>
      <translation>%1: mean %2, from %3 to %4</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%2): %n answer(s)</source>
      <translation>
        <numerusform>%1 (%2): %n answer</numerusform>
        <numerusform>%1 (%2): %n answers</numerusform>
      </translation>
    </message>
    <message>
      <source>The organisations' views</source>
      <translation>The organisations' views</translation>
    </message>
    <message>
      <source>Mean total of %1 points</source>
      <translation>Mean total of %1 points</translation>
    </message>
    <message>
      <source>Largest difference: %1</source>
      <translation>Largest difference: %1</translation>
    </message>
    <message>
      <source>The organisations' views per block</source>
      <translation>The organisations' views per block</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <source>No participant has answered every question yet.</source>
      <translation>No participant has answered every question yet.</translation>
    </message>
    <message>
      <source>Where views differ: %1 of %2</source>
      <translation>Where views differ: %1 of %2</translation>
    </message>
    <message>
      <source>(hidden – press Space to reveal)</source>
      <translation>(hidden – press Space to reveal)</translation>
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
      <extracomment>Qt's own words where our terminology (docs/terminology.md) differs from Qt's Swedish: qtbase_sv writes "Ok", we write "OK". Our translator is installed after Qt's, so it is asked first.</extracomment>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>RatingGroup</name>
    <message>
      <source>Answer: %1</source>
      <extracomment>Arrow keys in a question: one step back or on along the scale. ``(question_id, value)``: the user rated (or cleared, value None) this question. The user rated with a digit key: focus should move on to the next question.</extracomment>
      <translation>Answer: %1</translation>
    </message>
    <message>
      <source>Answer cleared</source>
      <translation>Answer cleared</translation>
    </message>
    <message>
      <source>Question %1 of %2</source>
      <translation>Question %1 of %2</translation>
    </message>
    <message>
      <source>Rate with the digits 1 to 5</source>
      <translation>Rate with the digits 1 to 5</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyBanner</name>
    <message>
      <source>Read-only: another copy of Samverkan has this file open, so nothing can be changed here. Save a copy to work on it.</source>
      <extracomment>The user asked to save a copy (Save as) and go on working on it.</extracomment>
      <translation>Read-only: another copy of Samverkan has this file open, so nothing can be changed here. Save a copy to work on it.</translation>
    </message>
    <message>
      <source>Save as a &amp;copy…</source>
      <translation>Save as a &amp;copy…</translation>
    </message>
  </context>
  <context>
    <name>RecoveredWorkList</name>
    <message>
      <source>Untitled</source>
      <translation>Untitled</translation>
    </message>
    <message numerus="yes">
      <source>%n answer(s), last change %1</source>
      <translation>
        <numerusform>%n answer, last change %1</numerusform>
        <numerusform>%n answers, last change %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Untitled group</source>
      <translation>Untitled group</translation>
    </message>
    <message numerus="yes">
      <source>Group, %n participant(s), last change %1</source>
      <translation>
        <numerusform>Group, %n participant, last change %1</numerusform>
        <numerusform>Group, %n participants, last change %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Discard recovered work?</source>
      <translation>Discard recovered work?</translation>
    </message>
    <message>
      <source>The recovered answers will be deleted. This cannot be undone.</source>
      <translation>The recovered answers will be deleted. This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <source>← &amp;Back to the questions</source>
      <extracomment>The user asked to go back to the questions. ``(block_ids)``: open the action plan with these blocks chosen. Start a follow-up assessment of the same collaboration. ``(section_id)``: show the background material at this section.</extracomment>
      <translation>← &amp;Back to the questions</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Export PDF or Word…</source>
      <translation>&amp;Export PDF or Word…</translation>
    </message>
    <message>
      <source>Block</source>
      <translation>Block</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source>Score per block</source>
      <translation>Score per block</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Not complete</source>
      <translation>Not complete</translation>
    </message>
    <message numerus="yes">
      <source>%n question(s) still without an answer.</source>
      <translation>
        <numerusform>%n question still without an answer.</numerusform>
        <numerusform>%n questions still without an answer.</numerusform>
      </translation>
    </message>
    <message>
      <source>Total: %1 of %2</source>
      <translation>Total: %1 of %2</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Bar chart of the score per block</source>
      <translation>Bar chart of the score per block</translation>
    </message>
    <message>
      <source>Total %1 of %2, band %3 of %4 (%5).</source>
      <translation>Total %1 of %2, band %3 of %4 (%5).</translation>
    </message>
    <message>
      <source>Since last time</source>
      <extracomment>Table and chart stand side by side when the page is at least this many average characters wide.</extracomment>
      <translation>Since last time</translation>
    </message>
    <message>
      <source>%1 of %2, band %3</source>
      <translation>%1 of %2, band %3</translation>
    </message>
    <message>
      <source>your total</source>
      <translation>your total</translation>
    </message>
    <message>
      <source>The bands of the scale: %1</source>
      <translation>The bands of the scale: %1</translation>
    </message>
    <message>
      <source>The total is in the band %1 (band %2 of %3).</source>
      <translation>The total is in the band %1 (band %2 of %3).</translation>
    </message>
  </context>
  <context>
    <name>SendFormDialog</name>
    <message>
      <source>Send out the questionnaire</source>
      <extracomment>The settings key of the folder forms were last saved in (shared with the blank paper form). The form was written (the path).</extracomment>
      <translation>Send out the questionnaire</translation>
    </message>
    <message>
      <source>An answer form that participants open in their web browser, without the internet and without Samverkan: send it by e-mail, put it on a shared folder or a USB stick. They save their answers as a file, or send you an answer code; add either here.</source>
      <translation>An answer form that participants open in their web browser, without the internet and without Samverkan: send it by e-mail, put it on a shared folder or a USB stick. They save their answers as a file, or send you an answer code; add either here.</translation>
    </message>
    <message>
      <source>Collaboration:</source>
      <translation>Collaboration:</translation>
    </message>
    <message>
      <source>(none given)</source>
      <translation>(none given)</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <source>(the day each participant answers)</source>
      <translation>(the day each participant answers)</translation>
    </message>
    <message>
      <source>&amp;Language of the form:</source>
      <translation>&amp;Language of the form:</translation>
    </message>
    <message>
      <source>Show participants their own &amp;total and score band after saving</source>
      <translation>Show participants their own &amp;total and score band after saving</translation>
    </message>
    <message>
      <source>&amp;Save the form…</source>
      <translation>&amp;Save the form…</translation>
    </message>
    <message>
      <source>Save answer form</source>
      <translation>Save answer form</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Web page (*.html)</translation>
    </message>
    <message>
      <source>The answer form could not be written</source>
      <translation>The answer form could not be written</translation>
    </message>
  </context>
  <context>
    <name>StartLists</name>
    <message>
      <source>No questionnaire can be used</source>
      <extracomment>``(text, milliseconds)``: something for the window's status bar (a questionnaire that cannot be read).</extracomment>
      <translation>No questionnaire can be used</translation>
    </message>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 of %2 answered</translation>
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <source>Test your collaboration!</source>
      <translation>Test your collaboration!</translation>
    </message>
    <message>
      <source>A self-assessment of a collaboration: 21 statements rated from 1 to 5 in four blocks. You get a total, advice on what to work on, a chart and a PDF report. Everything stays on this computer.</source>
      <translation>A self-assessment of a collaboration: 21 statements rated from 1 to 5 in four blocks. You get a total, advice on what to work on, a chart and a PDF report. Everything stays on this computer.</translation>
    </message>
    <message>
      <source>Group</source>
      <extracomment>``(questionnaire, details)``: start a new assessment with these details. ``(questionnaire)``: the user began filling in the new-assessment form (again when they choose another questionnaire in it): a new assessment of this questionnaire is likely to follow. Show the Open dialog. ``(path)``: open this recent file. ``(row)``: restore the recovered work in this row of the recovery list. ``(row)``: throw the recovered work in this row away. Painted for the first time: the window is on screen, slower start-up work may follow. Called when "Start" is pressed before the questionnaires were loaded. The questionnaire ``form_started`` last told of (None: not yet for this form).</extracomment>
      <translation>Group</translation>
    </message>
    <message>
      <source>in %1</source>
      <translation>in %1</translation>
    </message>
    <message>
      <source>Unsaved work that can be restored</source>
      <translation>Unsaved work that can be restored</translation>
    </message>
    <message>
      <source>Samverkan was closed before this work was saved. Restore it to keep working, or discard it.</source>
      <translation>Samverkan was closed before this work was saved. Restore it to keep working, or discard it.</translation>
    </message>
    <message>
      <source>Res&amp;tore</source>
      <translation>Res&amp;tore</translation>
    </message>
    <message>
      <source>D&amp;iscard</source>
      <translation>D&amp;iscard</translation>
    </message>
    <message>
      <source>New assessment</source>
      <translation>New assessment</translation>
    </message>
    <message>
      <source>&amp;Questionnaire:</source>
      <translation>&amp;Questionnaire:</translation>
    </message>
    <message>
      <source>&amp;Collaboration:</source>
      <translation>&amp;Collaboration:</translation>
    </message>
    <message>
      <source>Which collaboration do you assess?</source>
      <translation>Which collaboration do you assess?</translation>
    </message>
    <message>
      <source>&amp;Your name or role:</source>
      <translation>&amp;Your name or role:</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Optional</translation>
    </message>
    <message>
      <source>O&amp;rganisation:</source>
      <translation>O&amp;rganisation:</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date:</translation>
    </message>
    <message>
      <source>&amp;Start the assessment</source>
      <translation>&amp;Start the assessment</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>&amp;Open a saved assessment…</source>
      <translation>&amp;Open a saved assessment…</translation>
    </message>
    <message>
      <source>R&amp;ecent files:</source>
      <translation>R&amp;ecent files:</translation>
    </message>
  </context>
  <context>
    <name>WorkshopActions</name>
    <message>
      <source>&amp;New group</source>
      <translation>&amp;New group</translation>
    </message>
    <message>
      <source>Start an empty group</source>
      <translation>Start an empty group</translation>
    </message>
    <message>
      <source>&amp;Open group file…</source>
      <translation>&amp;Open group file…</translation>
    </message>
    <message>
      <source>Open a saved group file</source>
      <translation>Open a saved group file</translation>
    </message>
    <message>
      <source>&amp;Add participants' files…</source>
      <translation>&amp;Add participants' files…</translation>
    </message>
    <message>
      <source>Add %1 files or group files (several at once)</source>
      <translation>Add %1 files or group files (several at once)</translation>
    </message>
    <message>
      <source>Add a &amp;folder…</source>
      <translation>Add a &amp;folder…</translation>
    </message>
    <message>
      <source>Add every Samverkan file in a folder</source>
      <translation>Add every Samverkan file in a folder</translation>
    </message>
    <message>
      <source>&amp;Save group</source>
      <translation>&amp;Save group</translation>
    </message>
    <message>
      <source>Save the group file</source>
      <translation>Save the group file</translation>
    </message>
    <message>
      <source>Sa&amp;ve group as…</source>
      <translation>Sa&amp;ve group as…</translation>
    </message>
    <message>
      <source>Save the group under a new name</source>
      <translation>Save the group under a new name</translation>
    </message>
    <message>
      <source>Group &amp;report (PDF)…</source>
      <translation>Group &amp;report (PDF)…</translation>
    </message>
    <message>
      <source>The group report to share</source>
      <translation>The group report to share</translation>
    </message>
    <message>
      <source>Group report (&amp;Word)…</source>
      <translation>Group report (&amp;Word)…</translation>
    </message>
    <message>
      <source>The group report as a Word document, to edit or to take into your own template</source>
      <translation>The group report as a Word document, to edit or to take into your own template</translation>
    </message>
    <message>
      <source>&amp;CSV for Excel…</source>
      <translation>&amp;CSV for Excel…</translation>
    </message>
    <message>
      <source>One row per question</source>
      <translation>One row per question</translation>
    </message>
    <message>
      <source>CSV with a column per &amp;participant…</source>
      <translation>CSV with a column per &amp;participant…</translation>
    </message>
    <message>
      <source>One row per question, one column per participant</source>
      <translation>One row per question, one column per participant</translation>
    </message>
    <message>
      <source>Blank paper form in &amp;Swedish…</source>
      <translation>Blank paper form in &amp;Swedish…</translation>
    </message>
    <message>
      <source>A printable answer form</source>
      <translation>A printable answer form</translation>
    </message>
    <message>
      <source>Blank paper form in &amp;English…</source>
      <translation>Blank paper form in &amp;English…</translation>
    </message>
    <message>
      <source>Send out the &amp;questionnaire…</source>
      <translation>Send out the &amp;questionnaire…</translation>
    </message>
    <message>
      <source>An answer form (one web page) for participants without Samverkan</source>
      <translation>An answer form (one web page) for participants without Samverkan</translation>
    </message>
    <message>
      <source>Add from answer co&amp;des…</source>
      <translation>Add from answer co&amp;des…</translation>
    </message>
    <message>
      <source>Paste the answer codes participants sent from the answer form</source>
      <translation>Paste the answer codes participants sent from the answer form</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <source>Close the workshop window</source>
      <translation>Close the workshop window</translation>
    </message>
    <message>
      <source>&amp;Add participant</source>
      <translation>&amp;Add participant</translation>
    </message>
    <message>
      <source>A new column for a paper form</source>
      <translation>A new column for a paper form</translation>
    </message>
    <message>
      <source>&amp;Rename participant…</source>
      <translation>&amp;Rename participant…</translation>
    </message>
    <message>
      <source>Change the selected participant's code</source>
      <translation>Change the selected participant's code</translation>
    </message>
    <message>
      <source>&amp;Organisation…</source>
      <translation>&amp;Organisation…</translation>
    </message>
    <message>
      <source>The selected participant's organisation, for the organisations' views</source>
      <translation>The selected participant's organisation, for the organisations' views</translation>
    </message>
    <message>
      <source>Re&amp;move participant</source>
      <translation>Re&amp;move participant</translation>
    </message>
    <message>
      <source>Remove the selected participant</source>
      <translation>Remove the selected participant</translation>
    </message>
    <message>
      <source>&amp;Entry</source>
      <translation>&amp;Entry</translation>
    </message>
    <message>
      <source>The entry grid</source>
      <translation>The entry grid</translation>
    </message>
    <message>
      <source>&amp;Results</source>
      <translation>&amp;Results</translation>
    </message>
    <message>
      <source>The group's results</source>
      <translation>The group's results</translation>
    </message>
    <message>
      <source>Action p&amp;lan</source>
      <translation>Action p&amp;lan</translation>
    </message>
    <message>
      <source>The group's action plan</source>
      <translation>The group's action plan</translation>
    </message>
    <message>
      <source>New follow-&amp;up…</source>
      <translation>New follow-&amp;up…</translation>
    </message>
    <message>
      <source>A new group of the same collaboration, with the plan's actions carried over</source>
      <translation>A new group of the same collaboration, with the plan's actions carried over</translation>
    </message>
    <message>
      <source>&amp;Projector</source>
      <translation>&amp;Projector</translation>
    </message>
    <message>
      <source>Full screen, one thing at a time</source>
      <translation>Full screen, one thing at a time</translation>
    </message>
    <message>
      <source>Show &amp;names</source>
      <translation>Show &amp;names</translation>
    </message>
    <message>
      <source>Show participants' names instead of codes only (also in the report)</source>
      <translation>Show participants' names instead of codes only (also in the report)</translation>
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
      <translation>Export failed</translation>
    </message>
    <message>
      <source>Save group report</source>
      <translation>Save group report</translation>
    </message>
    <message>
      <source>Save CSV for Excel</source>
      <translation>Save CSV for Excel</translation>
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
      <translation>&amp;Export</translation>
    </message>
    <message>
      <source>&amp;Participants</source>
      <translation>&amp;Participants</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>Entry</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Results</translation>
    </message>
    <message>
      <source>Action plan</source>
      <translation>Action plan</translation>
    </message>
    <message>
      <source>Add participants' files</source>
      <translation>Add participants' files</translation>
    </message>
    <message>
      <source>Add a folder of Samverkan files</source>
      <translation>Add a folder of Samverkan files</translation>
    </message>
    <message>
      <source>Some files were not added</source>
      <translation>Some files were not added</translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) added.</source>
      <translation>
        <numerusform>%n file added.</numerusform>
        <numerusform>%n files added.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n participant(s) in the group.</source>
      <translation>
        <numerusform>%n participant in the group.</numerusform>
        <numerusform>%n participants in the group.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of the files could not be added; the others were.</source>
      <translation>
        <numerusform>%n of the files could not be added; the others were.</numerusform>
        <numerusform>%n of the files could not be added; the others were.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Zoom</name>
    <message>
      <source>&amp;Larger text</source>
      <extracomment>Widget classes Qt may give a font of their own (from the platform's theme): zoomed with the rest. ``(factor)``: the text size changed; every top-level window has already been refreshed.</extracomment>
      <translation>&amp;Larger text</translation>
    </message>
    <message>
      <source>Make the text larger, in every window (for a projector)</source>
      <translation>Make the text larger, in every window (for a projector)</translation>
    </message>
    <message>
      <source>S&amp;maller text</source>
      <translation>S&amp;maller text</translation>
    </message>
    <message>
      <source>Make the text smaller, in every window</source>
      <translation>Make the text smaller, in every window</translation>
    </message>
    <message>
      <source>Normal text si&amp;ze</source>
      <translation>Normal text si&amp;ze</translation>
    </message>
    <message>
      <source>Show the text in its normal size, in every window</source>
      <translation>Show the text in its normal size, in every window</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Something unexpected went wrong. Your work is kept: please save it, and if the problem comes back, send the error log to whoever supports Samverkan.</source>
      <extracomment>The sizes of the PNGs that ``packaging/make_icons.py`` renders from ``samverkan.svg``.</extracomment>
      <translation>Something unexpected went wrong. Your work is kept: please save it, and if the problem comes back, send the error log to whoever supports Samverkan.</translation>
    </message>
    <message>
      <source>Error log: %1</source>
      <translation>Error log: %1</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Unexpected error</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Do you want to save the changes to %1?</source>
      <translation>Do you want to save the changes to %1?</translation>
    </message>
    <message>
      <source>Your changes are lost if you don't save them.</source>
      <translation>Your changes are lost if you don't save them.</translation>
    </message>
    <message>
      <source>File in use</source>
      <translation>File in use</translation>
    </message>
    <message>
      <source>The file is used by %1 on %2 since %3.</source>
      <translation>The file is used by %1 on %2 since %3.</translation>
    </message>
    <message>
      <source>%1 is open in another copy of Samverkan. If you both save, one of you loses changes. Open it read-only, or open a copy to save under a new name.</source>
      <translation>%1 is open in another copy of Samverkan. If you both save, one of you loses changes. Open it read-only, or open a copy to save under a new name.</translation>
    </message>
    <message>
      <source>Open &amp;read-only</source>
      <translation>Open &amp;read-only</translation>
    </message>
    <message>
      <source>Open a &amp;copy</source>
      <translation>Open a &amp;copy</translation>
    </message>
    <message>
      <source>Open &amp;anyway</source>
      <translation>Open &amp;anyway</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>The file has changed</source>
      <translation>The file has changed</translation>
    </message>
    <message>
      <source>%1 has been changed by someone else since you opened it.</source>
      <translation>%1 has been changed by someone else since you opened it.</translation>
    </message>
    <message>
      <source>Reload shows their version (your unsaved changes are dropped). Save as keeps both. Overwrite replaces their changes with yours.</source>
      <translation>Reload shows their version (your unsaved changes are dropped). Save as keeps both. Overwrite replaces their changes with yours.</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>&amp;Reload</translation>
    </message>
    <message>
      <source>&amp;Overwrite</source>
      <translation>&amp;Overwrite</translation>
    </message>
    <message>
      <source>Different collaborations</source>
      <translation>Different collaborations</translation>
    </message>
    <message>
      <source>Remove the files of the other collaborations, or compare them anyway: the comparison then says so beside every number.</source>
      <translation>Remove the files of the other collaborations, or compare them anyway: the comparison then says so beside every number.</translation>
    </message>
    <message>
      <source>&amp;Remove the others</source>
      <translation>&amp;Remove the others</translation>
    </message>
    <message>
      <source>Compare &amp;anyway</source>
      <translation>Compare &amp;anyway</translation>
    </message>
    <message>
      <source>New follow-up</source>
      <translation>New follow-up</translation>
    </message>
    <message>
      <source>A follow-up of %1: the same collaboration, answered again.</source>
      <translation>A follow-up of %1: the same collaboration, answered again.</translation>
    </message>
    <message>
      <source>&amp;Date of the follow-up:</source>
      <translation>&amp;Date of the follow-up:</translation>
    </message>
    <message>
      <source>Comes along: the collaboration, the name or role, the organisation and the questionnaire.</source>
      <translation>Comes along: the collaboration, the name or role, the organisation and the questionnaire.</translation>
    </message>
    <message>
      <source>The action &amp;plan (actions: %1), so that you can update their status</source>
      <translation>The action &amp;plan (actions: %1), so that you can update their status</translation>
    </message>
  </context>
  <context>
    <name>learning_loop</name>
    <message>
      <source>Which file does this one follow? (%1 is not beside it)</source>
      <extracomment>``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View` (the plan). ``(text, milliseconds)``: something for the window's status bar (e.g. "Ctrl+Z brings it back"). The editor, once the window has built it (:meth:`bind`). "Save before the follow-up?" Why the earlier document must be saved first. "The follow-up could not be made". ``(earlier file name, number of actions carried over)``: the status message once it is made. The caption and filter of the dialog choosing the earlier file when none is open. "The file cannot be opened". ``(view)``: the window should show this :class:`~samverkan_gui.ui.views.View` (where answers go). ``(text, milliseconds)``: something for the window's status bar.</extracomment>
      <translation>Which file does this one follow? (%1 is not beside it)</translation>
    </message>
  </context>
</TS>