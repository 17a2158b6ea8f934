"""A pupil roster for generated returns (scripts/gen-returns), for scripts/bench-roster: one row per pupil of
90 % of the households (the other 10 % become returns not on the roster), sorted by class, plus a household
not visited for every 20 on the roster. Deterministic (seed 20180301). Reads and writes UTF-8 CSV.
usage: roster_from_returns.py RETURNS.csv ROSTER.csv"""

import csv
import random
import sys


def main(source, target):
    rng = random.Random(20180301)
    pupils = []
    with open(source, encoding="utf-8-sig", newline="") as returns:
        for number, row in enumerate(csv.DictReader(returns)):
            names = [name for name in row.get("学生姓名", "").replace("，", "、").split("、") if name]
            grades = row.get("就读年级", "").split("、")
            if not names or rng.random() < 0.10:
                continue
            for position, name in enumerate(names):
                grade = grades[position] if position < len(grades) else ""
                pupils.append((grade, name, row["自然社"], row["户主姓名"]))
            if number % 20 == 0:
                pupils.append(("一年级", "未访" + name, row["自然社"], "未访" + row["户主姓名"]))
    pupils.sort(key=lambda pupil: pupil[0])
    with open(target, "w", encoding="utf-8", newline="") as roster:
        writer = csv.writer(roster)
        writer.writerow(["班级", "学生姓名", "自然社", "监护人"])
        writer.writerows(pupils)


if __name__ == "__main__":
    main(*sys.argv[1:3])
