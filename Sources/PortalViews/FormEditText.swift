import PortalCore

/// What the form builder says when it refuses an edit (`FormEditError`), per language. Each
/// language file switches over every case, so a new refusal does not compile without its sentence.
public struct FormEditText: Sendable {
    public let language: Language
    public let message: @Sendable (FormEditError) -> String
    /// Why a written condition or fee cannot be read; its keywords (`und`, `oder`, `ja`) stay German.
    public let syntax: @Sendable (FormExpression.SyntaxError) -> String

    public static func `for`(_ language: Language) -> FormEditText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}

extension FormExpression.SyntaxError {
    public func message(_ language: Language) -> String {
        FormEditText.for(language).syntax(self)
    }
}

extension FormEditError {
    public func message(_ language: Language) -> String {
        FormEditText.for(language).message(self)
    }
}
