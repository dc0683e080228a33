/// A piece of a page that draws itself: form controls and forms, so that every page writes the
/// same markup for the same thing and no page writes `<form>` or `<input>` by hand.
public protocol HTMLComponent: Sendable {
    var html: HTML { get }
}

extension HTML.Interpolation {
    public mutating func appendInterpolation(_ component: some HTMLComponent) {
        appendInterpolation(component.html)
    }
}
