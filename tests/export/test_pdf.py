"""Review PDFs: text comes back out, long cells split across pages, terms and findings show."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pypdfium2
import pytest

from toolkit.errors import UsageError
from toolkit.export import export_pdf
from toolkit.export.fonts import load_fonts
from toolkit.export.markup import ConceptColors, highlight
from toolkit.export.pdf import PdfOptions, render_pdf
from toolkit.export.review import build_review
from toolkit.model import Catalog, Finding, Severity, Term, TermHit, TermStatus, Unit

KK_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def catalogs(n: int, long_unit: bool = False) -> list[Catalog]:
    kk, ru = [], []
    for i in range(n):
        src = f"The Assembly of the People of Kazakhstan met for the {i} time."
        kk.append(Unit(src, (f"Қазақстан халқы Ассамблеясы {i} рет жиналды: {KK_LETTERS}.",)
                       if i % 4 else ("",), locations=(f"sources/a.txt:{i + 1}",), line=i + 1))
        ru.append(Unit(src, (f"Ассамблея народа Казахстана собралась {i} раз.",),
                       flags=("fuzzy",) if i % 3 == 0 else (), line=i + 1))
    if long_unit:
        kk.append(Unit("long", (" ".join(f"сөз{i}" for i in range(3000)),), line=n + 1))
        ru.append(Unit("long", ("длинно",), line=n + 1))
    return [Catalog(tuple(kk), target_lang="kk", path="kk.po"),
            Catalog(tuple(ru), target_lang="ru", path="ru.po")]


def pdf_text(data: bytes) -> str:
    from io import BytesIO

    reader = pypdf.PdfReader(BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def find_assembly(text: str, lang: str) -> list[TermHit]:
    words = {"en": "Assembly", "kk": "Ассамблеясы", "ru": "Ассамблея"}[lang]
    i = text.find(words)
    return [TermHit(i, i + len(words), words, "apk", Term(words, lang))] if i >= 0 else []


def render(cats: list[Catalog], **kw: object) -> bytes:
    review = build_review(cats, source_lang="en", title="Review", **kw)  # type: ignore[arg-type]
    return render_pdf(review, load_fonts(), PdfOptions(date="2025-04-25",
                                                       show_findings="findings" in kw),
                      find_assembly).data


def test_every_unit_text_comes_back_with_kazakh_letters() -> None:
    cats = catalogs(12)
    text = pdf_text(render(cats))
    for unit in cats[0].units + cats[1].units:
        assert " ".join(unit.source.split()) in text
        if unit.target[0]:
            assert " ".join(unit.target[0].split()) in text
    assert KK_LETTERS in text
    assert "— untranslated —" in text and "FUZZY" in text


def test_page_count_grows_with_content() -> None:
    def pages(n: int) -> int:
        return render_pdf(build_review(catalogs(n), source_lang="en", title="t"), load_fonts(),
                          PdfOptions(date="d")).pages
    assert pages(5) < pages(60) < pages(200)


def test_a_cell_longer_than_a_page_is_split_not_cut() -> None:
    cats = catalogs(3, long_unit=True)
    review = build_review(cats, source_lang="en", title="t")
    rendered = render_pdf(review, load_fonts(), PdfOptions(date="d"))
    text = pdf_text(rendered.data)
    words = re.findall(r"сөз\d+", text)
    assert len(words) == 3000 and words[0] == "сөз0" and words[-1] == "сөз2999"
    assert rendered.pages >= 3


def test_terms_are_highlighted_with_one_colour_per_concept() -> None:
    colors = ConceptColors()
    en = highlight("The Assembly met", find_assembly("The Assembly met", "en"), colors)
    kk = highlight("Ассамблеясы жиналды", find_assembly("Ассамблеясы жиналды", "kk"), colors)
    color = colors("apk")
    assert f'<font backColor="{color}">Assembly</font>' in en
    assert f'<font backColor="{color}">Ассамблеясы</font>' in kk
    assert colors("other") != color
    bad = TermHit(4, 7, "ANC", "apk", Term("ANC", "en", TermStatus.DEPRECATED))
    assert "<strike>ANC</strike>" in highlight("The ANC <met>", [bad], ConceptColors())
    assert "&lt;met&gt;" in highlight("The ANC <met>", [bad], ConceptColors())
    # The concept colour is drawn in the PDF (an RGB fill, as reportlab writes it) only
    # when terms are found.
    review = build_review(catalogs(4), source_lang="en", title="t")
    r, g, b = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    fill = " ".join(f"{v:.6f}".rstrip("0").rstrip(".").lstrip("0") or "0"
                    for v in (r, g, b)).encode() + b" rg"

    def streams(data: bytes) -> bytes:
        from io import BytesIO

        reader = pypdf.PdfReader(BytesIO(data))
        return b"".join(page.get_contents().get_data() for page in reader.pages)

    with_terms = streams(render_pdf(review, load_fonts(), PdfOptions(date="d"), find_assembly).data)
    without = streams(render_pdf(review, load_fonts(), PdfOptions(date="d")).data)
    # (the legend on page 1 shows the first colour once in both documents)
    assert with_terms.count(fill) > without.count(fill) >= 1


def test_findings_beside_units_and_summary() -> None:
    cats = catalogs(6)
    finding = Finding("kk.po", 2, "kk", None, cats[0].units[1].source, "numbers", "NU001",
                      Severity.ERROR, "the number 15 000 is missing")
    text = pdf_text(render(cats, findings=[finding]))
    assert "the number 15 000 is missing" in text
    assert "Findings summary" in text and "numbers" in text


def test_missing_glyph_is_an_error_naming_the_character() -> None:
    cats = catalogs(2)
    units = list(cats[0].units)
    units[1] = Unit(units[1].source, ("Қазақ 漢字",), line=7)
    bad = Catalog(tuple(units), target_lang="kk", path="kk.po")
    with pytest.raises(UsageError, match=r"^kk.po:7: .*U\+6F22 CJK UNIFIED IDEOGRAPH-6F22"):
        render_pdf(build_review([bad], source_lang="en", title="t"), load_fonts(),
                   PdfOptions(date="d"))


def test_columns_and_metadata(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = export_pdf(catalogs(3), out, source_lang="en", title="Шолу", columns=["en", "kk"])
    assert result.columns == ("en", "kk")
    reader = pypdf.PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == "Шолу"
    assert reader.trailer["/Root"]["/Lang"] == "kk"
    assert "Russian" not in pdf_text(out.read_bytes())
    assert "page 1 of" in reader.pages[0].extract_text()
    with pytest.raises(UsageError, match="no catalog given has"):
        export_pdf(catalogs(3), out, source_lang="en", title="t", columns=["en", "de"])


def test_first_page_renders_to_an_image(tmp_path: Path) -> None:
    data = render(catalogs(10))
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=1).to_pil().convert("L")
    assert image.size[0] > 500
    histogram = image.histogram()
    dark = sum(histogram[:128])
    assert dark > 2000  # real text and lines were drawn, not a blank page
