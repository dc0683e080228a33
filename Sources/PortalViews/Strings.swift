import PortalCore

/// Every fixed text of the user interface, German first, English second. A typed catalogue: a
/// missing translation does not compile.
public struct Strings: Sendable {
    public let language: Language
    /// Shown on English pages around a service's texts, which authorities write in German.
    public func sessionRunsUntil(_ time: String) -> String {
        language == .german ? "Zu Ihrer Sicherheit endet die Sitzung um \(time) Uhr, wenn Sie bis dahin keine Seite aufrufen. Jeder Schritt verlängert sie."
            : "For your security the session ends at \(time) if you open no page until then. Every step extends it."
    }
    public var easyLanguage: String { language == .german ? "Leichte Sprache" : "Easy Language" }
    public var signLanguage: String { language == .german ? "Gebärdensprache" : "Sign language" }
    public var staffNav: String { language == .german ? "Interner Bereich" : "Internal area" }
    public var publicSite: String { language == .german ? "Zum öffentlichen Portal" : "To the public portal" }
    public var germanOnlyContent: String {
        language == .german ? "" : "This service's description, form questions and privacy statement are only available in German. Buttons, hints and error messages are in English."
    }
    public var accessCodeAlsoMailed: String {
        language == .german ? "Der Zugangscode steht auch in der Eingangsbestätigung, die wir Ihnen per E-Mail geschickt haben."
            : "The access code is also in the acknowledgement of receipt we sent you by e-mail."
    }
    public var accessCodeOnlyHere: String {
        language == .german ? "Bitte notieren Sie sich den Zugangscode jetzt: Wir zeigen ihn nur auf dieser Seite und können ihn später nicht noch einmal nennen."
            : "Please note the access code now: we show it only on this page and cannot tell you again later."
    }
    // Layout
    public let skipLink: String
    public let otherLanguageName: String
    public let otherLanguageHint: String
    public let servicesNav: String
    public let imprint: String
    public let privacy: String
    public let accessibility: String
    public let contact: String
    public let footerNote: String
    // Start page
    public let intro: String
    public let searchLabel: String
    public let searchHint: String
    public let searchButton: String
    public let categories: String
    public let mostUsed: String
    public let allServices: String
    public let resultsFor: @Sendable (String) -> String
    public let noResults: String
    // Service page
    public let description: String
    public let procedure: String
    public let documents: String
    public let fees: String
    public let deadlines: String
    public let processingTime: String
    public let legalBasis: String
    public let redress: String
    public let responsible: String
    public let contactHeading: String
    public let phone: String
    public let email: String
    public let address: String
    public let openingHours: String
    public let applyOnline: String
    public let privacyOfService: String
    public let notOnline: String
    // Form flow
    public let stepOf: @Sendable (Int, Int) -> String
    public let continueButton: String
    public let back: String
    public let requiredMark: String
    public let optionalMark: String
    public let errorSummaryTitle: String
    public let errorPrefix: String
    public let errorTitlePrefix: String
    public let yes: String
    public let no: String
    /// The date format with an example that satisfies the field's bounds.
    public let dateHint: @Sendable (String) -> String
    public let timeHint: String
    public let dateTimeHint: @Sendable (String) -> String
    /// Under a revealed question: the answers of the question above that it belongs to.
    public let revealHint: @Sendable ([String]) -> String
    public let requiredWhenMark: @Sendable ([String]) -> String
    /// A question whose condition reads other answers of the same page, where it cannot be revealed.
    public let conditionalHint: String
    public let conditionalMark: String
    public let moneyHint: String
    public let street: String
    public let houseNumber: String
    public let addressAddition: String
    public let postalCode: String
    public let city: String
    public let locationHint: String
    public let locationAddress: String
    public let coordinates: String
    public let latitude: String
    public let longitude: String
    public let addEntry: @Sendable (String) -> String
    public let removeEntry: @Sendable (String, Int) -> String
    public let entryTitle: @Sendable (String, Int) -> String
    public let noEntries: String
    public let fileHint: @Sendable (String, String, Int) -> String
    public let uploadedFiles: String
    public let removeFile: @Sendable (String) -> String
    public let uploadButton: String
    public let saveForLater: String
    public let savedTitle: String
    public let savedLinkLabel: String
    public let savedUntil: @Sendable (String) -> String
    public let savedOnce: String
    public let savedMailed: String
    public let savedPrevious: String
    public let continueNow: String
    public let resumedTitle: String
    public let resumedIntro: @Sendable (String) -> String
    public let formChanged: String
    public let fieldAdded: @Sendable (String) -> String
    public let fieldRemoved: @Sendable (String) -> String
    public let resumeInvalid: String
    public let resumeTitle: String
    public let resumeIntro: @Sendable (String, String) -> String
    public let resumeReplaces: String
    public let resumeButton: String
    public let resumeMailSubject: @Sendable (String) -> String
    public let resumeMailBody: @Sendable (String, String, String) -> String
    public let checkTitle: String
    public let checkIntro: String
    /// Answers typed into questions that the other answers made void: shown, never dropped silently.
    public let discardedHeading: String
    public let discardedIntro: String
    public let change: String
    public let notAnswered: String
    public let submit: String
    public let submitHint: String
    public let confirmationTitle: String
    public let yourReference: String
    public let referenceHint: String
    public let whatNext: String
    public let printPage: String
    public let backToStart: String
    public let receivedOn: @Sendable (String) -> String
    public let confirmed: String
    public let feeHeading: String
    public let feeHint: String
    public let sessionEnds: @Sendable (String) -> String
    public let extendSession: String
    public let sessionExtended: String
    // Back office
    public let loginTitle: String
    public let username: String
    public let password: String
    public let loginButton: String
    public let loginFailed: String
    public let tooManyAttempts: String
    public let signedInAs: @Sendable (String) -> String
    public let logout: String
    public let loggedOut: String
    public let inboxTitle: String
    public let testModeNotice: String
    public let endTestMode: String
    public let testMarker: String
    public let testSubmissionNotice: String
    public let help: String
    public let accountNav: String
    public let yourAccessCode: String
    public let accessCodeHint: String
    public let followCase: String
    public let receiptMailSubject: @Sendable (String) -> String
    public let receiptMailBody: @Sendable (_ reference: String, _ service: String, _ at: String, _ code: String, _ link: String) -> String
    public let filterService: String
    public let filterStatus: String
    public let filterAll: String
    public let searchCases: String
    public let searchCasesHint: String
    public let applyFilter: String
    public let columnReference: String
    public let columnApplicant: String
    public let columnService: String
    public let columnStatus: String
    public let columnReceived: String
    public let unread: String
    public let noCases: String
    public let olderCases: String
    public let newestCases: String
    public let answersHeading: String
    public let historyHeading: String
    public let noHistory: String
    public let changeStatusHeading: String
    public let newStatus: String
    public let note: String
    public let noteHint: String
    public let saveStatus: String
    public let statusSaved: String
    public let finalStatus: String
    // Plain pages
    public let placeholderText: String
    public let notFoundTitle: String
    public let notFoundText: String
    public let forbiddenTitle: String
    public let forbiddenText: String
    public let badRequestTitle: String
    public let serverErrorTitle: String
    public let serverErrorText: String

