/// The applicant's answer to a document request ("Nachforderung").
public enum DocumentsAction: String, FormAction, CaseIterable {
    /// Send the chosen files; the request stays open until everything is there.
    case upload = "hochladen"
    /// Send what is chosen and say that nothing more comes.
    case finish = "abschliessen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
