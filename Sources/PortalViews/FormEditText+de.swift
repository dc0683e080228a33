import PortalCore

extension FormEditText {
    static let german = FormEditText(language: .german, message: germanMessage, syntax: germanSyntax)

    @Sendable static func germanSyntax(_ error: FormExpression.SyntaxError) -> String {
        func found(_ found: FormExpression.SyntaxError.Found) -> String {
            switch found {
            case .word(let word): "„\(word)“"
            case .text(let text): "der Text „\(text)“"
            case .number(let number): "die Zahl \(GermanFormat.number(number))"
            case .date(let date): "das Datum \(date.german)"
            case .symbol(let symbol): "„\(symbol)“"
            case .end: "das Ende"
            }
        }
        func expected(_ expected: FormExpression.SyntaxError.Expected) -> String {
            switch expected {
            case .symbol(let symbol): "„\(symbol)“"
            case .key: "der Schlüssel eines Feldes"
            case .text: "ein Text in Anführungszeichen"
            case .number: "eine Zahl"
            case .comparison(let key): "ein Vergleich (=, !=, <, <=, >, >=, in) nach „\(key)“"
            case .value: "ein Wert (Text in Anführungszeichen, Zahl, Datum, ja/nein) oder der Schlüssel eines Feldes"
            }
        }
        switch error {
        case .empty: return "Der Ausdruck ist leer."
        case .invalidDate(let text, let position): return "„\(text)“ an Stelle \(position) ist kein gültiges Datum (TT.MM.JJJJ)."
        case .invalidNumber(let text, let position): return "„\(text)“ an Stelle \(position) ist keine Zahl."
        case .unclosedText(let position): return "Der Text ab Stelle \(position) hat kein schließendes Anführungszeichen."
        case .characterNotAllowed(let character, let position): return "Das Zeichen „\(character)“ an Stelle \(position) ist hier nicht erlaubt."
        case .endsEarly(let what): return "Der Ausdruck endet zu früh: es fehlt \(expected(what))."
        case .unexpected(let what, let position, let instead): return "An Stelle \(position) steht \(found(what)); erwartet war \(expected(instead))."
        case .trailing(let what, let position):
            return "An Stelle \(position) steht noch \(found(what)); der Ausdruck war dort schon vollständig. Fehlt „und“ oder „oder“?"
        case .fieldComparisonNeedsOrder(let position): return "An Stelle \(position): zwei Antworten lassen sich nur mit <, <=, > oder >= vergleichen."
        case .orderNeedsNumbersOrDates(let symbol, let position): return "An Stelle \(position): mit \(symbol) lassen sich nur Zahlen und Daten vergleichen."
        }
    }

