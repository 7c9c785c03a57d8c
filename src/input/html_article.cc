// Article extraction from a gumbo tree: prune what is never article text, score the rest.
#include "input/html_article.h"
#include "common/ascii.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "input/html_dom.h"
#include "input/iso_date.h"
#include "input/paragraph_text.h"

namespace claimdiff {
namespace {

// Tags that never hold article prose.
bool IsNeverProseTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

// class and id words that mark page furniture, matched as whole words ("ad" but not "head").
const std::unordered_set<std::string>& NegativeWords() {
  static const std::unordered_set<std::string> kWords = {
      "ad",          "ads",        "adv",         "advert",       "adverts", "advertisement", "advertising",
      "banner",      "breadcrumb", "breadcrumbs", "byline",       "bylines", "caption",       "captions",
      "credit",      "credits",    "consent",     "cookie",       "cookies", "gdpr",          "footer",
      "header",      "masthead",   "menu",        "meta",         "modal",   "nav",           "navbar",
      "navigation",  "newsletter", "popular",     "popup",        "promo",   "promotion",     "recirc",
      "recommended", "related",    "share",       "sharing",      "sidebar", "signup",        "social",
      "sponsor",     "sponsored",  "subscribe",   "subscription", "toolbar", "trending",      "widget",
      "author",      "bio",        "dateline",    "timestamp",    "date",    "skip",          "hidden",
      "pagination",  "pager",      "tools",       "more",         "tags",    "tag",           "topics",
      "print",       "outbrain",   "taboola",     "disqus",       "comment", "comments",      "reply",
      "replies",     "sr",         "visually",    "offscreen",    "teaser",  "teasers",       "also",
      "mostread",    "most",       "follow",      "embed",        "photo",   "gallery",       "video",
      "overlay",     "alert",      "notice",      "paywall",      "login",   "search",        "interstitial"};
  return kWords;
}

// Compound class names that hold such a word without a separator ("relatedStories").
constexpr std::string_view kNegativeParts[] = {"comment",  "related",    "cookie",   "newsletter", "advert",  "sidebar",
                                               "social",   "breadcrumb", "taboola",  "outbrain",   "disqus",  "promo",
                                               "sponsor",  "subscribe",  "share",    "byline",     "caption", "consent",
                                               "readmore", "recommend",  "trending", "footer",     "masthead"};

// Words whose element is dropped even when it holds most of the page's prose: a comment thread
// can be longer than the article it follows.
bool IsCommentWord(const std::string& word) {
  return word.find("comment") != std::string::npos || word == "disqus" || word == "reply" || word == "replies";
}

std::vector<std::string> Words(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Whether an element's class, id or role names furniture; `comment` tells if it is a comment one.
bool NamesFurniture(const GumboNode* node, bool* comment) {
  std::string names(Attr(node, "class"));
  names += ' ';
  names += Attr(node, "id");
  bool furniture = false;
  for (const std::string& word : Words(names)) {
    bool negative = NegativeWords().count(word) > 0;
    for (std::string_view part : kNegativeParts) {
      if (!negative && word.size() > part.size() && word.find(part) != std::string::npos) negative = true;
    }
    if (negative) {
      furniture = true;
      if (IsCommentWord(word)) *comment = true;
    }
  }
  static const std::unordered_set<std::string> kRoles = {"navigation", "complementary", "contentinfo", "banner",
                                                         "dialog",     "alertdialog",   "search",      "menu",
                                                         "menubar",    "toolbar",       "alert",       "note"};
  if (kRoles.count(AsciiLower(Attr(node, "role"))) > 0) furniture = true;
  return furniture;
}

bool IsHidden(const GumboNode* node) {
  if (HasAttr(node, "hidden") || AsciiLower(Attr(node, "aria-hidden")) == "true") return true;
  std::string style = AsciiLower(Attr(node, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

// Short paragraphs that are page furniture wherever they stand.
bool IsFurnitureText(const std::string& text) {
  if (text.size() > 160) return false;
  const std::string lower = AsciiLower(text);
  static constexpr std::string_view kStarts[] = {"advertisement",
                                                 "advertising",
                                                 "read more",
                                                 "read next",
                                                 "read also",
                                                 "more:",
                                                 "related:",
                                                 "see also",
                                                 "share this",
                                                 "share on",
                                                 "share:",
                                                 "follow us",
                                                 "sign up",
                                                 "subscribe",
                                                 "skip to",
                                                 "continue reading",
                                                 "click here",
                                                 "photo:",
                                                 "photograph:",
                                                 "photos:",
                                                 "image:",
                                                 "picture:",
                                                 "credit:",
                                                 "photo by",
                                                 "photo via",
                                                 "image via",
                                                 "image by",
                                                 "image credit",
                                                 "photo credit",
                                                 "illustration:",
                                                 "illustration by",
                                                 "watch:",
                                                 "listen:",
                                                 "copyright",
                                                 "\xC2\xA9",
                                                 "all rights reserved",
                                                 "more from",
                                                 "most read",
                                                 "recommended",
                                                 "you may also like",
                                                 "you might also like",
                                                 "sponsored",
                                                 "newsletter",
                                                 "we use cookies",
                                                 "this site uses cookies",
                                                 "accept cookies",
                                                 "comments",
                                                 "leave a comment",
                                                 "post a comment",
                                                 "loading",
                                                 "back to top",
                                                 "top stories",
                                                 "related stories",
                                                 "related articles",
                                                 "more stories",
                                                 "trending",
                                                 "tags:",
                                                 "topics:",
                                                 "filed under",
                                                 "posted in",
                                                 "posted on",
                                                 "filed ",
                                                 "last updated",
                                                 "by ",
                                                 "updated ",
                                                 "published "};
  for (std::string_view start : kStarts) {
    if (lower.compare(0, start.size(), start) != 0) continue;
    // "Subscribers said ..." is not "Subscribe": a word must end where the start does.
    const bool word_start = std::isalpha(static_cast<unsigned char>(start.back())) != 0;
    if (word_start && lower.size() > start.size() && std::isalnum(static_cast<unsigned char>(lower[start.size()]))) {
      continue;
    }
    // "By the time ..." and "Comments from the minister ..." are prose: only short lines count.
    const std::size_t limit = start.back() == ':' ? 160 : start.back() == ' ' ? 60 : 100;
    if (text.size() <= limit) return true;
  }
  static constexpr std::string_view kWhole[] = {"share", "tweet",    "email", "print",  "menu",  "search", "close",
                                                "next",  "previous", "home",  "log in", "login", "reply"};
  for (std::string_view whole : kWhole) {
    if (lower == whole) return true;
  }
  return false;
}

// A line that is only a date ("14 January 2016", "Filed 2016-01-14"): a dateline, not prose.
bool IsDateLine(const std::string& line) {
  if (line.size() < 32 && !IsoDate(line).empty()) return true;
  // A clock time alone ("09:12", "9.40am"), as live blogs stamp their entries.
  if (line.size() > 9 || line.find_first_of(":.") == std::string::npos) return false;
  std::string rest = line;
  for (const char* suffix : {"am", "pm", "AM", "PM", " am", " pm"}) {
    if (rest.size() > 2 && rest.compare(rest.size() - std::strlen(suffix), std::string::npos, suffix) == 0) {
      rest.erase(rest.size() - std::strlen(suffix));
      break;
    }
  }
  return std::all_of(rest.begin(), rest.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.'; });
}

// Marks <br> in gathered text; whitespace collapsing leaves it alone.
constexpr char kLineBreak = '\x01';

class Extractor {
 public:
  explicit Extractor(const GumboNode* root) : root_(root) {}

  std::vector<std::string> Run(const std::string& fallback_title) {
    total_prose_ = ProseLength(root_);
    const GumboNode* headline = FindHeadline();
    std::vector<const GumboNode*> body = FindBody();
    const GumboNode* standfirst = FindStandfirst(headline, body);
    std::vector<std::string> paragraphs;
    std::string headline_text = headline != nullptr ? TextOf(headline) : CollapseSpaces(fallback_title);
    if (!headline_text.empty()) paragraphs.push_back(headline_text);
    if (standfirst != nullptr) {
      std::string text = TextOf(standfirst);
      if (!text.empty() && !IsFurnitureText(text)) paragraphs.push_back(text);
    }
    skip_ = {headline, standfirst};
    for (const GumboNode* node : body) Emit(node, &paragraphs);
    Flush(&paragraphs);
    // A body that repeats the headline or standfirst first (a second <h1>, a lead paragraph).
    for (std::size_t i = 1; i < paragraphs.size() && i < 4;) {
      bool repeat = std::find(paragraphs.begin(), paragraphs.begin() + static_cast<long>(i), paragraphs[i]) !=
                    paragraphs.begin() + static_cast<long>(i);
      if (repeat)
        paragraphs.erase(paragraphs.begin() + static_cast<long>(i));
      else
        ++i;
    }
    return paragraphs;
  }

 private:
  // Length of the text an element holds itself, in text nodes that are its children: the prose
  // of a <div> written with <br> instead of <p>.
  static std::size_t DirectTextLength(const GumboNode* node) {
    std::size_t length = 0;
    const GumboVector* children = Children(node);
    for (unsigned i = 0; children != nullptr && i < children->length; ++i) {
      const GumboNode* child = Child(children, i);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        length += CollapseSpaces(child->v.text.text).size();
      }
    }
    return length;
  }

  static bool IsScriptLike(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
           tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HEAD;
  }

  // Length of paragraph text below `node` (<p>, and text standing directly in other elements):
  // how much prose it holds.
  std::size_t ProseLength(const GumboNode* node) {
    if (!IsElement(node) && node->type != GUMBO_NODE_DOCUMENT) return 0;
    auto cached = prose_.find(node);
    if (cached != prose_.end()) return cached->second;
    std::size_t length = 0;
    if (IsElement(node) && IsScriptLike(node)) {
      length = 0;
    } else if (IsElement(node) && node->v.element.tag == GUMBO_TAG_P) {
      length = TextOf(node).size();
    } else if (const GumboVector* children = Children(node)) {
      length = IsElement(node) ? DirectTextLength(node) : 0;
      for (unsigned i = 0; i < children->length; ++i) length += ProseLength(Child(children, i));
    }
    prose_[node] = length;
    return length;
  }

  static const GumboNode* Child(const GumboVector* children, unsigned i) {
    return static_cast<const GumboNode*>(children->data[i]);
  }

  // Page furniture: by tag, by being hidden, or by class/id/role, unless (for all but comment
  // threads) the element holds most of the page's prose, as an article wrapper named
  // "post has-comments" does.
  bool IsFurniture(const GumboNode* node) {
    auto cached = furniture_.find(node);
    if (cached != furniture_.end()) return cached->second;
    bool furniture = false;
    const GumboTag tag = node->v.element.tag;
    if (IsNeverProseTag(tag) || IsHidden(node)) {
      furniture = true;
    } else if (tag == GUMBO_TAG_UNKNOWN) {
      // Tags newer than gumbo's table, and AMP's components (amp-ad, amp-img, amp-sidebar ...).
      const std::string name = TagName(node);
      furniture = name.rfind("amp-", 0) == 0 || name == "picture" || name == "dialog" || name == "search";
    } else if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML) {
      bool comment = false;
      if (NamesFurniture(node, &comment)) furniture = comment || ProseLength(node) * 2 <= total_prose_;
    }
    furniture_[node] = furniture;
    return furniture;
  }

  // Text of `node` without its furniture, and how much of it is link text.
  void VisibleText(const GumboNode* node, bool in_link, std::string* text, std::size_t* link_chars) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      *text += node->v.text.text;
      if (in_link) *link_chars += std::string_view(node->v.text.text).size();
      return;
    }
    if (!IsElement(node) || IsFurniture(node)) return;
    if (node->v.element.tag == GUMBO_TAG_BR) *text += ' ';
    const bool link = in_link || node->v.element.tag == GUMBO_TAG_A;
    const GumboVector* children = Children(node);
    for (unsigned i = 0; i < children->length; ++i) VisibleText(Child(children, i), link, text, link_chars);
  }

  double LinkDensity(const GumboNode* node) {
    std::string text;
    std::size_t links = 0;
    VisibleText(node, false, &text, &links);
    return text.empty() ? 0 : static_cast<double>(links) / static_cast<double>(text.size());
  }

  // The main <h1>: inside the first <article> or <main> if there is one there, else the first.
  const GumboNode* FindHeadline() {
    const GumboNode* first = nullptr;
    const GumboNode* in_article = nullptr;
    std::function<void(const GumboNode*, bool)> walk = [&](const GumboNode* node, bool article) {
      if (in_article != nullptr) return;
      if (IsElement(node)) {
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE ||
            tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_TEMPLATE || IsHidden(node)) {
          return;
        }
        if (tag == GUMBO_TAG_H1 && !TextOf(node).empty()) {
          if (first == nullptr) first = node;
          if (article) in_article = node;
          return;
        }
        article = article || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
      }
      if (const GumboVector* children = Children(node)) {
        for (unsigned i = 0; i < children->length; ++i) walk(Child(children, i), article);
      }
    };
    walk(root_, false);
    return in_article != nullptr ? in_article : first;
  }

  // The standfirst: an element named so (or itemprop=description), else the paragraph or <h2>
  // right after the headline, when it is not part of the body.
  const GumboNode* FindStandfirst(const GumboNode* headline, const std::vector<const GumboNode*>& body) {
    static const std::unordered_set<std::string> kNames = {
        "standfirst", "dek",     "deck",      "subhead",     "subheading", "subtitle", "summary",     "lede",
        "intro",      "excerpt", "strapline", "description", "abstract",   "sell",     "subheadline", "kicker-text"};
    auto in_body = [&](const GumboNode* node) {
      for (const GumboNode* up = node; up != nullptr; up = up->parent) {
        if (std::find(body.begin(), body.end(), up) != body.end()) return true;
      }
      return false;
    };
    const GumboNode* found = nullptr;
    bool after_headline = headline == nullptr;
    ForEachElement(root_, [&](const GumboNode* node) {
      if (found != nullptr) return false;
      const GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_SCRIPT ||
          IsHidden(node)) {
        return false;
      }
      if (node == headline) {
        after_headline = true;
        return false;
      }
      if (!after_headline || in_body(node)) return true;
      bool named = AsciiLower(Attr(node, "itemprop")) == "description" ||
                   AsciiLower(Attr(node, "itemprop")) == "alternativeheadline";
      for (const std::string& word : Words(std::string(Attr(node, "class")) + " " + std::string(Attr(node, "id")))) {
        if (kNames.count(word) > 0) named = true;
      }
      if (named && tag != GUMBO_TAG_META && !TextOf(node).empty()) {
        found = node;
        return false;
      }
      return true;
    });
    if (found != nullptr || headline == nullptr) return found;
    // The element right after the headline, when it is a short paragraph or subheading.
    const GumboNode* parent = headline->parent;
    const GumboVector* siblings = Children(parent);
    for (unsigned i = headline->index_within_parent + 1; siblings != nullptr && i < siblings->length; ++i) {
      const GumboNode* next = Child(siblings, i);
      if (!IsElement(next)) continue;
      const GumboTag tag = next->v.element.tag;
      if ((tag == GUMBO_TAG_P || tag == GUMBO_TAG_H2) && !in_body(next) && !IsFurniture(next)) {
        std::string text = TextOf(next);
        if (text.size() >= 30 && text.size() <= 400 && !IsFurnitureText(text)) return next;
      }
      break;
    }
    return nullptr;
  }

