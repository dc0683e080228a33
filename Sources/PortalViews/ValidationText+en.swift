import Foundation
import PortalCore

extension ValidationText {
    public static let english = ValidationText(message: { $0.englishMessage($1) })
}

extension ValidationProblem {
    fileprivate func englishMessage(_ label: String) -> String {
        let name = "“\(ValidationText.trimmed(label))”"
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
        case .uploadQuotaExceeded(let bytes):
            "The file for \(name) was not kept: the files of one application may be at most \(UploadedFile.size(bytes)) together. Remove a file or make it smaller."
        case .fileTypeNotAllowed(let types):
            "The file for \(name) is not an allowed type. Allowed: \(FieldConstraints.typeNames(types)). The content counts, not the file name."
        case .emptyFile: "The file for \(name) is empty."
        case .infectedFile: "The file for \(name) contains malware and was not stored."
        case .unknownUpload: "The file for \(name) no longer exists. Upload it again."
        case .uploadFailed: "The file for \(name) could not be checked. Try again later."
        }
    }
}
