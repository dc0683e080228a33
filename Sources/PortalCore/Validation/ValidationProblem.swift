import Foundation

/// Why an answer was refused. Kept typed so tests and the UI do not depend on wording; the
/// sentences are `ValidationText` in PortalViews.
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
}
