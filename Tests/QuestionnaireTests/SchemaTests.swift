import Testing
import Spreadsheet
@testable import Questionnaire

@Suite struct BuiltInSchemaTests {
    @Test func loadsEveryFieldInOrder() throws {
        #expect(builtIn.fields.map(\.id) == [
            "form_no", "village", "hamlet", "head_name", "head_id", "phone", "poverty", "students", "student_names",
            "grades", "boarders", "dropout_risk", "letter_given", "card_given", "method", "visit_date", "visitors",
            "satisfaction", "difficulties", "suggestions", "follow_up",
        ])
        #expect(builtIn.warnings.isEmpty)
    }

    @Test func fieldsCarryTheirColumnsAsData() throws {
        let boarders = try #require(builtIn.field("boarders"))
        #expect(boarders.type == .integer)
        #expect(boarders.label == "住校生人数")
        #expect(boarders.label(in: .en) == "Boarders")
        #expect(boarders.headers == ["住校人数", "寄宿生人数"])
        #expect(boarders.min == "0" && boarders.max == "9")
        #expect(boarders.constraint == ". <= ${students}")
        #expect(boarders.severity == .error)
        #expect(boarders.measure == .sum)
        #expect(boarders.constraintMessage(in: .zh) == "住校生人数不能多于在校学生数")
        #expect(builtIn.field("card_given")?.constraint == "not(selected(${poverty}, 'registered_poor') and . = false())")
        #expect(builtIn.field("card_given")?.severity == .warning)
        #expect(builtIn.field("poverty")?.type == .selectOne(list: "poverty"))
        #expect(builtIn.field("hamlet")?.required == true)
        #expect(builtIn.keyFieldIndexes.map { builtIn.fields[$0].id } == ["hamlet", "head_name", "head_id"])
    }

    @Test func choicesAndSettings() throws {
        let poverty = try #require(builtIn.choiceLists["poverty"])
        #expect(poverty.choices.map(\.code) == ["registered_poor", "subsistence", "marginal", "non_poor"])
        #expect(poverty.choices[0].aliases == ["建档立卡户", "贫困户", "精准扶贫户", "Y"])
        #expect(poverty.choices[0].yesNo == true && poverty.choices[3].yesNo == false)
        #expect(builtIn.settings.school == "思茅五小")
        #expect(builtIn.settings.village == "箐门口村")
        #expect(builtIn.settings.windowStart == DateTime(year: 2018, month: 7, day: 17))
        #expect(builtIn.settings.windowEnd == DateTime(year: 2018, month: 7, day: 22))
        #expect(builtIn.settings.campaignYear == 2018)
        #expect(builtIn.settings.groupBy == ["hamlet", "poverty"])
        #expect(builtIn.settings.sheetField == "hamlet")
    }
}
