import Foundation

/// Why an answer was refused. Kept typed so tests and the UI do not depend on wording.
public enum ValidationProblem: Error, Hashable, Sendable {
    case missing(FieldKind)
    case unknownField
    case wrongType(FieldKind)
    case tooShort(Int)
    case tooLong(Int)
    case belowMinimum(Decimal)
    case aboveMaximum(Decimal)
    case tooFewChoices(Int)
    case tooManyChoices(Int)
    case patternMismatch
    case dateTooEarly(LocalDate)
    case dateTooLate(LocalDate)
    case invalidEmail
    case invalidPhone
    case unknownOption
    case duplicateOption
    case filesNotAccepted
    case controlCharacters
    case invalidIBAN
    case notAnswerable
    case forbidden
    /// A cross-field rule failed; the text is the editor's message.
    case rule(String)
    case addressIncomplete(PostalAddress.Part)
    case invalidPostalCode
    case invalidCoordinates
    case outsideGermany
    case tooFewEntries(Int)
    case tooManyEntries(Int)
    case tooManyFiles(Int)
    case fileTooLarge(Int)
    /// The files of one application (or one browser session) together would pass the quota.
    case uploadQuotaExceeded(Int)
    case fileTypeNotAllowed([String])
    case emptyFile
    case infectedFile
    case unknownUpload
    case uploadFailed

    /// The sentence shown to the applicant and returned by the API.
    public func message(label: String, language: Language) -> String {
        switch language {
        case .german: german(label)
        case .english: english(label)
        }
    }

    /// Labels that are sentences end with a full stop, which would double up inside the message.
    private static func trimmed(_ label: String) -> String {
        label.hasSuffix(".") ? String(label.dropLast()) : label
    }