    @Sendable static func germanMessage(_ error: FormEditError) -> String {
        func usage(_ usage: FormEditError.Usage) -> String {
            switch usage {
            case .fieldCondition(let field): "die Bedingung von „\(field)“"
            case .stepCondition(let step): "die Bedingung von Schritt \(step)"
            case .rule(let message): "die Regel „\(message)“"
            case .fee: "die Gebührenberechnung"
            }
        }
        func text(_ text: FormEditError.Text) -> String {
            switch text {
            case .stepTitle: "Der Titel des Schritts"
            case .label: "Die Beschriftung"
            case .ruleMessage: "Die Meldung"
            case .expression: "Der Ausdruck"
            }
        }
        switch error {
        case .stepMissing: return "Diesen Schritt gibt es nicht (mehr)."
        case .stepInUse(let user): return "Der Schritt kann nicht gelöscht werden: \(usage(user)) bezieht sich auf eines seiner Felder."
        case .groupMissing(let group): return "Die Gruppe „\(group)“ gibt es in diesem Schritt nicht (mehr)."
        case .groupInRepeatableGroup: return "In einer wiederholbaren Gruppe kann keine weitere Gruppe stehen."
        case .fieldMissing(let key): return "Das Feld „\(key)“ gibt es in diesem Schritt nicht (mehr)."
        case .fieldInUse(let user): return "Das Feld kann nicht gelöscht werden: \(usage(user)) bezieht sich darauf."
        case .fieldKindMissing: return "Bitte wählen Sie die Art des Feldes."
        case .ruleMissing: return "Diese Regel gibt es nicht (mehr)."
        case .empty(.ruleMessage): return "Bitte schreiben Sie die Meldung, die erscheint, wenn die Regel nicht erfüllt ist."
        case .empty(let what): return "\(text(what)) darf nicht leer sein."
        case .tooLong(let what, let max): return "\(text(what)) darf höchstens \(max) Zeichen lang sein."
        case .noAnswers: return "Eine Auswahl braucht mindestens eine Antwort."
        case .answerMissingForCode(let code): return "Zum Code „\(code)“ fehlt die Antwort vor dem Strich."
        case .duplicateAnswer: return "Jede Antwort darf nur einmal vorkommen."
        case .invalidCode(let code, let answer):
            return
                "Der Code „\(code)“ von „\(answer)“ darf nur Buchstaben ohne Umlaute, Ziffern, Punkt, Binde- und Unterstrich enthalten, höchstens 60 Zeichen."
        case .duplicateCode(let code): return "Der Code „\(code)“ kommt mehrfach vor."
        case .notANumber(let text): return "„\(text)“ ist keine Zahl."
        case .lengthOutOfRange: return "Längen liegen zwischen 0 und 100.000 Zeichen."
        case .minimumLengthAboveMaximum: return "Die Mindestlänge ist größer als die Höchstlänge."
        case .invalidPattern(let pattern, let problem): return "Das Muster „\(pattern)“ \(problem.message(.german))."
        case .invalidDays(let text): return "„\(text)“ ist keine ganze Zahl von Tagen zwischen -36.500 und 36.500."
        case .earliestAfterLatest: return "Das früheste Datum liegt nach dem spätesten."
        case .fileSizeOutOfRange: return "Eine Datei darf zwischen 0,1 und 50 MB groß sein."
        case .fileCountOutOfRange: return "Es sind 1 bis 20 Dateien möglich."
        case .noFileType: return "Bitte erlauben Sie mindestens eine Dateiart."
        case .minimumAboveMaximum: return "Der kleinste Wert ist größer als der größte."
        case .purposeNotOffered: return "Diese Bedeutung gibt es für diese Art von Feld nicht."
        case .repetitionBoundOutOfRange(.minimum, let ceiling): return "Die Mindestzahl der Einträge ist eine ganze Zahl von 0 bis \(ceiling)."
        case .repetitionBoundOutOfRange(.maximum, let ceiling): return "Die Höchstzahl der Einträge ist eine ganze Zahl von 0 bis \(ceiling)."
        case .repetitionWithoutEntries: return "Eine wiederholbare Gruppe braucht mindestens einen möglichen Eintrag."
        case .repetitionMinimumAboveMaximum: return "Die Mindestzahl der Einträge ist größer als die Höchstzahl."
        case .unreadableExpression(let syntax): return "Der Ausdruck lässt sich nicht lesen: \(germanSyntax(syntax))"
        case .unknownKeyInExpression(let key): return "Im Ausdruck steht „\(key)“; ein Feld mit diesem Schlüssel gibt es nicht."
        case .laterFieldInExpression(let key): return "Im Ausdruck steht „\(key)“; eine Bedingung kann sich nur auf frühere Felder beziehen."
        case .conditionOnLaterField: return "Eine Bedingung kann sich nur auf ein früheres Feld beziehen."
        case .fieldComparisonNeedsOrder: return "Zwei Antworten lassen sich nur mit „kleiner“, „höchstens“, „größer“ oder „mindestens“ vergleichen."
        case .comparisonAnswerMissing(let field): return "Bitte geben Sie an, mit welcher Antwort von „\(field)“ verglichen wird."
        case .unknownComparison: return "Diesen Vergleich gibt es nicht."
        case .notOrderable(let field): return "„\(field)“ ist keine Zahl und kein Datum; der Größe nach lässt es sich nicht vergleichen."
        case .notAnAnswer(let answer, let field, let options):
            return "„\(answer)“ ist keine Antwort von „\(field)“. Möglich: \(options.joined(separator: ", "))."
        case .yesOrNoOnly(let field): return "Bei „\(field)“ ist die Antwort Ja oder Nein."
        case .notADate(let text): return "„\(text)“ ist kein Datum (TT.MM.JJJJ)."
        case .feeExpressionMissing: return "Bitte schreiben Sie einen Ausdruck, oder wählen Sie „Keine Gebühr berechnen“."
        case .ruleNeedsCheck: return "Bitte wählen Sie ein Feld für die Regel oder schreiben Sie einen Ausdruck."
        case .ruleMessageFieldMissing: return "Bitte wählen Sie, bei welchem Feld die Meldung erscheint."
        case .invalidAmount(.base, let text): return "Der Grundbetrag „\(text)“ ist kein Betrag zwischen 0 und 1.000.000 Euro."
        case .invalidAmount(.perUnit, let text): return "Der Betrag je Einheit „\(text)“ ist kein Betrag zwischen 0 und 1.000.000 Euro."
        case .feeBaseMissing: return "Bitte geben Sie einen Grundbetrag an oder wählen Sie ein Feld, nach dem sich die Gebühr richtet."
        case .feeFieldNotCountable: return "Die Gebühr kann sich nur nach einer Zahl oder der Anzahl der Einträge einer wiederholbaren Gruppe richten."
        case .feePerUnitMissing(let field): return "Bitte geben Sie an, wie viel Euro je Einheit von „\(field)“ hinzukommen."
        case .schemaProblems(let problems): return problems.map { $0.message(.german) }.joined(separator: " ")
        }
    }
}