  // The body: itemprop=articleBody if the page marks it, else the best-scored container of
  // paragraphs and the siblings that continue it.
  std::vector<const GumboNode*> FindBody() {
    const GumboNode* marked = nullptr;
    ForEachElement(root_, [&](const GumboNode* node) {
      if (marked != nullptr) return false;
      if (AsciiLower(Attr(node, "itemprop")) == "articlebody" && !IsFurniture(node)) marked = node;
      return true;
    });
    if (marked != nullptr) return {marked};

    std::unordered_map<const GumboNode*, double> score;
    std::vector<const GumboNode*> order;
    ForEachElement(root_, [&](const GumboNode* node) {
      if (IsFurniture(node)) return false;
      const GumboTag tag = node->v.element.tag;
      const bool paragraph =
          tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_BLOCKQUOTE;
      std::string text;
      if (paragraph) {
        std::size_t links = 0;
        VisibleText(node, false, &text, &links);
      } else if (IsScriptLike(node)) {
        return false;
      } else if (DirectTextLength(node) >= 25) {
        // Text standing in a <div> (lines split by <br>): scored as the paragraphs it would be.
        const GumboVector* children = Children(node);
        for (unsigned i = 0; i < children->length; ++i) {
          const GumboNode* child = Child(children, i);
          if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) text += child->v.text.text;
        }
      } else {
        return true;
      }
      text = CollapseSpaces(text);
      if (text.size() < 25) return !paragraph;
      double points = 1 + static_cast<double>(std::count(text.begin(), text.end(), ',')) +
                      std::min(static_cast<double>(text.size()) / 100.0, 3.0);
      // A paragraph scores its parent and grandparent; text standing in an element scores the
      // element itself first.
      const GumboNode* parent = paragraph ? node->parent : node;
      for (double share : {1.0, 0.5}) {
        if (parent == nullptr || !IsElement(parent)) break;
        if (score.find(parent) == score.end()) order.push_back(parent);
        score[parent] += points * share;
        parent = parent->parent;
      }
      return !paragraph;  // an element's own text does not hide the paragraphs inside it
    });
    const GumboNode* best = nullptr;
    double best_score = 0;
    for (const GumboNode* candidate : order) {
      double value = score[candidate] * (1 - LinkDensity(candidate));
      score[candidate] = value;
      if (value > best_score) {
        best = candidate;
        best_score = value;
      }
    }
    if (best == nullptr) {
      // No paragraph long enough to score (a short note, a page of one-liners): the whole body.
      const GumboNode* body = nullptr;
      ForEachElement(root_, [&](const GumboNode* node) {
        if (node->v.element.tag == GUMBO_TAG_BODY) body = node;
        return body == nullptr;
      });
      return body != nullptr ? std::vector<const GumboNode*>{body} : std::vector<const GumboNode*>{};
    }
    std::vector<const GumboNode*> body;
    const GumboNode* parent = best->parent;
    const GumboVector* siblings = parent != nullptr ? Children(parent) : nullptr;
    if (siblings == nullptr || best->v.element.tag == GUMBO_TAG_BODY) return {best};
    const double threshold = std::max(10.0, best_score * 0.2);
    for (unsigned i = 0; i < siblings->length; ++i) {
      const GumboNode* sibling = Child(siblings, i);
      if (!IsElement(sibling) || IsFurniture(sibling)) continue;
      bool take = sibling == best;
      auto it = score.find(sibling);
      if (!take && it != score.end() && it->second >= threshold) take = true;
      if (!take && sibling->v.element.tag == GUMBO_TAG_P) {
        std::string text = TextOf(sibling);
        double links = LinkDensity(sibling);
        take = (text.size() > 80 && links < 0.25) || (links == 0 && text.size() > 20 && text.back() == '.');
      }
      if (take) body.push_back(sibling);
    }
    return body;
  }

