/// The first content of the pages admins write (accessibility statement, help, Leichte Sprache,
/// sign language): a structure to fill in. A page is stored once for every reader, so this is
/// content in the portal's language (German), not interface text (decision 0066).
public enum PageTemplates {
    public static let accessibility = """
        Der Landkreis ist bemüht, das Serviceportal barrierefrei zugänglich zu machen. Rechtsgrundlage sind die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und das Landesrecht.

        ## Stand der Vereinbarkeit
        Das Portal ist mit den Anforderungen weitgehend vereinbar.

        ## Nicht barrierefreie Inhalte
        - (Inhalt, Grund, barrierefreie Alternative)

        ## Erstellung dieser Erklärung
        Datum und Methode der Bewertung (zum Beispiel Selbstbewertung mit axe-core und Tastaturtest).

        ## Schlichtungsverfahren
        Kontaktdaten der Schlichtungs- oder Durchsetzungsstelle des Landes.
        """

    public static let help = """
        ## Wie stelle ich einen Antrag?
        Suchen Sie die Leistung auf der Startseite. Auf der Seite der Leistung steht, was Sie brauchen; mit „Antrag stellen“ beginnt das Formular. Es fragt Schritt für Schritt, und vor dem Absenden sehen Sie alle Angaben noch einmal.

        ## Kann ich eine Pause machen?
        Ja. Mit „Speichern und später fortsetzen“ erhalten Sie einen Link, mit dem Sie 30 Tage lang weitermachen können, auch auf einem anderen Gerät. Bewahren Sie den Link gut auf: Wer ihn kennt, kann Ihre Angaben sehen.

        ## Was passiert nach dem Absenden?
        Sie erhalten ein Aktenzeichen. Die zuständige Stelle bearbeitet Ihren Antrag und meldet sich bei Ihnen. Bei Fragen nennen Sie das Aktenzeichen.

        ## Welche Dateien kann ich hochladen?
        Welche Dateiarten und wie große Dateien erlaubt sind, steht bei jedem Feld zum Hochladen. Fotos von Unterlagen sind meist als JPEG oder PDF möglich.

        ## Ich komme nicht weiter
        Schreiben Sie uns über das Kontaktformular. Wenn Sie auf eine Barriere stoßen, wählen Sie dort „Barriere melden“.
        """

    public static let easyLanguage = """
        ## Was ist das Service-Portal?
        Das Service-Portal ist eine Internet-Seite.
        Die Internet-Seite ist vom Landkreis.
        Hier können Sie Anträge stellen.
        Ein Antrag ist eine Bitte an das Amt.
        Zum Beispiel: Sie wollen einen Baum fällen.
        Dann brauchen Sie eine Erlaubnis.
        Die Erlaubnis beantragen Sie hier.

        ## Wie stelle ich einen Antrag?
        - Suchen Sie auf der Start-Seite, was Sie brauchen.
        - Klicken Sie auf: Antrag stellen.
        - Beantworten Sie die Fragen.
        - Am Ende sehen Sie alle Antworten noch einmal.
        - Dann klicken Sie auf: Absenden.

        ## Was passiert dann?
        Sie bekommen eine Nummer.
        Die Nummer heißt: Aktenzeichen.
        Schreiben Sie die Nummer auf.
        Das Amt liest Ihren Antrag.
        Das Amt schreibt Ihnen eine Antwort.

        ## Sie brauchen Hilfe?
        Rufen Sie das Amt an.
        Oder schreiben Sie dem Amt.
        Das geht mit dem Kontakt-Formular.
        Der Link ist unten auf jeder Seite.
        """

    public static let signLanguage = """
        Hier erklären wir das Serviceportal in Deutscher Gebärdensprache. Jedes Video hat Untertitel; daneben steht sein Inhalt als Text.
        """
}
