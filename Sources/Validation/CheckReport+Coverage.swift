import Questionnaire

extension CheckReport {
    /// The `coverage` key added to the check JSON with `--roster` (an extension of spec/outputs.md): per roster
    /// hamlet its households, those visited and the percentage (one decimal; absent for no household), the
    /// totals, and each household still to visit with its pupils' roster rows.
    static func json(_ coverage: Coverage) -> String {
        var object = JSONObject()
        object.add("hamlets", array: coverage.hamlets.map(json), multiline: true)
        let total = coverage.total
        object.add("households", total.households)
        object.add("visited", total.visited)
        if let percent = total.percent { object.add("percent", raw: String(percent)) }
        object.add("unvisited", array: coverage.unvisited.map(json), multiline: true)
        return object.text
    }

    private static func json(_ hamlet: Coverage.Hamlet) -> String {
        var object = JSONObject()
        object.add("hamlet", hamlet.name)
        object.add("households", hamlet.households)
        object.add("visited", hamlet.visited)
        if let percent = hamlet.percent { object.add("percent", raw: String(percent)) }
        return object.text
    }

    private static func json(_ household: Coverage.Household) -> String {
        var object = JSONObject()
        object.add("hamlet", household.hamlet)
        object.add("guardian", household.guardian)
        object.add("pupils", array: household.pupils.map { pupil in
            var entry = JSONObject()
            entry.add("name", pupil.name)
            entry.add("class", pupil.className)
            entry.add("row", pupil.location.row)
            return entry.text
        }, multiline: false)
        return object.text
    }
}
