extension ProblemData {
    /// The first plan year as a one-year plan (itself for a one-year plan): its bounds are the
    /// tightest of the horizon (floors fall and ceilings rise as people leave), so the exact
    /// feasibility checks run on it.
    public var firstYear: ProblemData {
        horizon == 1 ? self : ProblemData(self, scenario: scenario, pools: pools, bounds: yearBounds[0])
    }
}