    /// The words answers are shown with (Ja/Nein …).
    public var answerWords: AnswerText.Words {
        AnswerText.Words(yes: yes, no: no, confirmed: confirmed, german: language == .german, entryTitle: entryTitle)
    }

    public static func `for`(_ language: Language) -> Strings {
        language == .english ? english : german
    }

    /// „a“, „b“ oder „c“ / “a”, “b” or “c”.
    static func quotedList(_ items: [String], german: Bool) -> String {
        let quoted = items.map { german ? "„\($0)“" : "“\($0)”" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + (german ? " oder " : " or ") + quoted[quoted.count - 1]
    }

    public static let german = Strings(
        language: .german,
        skipLink: "Zum Inhalt springen",
        otherLanguageName: "English",
        otherLanguageHint: "Switch to English",
        servicesNav: "Alle Leistungen",
        imprint: "Impressum",
        privacy: "Datenschutz",
        accessibility: "Barrierefreiheit",
        contact: "Kontakt",
        footerNote: "Ein Angebot Ihrer Verwaltung.",
        intro: "Hier finden Sie Leistungen Ihrer Verwaltung und können viele davon online beantragen – rund um die Uhr, ohne Termin.",
        searchLabel: "Welche Leistung suchen Sie?",
        searchHint: "Zum Beispiel „Brunnen“, „Fundsache“ oder „Bauakte“.",
        searchButton: "Suchen",
        categories: "Themen",
        mostUsed: "Häufig genutzt",
        allServices: "Alle Leistungen",
        resultsFor: { "Suchergebnisse für „\($0)“" },
        noResults: "Keine Leistung gefunden. Versuchen Sie ein anderes Wort oder sehen Sie sich alle Leistungen an.",
        description: "Beschreibung",
        procedure: "Ablauf",
        documents: "Erforderliche Unterlagen",
        fees: "Kosten",
        deadlines: "Fristen",
        processingTime: "Bearbeitungsdauer",
        legalBasis: "Rechtsgrundlage",
        redress: "Rechtsbehelf",
        responsible: "Zuständige Stelle",
        contactHeading: "Kontakt",
        phone: "Telefon",
        email: "E-Mail",
        address: "Anschrift",
        openingHours: "Sprechzeiten",
        applyOnline: "Online beantragen",
        privacyOfService: "Datenschutzhinweise zu dieser Leistung",
        notOnline: "Diese Leistung kann noch nicht online beantragt werden.",
        stepOf: { "Schritt \($0) von \($1)" },
        continueButton: "Weiter",
        back: "Zurück",
        requiredMark: "(Pflichtangabe)",
        optionalMark: "(freiwillig)",
        errorSummaryTitle: "Bitte korrigieren Sie folgende Angaben",
        errorPrefix: "Fehler:",
        errorTitlePrefix: "Fehler: ",
        yes: "Ja",
        no: "Nein",
        dateHint: { "Format TT.MM.JJJJ, zum Beispiel \($0)." },
        timeHint: "Format HH:MM, zum Beispiel 09:30.",
        dateTimeHint: { "Format TT.MM.JJJJ HH:MM, zum Beispiel \($0) 09:30." },
        revealHint: { "Nur auszufüllen bei der Antwort \(Strings.quotedList($0, german: true))." },
        requiredWhenMark: { "(Pflichtangabe bei \(Strings.quotedList($0, german: true)))" },
        conditionalHint: "Diese Frage gilt nur, wenn Ihre anderen Angaben auf dieser Seite es verlangen. Sonst wird Ihre Antwort nicht übernommen; die Seite „Angaben prüfen“ zeigt das.",
        conditionalMark: "(falls zutreffend)",
        moneyHint: "Betrag in Euro, zum Beispiel 12,50.",
        street: "Straße",
        houseNumber: "Hausnummer",
        addressAddition: "Adresszusatz (freiwillig)",
        postalCode: "Postleitzahl",
        city: "Ort",
        locationHint: "Geben Sie die Anschrift oder die Koordinaten an; eines von beiden genügt.",
        locationAddress: "Anschrift",
        coordinates: "Koordinaten (Dezimalgrad, zum Beispiel aus einer Karten-App)",
        latitude: "Breitengrad, zum Beispiel 54,3233",
        longitude: "Längengrad, zum Beispiel 10,1228",
        addEntry: { "\($0) hinzufügen" },
        removeEntry: { "\($0) \($1) entfernen" },
        entryTitle: { "\($0) \($1)" },
        noEntries: "Noch keine Einträge.",
        fileHint: { types, size, count in "Erlaubt: \(types), höchstens \(size) je Datei\(count > 1 ? ", bis zu \(count) Dateien" : "")." },
        uploadedFiles: "Hochgeladene Dateien",
        removeFile: { "\($0) entfernen" },
        uploadButton: "Datei hochladen",
        saveForLater: "Speichern und später fortsetzen",
        savedTitle: "Ihre Angaben sind gespeichert",
        savedLinkLabel: "Ihr persönlicher Link zum Fortsetzen:",
        savedUntil: { "Mit diesem Link können Sie den Antrag bis zum \($0) fortsetzen, auch auf einem anderen Gerät. Danach werden Ihre Angaben und hochgeladenen Dateien gelöscht." },
        savedOnce: "Bitte bewahren Sie den Link jetzt auf, zum Beispiel als Lesezeichen. Er wird nur dieses eine Mal angezeigt. Wer den Link kennt, kann Ihre Angaben sehen.",
        savedMailed: "Wir haben den Link auch an die angegebene E-Mail-Adresse geschickt.",
        savedPrevious: "Falls Sie den Antrag schon einmal gespeichert hatten: Frühere Links gelten nicht mehr.",
        continueNow: "Jetzt weiter ausfüllen",
        resumedTitle: "Willkommen zurück",
        resumedIntro: { "Ihre gespeicherten Angaben sind wieder da. Der Link gilt bis zum \($0)." },
        formChanged: "Das Formular wurde inzwischen geändert. Bitte gehen Sie alle Schritte noch einmal durch; passende Angaben haben wir übernommen.",
        fieldAdded: { "Neu: „\($0)“" },
        fieldRemoved: { "Entfallen: „\($0)“ – Ihre Angabe dazu wurde nicht übernommen." },
        resumeInvalid: "Dieser Link ist abgelaufen oder ungültig. Gespeicherte Angaben werden nach Ablauf der Frist gelöscht; bitte beginnen Sie den Antrag neu.",
        resumeTitle: "Gespeicherten Antrag fortsetzen",
        resumeIntro: { service, until in "Sie haben einen Antrag „\(service)“ gespeichert. Der Link gilt bis zum \(until)." },
        resumeReplaces: "Sie haben in diesem Browser bereits einen nicht gespeicherten Entwurf für diese Leistung. Er wird durch den gespeicherten Antrag ersetzt.",
        resumeButton: "Antrag fortsetzen",
        resumeMailSubject: { "Ihr gespeicherter Antrag: \($0)" },
        resumeMailBody: { service, link, until in "Guten Tag,\n\nSie haben Ihren Antrag „\(service)“ gespeichert. Mit diesem Link können Sie ihn bis zum \(until) fortsetzen:\n\n\(link)\n\nWer den Link kennt, kann Ihre Angaben sehen. Bitte geben Sie ihn nicht weiter.\n" },
        checkTitle: "Angaben prüfen",
        checkIntro: "Bitte prüfen Sie Ihre Angaben. Mit „Ändern“ kommen Sie zurück zur jeweiligen Frage.",
        discardedHeading: "Angaben, die nicht übermittelt werden",
        discardedIntro: "Diese Fragen gelten nach Ihren anderen Antworten nicht. Was Sie hier eingetragen haben, wird deshalb nicht mit dem Antrag übermittelt. Wenn es gelten soll, ändern Sie bitte die Antwort, von der die Frage abhängt.",
        change: "Ändern",
        notAnswered: "Keine Angabe",
        submit: "Antrag verbindlich absenden",
        submitHint: "Mit dem Absenden übermitteln Sie Ihre Angaben an die zuständige Stelle.",
        confirmationTitle: "Antrag eingegangen",
        yourReference: "Ihr Aktenzeichen",
        referenceHint: "Bitte notieren Sie das Aktenzeichen. Sie brauchen es bei Rückfragen.",
        whatNext: "Wie geht es weiter?",
        printPage: "Sie können diese Seite ausdrucken oder als PDF speichern.",
        backToStart: "Zur Startseite",
        receivedOn: { "Eingegangen am \($0) Uhr" },
        confirmed: "Bestätigt",
        feeHeading: "Gebühr",
        feeHint: "So viel kostet Ihr Antrag nach Ihren Angaben. Wie Sie bezahlen, erfahren Sie nach dem Absenden.",
        sessionEnds: { "Ihre Sitzung endet um \($0) Uhr, wenn Sie bis dahin nichts tun. Ihre Angaben gehen dann verloren." },
        extendSession: "Sitzung verlängern",
        sessionExtended: "Ihre Sitzung wurde verlängert.",
        loginTitle: "Anmeldung für Mitarbeitende",
        username: "Benutzername",
        password: "Passwort",
        loginButton: "Anmelden",
        loginFailed: "Benutzername oder Passwort sind nicht richtig.",
        tooManyAttempts: "Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.",
        signedInAs: { "Angemeldet als \($0)" },
        logout: "Abmelden",
        loggedOut: "Sie sind abgemeldet.",
        inboxTitle: "Posteingang",
        testModeNotice: "Testmodus: Was Sie hier einreichen, wird als Testantrag gekennzeichnet, nicht bearbeitet und nicht in der Statistik gezählt.",
        endTestMode: "Testmodus beenden",
        testMarker: "Test",
        testSubmissionNotice: "Dies ist ein Testantrag aus dem Testmodus. Er wird nicht bearbeitet, zählt nicht in der Statistik und kann von der Redaktion gelöscht werden.",
        help: "Hilfe",
        accountNav: "Mein Konto",
        yourAccessCode: "Ihr Zugangscode",
        accessCodeHint: "Mit Aktenzeichen und Zugangscode sehen Sie jederzeit, wie weit Ihr Antrag ist. Bewahren Sie beides gut auf.",
        followCase: "Antrag verfolgen",
        receiptMailSubject: { "Eingangsbestätigung: Ihr Antrag \($0)" },
        receiptMailBody: { reference, service, at, code, link in
            "Guten Tag,\n\nIhr Antrag „\(service)“ ist am \(at) eingegangen.\n\nAktenzeichen: \(reference)\nZugangscode: \(code)\n\nMit beiden sehen Sie den Stand Ihres Antrags hier:\n\n\(link)\n\nBitte nennen Sie bei Fragen das Aktenzeichen."
        },
        filterService: "Leistung",
        filterStatus: "Status",
        filterAll: "Alle",
        searchCases: "Suche",
        searchCasesHint: "Aktenzeichen oder Name",
        applyFilter: "Anzeigen",
        columnReference: "Aktenzeichen",
        columnApplicant: "Antragsteller:in",
        columnService: "Leistung",
        columnStatus: "Status",
        columnReceived: "Eingang",
        unread: "Ungelesen",
        noCases: "Keine Anträge gefunden.",
        olderCases: "Ältere Anträge",
        newestCases: "Zu den neuesten Anträgen",
        answersHeading: "Angaben",
        historyHeading: "Verlauf",
        noHistory: "Noch keine Statusänderung.",
        changeStatusHeading: "Status ändern",
        newStatus: "Neuer Status",
        note: "Vermerk",
        noteHint: "Freiwillig. Der Vermerk steht im Verlauf.",
        saveStatus: "Status speichern",
        statusSaved: "Der Status wurde geändert.",
        finalStatus: "Der Vorgang ist abgeschlossen; der Status kann nicht mehr geändert werden.",
        placeholderText: "Diese Seite wird von der Verwaltung noch ergänzt.",
        notFoundTitle: "Seite nicht gefunden",
        notFoundText: "Die Adresse ist falsch oder die Seite gibt es nicht mehr.",
        forbiddenTitle: "Anfrage abgelehnt",
        forbiddenText: "Ihre Sitzung ist abgelaufen oder das Formular war veraltet. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal. Es wurde nichts gespeichert.",
        badRequestTitle: "Anfrage fehlerhaft",
        serverErrorTitle: "Ein Fehler ist aufgetreten",
        serverErrorText: "Bitte versuchen Sie es später noch einmal."
    )

    public static let english = Strings(
        language: .english,
        skipLink: "Skip to main content",
        otherLanguageName: "Deutsch",
        otherLanguageHint: "Auf Deutsch wechseln",
        servicesNav: "All services",
        imprint: "Imprint",
        privacy: "Privacy",
        accessibility: "Accessibility",
        contact: "Contact",
        footerNote: "A service of your local authority.",
        intro: "Find the services of your local authority here and apply for many of them online – any time, without an appointment.",
        searchLabel: "Which service are you looking for?",
        searchHint: "For example “Brunnen” (well), “Fundsache” (lost property) or “Bauakte” (building file).",
        searchButton: "Search",
        categories: "Topics",
        mostUsed: "Most used",
        allServices: "All services",
        resultsFor: { "Search results for “\($0)”" },
        noResults: "No service found. Try another word or look at all services.",
        description: "Description",
        procedure: "Procedure",
        documents: "Documents you need",
        fees: "Fees",
        deadlines: "Deadlines",
        processingTime: "Processing time",
        legalBasis: "Legal basis",
        redress: "Right of appeal",
        responsible: "Responsible office",
        contactHeading: "Contact",
        phone: "Phone",
        email: "Email",
        address: "Address",
        openingHours: "Opening hours",
        applyOnline: "Apply online",
        privacyOfService: "Privacy notice for this service",
        notOnline: "This service cannot be applied for online yet.",
        stepOf: { "Step \($0) of \($1)" },
        continueButton: "Continue",
        back: "Back",
        requiredMark: "(required)",
        optionalMark: "(optional)",
        errorSummaryTitle: "Please correct the following",
        errorPrefix: "Error:",
        errorTitlePrefix: "Error: ",
        yes: "Yes",
        no: "No",
        dateHint: { "Format DD.MM.YYYY, for example \($0)." },
        timeHint: "Format HH:MM, for example 09:30.",
        dateTimeHint: { "Format DD.MM.YYYY HH:MM, for example \($0) 09:30." },
        revealHint: { "Only if you answered \(Strings.quotedList($0, german: false))." },
        requiredWhenMark: { "(required if \(Strings.quotedList($0, german: false)))" },
        conditionalHint: "This question only applies when your other answers on this page call for it. Otherwise your answer is not used; the “Check your answers” page shows this.",
        conditionalMark: "(if it applies)",
        moneyHint: "Amount in euros, for example 12.50.",
        street: "Street",
        houseNumber: "House number",
        addressAddition: "Address line 2 (optional)",
        postalCode: "Postcode",
        city: "Town",
        locationHint: "Enter the address or the coordinates; either is enough.",
        locationAddress: "Address",
        coordinates: "Coordinates (decimal degrees, for example from a map app)",
        latitude: "Latitude, for example 54.3233",
        longitude: "Longitude, for example 10.1228",
        addEntry: { "Add \($0)" },
        removeEntry: { "Remove \($0) \($1)" },
        entryTitle: { "\($0) \($1)" },
        noEntries: "No entries yet.",
        fileHint: { types, size, count in "Allowed: \(types), at most \(size) per file\(count > 1 ? ", up to \(count) files" : "")." },
        uploadedFiles: "Uploaded files",
        removeFile: { "Remove \($0)" },
        uploadButton: "Upload file",
        saveForLater: "Save and continue later",
        savedTitle: "Your answers are saved",
        savedLinkLabel: "Your personal link to continue:",
        savedUntil: { "With this link you can continue the application until \($0), also on another device. After that your answers and uploaded files are deleted." },
        savedOnce: "Keep the link now, for example as a bookmark. It is shown only this once. Anyone with the link can see your answers.",
        savedMailed: "We have also sent the link to the email address you gave.",
        savedPrevious: "If you saved this application before: earlier links no longer work.",
        continueNow: "Continue now",
        resumedTitle: "Welcome back",
        resumedIntro: { "Your saved answers are back. The link works until \($0)." },
        formChanged: "The form has changed since. Go through every step again; we kept the answers that still fit.",
        fieldAdded: { "New: “\($0)”" },
        fieldRemoved: { "Removed: “\($0)” – your answer to it was not kept." },
        resumeInvalid: "This link has expired or is not valid. Saved answers are deleted when the time is up; please start the application again.",
        resumeTitle: "Continue a saved application",
        resumeIntro: { service, until in "You saved an application “\(service)”. The link works until \(until)." },
        resumeReplaces: "This browser already has an unsaved draft for this service. The saved application replaces it.",
        resumeButton: "Continue the application",
        resumeMailSubject: { "Your saved application: \($0)" },
        resumeMailBody: { service, link, until in "Hello,\n\nyou saved your application “\(service)”. You can continue it until \(until) with this link:\n\n\(link)\n\nAnyone with the link can see your answers. Do not pass it on.\n" },
        checkTitle: "Check your answers",
        checkIntro: "Please check your answers. “Change” takes you back to the question.",
        discardedHeading: "Answers that will not be sent",
        discardedIntro: "These questions do not apply given your other answers, so what you entered here will not be sent with the application. If it should apply, change the answer the question depends on.",
        change: "Change",
        notAnswered: "Not answered",
        submit: "Submit application",
        submitHint: "By submitting you send your answers to the responsible office.",
        confirmationTitle: "Application received",
        yourReference: "Your reference",
        referenceHint: "Please note the reference. You will need it if you have questions.",
        whatNext: "What happens next",
        printPage: "You can print this page or save it as a PDF.",
        backToStart: "Back to the start page",
        receivedOn: { "Received on \($0)" },
        confirmed: "Confirmed",
        feeHeading: "Fee",
        feeHint: "This is what your application costs according to your answers. You will learn how to pay after submitting.",
        sessionEnds: { "Your session ends at \($0) if you do nothing until then. Your answers will then be lost." },
        extendSession: "Extend session",
        sessionExtended: "Your session has been extended.",
        loginTitle: "Staff sign-in",
        username: "User name",
        password: "Password",
        loginButton: "Sign in",
        loginFailed: "The user name or password is not correct.",
        tooManyAttempts: "Too many sign-in attempts. Please wait 15 minutes and try again.",
        signedInAs: { "Signed in as \($0)" },
        logout: "Sign out",
        loggedOut: "You are signed out.",
        inboxTitle: "Inbox",
        testModeNotice: "Test mode: what you submit here is marked as a test application, not processed and not counted in the statistics.",
        endTestMode: "End test mode",
        testMarker: "Test",
        testSubmissionNotice: "This is a test application from test mode. It is not processed, not counted in the statistics and can be deleted by the editors.",
        help: "Help",
        accountNav: "My account",
        yourAccessCode: "Your access code",
        accessCodeHint: "With the reference and the access code you can see at any time how far your application has got. Keep both safe.",
        followCase: "Follow your application",
        receiptMailSubject: { "Acknowledgement of receipt: your application \($0)" },
        receiptMailBody: { reference, service, at, code, link in
            "Hello,\n\nyour application “\(service)” arrived on \(at).\n\nReference: \(reference)\nAccess code: \(code)\n\nWith both you can see its status here:\n\n\(link)\n\nPlease quote the reference if you have questions."
        },
        filterService: "Service",
        filterStatus: "Status",
        filterAll: "All",
        searchCases: "Search",
        searchCasesHint: "Reference or name",
        applyFilter: "Show",
        columnReference: "Reference",
        columnApplicant: "Applicant",
        columnService: "Service",
        columnStatus: "Status",
        columnReceived: "Received",
        unread: "Unread",
        noCases: "No applications found.",
        olderCases: "Older applications",
        newestCases: "To the newest applications",
        answersHeading: "Answers",
        historyHeading: "History",
        noHistory: "No status change yet.",
        changeStatusHeading: "Change status",
        newStatus: "New status",
        note: "Note",
        noteHint: "Optional. The note appears in the history.",
        saveStatus: "Save status",
        statusSaved: "The status has been changed.",
        finalStatus: "The case is closed; its status can no longer be changed.",
        placeholderText: "The local authority will complete this page.",
        notFoundTitle: "Page not found",
        notFoundText: "The address is wrong or the page no longer exists.",
        forbiddenTitle: "Request refused",
        forbiddenText: "Your session has expired or the form was out of date. Please reload the page and try again. Nothing was saved.",
        badRequestTitle: "Bad request",
        serverErrorTitle: "Something went wrong",
        serverErrorText: "Please try again later."
    )
}
