/// The thing asked for does not exist (or is not visible to the caller, which must look the same).
public struct NotFound: Error, Hashable, Sendable {
    public var what: String

    public init(_ what: String) {
        self.what = what
    }
}
