import Testing
import LinearProgramming

@Suite("Linear expressions")
struct LinearExpressionTests {
    let x = Variable(index: 0)
    let y = Variable(index: 1)
    let z = Variable(index: 2)

    @Test("operators append terms in order and never merge")
    func operatorsAppend() {
        var e = x + y
        e += 2 * x
        e -= z
        e = e + 4 - 1
        #expect(e.terms == [.init(variable: x, coefficient: 1), .init(variable: y, coefficient: 1),
                            .init(variable: x, coefficient: 2), .init(variable: z, coefficient: -1)])
        #expect(e.constant == 3)
    }

    @Test("negation and scaling apply to the constant too")
    func negationAndScaling() {
        let e = 3 * (x - y + 2)
        #expect(e == LinearExpression(terms: [.init(variable: x, coefficient: 3), .init(variable: y, coefficient: -3)], constant: 6))
        #expect(-e == LinearExpression(terms: [.init(variable: x, coefficient: -3), .init(variable: y, coefficient: 3)], constant: -6))
    }

    @Test("normalisation merges duplicates, drops zeros and sorts by variable index")
    func normalisation() {
        var e = LinearExpression(constant: 5)
        e.add(z, 1)
        e.add(x, 1)
        e.add(y, 0)
        e.add(x, 1)
        e.add(z, -1)
        #expect(e.normalized() == LinearExpression(terms: [.init(variable: x, coefficient: 2)], constant: 5))
    }

    @Test("sum adds each variable with coefficient 1")
    func sum() {
        #expect(LinearExpression.sum([y, x]).normalized() == x + y)
    }
}
