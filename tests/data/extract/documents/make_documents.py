#!/usr/bin/env python3
"""Writes the PDF and DOCX extraction fixtures, byte for byte the same on every run.

PDFs are written object by object with the standard Helvetica font (no fonts embedded): a
running header and footer with page numbers on every page, prose set in lines with hyphens
where a word breaks, a paragraph that runs over a page break, and a scanned-like PDF whose only
page is a drawing (no text layer). DOCX files are zipped WordprocessingML with fixed timestamps.
Each fixture's body sentences are in NAME.body, its furniture in NAME.furniture.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- PDF

def pdf_string(text):
    data = text.encode("cp1252")
    out = []
    for b in data:
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def wrap(paragraph, width, hyphenate):
    """Greedy lines of at most `width` characters; with `hyphenate`, a long word that does not
    fit is broken with a hyphen at the line end, as typesetters do."""
    lines, line = [], ""
    for word in paragraph.split():
        candidate = word if not line else line + " " + word
        if len(candidate) <= width:
            line = candidate
            continue
        room = width - len(line) - 2
        if hyphenate and word.isalpha() and len(word) >= 8 and room >= 4 and len(word) - room >= 3:
            lines.append(line + " " + word[:room] + "-")
            line = word[room:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def write_pdf(path, info, pages):
    """pages: list of lists of (x, y, size, text) items."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)
    page_ids = []
    for items in pages:
        stream = []
        for x, y, size, text, is_bold in items:
            if text is None:  # a filled rectangle: the "scan"
                stream.append("0.6 g %d %d %d %d re f 0 g" % (x, y, size[0], size[1]))
                continue
            stream.append("BT /%s %d Tf %d %d Td %s Tj ET" % ("F2" if is_bold else "F1", size, x, y, pdf_string(text)))
        content = "\n".join(stream)
        content_id = add("<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content))
        page_ids.append(add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                            "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, content_id, font, bold)))
    assert add("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))) == pages_id
    catalog = add("<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_id = add("<< " + " ".join("/%s %s" % (k, pdf_string(v)) for k, v in info.items()) + " >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (number, body)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    for offset in offsets:
        out += ("%010d 00000 n \n" % offset).encode()
    out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info_id, xref)).encode()
    with open(path, "wb") as f:
        f.write(out)


def paged_document(title, paragraphs, header, footer, lines_per_page=34, width=88, hyphenate=True):
    """Lays out a title and paragraphs on A4 pages with a running header and footer."""
    pages, items, y = [], [], 780
    line_count = 0

    def new_page():
        nonlocal items, y, line_count
        if items:
            pages.append(items)
        items, y, line_count = [], 760, 0

    items.append((60, 800, 20, title, True))
    y = 760
    for paragraph in paragraphs:
        for line in wrap(paragraph, width, hyphenate):
            if line_count >= lines_per_page:
                new_page()
            items.append((60, y, 10, line, False))
            y -= 14
            line_count += 1
        y -= 10  # the space between paragraphs
    pages.append(items)
    total = len(pages)
    for number, page in enumerate(pages, 1):
        page.insert(0, (60, 815 if number > 1 else 830, 8, header, False))
        page.append((60, 40, 8, footer, False))
        page.append((520, 40, 8, "Page %d of %d" % (number, total), False))
    return pages


HARBOUR = [
    "The Harbour Authority today confirmed that dredging of the inner basin will begin on 3 March and last about eleven weeks.",
    "During the works the fishing fleet will moor at the temporary pontoons on the east quay, which were installed last autumn and have been inspected by an independent surveyor.",
    "Leisure craft will not be able to enter the basin at low water while the dredger is working. Skippers are asked to check the daily notice before setting out.",
    "The basin has not been dredged for nine years, and silt has reduced the depth at the entrance to less than two metres at the lowest tides.",
    "Chief executive Moira Campbell said the authority had listened to the fishing cooperative and moved the start date back by a fortnight so that the shellfish season would not be affected.",
    "The dredged material will be tested before it is taken out to the licensed disposal site. Any material that fails the tests will be treated on land instead.",
    "The total cost of the work is estimated at 1.8 million pounds, of which the regional development fund will pay sixty per cent.",
    "Residents of Quay Terrace may notice noise from the dredger between seven in the morning and seven in the evening on weekdays. No work is planned at weekends or on public holidays.",
    "A drop-in session for anyone with questions about the works will be held at the harbour office on 24 February between two and six in the afternoon.",
    "The authority expects the basin to be open to all vessels at every state of the tide by the end of May.",
]

COUNCIL = [
    "This report sets out the results of the public consultation on the proposed cycle lanes along Station Road and Mill Lane, which ran for eight weeks over the summer.",
    "In total the council received 1,412 responses, of which 1,108 came through the online questionnaire and the rest by post or at the three exhibition days held in the library.",
    "A majority of respondents supported a protected lane on Station Road, with sixty-two per cent in favour and twenty-nine per cent against the proposal.",
    "Support was lower for Mill Lane, where many residents were concerned about the loss of parking spaces outside the parade of shops near the primary school.",
    "Businesses on the parade told the council that most of their customers arrive on foot or by bus, but several owners said that deliveries would become more difficult.",
    "Officers recommend that the Station Road scheme goes ahead as consulted, with construction starting in the spring once the utility companies have finished their own works.",
    "For Mill Lane, officers recommend a revised design that keeps twelve of the nineteen parking spaces and adds a loading bay for deliveries before eleven in the morning.",
    "The revised design would be the subject of a further short consultation with residents and businesses on the lane before any decision is taken.",
    "The estimated cost of both schemes is 2.4 million pounds, which would be met in full from the national active travel grant awarded to the council in April.",
    "Committee members are asked to note the consultation results and to approve the recommendations set out in this report.",
]


def sentences(paragraphs):
    out = []
    for paragraph in paragraphs:
        parts = [p.strip() for p in paragraph.replace(". ", ".\n").split("\n")]
        out += [p for p in parts if p]
    return out


def write_pdfs():
    harbour_title = "Inner basin dredging to start in March"
    write_pdf(os.path.join(HERE, "harbour-release.pdf"),
              {"Title": harbour_title, "Author": "Harbour Authority press office",
               "CreationDate": "D:20250212093000Z", "Producer": "claimdiff fixture writer"},
              paged_document(harbour_title, HARBOUR, "Harbour Authority - Press release",
                             "For media enquiries call the press office", lines_per_page=11))
    council_title = "Cycle lanes consultation: results"
    write_pdf(os.path.join(HERE, "council-report.pdf"),
              {"Title": council_title, "Author": "Transport Committee",
               "CreationDate": "D:20231009140000+01'00'"},
              paged_document(council_title, COUNCIL, "Transport Committee - 9 October 2023 - Agenda item 6",
                             "OFFICIAL - for committee use", lines_per_page=10))
    # One page: nothing repeats, so only the page number at the foot can be told apart.
    write_pdf(os.path.join(HERE, "one-page.pdf"), {"Title": "A one-page notice"},
              paged_document("A one-page notice", HARBOUR[:3], "Harbour Authority - Notice",
                             "Printed on recycled paper", lines_per_page=40))
    write_pdf(os.path.join(HERE, "scanned.pdf"), {"Title": "Scanned letter"},
              [[(60, 100, (475, 650), None, False)]])
    for name, title, paragraphs, header, footer in [
        ("harbour-release", harbour_title, HARBOUR, "Harbour Authority - Press release",
         "For media enquiries call the press office"),
        ("council-report", council_title, COUNCIL, "Transport Committee - 9 October 2023 - Agenda item 6",
         "OFFICIAL - for committee use"),
    ]:
        with open(os.path.join(HERE, name + ".body"), "w") as f:
            f.write("\n".join([title] + sentences(paragraphs)) + "\n")
        with open(os.path.join(HERE, name + ".furniture"), "w") as f:
            f.write(header + "\n" + footer + "\nPage 1 of\nPage 2 of\n")


# ---------------------------------------------------------------- DOCX

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(runs, style=None):
    props = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return "<w:p>%s%s</w:p>" % (props, "".join(runs))


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(text)


def note_ref(kind, number):
    return '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:%sReference w:id="%d"/></w:r>' % (kind, number)


def write_docx(path, body, footnotes, core):
    document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body))
    notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for number, text in enumerate(footnotes, 1):
        notes.append('<w:footnote w:id="%d">%s</w:footnote>' % (number, para([run(text)])))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
        "word/document.xml": document,
        "word/footnotes.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>' % (W, "".join(notes)),
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>' % (esc(core["title"]), esc(core["creator"]), core["created"]),
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>%s</Company></Properties>' % esc(core["company"]),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def write_docx_fixtures():
    # A club's statement: title, paragraphs split into several runs, a footnote reference
    # inside a sentence, a table of fixtures, a deleted revision and a field code.
    body = [
        para([run("Statement on the closure of the North Stand")], "Title"),
        para([run("The club has closed the North Stand "), run("with immediate effect after engineers found corrosion in two of the roof supports."), note_ref("footnote", 1)]),
        para([run("Saturday's match against Hillside Rovers will go ahead with a reduced capacity of 6,200.")]),
        para([run("Season ticket holders from the North Stand will be offered seats in the family "), run("stand"), run(" or a refund for every match they miss.")]),
        '<w:tbl><w:tr><w:tc>%s</w:tc><w:tc>%s</w:tc></w:tr></w:tbl>' % (
            para([run("Repairs are expected to take at least six weeks.")]),
            para([run("The club will publish an update every Friday until the stand reopens.")])),
        para([run("The chairman said the safety of supporters came before everything else."),
              '<w:del w:id="7" w:author="Editor"><w:r><w:delText> He declined to blame the contractor.</w:delText></w:r></w:del>']),
        para(['<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
              run("Questions from supporters can be sent to the ticket office.")]),
    ]
    footnotes = ["The supports were last inspected in the close season, when no defects were recorded."]
    write_docx(os.path.join(HERE, "club-statement.docx"), body, footnotes,
               {"title": "Statement on the closure of the North Stand", "creator": "Club secretary",
                "created": "2024-01-19T16:05:00Z", "company": "Marsh Lane Football Club"})
    with open(os.path.join(HERE, "club-statement.body"), "w") as f:
        f.write("\n".join([
            "Statement on the closure of the North Stand",
            "The club has closed the North Stand with immediate effect after engineers found corrosion in two of the roof supports.",
            "Saturday's match against Hillside Rovers will go ahead with a reduced capacity of 6,200.",
            "Season ticket holders from the North Stand will be offered seats in the family stand or a refund for every match they miss.",
            "Repairs are expected to take at least six weeks.",
            "The club will publish an update every Friday until the stand reopens.",
            "The chairman said the safety of supporters came before everything else.",
            "Questions from supporters can be sent to the ticket office.",
            "[1] The supports were last inspected in the close season, when no defects were recorded.",
        ]) + "\n")
    with open(os.path.join(HERE, "club-statement.furniture"), "w") as f:
        f.write("He declined to blame the contractor.\nDATE\n")

    # A ministry's reply: headings, numbered points, two footnotes and a soft line break.
    body = [
        para([run("Reply to the committee on rural bus services")], "Heading1"),
        para([run("The department thanks the committee for its report and accepts eleven of its fourteen recommendations."), note_ref("footnote", 1)]),
        para([run("Funding for rural routes will rise by four per cent next year,"), '<w:r><w:br/></w:r>', run("and the formula used to share it between regions will be reviewed.")]),
        para([run("Recommendations accepted")], "Heading2"),
        para([run("Operators will be required to publish punctuality figures for every route each quarter.")], "ListParagraph"),
        para([run("Demand-responsive services will be piloted in three counties from the autumn.")], "ListParagraph"),
        para([run("Recommendations not accepted")], "Heading2"),
        para([run("The department does not agree that fares should be capped at one pound, as the cost would fall on other services."), note_ref("footnote", 2)]),
        para([]),
        para([run("A full response to each recommendation is given in the annex.")]),
    ]
    footnotes = ["The committee's report was published on 12 June.",
                 "The estimated cost of a one-pound cap is given in the annex."]
    write_docx(os.path.join(HERE, "ministry-reply.docx"), body, footnotes,
               {"title": "Reply to the committee on rural bus services", "creator": "Department for Transport Links",
                "created": "2023-09-04T10:00:00Z", "company": "Department for Transport Links"})
    with open(os.path.join(HERE, "ministry-reply.body"), "w") as f:
        f.write("\n".join([
            "Reply to the committee on rural bus services",
            "The department thanks the committee for its report and accepts eleven of its fourteen recommendations.",
            "Funding for rural routes will rise by four per cent next year, and the formula used to share it between regions will be reviewed.",
            "Recommendations accepted",
            "Operators will be required to publish punctuality figures for every route each quarter.",
            "Demand-responsive services will be piloted in three counties from the autumn.",
            "Recommendations not accepted",
            "The department does not agree that fares should be capped at one pound, as the cost would fall on other services.",
            "A full response to each recommendation is given in the annex.",
            "[1] The committee's report was published on 12 June.",
            "[2] The estimated cost of a one-pound cap is given in the annex.",
        ]) + "\n")
    with open(os.path.join(HERE, "ministry-reply.furniture"), "w") as f:
        f.write("")


def write_broken_docx():
    """A DOCX whose text holds a byte that is not UTF-8, as a damaged or forged file might."""
    document = ('<?xml version="1.0" encoding="UTF-8"?>\n<w:document %s><w:body><w:p><w:r><w:t>Caf' % W).encode()
    document += b"\xe9 au lait</w:t></w:r></w:p></w:body></w:document>"
    with zipfile.ZipFile(os.path.join(HERE, "not-utf8.docx"), "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("word/document.xml", date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, document)


write_pdfs()
write_docx_fixtures()
write_broken_docx()