    private func german(_ label: String) -> String {
        let name = "„\(Self.trimmed(label))“"
        return switch self {
        case .missing(let kind):
            switch kind {
            case .singleChoice, .multipleChoice, .yesNo: "Bitte wählen Sie bei \(name) eine Antwort aus."
            case .consent: "Bitte bestätigen Sie \(name)."
            case .file: "Bitte laden Sie bei \(name) eine Datei hoch."
            case .location: "Bitte geben Sie bei \(name) eine Anschrift oder Koordinaten an."
            case .postalAddress: "Bitte geben Sie bei \(name) eine Anschrift an."
            default: "Bitte füllen Sie \(name) aus."
            }
        case .unknownField: "Das Feld \(name) gibt es in diesem Formular nicht."
        case .wrongType(let kind):
            switch kind {
            case .integer: "\(name) muss eine ganze Zahl sein, zum Beispiel 12."
            case .decimal: "\(name) muss eine Zahl sein, zum Beispiel 12,5."
            case .date: "\(name) muss ein gültiges Datum sein, zum Beispiel 24.12.2026."
            case .yesNo, .consent: "Bitte wählen Sie bei \(name) Ja oder Nein."
            case .multipleChoice: "Bitte wählen Sie bei \(name) eine oder mehrere der angebotenen Antworten."
            case .money: "\(name) muss ein Euro-Betrag mit höchstens zwei Nachkommastellen sein, zum Beispiel 12,50."
            case .time: "\(name) muss eine Uhrzeit sein, zum Beispiel 09:30."
            case .dateTime: "\(name) muss Datum und Uhrzeit enthalten, zum Beispiel 24.12.2026 09:30."
            case .singleChoice: "Bitte wählen Sie bei \(name) eine der angebotenen Antworten."
            default: "\(name) muss ein Text sein."
            }
        case .tooShort(let min): "\(name) muss mindestens \(min) Zeichen lang sein."
        case .tooLong(let max): "\(name) darf höchstens \(max) Zeichen lang sein."
        case .belowMinimum(let min): "\(name) muss mindestens \(GermanFormat.number(min)) sein."
        case .aboveMaximum(let max): "\(name) darf höchstens \(GermanFormat.number(max)) sein."
        case .tooFewChoices(let min): "Bitte wählen Sie bei \(name) mindestens \(min) Antworten aus."
        case .tooManyChoices(let max): "Bitte wählen Sie bei \(name) höchstens \(max) Antworten aus."
        case .patternMismatch: "\(name) hat nicht das erwartete Format."
        case .dateTooEarly(let earliest): "\(name) darf nicht vor dem \(earliest.german) liegen."
        case .dateTooLate(let latest): "\(name) darf nicht nach dem \(latest.german) liegen."
        case .invalidEmail: "\(name) muss eine gültige E-Mail-Adresse sein, zum Beispiel name@example.de."
        case .invalidPhone: "\(name) muss eine Telefonnummer sein, zum Beispiel 0431 123456."
        case .unknownOption: "Bitte wählen Sie bei \(name) eine der angebotenen Antworten."
        case .duplicateOption: "Bei \(name) ist eine Antwort mehrfach gewählt."
        case .filesNotAccepted: "Dateien für \(name) können über diese Schnittstelle nicht übermittelt werden."
        case .controlCharacters: "\(name) enthält unzulässige Steuerzeichen."
        case .invalidIBAN: "\(name) ist keine gültige IBAN. Bitte prüfen Sie die Angabe, zum Beispiel DE89 3704 0044 0532 0130 00."
        case .notAnswerable: "\(name) kann nicht ausgefüllt werden."
        case .forbidden: "\(name) darf bei Ihren Angaben nicht ausgefüllt werden."
        case .rule(let message): message
        case .addressIncomplete(let part):
            switch part {
            case .street: "Bitte geben Sie bei \(name) die Straße an."
            case .houseNumber: "Bitte geben Sie bei \(name) die Hausnummer an."
            case .postalCode: "Bitte geben Sie bei \(name) die Postleitzahl an."
            case .city, .addition: "Bitte geben Sie bei \(name) den Ort an."
            }
        case .invalidPostalCode: "Die Postleitzahl bei \(name) muss aus fünf Ziffern bestehen, zum Beispiel 24103."
        case .invalidCoordinates: "Die Koordinaten bei \(name) müssen Breite und Länge in Grad sein, zum Beispiel 54,3233 und 10,1228."
        case .outsideGermany: "Die Koordinaten bei \(name) liegen nicht in Deutschland. Bitte prüfen Sie Breite und Länge."
        case .tooFewEntries(let min): "Bitte geben Sie bei \(name) mindestens \(min == 1 ? "einen Eintrag" : "\(min) Einträge") an."
        case .tooManyEntries(let max): "Bei \(name) sind höchstens \(max == 1 ? "ein Eintrag" : "\(max) Einträge") möglich."
        case .tooManyFiles(let max): "Bei \(name) \(max == 1 ? "ist nur eine Datei" : "sind höchstens \(max) Dateien") möglich."
        case .fileTooLarge(let bytes): "Die Datei bei \(name) ist zu groß. Erlaubt sind höchstens \(UploadedFile.size(bytes))."
        case .uploadQuotaExceeded(let bytes): "Die Datei bei \(name) wurde nicht gespeichert: Zusammen dürfen die Dateien eines Antrags höchstens \(UploadedFile.size(bytes)) groß sein. Entfernen Sie eine Datei oder verkleinern Sie sie."
        case .fileTypeNotAllowed(let types): "Die Datei bei \(name) hat nicht die erlaubte Art. Erlaubt sind: \(FieldConstraints.typeNames(types)). Maßgeblich ist der Inhalt, nicht die Dateiendung."
        case .emptyFile: "Die Datei bei \(name) ist leer."
        case .infectedFile: "Die Datei bei \(name) enthält Schadsoftware und wurde nicht gespeichert."
        case .unknownUpload: "Die Datei bei \(name) ist nicht (mehr) vorhanden. Bitte laden Sie sie erneut hoch."
        case .uploadFailed: "Die Datei bei \(name) konnte nicht geprüft werden. Bitte versuchen Sie es später erneut."
        }
    }

