<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
      <source>Open a saved assessment (.samverkan)</source>
      <translation>Öppna en sparad bedömning (.samverkan)</translation>
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
      <source>&amp;Export PDF…</source>
      <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
      <source>Write the result as a PDF report</source>
      <translation>Skriv resultatet som en PDF-rapport</translation>
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
      <source>&amp;Larger text</source>
      <translation>&amp;Större text</translation>
    </message>
    <message>
      <source>Make the text larger (for a projector)</source>
      <translation>Gör texten större (för projektor)</translation>
    </message>
    <message>
      <source>S&amp;maller text</source>
      <translation>&amp;Mindre text</translation>
    </message>
    <message>
      <source>Make the text smaller</source>
      <translation>Gör texten mindre</translation>
    </message>
    <message>
      <source>Normal text si&amp;ze</source>
      <translation>N&amp;ormal textstorlek</translation>
    </message>
    <message>
      <source>Show the text in its normal size</source>
      <translation>Visa texten i normal storlek</translation>
    </message>
    <message>
      <source>&amp;Workshop…</source>
      <translation>&amp;Workshop…</translation>
    </message>
    <message>
      <source>Collect and summarise a group's assessments</source>
      <translation>Samla in och sammanställ en grupps bedömningar</translation>
    </message>
    <message>
      <source>&amp;Background: collaboration that makes a difference</source>
      <translation>&amp;Bakgrund: samverkan som gör skillnad</translation>
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
    <name>BlockPage</name>
    <message>
      <source>&amp;Notes on this block (optional)</source>
      <extracomment>The page became complete or incomplete (as ``QWizardPage.completeChanged``).</extracomment>
      <translation>&amp;Anteckningar om blocket (frivilligt)</translation>
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
    <name>EditorView</name>
    <message numerus="yes">
      <source>%n question(s) still without an answer.</source>
      <extracomment>The user asked for the results and every question is answered. ``(message)``: something to show in the status bar.</extracomment>
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
      <translation>%1 av %2 frågor besvarade</translation>
    </message>
    <message>
      <source>Not every question is answered yet: this goes to the first one missing.</source>
      <translation>Alla frågor är inte besvarade ännu: knappen går till den första som saknar svar.</translation>
    </message>
    <message>
      <source>%1 of %2 answered</source>
      <translation>%1 av %2 besvarade</translation>
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
    <name>GuidanceWindow</name>
    <message>
      <source>Background material</source>
      <translation>Bakgrundsmaterial</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>No questionnaire can be used</source>
      <extracomment>``samverkan_gui.core.assessment.SUFFIX`` (not imported here: it would load the YAML machinery at start).</extracomment>
      <translation>Inget frågeformulär kan användas</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Namnlös</translation>
    </message>
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
    <message>
      <source>Samverkan assessments (*.samverkan)</source>
      <translation>Samverkan-bedömningar (*.samverkan)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alla filer (*)</translation>
    </message>
    <message>
      <source>Open assessment</source>
      <translation>Öppna bedömning</translation>
    </message>
    <message>
      <source>The file cannot be opened</source>
      <translation>Filen kan inte öppnas</translation>
    </message>
    <message>
      <source>Opened %1</source>
      <translation>Öppnade %1</translation>
    </message>
    <message>
      <source>Save assessment</source>
      <translation>Spara bedömning</translation>
    </message>
    <message>
      <source>Replace file?</source>
      <translation>Ersätta filen?</translation>
    </message>
    <message>
      <source>%1 already exists. Do you want to replace it?</source>
      <translation>%1 finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
      <source>The assessment could not be saved</source>
      <translation>Bedömningen kunde inte sparas</translation>
    </message>
    <message>
      <source>Saved %1</source>
      <translation>Sparade %1</translation>
    </message>
    <message>
      <source>Export PDF report</source>
      <translation>Exportera PDF-rapport</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <source>The PDF could not be written</source>
      <translation>PDF-filen kunde inte skrivas</translation>
    </message>
    <message>
      <source>PDF written to %1</source>
      <translation>PDF sparad i %1</translation>
    </message>
    <message>
      <source>Automatic backup failed: %1</source>
      <translation>Den automatiska säkerhetskopian misslyckades: %1</translation>
    </message>
    <message>
      <source>%1 answers, last change %2</source>
      <translation>%1 svar, senast ändrad %2</translation>
    </message>
    <message>
      <source>Unsaved work restored. Save it to keep it.</source>
      <translation>Osparat arbete återställt. Spara för att behålla det.</translation>
    </message>
    <message>
      <source>Discard recovered work?</source>
      <translation>Kasta det återställda arbetet?</translation>
    </message>
    <message>
      <source>The recovered answers will be deleted. This cannot be undone.</source>
      <translation>De återställda svaren raderas. Det går inte att ångra.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Ö&amp;ppna senaste</translation>
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
      <source>A self-assessment of collaboration: “Testa din samverkan!”</source>
      <translation>En självskattning av samverkan: ”Testa din samverkan!”</translation>
    </message>
    <message>
      <source>The questionnaire comes from the presentation “Samverkan som gör skillnad” (Reglab’s annual conference 2019, Arena för Tillväxt).</source>
      <translation>Frågorna kommer från presentationen ”Samverkan som gör skillnad” (Reglabs årskonferens 2019, Arena för Tillväxt).</translation>
    </message>
    <message>
      <source>This program never uses the network: your answers stay on this computer and in the files you save.</source>
      <translation>Programmet använder aldrig nätverket: dina svar stannar på den här datorn och i de filer du sparar.</translation>
    </message>
    <message>
      <source>Licence: MIT. Fonts: DejaVu (free licence).</source>
      <translation>Licens: MIT. Typsnitt: DejaVu (fri licens).</translation>
    </message>
    <message>
      <source>The background material cannot be shown</source>
      <translation>Bakgrundsmaterialet kan inte visas</translation>
    </message>
    <message>
      <source>About Samverkan</source>
      <translation>Om Samverkan</translation>
    </message>
  </context>
  <context>
    <name>RatingGroup</name>
    <message>
      <source>Question %1 of %2</source>
      <extracomment>``(question_id, value)``: the user rated (or cleared, value None) this question. The user rated with a digit key: focus should move on to the next question.</extracomment>
      <translation>Fråga %1 av %2</translation>
    </message>
    <message>
      <source>Rate with the digits 1 to 5</source>
      <translation>Svara med siffrorna 1 till 5</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 av %2</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <source>← &amp;Back to the questions</source>
      <extracomment>The user asked to go back to the questions.</extracomment>
      <translation>← &amp;Tillbaka till frågorna</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Spara</translation>
    </message>
    <message>
      <source>&amp;Export PDF…</source>
      <translation>&amp;Exportera PDF…</translation>
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
  </context>
  <context>
    <name>StartView</name>
    <message>
      <source>Test your collaboration!</source>
      <extracomment>``(questionnaire, details)``: start a new assessment with these details. Show the Open dialog. ``(path)``: open this recent file. ``(row)``: restore the recovered work in this row of the recovery list. ``(row)``: throw the recovered work in this row away. Painted for the first time: the window is on screen, slower start-up work may follow. Called when "Start" is pressed before the questionnaires were loaded.</extracomment>
      <translation>Testa din samverkan!</translation>
    </message>
    <message>
      <source>A self-assessment of a collaboration: 21 statements rated from 1 to 5 in four blocks. You get a total, advice on what to work on, a chart and a PDF report. Everything stays on this computer.</source>
      <translation>En självskattning av en samverkan: 21 frågor som besvaras från 1 till 5 i fyra block. Du får en summa, råd om vad ni bör arbeta med, ett diagram och en PDF-rapport. Allt stannar på den här datorn.</translation>
    </message>
    <message>
      <source>Recovered unsaved work</source>
      <translation>Återställt osparat arbete</translation>
    </message>
    <message>
      <source>Samverkan was closed before this work was saved. Restore it to keep working, or discard it.</source>
      <translation>Samverkan stängdes innan det här arbetet sparades. Återställ det för att fortsätta, eller kasta det.</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>Å&amp;terställ</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
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
      <translation>Vilken samverkan bedömer du?</translation>
    </message>
    <message>
      <source>&amp;Your name or role:</source>
      <translation>Ditt &amp;namn eller din roll:</translation>
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
      <source>Recent &amp;files:</source>
      <translation>S&amp;enaste filer:</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Something unexpected went wrong. Your work is kept: please save it, and if the problem comes back, send the error log to whoever supports Samverkan.</source>
      <translation>Något oväntat gick fel. Ditt arbete finns kvar: spara det, och om felet kommer tillbaka, skicka fellogen till den som ger support för Samverkan.</translation>
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
      <translation>Vill du spara ändringarna i %1?</translation>
    </message>
    <message>
      <source>Your changes are lost if you don't save them.</source>
      <translation>Dina ändringar går förlorade om du inte sparar dem.</translation>
    </message>
  </context>
</TS>