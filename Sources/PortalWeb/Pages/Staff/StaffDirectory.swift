import PortalCore

/// The authority's directory as a way for staff to sign in: its provider and the rule that finds
/// the account for its answer.
public struct StaffDirectory: Sendable {
    public var provider: any IdentityProvider
    public var signIn: DirectorySignIn

    public init(provider: any IdentityProvider, signIn: DirectorySignIn) {
        self.provider = provider
        self.signIn = signIn
    }
}
