import PortalCore

extension SchemaText {
    static let german: SchemaText = {
        @Sendable func owner(_ owner: SchemaProblem.Owner) -> String {
            switch owner {
            case .field(let key): "„\(key)“"
            case .step(let number): "„Schritt \(number)“"
            case .fee: "„Gebühr“"
            }
        }
        @Sendable func pattern(_ problem: PatternProblem) -> String {
            switch problem {
            case .tooLong(let max): "ist zu lang (höchstens \(max) Zeichen)"
            case .backReferences: "verwendet Rückverweise (\\1, \\k<…>); die sind nicht erlaubt"
            case .invalid: "ist kein gültiger regulärer Ausdruck"
            }
        }
        @Sendable func problem(_ problem: SchemaProblem) -> String {
            switch problem {
            case .noSteps: "Das Formular hat keinen Schritt."
            case .stepWithoutTitle: "Ein Schritt hat keinen Titel."
            case .fieldWithoutKey: "Ein Feld hat keinen Schlüssel."
            case .invalidKey(let key): "Der Schlüssel „\(key)“ darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten (höchstens 100 Zeichen)."
            case .duplicateKey(let key): "Der Schlüssel „\(key)“ kommt mehrfach vor."
            case .fieldWithoutLabel(let key): "Das Feld „\(key)“ hat keine Beschriftung."
            case .choiceWithoutOptions(let key): "Das Auswahlfeld „\(key)“ hat keine Optionen."
            case .fixedValueMissing(let key): "Das Feld „\(key)“ braucht einen festen Wert."
            case .invalidPattern(let key, let problem): "Das Muster von „\(key)“ \(pattern(problem))."
            case .fileInRepeatableGroup(let key): "Das Dateifeld „\(key)“ kann nicht in einer wiederholbaren Gruppe stehen."
            case .fieldsOutsideGroup(let key): "Nur Gruppen können Felder enthalten oder wiederholt werden („\(key)“)."
            case .emptyGroup(let key): "Die Gruppe „\(key)“ enthält kein Feld."
            case .nestedRepeatableGroup(let key): "Die wiederholbare Gruppe „\(key)“ steht in einer anderen wiederholbaren Gruppe; das wird nicht unterstützt."
            case .invalidRepetition(let key, let ceiling): "Die Gruppe „\(key)“ braucht 0 ≤ Mindestzahl ≤ Höchstzahl ≤ \(ceiling) und eine Höchstzahl ab 1."
            case .conditionUnknownField(let who, let key): "Die Bedingung von \(owner(who)) verweist auf das unbekannte Feld „\(key)“."
            case .conditionImpossibleValue(let who, let key):
                "Die Bedingung von \(owner(who)) vergleicht „\(key)“ mit einem Wert, den dieses Feld nie haben kann."
            case .conditionNotAnAnswer(let who, let answer, let key): "Die Bedingung von \(owner(who)) nennt „\(answer)“, das keine Antwort von „\(key)“ ist."
            case .conditionNotOrderable(let who, let key):
                "Die Bedingung von \(owner(who)) vergleicht „\(key)“ der Größe nach; das geht nur bei Zahlen und Datumsangaben."
            case .conditionIncomparable(let who, let left, let right):
                "Die Bedingung von \(owner(who)) vergleicht „\(left)“ mit „\(right)“; das geht nur bei zwei Zahlen oder zwei Datumsangaben."
            case .feeUnknownField(let key): "Die Gebührenberechnung verweist auf das unbekannte Feld „\(key)“."
            case .feeNotANumber(let key): "Die Gebührenberechnung rechnet mit „\(key)“, das keine Zahl ist."
            case .ruleUnknownField(let message, let key): "Die Regel „\(message)“ zeigt ihre Meldung am unbekannten Feld „\(key)“."
            case .circularVisibility(let key): "Die Sichtbarkeit von „\(key)“ hängt im Kreis von sich selbst ab."
            }
        }
        @Sendable func privacyPart(_ part: PrivacyStatement.Part) -> String {
            switch part {
            case .controller: "die verantwortliche Stelle"
            case .dataProtectionOfficer: "die oder der Datenschutzbeauftragte"
            case .purposes: "die Zwecke"
            case .legalBasis: "die Rechtsgrundlage"
            case .dataCategories: "die Kategorien personenbezogener Daten"
            case .retentionSubmissions: "die Speicherdauer der Anträge"
            case .retentionPeriods: "die Speicherfristen je Stufe (Tage, Monate oder Jahre)"
            case .supervisoryAuthority: "die Aufsichtsbehörde für Beschwerden"
            case .obligation: "ob die Angaben Pflicht sind und was sonst geschieht"
            }
        }
        @Sendable func fieldWarning(_ warning: PublishGate.FieldWarning) -> String {
            switch warning {
            case .labelTooLong(let start, let length): "Die Beschriftung „\(start)…“ ist \(length) Zeichen lang. Kurze Fragen sind leichter zu verstehen."
            case .singleOption(let label): "Die Auswahl „\(label)“ hat nur eine Antwort. Eine Bestätigung (Häkchen) passt dann besser."
            case .patternWithoutHint(let label):
                "„\(label)“ verlangt ein festes Format, der Hinweistext nennt es aber nicht. Beschreiben Sie es, zum Beispiel „fünf Ziffern“."
            case .jargon(let label, let word, let plain):
                plain.isEmpty ? "„\(label)“ enthält das Amtswort „\(word)“." : "„\(label)“ enthält das Amtswort „\(word)“. Verständlicher: „\(plain)“."
            }
        }
        return SchemaText(
            language: .german, problem: problem, pattern: pattern,
            finding: { finding in
                switch finding {
                case .summaryMissing: "Die Kurzbeschreibung fehlt."
                case .contactIncomplete: "Der Kontakt braucht einen Namen und eine Telefonnummer oder E-Mail-Adresse."
                case .privacyIncomplete(let parts): "In den Datenschutzhinweisen fehlt: \(parts.map(privacyPart).joined(separator: ", "))."
                case .privacyMissing: "Die Datenschutzhinweise fehlen."
                case .afterSubmissionMissing: "Es fehlt, was nach dem Absenden passiert (Ablauf oder Bearbeitungsdauer)."
                case .formAsksNothing: "Das Formular fragt noch nichts ab."
                case .schema(let schemaProblem): problem(schemaProblem)
                case .notApproved: "Die Fachabteilung hat den Entwurf noch nicht freigegeben."
                case .englishMissing: "Englischer Titel und englische Kurzbeschreibung fehlen; die englische Seite zeigt die deutschen Texte."
                case .documentWithoutUpload(let document): "Die Leistungsbeschreibung nennt „\(document)“, das Formular hat dafür aber kein Feld zum Hochladen."
                case .stepTooLong(let number, let title, let fields):
                    "Schritt \(number) „\(title)“ hat \(fields) Felder. Ein Thema pro Seite ist leichter auszufüllen."
                case .field(let warning): fieldWarning(warning)
                }
            },
            fieldWarning: fieldWarning, privacyPart: privacyPart,
            jargonList: { problem in
                switch problem {
                case .tooManyWords(let max): "Die Liste darf höchstens \(max) Wörter enthalten."
                case .wordMissing(let line): "In Zeile \(line) fehlt das Wort vor dem „=“."
                case .wordTooLong(let line): "Das Wort in Zeile \(line) ist länger als 100 Zeichen."
                }
            })
    }()
}
