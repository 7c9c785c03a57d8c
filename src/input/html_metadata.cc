// HTML metadata from <meta>, JSON-LD, microdata and the visible byline.
#include "input/html_metadata.h"
#include "common/ascii.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "input/html_dom.h"
#include "input/iso_date.h"
#include "input/paragraph_text.h"

namespace claimdiff {
namespace {

using nlohmann::json;

bool LooksLikeUrl(std::string_view s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

// "By Jane Doe and John Roe" -> "Jane Doe and John Roe".
std::string WithoutBy(std::string text) {
  text = CollapseSpaces(text);
  for (std::string_view prefix : {"by:", "by ", "words by ", "written by ", "text by ", "reporting by ", "story by "}) {
    if (AsciiLower(text.substr(0, prefix.size())) == prefix) return CollapseSpaces(text.substr(prefix.size()));
  }
  return text;
}

// Everything the page states, gathered in one walk; the choice between them is made after.
struct Candidates {
  std::string og_title, twitter_title, ld_headline, h1, title_tag;
  std::string og_site, ld_publisher, application_name;
  std::string meta_author, ld_author, rel_author, byline_element;
  std::string meta_published, ld_published, itemprop_published, named_date, time_published, time_first;
};

std::string PersonNames(const json& author) {
  if (author.is_string()) return author.get<std::string>();
  if (author.is_object()) {
    auto name = author.find("name");
    return name != author.end() && name->is_string() ? name->get<std::string>() : "";
  }
  if (author.is_array()) {
    std::string names;
    for (const json& one : author) {
      std::string name = PersonNames(one);
      if (name.empty()) continue;
      if (!names.empty()) names += ", ";
      names += name;
    }
    return names;
  }
  return "";
}

bool IsArticleType(const json& type) {
  static constexpr const char* kTypes[] = {"Article",
                                           "NewsArticle",
                                           "BlogPosting",
                                           "ReportageNewsArticle",
                                           "AnalysisNewsArticle",
                                           "OpinionNewsArticle",
                                           "ReviewNewsArticle",
                                           "BackgroundNewsArticle",
                                           "Report",
                                           "ScholarlyArticle",
                                           "TechArticle",
                                           "LiveBlogPosting",
                                           "SocialMediaPosting",
                                           "WebPage"};
  if (type.is_array()) {
    for (const json& one : type) {
      if (IsArticleType(one)) return true;
    }
    return false;
  }
  if (!type.is_string()) return false;
  const std::string name = type.get<std::string>();
  for (const char* known : kTypes) {
    if (name == known) return true;
  }
  return false;
}

std::string StringField(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// Articles take precedence over the WebPage that holds them.
void ReadJsonLd(const json& node, Candidates* c, bool* from_article) {
  if (node.is_array()) {
    for (const json& one : node) ReadJsonLd(one, c, from_article);
    return;
  }
  if (!node.is_object()) return;
  if (auto graph = node.find("@graph"); graph != node.end()) ReadJsonLd(*graph, c, from_article);
  auto type = node.find("@type");
  if (type == node.end() || !IsArticleType(*type)) return;
  const bool article = !(type->is_string() && type->get<std::string>() == "WebPage");
  if (!article && *from_article) return;
  if (article && !*from_article) {
    *from_article = true;
    c->ld_headline.clear();
    c->ld_author.clear();
    c->ld_published.clear();
    c->ld_publisher.clear();
  }
  if (c->ld_headline.empty()) c->ld_headline = StringField(node, "headline");
  if (c->ld_headline.empty()) c->ld_headline = StringField(node, "name");
  if (c->ld_published.empty()) c->ld_published = StringField(node, "datePublished");
  if (c->ld_author.empty() && node.contains("author")) c->ld_author = PersonNames(node["author"]);
  if (c->ld_publisher.empty() && node.contains("publisher")) c->ld_publisher = PersonNames(node["publisher"]);
}

bool HasClassWord(const GumboNode* node, std::string_view word) {
  std::string classes = AsciiLower(Attr(node, "class"));
  classes += ' ';
  classes += AsciiLower(Attr(node, "id"));
  std::size_t at = 0;
  while ((at = classes.find(word, at)) != std::string::npos) {
    bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(classes[at - 1]));
    std::size_t end = at + word.size();
    bool finish = end >= classes.size() || !std::isalnum(static_cast<unsigned char>(classes[end]));
    if (start && finish) return true;
    at = end;
  }
  return false;
}

void Gather(const GumboNode* root, Candidates* c) {
  bool ld_from_article = false;
  ForEachElement(root, [&](const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      std::string key = AsciiLower(HasAttr(node, "property") ? Attr(node, "property") : Attr(node, "name"));
      if (key.empty()) key = AsciiLower(Attr(node, "itemprop"));
      std::string content = CollapseSpaces(Attr(node, "content"));
      if (content.empty()) return false;
      if (key == "og:title" && c->og_title.empty())
        c->og_title = content;
      else if (key == "twitter:title" && c->twitter_title.empty())
        c->twitter_title = content;
      else if (key == "og:site_name" && c->og_site.empty())
        c->og_site = content;
      else if (key == "application-name" && c->application_name.empty())
        c->application_name = content;
      else if ((key == "author" || key == "article:author" || key == "dc.creator" || key == "byl") &&
               c->meta_author.empty() && !LooksLikeUrl(content)) {
        c->meta_author = WithoutBy(content);
      } else if ((key == "article:published_time" || key == "og:published_time") && c->meta_published.empty()) {
        c->meta_published = content;
      } else if (key == "datepublished" && c->itemprop_published.empty()) {
        c->itemprop_published = content;
      } else if ((key == "date" || key == "pubdate" || key == "publish-date" || key == "dc.date" ||
                  key == "dc.date.issued" || key == "dcterms.date" || key == "dcterms.issued" ||
                  key == "parsely-pub-date" || key == "sailthru.date") &&
                 c->named_date.empty()) {
        c->named_date = content;
      }
      return false;
    }
    if (tag == GUMBO_TAG_SCRIPT) {
      if (AsciiLower(Attr(node, "type")) == "application/ld+json" && node->v.element.children.length > 0) {
        const GumboNode* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
        if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA || text->type == GUMBO_NODE_WHITESPACE) {
          json data = json::parse(text->v.text.text, nullptr, /*allow_exceptions=*/false);
          if (!data.is_discarded()) ReadJsonLd(data, c, &ld_from_article);
        }
      }
      return false;
    }
    if (tag == GUMBO_TAG_TITLE && c->title_tag.empty()) {
      c->title_tag = TextOf(node);
      return false;
    }
    if (tag == GUMBO_TAG_H1 && c->h1.empty()) c->h1 = TextOf(node);
    if (tag == GUMBO_TAG_TIME) {
      std::string when(Attr(node, "datetime"));
      if (when.empty()) when = TextOf(node);
      if (c->time_first.empty()) c->time_first = when;
      if (c->time_published.empty() &&
          (HasAttr(node, "pubdate") || AsciiLower(Attr(node, "itemprop")) == "datepublished")) {
        c->time_published = when;
      }
    }
    if (AsciiLower(Attr(node, "itemprop")) == "datepublished" && c->itemprop_published.empty()) {
      std::string when(HasAttr(node, "datetime") ? Attr(node, "datetime") : Attr(node, "content"));
      c->itemprop_published = when.empty() ? TextOf(node) : when;
    }
    if (tag == GUMBO_TAG_A && AsciiLower(Attr(node, "rel")) == "author" && c->rel_author.empty()) {
      c->rel_author = TextOf(node);
    }
    if (c->byline_element.empty() && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML &&
        (HasClassWord(node, "byline") || AsciiLower(Attr(node, "itemprop")) == "author" ||
         HasClassWord(node, "author-name") || HasClassWord(node, "author"))) {
      // A short name, not an author's biography box.
      std::string text = TextOf(node);
      if (!text.empty() && text.size() < 80) c->byline_element = WithoutBy(text);
    }
    return true;
  });
}

const std::string& First(std::initializer_list<const std::string*> options) {
  for (const std::string* option : options) {
    if (!option->empty()) return *option;
  }
  static const std::string kEmpty;
  return kEmpty;
}

// "Headline | Outlet" or "Headline - Outlet": <title> split into the headline and the outlet.
struct TitleParts {
  std::string headline;
  std::string outlet;
};

TitleParts SplitTitle(const std::string& title, const std::string& h1) {
  for (std::string_view separator : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", " \xC2\xB7 "}) {
    std::size_t at = title.rfind(separator);
    if (at == std::string::npos || at == 0) continue;
    std::string before = title.substr(0, at);
    std::string after = title.substr(at + separator.size());
    if (!h1.empty()) {
      if (AsciiLower(before).find(AsciiLower(h1).substr(0, 20)) != std::string::npos) return {before, after};
      if (AsciiLower(after).find(AsciiLower(h1).substr(0, 20)) != std::string::npos) return {after, before};
      continue;
    }
    // Without an <h1> to compare: outlets' names are the shorter part ("Echo :: Long headline").
    return before.size() >= after.size() ? TitleParts{before, after} : TitleParts{after, before};
  }
  return {title, ""};
}

}  // namespace

void ReadHtmlMetadata(const GumboNode* root, DocumentMetadata* out) {
  Candidates c;
  Gather(root, &c);
  TitleParts parts = SplitTitle(c.title_tag, c.h1);
  const std::string& title_head = parts.headline;
  const std::string& suffix = parts.outlet;
  out->title = CollapseSpaces(First({&c.og_title, &c.ld_headline, &c.twitter_title, &c.h1, &title_head}));
  out->outlet = CollapseSpaces(First({&c.og_site, &c.ld_publisher, &c.application_name, &suffix}));
  out->byline = CollapseSpaces(First({&c.meta_author, &c.ld_author, &c.rel_author, &c.byline_element}));
  for (const std::string* date :
       {&c.meta_published, &c.ld_published, &c.itemprop_published, &c.time_published, &c.named_date, &c.time_first}) {
    std::string iso = IsoDate(*date);
    if (!iso.empty()) {
      out->published = iso;
      break;
    }
  }
}

}  // namespace claimdiff
