import { articlePageStyle } from '../../../shared/render/article-page-style';

/** Masthead, search form, listings and notices; the article itself keeps the shared stylesheet. */
const chromeStyle = `
.skip-link { position: absolute; left: -9999px; top: 0; }
.skip-link:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
.site-masthead { background: #a3141e; color: #fff; }
.site-masthead .masthead-inner { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 0.75rem; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1.25rem; }
.site-name { color: #fff; text-decoration: none; font-family: "Noto Serif TC", "Noto Serif CJK TC", "Songti TC", "PMingLiU", Georgia, serif; font-size: 2rem; font-weight: 700; letter-spacing: 0.04em; }
.slogan { margin: 0; font-size: 0.95rem; display: flex; flex-wrap: wrap; gap: 0 0.9rem; color: #fff; }
.site-nav { background: #1d1d1f; }
.site-nav .nav-inner { max-width: 64rem; margin: 0 auto; padding: 0.5rem 1.25rem; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.25rem; }
.site-nav a { color: #fff; text-decoration: none; font-weight: 600; }
.site-search { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; margin-left: auto; color: #fff; font-size: 0.9rem; }
.site-search input[type=search] { padding: 0.3rem 0.5rem; border: 1px solid #8a8a90; border-radius: 3px; min-width: 11rem; font: inherit; }
.site-search select, .site-search button { padding: 0.3rem 0.4rem; font: inherit; border-radius: 3px; border: 1px solid #8a8a90; }
.site-search button { background: #a3141e; color: #fff; border-color: #a3141e; cursor: pointer; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.cd-page main.site-main { max-width: 46rem; }
.listing-title { font-family: "Noto Serif TC", "Noto Serif CJK TC", "Songti TC", Georgia, serif; font-size: 1.6rem; margin: 0 0 1rem; border-bottom: 2px solid #1d1d1f; padding-bottom: 0.4rem; }
.article-list { list-style: none; margin: 0; padding: 0; }
.article-list li { display: flex; gap: 1rem; padding: 1rem 0; border-bottom: 1px solid #e3e3e6; }
.article-list img { flex: none; width: 8rem; height: auto; object-fit: cover; background: #f1f3f6; }
.article-list h2 { font-size: 1.15rem; line-height: 1.45; margin: 0 0 0.35rem; }
.article-list h2 a { color: #1d1d1f; text-decoration: none; }
.article-list h2 a:hover { color: #a3141e; text-decoration: underline; }
.article-list p { margin: 0; color: #3a3a3f; font-size: 0.95rem; line-height: 1.6; }
.article-list time { color: #6b6b70; font-size: 0.85rem; }
.article-list mark, .snippet mark { background: #ffe58a; color: inherit; padding: 0 0.05em; }
.pagination { display: flex; gap: 1rem; justify-content: space-between; margin-top: 1.5rem; }
.pagination a { color: #0b5cad; }
.notice { padding: 1rem 1.25rem; background: #f4f4f6; border-left: 4px solid #a3141e; }
.correction-note { margin: 2rem 0 0; padding: 0.9rem 1.1rem; background: #fff8e5; border-left: 4px solid #b7791f; font-size: 0.95rem; }
.correction-note h2 { font-size: 1rem; margin: 0 0 0.4rem; }
.correction-note p { margin: 0.2rem 0; }
.site-footer { border-top: 1px solid #e3e3e6; color: #6b6b70; font-size: 0.85rem; }
.site-footer .footer-inner { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; display: flex; gap: 1rem; flex-wrap: wrap; }
.site-footer a { color: #4a4a50; }
`;

/** One stylesheet for every public page, served from /assets/site.css (CSP: no inline styles). */
export const siteStylesheet = `${articlePageStyle}\n${chromeStyle}`;
