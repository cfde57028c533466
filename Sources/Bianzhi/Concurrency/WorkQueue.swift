import Foundation
import Synchronization

/// Runs independent jobs on a few threads and returns their results in job order, never in
/// completion order, so the output is the same with one thread or many.
///
/// The one work queue of the package: block solves, transfer plans, re-solves of
/// explanations and the renderings of a result set all go through it. Each job runs wholly
/// on one thread, as GLPK requires.
enum WorkQueue {
    /// Runs jobs `0..<count` on up to `threads` threads, started in `order` (a permutation
    /// of the indices; e.g. largest blocks first keeps every thread busy to the end).
    /// Results are by job index; the first error, in job order, is thrown after all finish.
    static func map<T: Sendable, E: Error>(
        _ count: Int, threads: Int, order: [Int]? = nil, _ job: @Sendable (Int) throws(E) -> T
    ) throws(E) -> [T] {
        let order = order ?? Array(0..<count)
        let results = Mutex<[Result<T, E>?]>(Array(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(max(1, threads), max(1, count))) { _ in
            while true {
                let slot = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard slot < order.count else { return }
                let i = order[slot]
                let outcome: Result<T, E>
                do throws(E) { outcome = .success(try job(i)) } catch { outcome = .failure(error) }
                results.withLock { $0[i] = outcome }
            }
        }
        var out: [T] = []
        out.reserveCapacity(count)
        for result in results.withLock({ $0 }) {
            switch result! {
            case .success(let value): out.append(value)
            case .failure(let error): throw error
            }
        }
        return out
    }
}