    private func english(_ label: String) -> String {
        let name = "“\(Self.trimmed(label))”"
        return switch self {
        case .missing(let kind):
            switch kind {
            case .singleChoice, .multipleChoice, .yesNo: "Select an answer for \(name)."
            case .consent: "Please confirm \(name)."
            case .file: "Upload a file for \(name)."
            case .location: "Enter an address or coordinates for \(name)."
            case .postalAddress: "Enter an address for \(name)."
            default: "Enter \(name)."
            }
        case .unknownField: "This form has no field \(name)."
        case .wrongType(let kind):
            switch kind {
            case .integer: "\(name) must be a whole number, like 12."
            case .decimal: "\(name) must be a number, like 12.5."
            case .date: "\(name) must be a real date, like 24.12.2026."
            case .yesNo, .consent: "Select yes or no for \(name)."
            case .singleChoice, .multipleChoice: "Select one of the offered answers for \(name)."
            case .money: "\(name) must be an amount in euros with at most two decimals, like 12.50."
            case .time: "\(name) must be a time, like 09:30."
            case .dateTime: "\(name) must be a date and time, like 24.12.2026 09:30."
            default: "\(name) must be text."
            }
        case .tooShort(let min): "\(name) must be at least \(min) characters long."
        case .tooLong(let max): "\(name) must be \(max) characters or fewer."
        case .belowMinimum(let min): "\(name) must be at least \(min)."
        case .aboveMaximum(let max): "\(name) must be at most \(max)."
        case .tooFewChoices(let min): "Select at least \(min) answers for \(name)."
        case .tooManyChoices(let max): "Select at most \(max) answers for \(name)."
        case .patternMismatch: "\(name) is not in the expected format."
        case .dateTooEarly(let earliest): "\(name) must be on or after \(earliest.german)."
        case .dateTooLate(let latest): "\(name) must be on or before \(latest.german)."
        case .invalidEmail: "\(name) must be an email address, like name@example.com."
        case .invalidPhone: "\(name) must be a telephone number, like 0431 123456."
        case .unknownOption: "Select one of the offered answers for \(name)."
        case .duplicateOption: "An answer for \(name) was selected twice."
        case .filesNotAccepted: "Files for \(name) cannot be sent through this interface."
        case .controlCharacters: "\(name) contains control characters that are not allowed."
        case .invalidIBAN: "\(name) is not a valid IBAN. Please check it, for example DE89 3704 0044 0532 0130 00."
        case .notAnswerable: "\(name) cannot be answered."
        case .forbidden: "\(name) must be left empty with your answers."
        case .rule(let message): message
        case .addressIncomplete(let part):
            switch part {
            case .street: "Enter the street for \(name)."
            case .houseNumber: "Enter the house number for \(name)."
            case .postalCode: "Enter the postcode for \(name)."
            case .city, .addition: "Enter the town for \(name)."
            }
        case .invalidPostalCode: "The postcode for \(name) must be five digits, like 24103."
        case .invalidCoordinates: "The coordinates for \(name) must be latitude and longitude in degrees, like 54.3233 and 10.1228."
        case .outsideGermany: "The coordinates for \(name) are not in Germany. Check latitude and longitude."
        case .tooFewEntries(let min): "Add at least \(min) \(min == 1 ? "entry" : "entries") for \(name)."
        case .tooManyEntries(let max): "\(name) takes at most \(max) \(max == 1 ? "entry" : "entries")."
        case .tooManyFiles(let max): "\(name) takes at most \(max) \(max == 1 ? "file" : "files")."
        case .fileTooLarge(let bytes): "The file for \(name) is too large. The limit is \(UploadedFile.size(bytes))."
        case .uploadQuotaExceeded(let bytes): "The file for \(name) was not kept: the files of one application may be at most \(UploadedFile.size(bytes)) together. Remove a file or make it smaller."
        case .fileTypeNotAllowed(let types): "The file for \(name) is not an allowed type. Allowed: \(FieldConstraints.typeNames(types)). The content counts, not the file name."
        case .emptyFile: "The file for \(name) is empty."
        case .infectedFile: "The file for \(name) contains malware and was not stored."
        case .unknownUpload: "The file for \(name) no longer exists. Upload it again."
        case .uploadFailed: "The file for \(name) could not be checked. Try again later."
        }
    }
}
