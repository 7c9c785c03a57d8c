#!/usr/bin/env python3
"""Makes the seed pair as web pages: samples/sony-*.txt laid out as two news sites would.

Every line of the text becomes article text (headline, standfirst, paragraphs), except the lines
that are page furniture in the text too (a newsletter prompt, reading time, "Photo via Flickr",
"Read more here." teasers, a follow prompt), which go where a site puts them. Site furniture the
text does not have is added around the article: navigation, scripts, a cookie banner, related
stories, comments and a footer. Run from anywhere; writes sony-cnet.html and sony-vice.html here.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "..", "..", "..", "samples")

# Where each furniture line of the text goes on the page.
FURNITURE = {
    "Want CNET to notify you of price drops and the latest stories?":
        '<div class="notification-prompt" role="dialog"><p>{}</p><button>Accept</button></div>',
    "3 min read": '<div class="article-meta"><span class="reading-time">{}</span></div>',
    "This story is over 5 years old.": '<div class="archive-notice">{}</div>',
    "Photo via Flickr": '<figure><img src="x.jpg" alt=""><figcaption>{}</figcaption></figure>',
    "Follow Meredith Hoffman on Twitter:@merhoffman": '<div class="author-follow">{}</div>',
}


def furniture(line):
    if line in FURNITURE:
        return FURNITURE[line].format(html.escape(line, quote=False))
    if line.endswith("Read more here."):
        teaser = html.escape(line[: -len("Read more here.")].strip(), quote=False)
        return f'<aside class="inline-related"><a href="/more">{teaser} Read more here.</a></aside>'
    return None


def page(lines, site, meta):
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(lines_headline(lines))} - {site}</title>",
        f'<meta property="og:site_name" content="{site}">',
        f'<meta name="author" content="{meta["author"]}">',
        f'<meta property="article:published_time" content="{meta["date"]}">',
        "<style>body{font-family:sans-serif}</style>",
        '<script>window.analytics = {track: function () { return "Read more"; }};</script>',
        "</head><body>",
        '<header class="site-header"><a href="/">' + site + "</a><nav><ul><li><a href=\"/news\">News</a></li>"
        '<li><a href="/tech">Tech</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>',
        '<div id="cookie-banner">We use cookies to improve your experience. <button>OK</button></div>',
        "<main><article>",
    ]
    role = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        placed = furniture(line)
        if placed is not None:
            out.append(placed)
            continue
        text = html.escape(line, quote=False)
        if role == 0:
            out.append(f"<header><h1>{text}</h1>")
        elif role == 1:
            out.append(f'<p class="standfirst">{text}</p>')
            out.append(f'<p class="byline">By {meta["author"]} <time datetime="{meta["date"]}">{meta["date"][:10]}</time></p></header>')
            out.append('<div class="article-body">')
        else:
            out.append(f"<p>{text}</p>")
            if role == 4:
                out.append('<div class="ad-slot"><p>Advertisement</p></div>')
        role += 1
    out += [
        "</div></article>",
        '<section class="related-stories"><h2>Related stories</h2><ul>'
        '<li><a href="/a">Studio weighs online release of the comedy after cinemas balk at showing it</a></li>'
        '<li><a href="/b">Security researchers question how the attackers got into the network</a></li></ul></section>',
        '<section id="comments"><h2>Comments</h2><div class="comment"><p>I do not believe a word of either '
        "statement, and I have followed this story since the first leak.</p></div></section>",
        "</main>",
        '<footer><p>Copyright 2014 ' + site + ". All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>",
        "</body></html>",
    ]
    return "\n".join(out) + "\n"


def lines_headline(lines):
    for line in lines:
        line = line.strip()
        if line and furniture(line) is None:
            return line
    return ""


for name, site, meta in [
    ("sony-cnet", "CNET", {"author": "Chris Matyszczyk", "date": "2014-12-20T09:15:00-08:00"}),
    ("sony-vice", "VICE", {"author": "Meredith Hoffman", "date": "2014-12-20T12:00:00-05:00"}),
]:
    with open(os.path.join(SAMPLES, name + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page(lines, site, meta))
