import PortalCore
import PortalViews

/// The core's findings as German editors read them, so tests state the sentences they expect.
extension FormSchema {
    var germanProblems: [String] { problems.map { $0.message(.german) } }
}

extension PublishGate.Item {
    var message: String { finding.message(.german) }
}
