import CGLPK

/// What GLPK's branch-and-bound callback saw last: GLPK keeps no best bound after
/// `glp_intopt` returns, so it has to be caught while the search runs.
///
/// A class because the C callback receives it through `void *info` (a `@convention(c)`
/// closure cannot capture); it lives only inside one synchronous solve on one thread.
final class MIPProgress {
    /// Relative gap of the incumbent, once one exists.
    var gap: Double?
    /// Bound of the best active node, once the search tree has one with a solved LP.
    var bestBound: Double?

    /// The callback handed to `glp_iocp.cb_func`; it captures nothing and finds the
    /// `MIPProgress` through `info`.
    static let callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
        guard let tree, let info else { return }
        let progress = Unmanaged<MIPProgress>.fromOpaque(info).takeUnretainedValue()
        progress.record(tree)
    }

    private func record(_ tree: OpaquePointer) {
        let best = glp_ios_best_node(tree)
        if best != 0 {
            let bound = glp_ios_node_bound(tree, best)
            // An unsolved root carries ±DBL_MAX as its bound; that is no information.
            if abs(bound) < Double.greatestFiniteMagnitude { bestBound = bound }
        }
        // GLPK answers DBL_MAX while there is no incumbent.
        let gap = glp_ios_mip_gap(tree)
        if gap < Double.greatestFiniteMagnitude { self.gap = gap }
    }
}
