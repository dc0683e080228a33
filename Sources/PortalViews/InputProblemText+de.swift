import Foundation
import PortalCore

extension InputProblemText {
    static let german = InputProblemText(
        language: .german,
        password: {
            switch $0 {
            case .tooShort: "Das Passwort muss mindestens 10 Zeichen lang sein. Ein Satz aus mehreren Wörtern ist leicht zu merken."
            case .tooLong: "Das Passwort darf höchstens 72 Byte lang sein (etwa 70 Zeichen)."
            case .containsEmail: "Das Passwort darf nicht Ihre E-Mail-Adresse enthalten."
            case .tooCommon: "Dieses Passwort ist zu leicht zu erraten. Bitte wählen Sie ein anderes."
            }
        },
        profile: {
            switch $0 {
            case .tooLong(.givenName): "Der Vorname darf höchstens 200 Zeichen lang sein."
            case .tooLong(.familyName): "Der Nachname darf höchstens 200 Zeichen lang sein."
            case .tooLong(.street): "Die Straße darf höchstens 200 Zeichen lang sein."
            case .tooLong(.city): "Der Ort darf höchstens 200 Zeichen lang sein."
            case .tooLong(.phone): "Die Telefonnummer darf höchstens 200 Zeichen lang sein."
            case .postalCode: "Die Postleitzahl hat fünf Ziffern."
            }
        },
        message: {
            switch $0 {
            case .empty: "Bitte schreiben Sie eine Nachricht."
            case .tooLong(let max): "Die Nachricht darf höchstens \(max.formatted(.number.locale(Locale(identifier: "de_DE")))) Zeichen lang sein."
            }
        },
        documentRequest: {
            switch $0 {
            case .noDocuments: "Bitte nennen Sie mindestens eine Unterlage, eine je Zeile."
            case .tooMany(let max): "Es sind höchstens \(max) Unterlagen auf einmal möglich."
            case .documentTooLong(let start): "„\(start)…“ ist zu lang (höchstens 200 Zeichen)."
            case .duplicate: "Jede Unterlage darf nur einmal genannt werden."
            case .deadlineMissing: "Bitte geben Sie die Frist als Datum an (TT.MM.JJJJ)."
            case .deadlineNotInFuture: "Die Frist muss in der Zukunft liegen."
            case .deadlineTooFar: "Die Frist darf höchstens ein Jahr in der Zukunft liegen."
            }
        },
        video: {
            switch $0 {
            case .titleInvalid: "Bitte geben Sie einen Titel mit höchstens 200 Zeichen an."
            case .transcriptMissing: "Bitte schreiben Sie den Inhalt des Videos als Text dazu; er steht neben dem Video für alle, die es nicht sehen."
            case .transcriptTooLong: "Der Text darf höchstens 20.000 Zeichen lang sein."
            }
        }
    )
}
