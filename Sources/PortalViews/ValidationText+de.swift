import Foundation
import PortalCore

extension ValidationText {
    public static let german = ValidationText(message: { $0.germanMessage($1) })
}

extension ValidationProblem {
    fileprivate func germanMessage(_ label: String) -> String {
        let name = "„\(ValidationText.trimmed(label))“"
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
        case .uploadQuotaExceeded(let bytes):
            "Die Datei bei \(name) wurde nicht gespeichert: Zusammen dürfen die Dateien eines Antrags höchstens \(UploadedFile.size(bytes)) groß sein. Entfernen Sie eine Datei oder verkleinern Sie sie."
        case .fileTypeNotAllowed(let types):
            "Die Datei bei \(name) hat nicht die erlaubte Art. Erlaubt sind: \(FieldConstraints.typeNames(types)). Maßgeblich ist der Inhalt, nicht die Dateiendung."
        case .emptyFile: "Die Datei bei \(name) ist leer."
        case .infectedFile: "Die Datei bei \(name) enthält Schadsoftware und wurde nicht gespeichert."
        case .unknownUpload: "Die Datei bei \(name) ist nicht (mehr) vorhanden. Bitte laden Sie sie erneut hoch."
        case .uploadFailed: "Die Datei bei \(name) konnte nicht geprüft werden. Bitte versuchen Sie es später erneut."
        }
    }
}
