/// A rule over several answers, with the editor's own message: "Das Ende muss nach dem Beginn
/// liegen". It is checked only when every field it reads is answered and shown; a failing rule
/// reports its message at `field`.
public struct CrossFieldRule: Hashable, Sendable, Codable {
    /// What must hold.
    public var check: Condition
    /// The field the message is shown at (and linked to from the error summary).
    public var field: String
    public var message: String

    public init(check: Condition, field: String, message: String) {
        self.check = check
        self.field = field
        self.message = message
    }
}
