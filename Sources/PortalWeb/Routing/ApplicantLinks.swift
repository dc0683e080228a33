import PortalCore

/// The absolute links mails give applicants: their account's case page, or the page where
/// reference and access code open the case.
public enum ApplicantLinks {
    public static func casePage(_ submission: Submission, viaAccount: Bool, base: String?) -> String {
        let path = viaAccount ? SiteRoute.accountCase(reference: submission.reference.rawValue).path : SiteRoute.caseLookup.path
        return SiteRoute.absolute(path, base: base)
    }
}
