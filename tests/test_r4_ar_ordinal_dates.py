"""Arabic day numbers written as ordinals ("في العاشر من مارس"), and a day and month with
"الماضي"/"next" resolved to the year on that side of the anchor."""

from communique.api import extract
from communique.dates.absolute import find_partial_dates


def test_ordinal_days_before_a_month():
    [p] = list(find_partial_dates("أعلنت الدول الثلاث في العاشر من مارس/آذار التوصل إلى اتفاق"))
    assert (p.kind, p.month, p.day) == ("daymonth", 3, 10)
    [p] = list(find_partial_dates("وصل إلى القاهرة في الحادي والعشرين من شهر سبتمبر"))
    assert (p.month, p.day) == (9, 21)


def test_an_ordinal_day_with_last_keeps_its_modifier_and_its_day():
    [p] = list(find_partial_dates("زار القاهرة في الرابع عشر من فبراير الماضي، والتقى"))
    assert (p.kind, p.month, p.day, p.modifier) == ("daymonth", 2, 14, -1)


def test_a_last_day_and_month_is_before_the_anchor_even_when_the_next_one_is_nearer():
    text = ("لقاء سابق\n\nالقاهرة - الأربعاء 4 سبتمبر 2024\n\n"
            "وكان الرئيس رجب طيب أردوغان قد التقى الرئيس عبد الفتاح السيسي في القاهرة في الرابع عشر من فبراير الماضي.")
    [r] = extract(text, published="2024-09-04", lang="ar")
    # 14 Feb 2025 is nearer to 4 Sep 2024 than 14 Feb 2024, but "الماضي" says the one before
    dates = [v["date"] for v in r["events"] if v["type"] == "CONSULT"]
    assert dates == ["2024-02-14"]
