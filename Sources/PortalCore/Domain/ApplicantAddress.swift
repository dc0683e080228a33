/// Where the office's notices to an applicant go: the address of the account that filed the case,
/// else the form's first e-mail answer (for applicants without an account, who follow the case
/// with its access code). Test submissions and API submissions get none.
public enum ApplicantAddress {
    /// `replyAddress`: the e-mail reply channel of a case received through FIT-Connect.
    public static func of(_ submission: Submission, account: CitizenAccount?, schema: FormSchema?, replyAddress: String? = nil) -> String? {
        guard !submission.isTest else { return nil }
        if let account { return account.email }
        if let replyAddress, submission.accessCodeHash != nil, Mail.isPlausibleAddress(replyAddress) { return replyAddress }
        guard submission.accessCodeHash != nil, let field = schema?.applicantEmailField,
            case .string(let address)? = submission.answers[field.key], Mail.isPlausibleAddress(address)
        else { return nil }
        return address
    }
}

extension FormSchema {
    /// The e-mail answer that is the applicant's own address: the one the editors marked, else the
    /// form's first e-mail field.
    public var applicantEmailField: FormField? {
        fields.first { $0.kind == .email && $0.autocomplete == "email" } ?? fields.first { $0.kind == .email }
    }
}
