import Questionnaire
import Spreadsheet
import Testing

@Suite struct ExpressionParserTests {
    @Test func parsesWithXPathPrecedence() throws {
        let expression = try ExpressionParser.parse("1 + 2 * 3 = 7 or not(. > 2) and ${a} != 'x'")
        #expect(expression == .binary(
            .or,
            .binary(.equal, .binary(.plus, .number(1), .binary(.times, .number(2), .number(3))), .number(7)),
            .binary(
                .and,
                .call(.not, [.binary(.greater, .current, .number(2))]),
                .binary(.notEqual, .field("a", position: 33), .string("x")))))
    }

    @Test func parsesFunctionsWithHyphensAndDivMod() throws {
        #expect(try ExpressionParser.parse("count-selected(${f}) div 2 mod 3") == .binary(
            .modulo, .binary(.divide, .call(.countSelected, [.field("f", position: 16)]), .number(2)), .number(3)))
        #expect(try ExpressionParser.parse("-string-length()") == .negate(.call(.stringLength, [])))
        #expect(try ExpressionParser.parse("\"a\" = .5") == .binary(.equal, .string("a"), .number(0.5)))
    }

    @Test func listsReferencedFieldsOnceInOrder() throws {
        let expression = try ExpressionParser.parse("if(${b} > 0, ${a} + ${b}, .)")
        #expect(expression.referencedFields == ["b", "a"])
        #expect(expression.readsCurrent)
        #expect(try !ExpressionParser.parse("${a} = 1").readsCurrent)
    }

    @Test(arguments: [
        (". <= ", 6, "the expression ends too early"),
        ("${students", 1, "a field reference is written ${name}, the name made of letters, digits and _"),
        ("$students > 1", 1, "a field reference is written ${name}"),
        ("'abc", 1, "the quoted string is not closed"),
        (". > students", 5, "unknown word 'students': write a field as ${students}; the functions are if() not() selected() count-selected() string-length() regex() count-items() true() false()"),
        ("selected(${f})", 1, "selected() takes 2 argument(s), not 1"),
        ("(1 + 2", 7, "expected ')' here"),
        ("1 2", 3, "unexpected token here"),
        (". # 2", 3, "unexpected character '#'"),
        ("regex(., '[0-9')", 10, "invalid regular expression: [0-9"),
        ("", 1, "the expression is empty"),
        ("${户主} = 1", 1, "a field reference is written ${name}, the name made of letters, digits and _"),
    ])
    func reportsSyntaxErrorsWithPosition(text: String, position: Int, message: String) {
        let error = #expect(throws: ExpressionSyntaxError.self) { try ExpressionParser.parse(text) }
        #expect(error?.position == position)
        #expect(error?.message.en == message)
        #expect(error?.message.zh.isEmpty == false)
    }

    @Test func positionsCountCharactersNotBytes() {
        let error = #expect(throws: ExpressionSyntaxError.self) { try ExpressionParser.parse("'李明' = 1 1") }
        #expect(error?.position == 10)
    }

    @Test func unknownFieldIsReportedAtItsReference() throws {
        let schema = HouseholdSchema.make()
        let expression = try ExpressionParser.parse(". <= ${studnets}")
        #expect(expression.unknownFieldError(in: schema)?.position == 6)
        #expect(expression.unknownFieldError(in: schema)?.message.zh == "没有名为 studnets 的字段")
        #expect(try ExpressionParser.parse(". <= ${students}").unknownFieldError(in: schema) == nil)
    }
}

@Suite struct ExpressionEvaluatorTests {
    let schema = HouseholdSchema.make()

    func value(_ text: String, _ values: [String: FieldValue] = [:], current: String? = nil) throws -> ExpressionValue {
        let record = HouseholdSchema.record(values, row: 2, schema: schema)
        let evaluator = ExpressionEvaluator(schema: schema)
        return evaluator.evaluate(try ExpressionParser.parse(text), in: record, current: current.flatMap(schema.fieldIndex))
    }

    @Test func arithmeticAndComparison() throws {
        #expect(try value("1 + 2 * 3") == .number(7))
        #expect(try value("7 div 2") == .number(3.5))
        #expect(try value("7 mod 3") == .number(1))
        #expect(try value("1 div 0") == .empty)
        #expect(try value("${students} - 1", ["students": .integer(3)]) == .number(2))
        #expect(try value("'3' = 3") == .boolean(true))
        #expect(try value("'abc' < 'abd'") == .boolean(true))
        #expect(try value("'abc' > 2") == .boolean(false))
    }

    @Test func emptyOperandMakesComparisonTrue() throws {
        #expect(try value(". <= ${students}", ["boarders": .integer(5)], current: "boarders") == .boolean(true))
        #expect(try value("${students} = 1") == .boolean(true))
        #expect(try value("${students} != 1") == .boolean(true))
        #expect(try value("${students} + 1 > 5") == .boolean(true))
        #expect(try value(". <= ${students}", ["boarders": .integer(5), "students": .integer(2)], current: "boarders") == .boolean(false))
    }

