import Foundation

/// A bar chart drawn on the server as SVG (no script, no chart service): columns over time, or
/// horizontal bars with a label each. The chart is one image for screen readers, named by `title`
/// and described by `alternative`; the page puts the same numbers in a table below it.
public struct BarChart: HTMLComponent {
    public enum Direction: Sendable {
        /// Columns side by side (a time series); `axisLabel` under some of them.
        case columns
        /// One labelled bar per line (a funnel, a distribution).
        case bars
    }

    public struct Bar: Sendable {
        public var label: String
        /// A short label under a column (a day, a month).
        public var axisLabel: String
        public var value: Int
        public var valueText: String

        public init(label: String, axisLabel: String? = nil, value: Int, valueText: String) {
            self.label = label
            self.axisLabel = axisLabel ?? label
            self.value = value
            self.valueText = valueText
        }
    }

    public var id: String
    public var title: String
    public var alternative: String
    public var bars: [Bar]
    public var direction: Direction

    public init(id: String, title: String, alternative: String, bars: [Bar], direction: Direction) {
        self.id = id
        self.title = title
        self.alternative = alternative
        self.bars = bars
        self.direction = direction
    }

    static let width = 720.0

    public var html: HTML {
        let maximum = Double(max(1, bars.map(\.value).max() ?? 0))
        let (height, shapes) = direction == .columns ? columns(maximum) : lines(maximum)
        return """
            <figure class="chart">
            <svg class="chart-svg" viewBox="0 0 \(Self.number(Self.width)) \(Self.number(height))" role="img" aria-labelledby="\(id)-titel \(id)-beschreibung" focusable="false">
            <title id="\(id)-titel">\(title)</title>
            <desc id="\(id)-beschreibung">\(alternative)</desc>
            \(shapes)
            </svg>
            </figure>
            """
    }

    private func columns(_ maximum: Double) -> (Double, HTML) {
        let (left, top, plotHeight) = (8.0, 24.0, 200.0)
        let slot = (Self.width - 2 * left) / Double(max(1, bars.count))
        let gap = min(6, slot * 0.2)
        // At most about twelve labels under the columns, evenly spread.
        let every = max(1, Int((Double(bars.count) / 12).rounded(.up)))
        var parts: [HTML] = [
            "<line class=\"chart-axis\" x1=\"\(Self.number(left))\" y1=\"\(Self.number(top + plotHeight))\" x2=\"\(Self.number(Self.width - left))\" y2=\"\(Self.number(top + plotHeight))\"></line>"
        ]
        let highest = bars.indices.max { bars[$0].value < bars[$1].value }
        for (index, bar) in bars.enumerated() {
            let height = Double(bar.value) / maximum * plotHeight
            let x = left + Double(index) * slot + gap / 2
            parts.append(
                "<rect class=\"chart-bar\" x=\"\(Self.number(x))\" y=\"\(Self.number(top + plotHeight - height))\" width=\"\(Self.number(slot - gap))\" height=\"\(Self.number(height))\"><title>\(bar.label): \(bar.valueText)</title></rect>"
            )
            if index % every == 0 {
                parts.append(
                    "<text class=\"chart-label\" x=\"\(Self.number(x + (slot - gap) / 2))\" y=\"\(Self.number(top + plotHeight + 18))\" text-anchor=\"middle\">\(bar.axisLabel)</text>"
                )
            }
            if index == highest, bar.value > 0 {
                parts.append(
                    "<text class=\"chart-value\" x=\"\(Self.number(x + (slot - gap) / 2))\" y=\"\(Self.number(top + plotHeight - height - 6))\" text-anchor=\"middle\">\(bar.valueText)</text>"
                )
            }
        }
        return (top + plotHeight + 28, HTML(parts, separator: "\n"))
    }

    private func lines(_ maximum: Double) -> (Double, HTML) {
        let (labelWidth, line, barHeight, valueWidth) = (250.0, 34.0, 22.0, 90.0)
        let plotWidth = Self.width - labelWidth - valueWidth
        var parts: [HTML] = []
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * line + 6
            let width = max(Double(bar.value) / maximum * plotWidth, bar.value > 0 ? 1 : 0)
            parts.append(
                """
                <text class="chart-label" x="\(Self.number(labelWidth - 8))" y="\(Self.number(y + 16))" text-anchor="end">\(Self.short(bar.label))</text>
                <rect class="chart-bar" x="\(Self.number(labelWidth))" y="\(Self.number(y))" width="\(Self.number(width))" height="\(Self.number(barHeight))"><title>\(bar.label): \(bar.valueText)</title></rect>
                <text class="chart-value" x="\(Self.number(labelWidth + width + 6))" y="\(Self.number(y + 16))">\(bar.valueText)</text>
                """
            )
        }
        return (Double(bars.count) * line + 8, HTML(parts, separator: "\n"))
    }

    /// Labels longer than the space left of the bars are cut; the table below has them whole.
    static func short(_ label: String) -> String {
        label.count > 34 ? String(label.prefix(33)) + "…" : label
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