  void Emit(const GumboNode* node, std::vector<std::string>* out) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      std::string_view text = node->v.text.text;
      buffer_ += text;
      if (in_link_ > 0) link_chars_ += text.size();
      if (node->type != GUMBO_NODE_WHITESPACE) breaks_ = 0;
      return;
    }
    if (!IsElement(node) || IsFurniture(node)) return;
    if (std::find(skip_.begin(), skip_.end(), node) != skip_.end()) {
      Flush(out);
      return;
    }
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      // One line break starts a line of the paragraph; two end it.
      if (++breaks_ >= 2)
        Flush(out);
      else
        buffer_ += kLineBreak;
      return;
    }
    const bool block = IsBlockTag(tag);
    if (block) Flush(out);
    if (tag == GUMBO_TAG_A) ++in_link_;
    const GumboVector* children = Children(node);
    for (unsigned i = 0; i < children->length; ++i) Emit(Child(children, i), out);
    if (tag == GUMBO_TAG_A) --in_link_;
    if (block) Flush(out);
  }

  // Ends the paragraph being gathered: kept unless it is mostly links or furniture; its lines
  // (from <br>) are judged one by one, so a dateline under a headline goes and the headline stays.
  void Flush(std::vector<std::string>* out) {
    const double links = buffer_.empty() ? 0 : static_cast<double>(link_chars_) / static_cast<double>(buffer_.size());
    std::string_view rest = buffer_;
    std::string text;
    while (!rest.empty()) {
      std::size_t end = rest.find(kLineBreak);
      std::string line = CollapseSpaces(rest.substr(0, end));
      rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
      if (line.empty() || IsFurnitureText(line) || IsDateLine(line)) continue;
      if (!text.empty()) text += '\n';
      text += line;
    }
    buffer_.clear();
    link_chars_ = 0;
    breaks_ = 0;
    if (text.empty() || links > 0.5) return;
    out->push_back(std::move(text));
  }

  const GumboNode* root_;
  std::size_t total_prose_ = 0;
  std::unordered_map<const GumboNode*, std::size_t> prose_;
  std::unordered_map<const GumboNode*, bool> furniture_;
  std::vector<const GumboNode*> skip_;
  std::string buffer_;
  std::size_t link_chars_ = 0;
  int in_link_ = 0;
  int breaks_ = 0;
};

}  // namespace

std::vector<std::string> ExtractArticle(const GumboNode* root, const std::string& fallback_title) {
  return Extractor(root).Run(fallback_title);
}

}  // namespace claimdiff
