import PortalCore

extension EditorText {
    public static let german = EditorText(
        language: .german,
        area: "Onlineredaktion", services: "Leistungen", newService: "Neue Leistung anlegen", title: "Titel",
        slug: "Kurzname in der Adresse",
        slugHint: "Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel baumfaellung-beantragen. Leer lassen, um ihn aus dem Titel zu bilden.",
        orgUnit: "Zuständige Stelle", create: "Anlegen", status: "Status", published: "Veröffentlicht", unpublished: "Nicht veröffentlicht",
        draftOpen: "Entwurf in Arbeit", edit: "Bearbeiten", entry: "Katalogeintrag", summary: "Kurzbeschreibung", description: "Beschreibung",
        category: "Thema", procedure: "Ablauf nach dem Absenden", linesHint: "Ein Punkt pro Zeile.", documents: "Erforderliche Unterlagen",
        fees: "Gebühren", deadlines: "Fristen", processingTime: "Bearbeitungsdauer", legalBasis: "Rechtsgrundlage", redress: "Rechtsbehelf",
        contact: "Kontakt", contactName: "Name der Stelle", phone: "Telefon", email: "E-Mail", address: "Anschrift", openingHours: "Sprechzeiten",
        save: "Speichern", form: "Formular", publishedVersion: { "Veröffentlicht ist Version \($0)." }, noVersion: "Es ist noch keine Version veröffentlicht.",
        newDraft: "Neuen Entwurf anlegen", draftFrom: { source, revision in "Entwurf (\(source), Stand \(revision))" }, steps: "Schritte",
        fieldCount: { $0 == 1 ? "1 Feld" : "\($0) Felder" }, up: "nach oben", down: "nach unten", delete: "löschen", addStep: "Schritt hinzufügen",
        stepTitle: "Titel des Schritts", importNotes: "Hinweise aus dem Import (Regeln als Text)", importWarnings: "Warnungen aus dem Import",
        gate: "Prüfung vor dem Veröffentlichen", gateBlocking: "Muss behoben werden:", gateWarning: "Hinweis:",
        gateClear: "Alle Pflichtpunkte sind erfüllt.", publish: "Veröffentlichen", rename: "Umbenennen", fields: "Felder", kind: "Art",
        label: "Beschriftung", required: "Pflicht", optional: "freiwillig", addField: "Feld hinzufügen", preview: "Vorschau",
        previewNote: "Vorschau: So sehen Bürgerinnen und Bürger diesen Schritt. Eingaben werden hier nicht gespeichert.",
        backToService: "Zurück zur Leistung", backToStep: "Zurück zum Schritt", hint: "Hinweistext", isRequired: "Pflichtangabe",
        options: "Antworten",
        optionsHint:
            "Eine Antwort pro Zeile. Hinter einem senkrechten Strich steht der Code, den Fachverfahren erhalten, zum Beispiel „Listenhund | LH“. Ohne Code wird er aus der Antwort gebildet; eine umbenannte Antwort behält ihren Code.",
        minLength: "Mindestlänge (Zeichen)", maxLength: "Höchstlänge (Zeichen)",
        minimum: "Kleinster Wert", maximum: "Größter Wert", fixedValue: "Fester Wert", showIf: "Nur anzeigen, wenn",
        showIfHint: "Das Feld erscheint nur, wenn ein früheres Feld diese Antwort hat.", always: "immer anzeigen", equals: "die Antwort ist",
        errorTitle: "Bitte prüfen Sie Ihre Eingabe",
        discardDraft: "Entwurf verwerfen", titleEnglish: "Titel (Englisch)", summaryEnglish: "Kurzbeschreibung (Englisch)",
        leika: "LeiKa-Leistungsschlüssel", leikaHint: "14 Ziffern aus dem Leistungskatalog, zum Beispiel 99108001001000.",
        importFIM: "Aus einem FIM-Schema importieren",
        importFIMHint: "Stammdatenschema im Format XDatenfelder 2.0 oder 3.0 (XML). Der Import legt einen Entwurf an; Regeln erscheinen als Hinweise.",
        importButton: "Importieren", versions: "Veröffentlichte Versionen",
        versionLine: { number, date in "Version \(number), veröffentlicht am \(date)" }, noChanges: "Keine Änderungen an den Fragen.",
        republish: { "Version \($0) erneut veröffentlichen" },
        review: "Prüfung durch die Fachabteilung", sendToReview: "Zur Prüfung senden", comments: "Anmerkungen", noComments: "Noch keine Anmerkungen.",
        reply: "Antworten", resolve: "Als erledigt markieren", resolved: "erledigt", history: "Verlauf", reviewArea: "Prüfung von Entwürfen",
        noReviews: "Keine Entwürfe zur Prüfung.", comment: "Anmerkung", commentOn: "Anmerkung zu", approve: "Freigeben",
        requestChanges: "Änderungen anfordern", decisionNote: "Nachricht an die Redaktion (freiwillig)", targetEntry: "Katalogeintrag",
        targetStep: { number, title in "Schritt \(number): \(title)" }, targetField: { "Feld „\($0)“" },
        testMode: "Testmodus",
        testModeHint:
            "Füllen Sie das Formular so aus, wie Bürgerinnen und Bürger es sehen. Testanträge laufen durch den ganzen Ablauf (Posteingang, Übergabe), sind überall als Test gekennzeichnet und zählen nicht in der Statistik.",
        testDraft: "Entwurf testen",
        testPublished: "Veröffentlichte Version testen",
        testCount: { $0 == 1 ? "1 Testantrag liegt vor." : "\($0) Testanträge liegen vor." },
        deleteTests: { $0 == 1 ? "Den Testantrag löschen" : "Alle \($0) Testanträge löschen" },
        conditionField: "Feld",
        comparison: "Vergleich",
        comparisonEquals: "ist gleich",
        comparisonNotEquals: "ist nicht gleich",
        comparisonLess: "ist kleiner als",
        comparisonAtMost: "ist höchstens",
        comparisonGreater: "ist größer als",
        comparisonAtLeast: "ist mindestens",
        comparisonFilled: "ist ausgefüllt (Wert leer lassen)",
        conditionValueHint: "Eine Antwort wie „Sonstiges“, eine Zahl (12,5), ein Datum (TT.MM.JJJJ) oder ja/nein.",
        orOtherField: "… oder mit der Antwort auf",
        noOtherField: "(dem Wert oben)",
        expression: "Oder als Ausdruck (für Fortgeschrittene)",
        expressionHint:
            "Ein Ausdruck gilt statt der Auswahl oben. Beispiel: zweck = \"sonstiges\" und (anzahl >= 3 oder ausgefüllt(telefon)). Verknüpfen mit und, oder, nicht; Listen mit in (\"a\"; \"b\").",
        requireIf: "Pflichtangabe nur, wenn",
        requireIfHint: "Das Feld muss nur ausgefüllt werden, wenn diese Bedingung gilt. Sonst ist es freiwillig.",
        forbidIf: "Nicht erlaubt, wenn",
        forbidIfHint: "Wenn diese Bedingung gilt, darf das Feld nicht ausgefüllt werden.",
        moreConditions: "Weitere Bedingungen: Pflicht und Verbot",
        noCondition: "keine Bedingung",
        rulesAndFee: "Regeln und Gebühr",
        rules: "Regeln über mehrere Antworten",
        rulesHint:
            "Eine Regel prüft Antworten zusammen, zum Beispiel „Das Ende liegt nach dem Beginn“. Gilt sie nicht, sieht die antragstellende Person Ihre Meldung am gewählten Feld.",
        noRules: "Es gibt noch keine Regeln.",
        addRule: "Regel hinzufügen",
        ruleCondition: "Diese Bedingung muss erfüllt sein",
        ruleConditionHint: "Wählen Sie zwei Felder oder ein Feld und einen Wert. Leere Antworten prüft die Regel nicht.",
        ruleMessageField: "Die Meldung erscheint bei",
        ruleMessageFieldDefault: "dem ersten Feld der Bedingung",
        ruleMessage: "Meldung, wenn die Regel nicht erfüllt ist",
        ruleMessageHint: "Sagen Sie, was zu tun ist: „Das Ende muss nach dem Beginn liegen.“",
        ruleShownAt: { "Meldung bei „\($0)“" },
        fee: "Gebühr",
        currentFee: "Die Gebühr wird so berechnet:",
        noFee: "Das Formular berechnet keine Gebühr.",
        removeFee: "Keine Gebühr berechnen",
        feeFromLists: "Gebühr aus Betrag und Anzahl",
        feeBase: "Grundbetrag in Euro",
        feePerField: "Zusätzlich je Einheit der Antwort auf",
        feeNoPerField: "(nichts zusätzlich)",
        feePerUnit: "Betrag je Einheit in Euro",
        saveFee: "Gebühr speichern",
        feeAsExpression: "Gebühr als Ausdruck (für Fortgeschrittene)",
        feeExpressionHint:
            "Beispiele: 25 + 10 * anzahl_baeume · wenn(zweck = \"gewerblich\"; 100; 50). Zahlen mit Komma, Trennzeichen in wenn(…) ist das Semikolon.",
        rulesLink: { "Regeln und Gebühr (\($0 == 1 ? "1 Regel" : "\($0) Regeln"), \($1 ? "mit Gebühr" : "ohne Gebühr"))" },
        repeatableGroup: "Wiederholbare Gruppe",
        placeIn: "Einfügen",
        placeInStep: "direkt in diesen Schritt",
        placeInGroup: { "in die Gruppe „\($0)“" },
        repeatable: "Wiederholbar (zum Beispiel mehrere Bäume oder Personen)",
        minEntries: "Mindestens so viele Einträge",
        maxEntries: "Höchstens so viele Einträge",
        itemName: "Name eines Eintrags",
        itemNameHint: "Erscheint auf den Schaltflächen: „Baum hinzufügen“, „Baum 2 entfernen“.",
        pattern: "Muster (regulärer Ausdruck, für Fortgeschrittene)",
        patternHint: "Die ganze Antwort muss passen, zum Beispiel [0-9]{5} für fünf Ziffern. Leer lassen, wenn jede Antwort passt.",
        earliestDays: "Frühestens so viele Tage ab heute (negativ: in der Vergangenheit)",
        latestDays: "Spätestens so viele Tage ab heute",
        maxMegabytes: "Größe je Datei höchstens (MB)",
        maxFiles: "Höchstens so viele Dateien",
        fileTypes: "Erlaubte Dateiarten",
        guidance: "Schreibhinweise",
        stepGuidance: [
            "Ein Thema pro Seite: Fragen, die zusammengehören, stehen in einem Schritt; alles andere bekommt einen eigenen.",
            "Wenige Fragen je Schritt (höchstens etwa sieben); lange Seiten werden abgebrochen.",
            "Der Titel sagt, worum es auf der Seite geht: „Angaben zum Hund“, nicht „Schritt 2“.",
        ],
        fieldGuidance: [
            "Fragen Sie kurz und in einfacher Sprache, so wie Sie es am Telefon fragen würden.",
            "Erklären Sie im Hinweistext, wofür Sie die Angabe brauchen, wenn das nicht offensichtlich ist.",
            "Fragen Sie nur, was Sie für die Entscheidung wirklich brauchen; jede Frage ist auch Datenerhebung.",
        ],
        kindGuidance: { kind in
            switch kind {
            case .date, .time, .dateTime, .money: "Das Format (zum Beispiel TT.MM.JJJJ) zeigt das Formular selbst unter der Frage an."
            case .singleChoice, .multipleChoice: "Antworten kurz halten und in einer sinnvollen Reihenfolge nennen; bei genau zwei Antworten passt oft ja/nein."
            case .file: "Sagen Sie im Hinweistext, welches Dokument gemeint ist und dass ein Foto mit dem Smartphone genügt, wenn das stimmt."
            case .text, .longText: "Für ein festes Format (etwa eine Kennnummer) beschreiben Sie es im Hinweistext; ein Muster prüft es dann."
            case .group: "Eine wiederholbare Gruppe fragt dasselbe mehrfach (etwa je Baum); geben Sie dem Eintrag einen kurzen Namen."
            default: nil
            }
        },
        fieldWarnings: "Hinweise zu diesem Feld",
        kindName: { kind in
            switch kind {
            case .text: "Text (einzeilig)"
            case .longText: "Text (mehrzeilig)"
            case .integer: "Ganze Zahl"
            case .decimal: "Zahl"
            case .date: "Datum"
            case .email: "E-Mail-Adresse"
            case .phone: "Telefonnummer"
            case .singleChoice: "Auswahl (eine Antwort)"
            case .multipleChoice: "Auswahl (mehrere Antworten)"
            case .yesNo: "Ja/Nein"
            case .consent: "Bestätigung"
            case .file: "Datei-Upload"
            case .money: "Geldbetrag"
            case .time: "Uhrzeit"
            case .dateTime: "Datum und Uhrzeit"
            case .iban: "IBAN"
            case .staticText: "Hinweistext"
            case .hidden: "Verborgener Wert"
            case .readOnly: "Fester Wert (sichtbar)"
            case .postalAddress: "Anschrift"
            case .location: "Ort (Anschrift oder Koordinaten)"
            case .group: "Gruppe"
            }
        },
        entryCount: { group, item in "Anzahl der Einträge in „\(group)“\(item.isEmpty ? "" : " (je \(item))")" },
        purpose: "Bedeutung der Angabe",
        purposeNone: "Keine besondere Bedeutung",
        purposeHint:
            "Name und E-Mail-Adresse der antragstellenden Person erscheinen im Posteingang und sind dort suchbar; an die E-Mail-Adresse geht die Eingangsbestätigung. Mit Konto werden solche Angaben vorausgefüllt, und Browser können sie ausfüllen.",
        reviewRules: "Bedingungen, Grenzen und Codes",
        reviewFormRules: "Regeln und Gebühr des Formulars",
        reviewFee: "Gebühr",
        reviewChanges: "Was sich geändert hat",
        reviewAllNew: "Die Leistung war noch nie veröffentlicht: alles ist neu.",
        reviewNoChanges: "Keine Änderungen an den Fragen des Formulars.",
        reviewSince: { date in "Seit Ihrer letzten Entscheidung am \(date):" },
        reviewAgainstVersion: { number in "Gegenüber der veröffentlichten Version \(number):" },
        targetOverall: "Gesamteindruck (der ganze Entwurf)",
        yourReply: "Ihre Antwort auf diese Anmerkung",
        editEntry: "Katalogeintrag bearbeiten",
        editPrivacy: "Datenschutzhinweise bearbeiten",
        entryOf: { title in "Katalogeintrag: \(title)" },
        privacyOf: { title in "Datenschutzhinweise: \(title)" },
        privacyProposal: "Noch nicht gespeichert. Das Formular unten enthält einen Vorschlag aus den Fragen des Formulars.",
        privacyMissing: { items in "Für die Veröffentlichung fehlt noch: \(items)." },
        suggestedCategories: "Vorschlag aus den Fragen des Formulars",
        suggestedCategoriesHint: "Diese Fragen stehen noch nicht unter „Welche Daten wir verarbeiten“. Übernehmen Sie, was zutrifft, in das Feld unten.",
        schemaFile: "Datei mit dem Stammdatenschema",
        approvedWarning: "Dieser Entwurf ist freigegeben. Wenn Sie ihn ändern, wird die Freigabe aufgehoben und die Fachabteilung muss ihn erneut prüfen.",
        sentToReview: "Der Entwurf ist zur Prüfung gesendet. Die Fachabteilung wird benachrichtigt; ihre Anmerkungen erscheinen auf dieser Seite.",
        purposeName: { token in
            switch token {
            case "name": "Name der antragstellenden Person (Vor- und Nachname)"
            case "given-name": "Vorname der antragstellenden Person"
            case "family-name": "Nachname der antragstellenden Person"
            case "organization": "Firma oder Organisation der antragstellenden Person"
            case "address-line1": "Straße und Hausnummer der antragstellenden Person"
            case "postal-code": "Postleitzahl der antragstellenden Person"
            case "address-level2": "Wohnort der antragstellenden Person"
            case "email": "E-Mail-Adresse der antragstellenden Person"
            case "tel": "Telefonnummer der antragstellenden Person"
            default: token
            }
        },
        theServiceIsCreatedIts: { p1 in "Die Leistung ist angelegt; ihre Adresse endet auf „\(p1)“." },
        theCatalogueEntryIsSaved: "Der Katalogeintrag ist gespeichert.",
        thePrivacyStatementIsSaved: { p1 in "Die Datenschutzhinweise sind als Fassung \(p1) gespeichert." },
        saved: "Gespeichert.",
        versionIsPublished: { p1 in "Version \(p1) ist veröffentlicht." },
        theFieldIsSaved: { p1 in "Das Feld „\(p1)“ ist gespeichert." },
        versionIsNowADraft: { p1 in "Version \(p1) liegt jetzt als Entwurf vor; nach Prüfung und Veröffentlichung wird sie die neue Version." },
        theSchemaIsImportedSteps: { p1, p2 in "Das Schema ist importiert: \(p1) Schritte, \(p2) Warnungen." },
        draftChangedMeanwhile: "Die Redaktion hat den Entwurf inzwischen geändert. Bitte sehen Sie ihn sich noch einmal an.",
        unknownRemarkTarget: "Dieses Ziel für eine Anmerkung gibt es nicht.",
        draftNotInReview: "Der Entwurf ist nicht zur Prüfung gesendet.",
        reviewMessageTooLong: "Die Nachricht ist zu lang.",
        noDraftAnyMore: "Es gibt keinen Entwurf mehr; vielleicht wurde er gerade veröffentlicht.",
        noDraftToTest: "Es gibt keinen Entwurf mit Schritten, der getestet werden könnte.",
        noPublishedVersion: "Diese Leistung hat noch keine veröffentlichte Version.",
        chooseWhatToTest: "Bitte wählen Sie, ob der Entwurf oder die veröffentlichte Version getestet wird. Es wurde nichts gespeichert.",
        testModeEnded: "Der Testmodus ist beendet.",
        testSubmissionsDeleted: { $0 == 1 ? "1 Testantrag ist gelöscht." : "\($0) Testanträge sind gelöscht." },
        titleRequired200: "Bitte geben Sie einen Titel mit höchstens 200 Zeichen an.",
        slugRules: "Der Kurzname muss 3 bis 100 Zeichen lang sein: Kleinbuchstaben, Ziffern und Bindestriche.",
        slugTaken: { "Den Kurznamen „\($0)“ gibt es schon." },
        chooseYourOrgUnit: "Bitte wählen Sie eine Ihrer Stellen.",
        titleEmpty: "Der Titel darf nicht leer sein.",
        contactEmailInvalid: "Die E-Mail-Adresse des Kontakts ist ungültig.",
        leikaDigits: "Der LeiKa-Leistungsschlüssel hat 14 Ziffern.",
        entryChangedByOthers:
            "Der Katalogeintrag wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert; bitte laden Sie die Seite neu und tragen Sie sie noch einmal ein.",
        draftChangedByOthers:
            "Der Entwurf wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert; bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
        privacyMustStayComplete: { "Die Leistung ist veröffentlicht; ihre Datenschutzhinweise müssen vollständig bleiben. Es fehlt: \($0)." },
        draftExists: "Es gibt schon einen Entwurf. Veröffentlichen oder verwerfen Sie ihn zuerst.",
        replyRequired: "Bitte schreiben Sie eine Antwort (höchstens 5000 Zeichen).",
        draftExistsBeforeImport: "Es gibt schon einen Entwurf. Veröffentlichen oder verwerfen Sie ihn, bevor Sie ein Schema importieren.",
        chooseSchemaFile: "Bitte wählen Sie eine XML-Datei mit dem Schema.",
        schemaNotImported: { "Das Schema lässt sich nicht importieren: \($0)" },
        notPublishableYet: { "Der Entwurf kann noch nicht veröffentlicht werden: \($0)" },
        remarkRequired: "Bitte schreiben Sie eine Anmerkung (höchstens 5000 Zeichen)."
    )
}
