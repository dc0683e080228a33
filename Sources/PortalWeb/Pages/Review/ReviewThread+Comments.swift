import Foundation
import PortalCore
import PortalViews

extension ReviewThread {
    /// Remarks with their answers; targets named as the draft calls them now.
    init(_ comments: [DraftComment], schema: FormSchema, text: EditorText, frame: PageFrame) {
        let answers = Dictionary(grouping: comments.filter { $0.replyTo != nil }, by: { $0.replyTo! })
        self.init(
            entries: comments.filter { $0.replyTo == nil }.map { comment in
                Entry(
                    id: comment.id.description, target: Self.label(comment.target, schema: schema, text: text), author: comment.author,
                    at: frame.dateTime(comment.createdAt), text: comment.text, isResolved: comment.isResolved,
                    replies: (answers[comment.id] ?? []).map { ($0.author, frame.dateTime($0.createdAt), $0.text) }
                )
            })
    }

    /// Everything a remark can point at in this draft.
    static func targets(_ schema: FormSchema, text: EditorText) -> [(value: String, label: String)] {
        var targets: [(value: String, label: String)] = [("gesamt", text.targetOverall), ("eintrag", text.targetEntry)]
        for (index, step) in schema.steps.enumerated() {
            targets.append(("schritt-\(index + 1)", text.targetStep(index + 1, step.title)))
            for field in step.answerFields { targets.append(("feld-\(field.key)", text.targetField(field.label))) }
        }
        return targets
    }

    static func label(_ target: String, schema: FormSchema, text: EditorText) -> String {
        if target == "eintrag" { return text.targetEntry }
        if target == "gesamt" { return text.targetOverall }
        if target.hasPrefix("schritt-"), let number = Int(target.dropFirst(8)), schema.steps.indices.contains(number - 1) {
            return text.targetStep(number, schema.steps[number - 1].title)
        }
        if target.hasPrefix("feld-"), let field = schema.field(String(target.dropFirst(5))) { return text.targetField(field.label) }
        return target
    }
}
