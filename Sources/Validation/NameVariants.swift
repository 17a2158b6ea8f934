/// Traditional (or variant) and simplified forms of characters common in names, so that 陳國華 and 陈国华
/// read as one name. Data, not rules: each pair is variant then simplified form. A teacher typing a
/// name on a traditional-Chinese input method, or copying it from an old register, gives these forms.
enum NameVariants {
    private static let pairs = """
        張张 陳陈 劉刘 黃黄 趙赵 楊杨 吳吴 鄭郑 馬马 孫孙 許许 鄧邓 馮冯 蕭萧 羅罗 葉叶 蘇苏 盧卢 蔣蒋 賈贾 \
        韓韩 譚谭 龍龙 錢钱 湯汤 嚴严 顏颜 陸陆 鐘钟 鍾钟 魯鲁 閆闫 閻阎 聶聂 鄒邹 龔龚 賴赖 歐欧 \
        華华 國国 偉伟 軍军 紅红 麗丽 蘭兰 鳳凤 雲云 東东 寶宝 興兴 榮荣 貴贵 順顺 發发 義义 勝胜 傑杰 強强 \
        紀纪 劍剑 靜静 鵬鹏 濤涛 輝辉 書书 學学 貞贞 鳴鸣 進进 剛刚 維维 時时 雙双 愛爱 豔艳 艷艳 嬌娇 瑩莹 \
        潔洁 億亿 萬万 達达 壽寿 權权 亞亚 廣广 慶庆 蓮莲 園园 長长 門门 錦锦 銀银 鐵铁 會会 連连 從从 \
        歡欢 飛飞 曉晓 穎颖 嵐岚
        """

    /// Every variant is one scalar, so folding works on scalars: hashing a `Character` normalises it first.
    private static let simplified: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for pair in pairs.split(separator: " ") {
            let scalars = Array(pair.unicodeScalars)
            guard scalars.count == 2 else { continue }
            table[scalars[0]] = scalars[1]
        }
        return table
    }()

    /// The name with every known variant character replaced by its simplified form; most names hold none
    /// and come back as they are.
    static func fold(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { simplified[$0] != nil }) else { return name }
        var folded = String.UnicodeScalarView()
        folded.append(contentsOf: name.unicodeScalars.map { simplified[$0] ?? $0 })
        return String(folded)
    }
}
