/**
 * The public article page's look, as one stylesheet string: the preview inlines it and the
 * public site can serve the same text, so what an editor previews is what readers see.
 * Every rule is scoped under `.cd-article` or `.cd-page` so site chrome keeps its own styles.
 */
export const articlePageStyle = `
:root { color-scheme: light; }
.cd-page { margin: 0; background: #fff; color: #1d1d1f; }
body.cd-page { font-family: "Noto Sans TC", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", "Heiti TC", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.cd-page main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.cd-article { font-size: 1.125rem; line-height: 1.8; overflow-wrap: anywhere; }
.cd-article:lang(en) { line-height: 1.65; }
.cd-article a { color: #0b5cad; text-decoration-thickness: 1px; text-underline-offset: 0.18em; }
.cd-article a:hover, .cd-article a:focus-visible { color: #083f78; }
.cd-article .article-header { border-bottom: 1px solid #e3e3e6; padding-bottom: 1rem; margin-bottom: 1.25rem; }
.cd-article .article-section { margin: 0 0 0.5rem; font-size: 0.875rem; font-weight: 700; letter-spacing: 0.04em; }
.cd-article .article-section a { color: #a3261b; text-decoration: none; }
.cd-article .article-tags { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin-bottom: 0.9rem; font-size: 0.875rem; }
.cd-article .tags-label { color: #6b6b70; font-weight: 600; }
.cd-article .article-tags ul { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0; padding: 0; list-style: none; }
.cd-article .tag { display: inline-block; padding: 0.1rem 0.65rem; border-radius: 999px; background: #f1f3f6; color: #a3141e; text-decoration: none; line-height: 1.6; }
.cd-article a.tag:hover { background: #fbe9ea; }
.cd-article .headline { font-family: "Noto Serif TC", "Noto Serif CJK TC", "Songti TC", "PMingLiU", Georgia, "Times New Roman", serif; font-size: 2.125rem; line-height: 1.3; font-weight: 700; margin: 0 0 0.6rem; letter-spacing: 0.01em; }
.cd-article .standfirst { font-size: 1.2rem; color: #3a3a3f; margin: 0 0 0.75rem; line-height: 1.6; }
.cd-article .article-meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; color: #6b6b70; font-size: 0.875rem; }
.cd-article .byline { font-weight: 600; color: #3a3a3f; }
.cd-article figure { margin: 1.5rem 0; }
.cd-article figure img { display: block; width: 100%; height: auto; background: #f1f3f6; }
.cd-article figcaption { margin-top: 0.5rem; font-size: 0.9rem; line-height: 1.55; color: #4a4a50; }
.cd-article figcaption .credit { color: #6b6b70; }
.cd-article .lead-figure { margin-top: 0; }
.cd-article .article-body > p:first-child { margin-top: 0; }
.cd-article p { margin: 0 0 1.1em; }
.cd-article h2, .cd-article h3 { font-family: "Noto Serif TC", "Noto Serif CJK TC", "Songti TC", "PMingLiU", Georgia, serif; line-height: 1.4; }
.cd-article .article-body h2 { font-size: 1.45rem; margin: 2rem 0 0.75rem; }
.cd-article .article-body h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.cd-article .case-section { margin: 2.25rem 0; }
.cd-article .case-title { border-left: 4px solid #a3141e; padding-left: 0.75rem; margin: 0 0 1rem; font-size: 1.4rem; }
.cd-article .case-label { color: #a3141e; }
.cd-article blockquote { margin: 1.5rem 0; padding: 0.25rem 0 0.25rem 1rem; border-left: 3px solid #c9c9ce; color: #3a3a3f; }
.cd-article ul, .cd-article ol { padding-left: 1.5em; margin: 0 0 1.1em; }
.cd-article li > p { margin: 0 0 0.35em; }
.cd-article hr { border: 0; border-top: 1px solid #e3e3e6; margin: 2rem 0; }
.cd-article code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; background: #f4f4f6; padding: 0.05em 0.3em; border-radius: 3px; }
.cd-article pre { background: #f4f4f6; padding: 0.9rem 1rem; overflow-x: auto; border-radius: 4px; }
.cd-article pre code { background: none; padding: 0; }
.cd-article .related-news, .cd-article .related-topics, .cd-article .comments { border-top: 2px solid #1d1d1f; margin-top: 2.5rem; padding-top: 0.75rem; }
.cd-article .related-news h2, .cd-article .related-topics h2, .cd-article .comments h2 { font-size: 1.15rem; margin: 0 0 0.75rem; }
.cd-article .related-news ul { list-style: none; padding: 0; margin: 0; }
.cd-article .related-news li { padding: 0.55rem 0; border-bottom: 1px solid #e3e3e6; line-height: 1.5; }
.cd-article .related-link { text-decoration: none; color: #1d1d1f; font-weight: 600; }
.cd-article a.related-link:hover { color: #0b5cad; text-decoration: underline; }
.cd-article .related-topics ul { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0; }
.cd-article .topic { display: inline-block; padding: 0.3rem 0.9rem; border: 1px solid #1d1d1f; font-size: 0.95rem; text-decoration: none; color: #1d1d1f; }
.cd-article a.topic:hover { background: #1d1d1f; color: #fff; }
.cd-article .comments p { color: #6b6b70; font-size: 0.95rem; }
@media (max-width: 600px) {
  .cd-article { font-size: 1.0625rem; }
  .cd-article .headline { font-size: 1.65rem; }
}
`;