    @Test func datesCompareAsDates() throws {
        let values: [String: FieldValue] = ["visit_date": .date(DateTime(year: 2018, month: 7, day: 9))]
        #expect(try value(". >= '2018-07-17'", values, current: "visit_date") == .boolean(false))
        #expect(try value(". < '2018-07-10'", values, current: "visit_date") == .boolean(true))
        #expect(try value(". = '2018-07-09'", values, current: "visit_date") == .boolean(true))
    }

    @Test func choicesCompareByCodeAndBooleans() throws {
        let values: [String: FieldValue] = ["poverty": .choice("registered_poor"), "card_given": .boolean(false)]
        #expect(try value("${poverty} = 'registered_poor'", values) == .boolean(true))
        #expect(try value("${poverty} = '建档立卡贫困户'", values) == .boolean(false))
        #expect(try value("selected(${poverty}, 'registered_poor')", values) == .boolean(true))
        #expect(try value("${card_given} = false()", values) == .boolean(true))
        #expect(try value("${card_given} = 'no'", values) == .boolean(true))
        #expect(try value("${card_given} = 0", values) == .boolean(true))
        #expect(try value("${card_given} = 'yes'", values) == .boolean(false))
    }

    @Test func listFunctions() throws {
        let values: [String: FieldValue] = ["student_names": .list(["李小明", "李小红"]), "visitors": .list(["王老师"])]
        #expect(try value("count-items(${student_names})", values) == .number(2))
        #expect(try value("count-selected(${visitors})", values) == .number(1))
        #expect(try value("count-items(${phone})", values) == .number(0))
        #expect(try value("selected(${student_names}, '李小红')", values) == .boolean(true))
        #expect(try value("selected(${student_names}, '李小')", values) == .boolean(false))
    }

    @Test func edgeCases() throws {
        let values: [String: FieldValue] = [
            "students": .integer(2), "visitors": .list(["王老师", "李老师"]), "head_name": .text("李延苏"),
            "visit_date": .date(DateTime(year: 2018, month: 7, day: 20)),
        ]
        #expect(try value("-${students} * 2", values) == .number(-4))
        #expect(try value("2.5 + .5", values) == .number(3))
        #expect(try value("string-length(${students} * 10)", values) == .number(2))
        #expect(try value("if(${boarders}, 'a', if(${students} > 1, 'b', 'c'))", values) == .string("b"))
        #expect(try value("not(.)", values, current: "boarders") == .boolean(true))
        #expect(try value("${visitors} = '王老师 李老师'", values) == .boolean(true))
        #expect(try value("${visit_date} - '2018-07-17'", values) == .number(3))
        #expect(try value("${visit_date} > 17000", values) == .boolean(true))
        #expect(try value("'李延苏' = ${head_name} and ${head_name} != '李廷苏'", values) == .boolean(true))
        #expect(try value("${head_name} + 1", values) == .empty)
        #expect(try value("5 mod 0 = 1", values) == .boolean(true))
    }

    @Test func stringFunctionsAndIf() throws {
        let values: [String: FieldValue] = ["phone": .text("13812345678"), "head_name": .text("李延苏")]
        #expect(try value("string-length(${head_name})", values) == .number(3))
        #expect(try value("string-length()", values, current: "phone") == .number(11))
        #expect(try value("regex(., '^1[3-9][0-9]{9}$')", values, current: "phone") == .boolean(true))
        #expect(try value("regex(., '^0')", values, current: "phone") == .boolean(false))
        #expect(try value("regex(${hamlet}, '^0')", values) == .boolean(true))
        #expect(try value("if(${head_name} = '李延苏', 'yes', 'no')", values) == .string("yes"))
        #expect(try value("if(${head_name} = '李', 1, 2)", values) == .number(2))
        #expect(try value("true() and not(false())") == .boolean(true))
    }
}

@Suite struct SchemaExpressionProblemTests {
    @Test func builtInSchemaExpressionsAllParse() throws {
        #expect(try Schema.builtIn().expressionProblems(file: "household-visit.md").isEmpty)
    }

    @Test func brokenExpressionsAreReportedAtTheirFieldRowWithPosition() {
        var schema = HouseholdSchema.make()
        schema.fields[7].constraint = ". <= ${studnets}"
        schema.fields[7].schemaRow = 12
        schema.fields[11].relevant = "${students} >"
        let problems = schema.expressionProblems(file: "form.xlsx")
        #expect(problems.map(\.description) == [
            "form.xlsx survey!12 (constraint): 错误: boarders 的 constraint 第 6 个字符处：没有名为 studnets 的字段（. <= ${studnets}）",
            "form.xlsx survey (relevant): 错误: suggestions 的 relevant 第 14 个字符处：表达式不完整（${students} >）",
        ])
    }
}
