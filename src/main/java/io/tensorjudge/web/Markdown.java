package io.tensorjudge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders bank Markdown to HTML. Raw HTML in the source is escaped. LaTeX between $...$ or $$...$$ is set aside
 * before Markdown runs (so '_' and '*' inside formulas are not read as emphasis) and put back escaped, for KaTeX to
 * typeset in the browser.
 */
public final class Markdown {

    private static final Pattern MATH = Pattern.compile("\\$\\$(.+?)\\$\\$|\\$([^$\\n]+?)\\$", Pattern.DOTALL);
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> formulas = new ArrayList<>();
        Matcher matcher = MATH.matcher(markdown);
        StringBuilder protectedText = new StringBuilder();
        while (matcher.find()) {
            formulas.add(matcher.group());
            matcher.appendReplacement(protectedText, "MATHPLACEHOLDER" + (formulas.size() - 1) + "X");
        }
        matcher.appendTail(protectedText);
        String html = RENDERER.render(PARSER.parse(protectedText.toString()));
        for (int i = formulas.size() - 1; i >= 0; i--) {
            html = html.replace("MATHPLACEHOLDER" + i + "X", escape(formulas.get(i)));
        }
        return html;
    }

    /** Inline rendering for short texts such as choices: no surrounding paragraph. */
    public static String toInlineHtml(String markdown) {
        String html = toHtml(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
