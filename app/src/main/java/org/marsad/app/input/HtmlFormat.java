package org.marsad.app.input;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.marsad.engine.model.Document;
import org.marsad.engine.time.TimeSpan;

/**
 * An HTML page: the article's text with navigation, menus, scripts and other chrome dropped. jsoup parses
 * whatever markup it is given (broken or hostile) without executing anything; the article body is the
 * {@code <article>} or {@code <main>} element when there is one, else the body without its chrome.
 * Paragraph-level elements become lines, so sentences and paragraphs survive.
 */
final class HtmlFormat implements DocumentFormat {
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".share, .social, .related, .comments, .advert, .ads, .menu, .breadcrumb";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, div";

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public List<Document> read(String id, String name, byte[] bytes) throws BadInputException {
        String html = decoder.decode(name, bytes);
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = meta(page, "og:title");
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 != null ? h1.text() : page.title();
        }
        String published = meta(page, "article:published_time");
        String url = meta(page, "og:url");
        page.select(CHROME).remove();
        Element body = page.selectFirst("article");
        if (body == null) {
            body = page.selectFirst("main");
        }
        if (body == null) {
            body = page.body();
        }
        String text = blocks(body);
        if (text.isBlank()) {
            throw new BadInputException(name, "no article text in the page");
        }
        if (title != null && !title.isBlank() && !text.startsWith(title.strip())) {
            text = title.strip() + "\n" + text;
        }
        TimeSpan date = null;
        if (published != null) {
            try {
                date = TimeSpan.parseIso(published);
            } catch (IllegalArgumentException ignored) {
                // a malformed meta date is no date; Marsad infers one from the text
            }
        }
        return List.of(new Document(id, url, title == null || title.isBlank() ? null : title.strip(), text, date));
    }

    private static String meta(org.jsoup.nodes.Document page, String property) {
        Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null || e.attr("content").isBlank() ? null : e.attr("content");
    }

    /** Text of the leaf blocks, one per line, so paragraphs stay separate. */
    private static String blocks(Element root) {
        StringBuilder out = new StringBuilder();
        Elements all = root.select(BLOCKS);
        for (Element e : all) {
            if (!e.select(BLOCKS).stream().filter(x -> x != e).findAny().isPresent()) {
                String t = e.text().strip();
                if (!t.isEmpty()) {
                    out.append(t).append('\n');
                }
            }
        }
        if (out.length() == 0) {
            out.append(root.text());
        }
        return out.toString().strip();
    }
}
