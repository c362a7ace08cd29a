import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { PublicSiteServer } from './public-site-server';
import { startPublicSiteServer } from './public-site-server';

function paragraph(text: string) {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

let server: PublicSiteServer;
test.beforeAll(async () => {
  server = await startPublicSiteServer();
});
test.afterAll(async () => server?.close());

test('a published article page shows every part in the outlet’s order, passes axe, links Related News and searches from the masthead (screenshot kept for a person to look at)', async ({ page }) => {
  const media = await server.uploadJpeg();
  const related = await server.publish({
    slug: 'civil-service-reform',
    language: 'en',
    section: 'hong-kong',
    headline: 'Civil service reform bill passes first reading',
    standfirst: 'Lawmakers back tighter rules on conduct',
    byline: 'Political Desk',
    dateline: 'Hong Kong',
    leadImage: { mediaId: media.id, src: `media/${media.id}/large`, caption: 'The Legislative Council chamber.', credit: '(File Photo)', alt: 'Legislative Council chamber' },
    body: { type: 'doc', content: [paragraph('The bill passed its first reading.')] },
    tags: ['Civil service'],
    topics: [],
    relatedLinks: [],
  });
  await server.publish({
    slug: 'two-civil-servants-arrested',
    language: 'en',
    section: 'hong-kong',
    headline: 'Two civil servants arrested over leaked documents',
    standfirst: 'Police say both cases involve confidential files',
    byline: 'Staff Reporter',
    dateline: 'Hong Kong',
    leadImage: { mediaId: media.id, src: `media/${media.id}/large`, caption: 'Police headquarters in Wan Chai.', credit: '(File Photo)', alt: 'The police headquarters building in Wan Chai' },
    body: {
      type: 'doc',
      content: [
        paragraph('Police arrested two civil servants on Tuesday in separate cases involving confidential government documents.'),
        { type: 'caseSection', attrs: { title: 'Former Employee of a Classified Unit' }, content: [paragraph('A 45-year-old man who once worked in a classified unit is accused of keeping files after leaving.')] },
        { type: 'caseSection', attrs: { title: 'Clerk at a District Office' }, content: [paragraph('A 31-year-old clerk allegedly photographed internal memos.')] },
      ],
    },
    tags: ['Civil service', 'Police'],
    topics: ['National security'],
    relatedLinks: [
      { title: related.headline, articleId: related.id },
      { title: 'Government statement', url: 'https://www.info.gov.hk/' },
    ],
  });

  const response = await page.goto(`${server.url}/articles/two-civil-servants-arrested`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'none'");

  await expect(page.locator('.site-name')).toHaveText('Copydesk News');
  await expect(page.locator('.slogan')).toContainText('Hong Kong news, checked and clear');
  const tags = page.getByRole('navigation', { name: 'Tags' });
  await expect(tags.getByRole('link')).toHaveText(['Civil service', 'Police']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two civil servants arrested over leaked documents');
  const lead = page.locator('.lead-figure');
  await expect(lead.locator('figcaption')).toHaveText('Police headquarters in Wan Chai. (File Photo)');
  const image = lead.getByRole('img', { name: 'The police headquarters building in Wan Chai' });
  await expect(image).toHaveAttribute('width', String(media.renditions.medium?.width));
  await expect(image).toHaveAttribute('height', String(media.renditions.medium?.height));
  await expect(image).toHaveAttribute('srcset', /thumb 320w.*medium 1024w.*large 1800w/u);
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('.article-body > p').first()).toHaveText(/^Police arrested two civil servants/u);
  await expect(page.locator('.case-title')).toHaveText(['Case 1: Former Employee of a Classified Unit', 'Case 2: Clerk at a District Office']);
  const relatedNews = page.getByRole('region', { name: 'Related News' });
  await expect(relatedNews.getByRole('link')).toHaveText([related.headline, 'Government statement']);
  const relatedTopics = page.getByRole('region', { name: 'Related Topics' });
  await expect(relatedTopics.getByRole('link')).toHaveText(['National security']);

  // Top to bottom in the outlet's order.
  const order = await page.evaluate(() => {
    const selectors = ['.site-masthead', '.article-tags', '.headline', '.lead-figure', '.article-body > p', '.case-section:nth-of-type(1)', '.case-section:nth-of-type(2)', '.related-news', '.related-topics'];
    const elements = selectors.map((selector) => document.querySelector(selector));
    return elements.every((element, index) => {
      const previous = elements[index - 1];
      if (element === null) return false;
      return previous === undefined || (previous !== null && (previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    });
  });
  expect(order).toBe(true);

  // Related News by article id leads to that article's page.
  await relatedNews.getByRole('link', { name: related.headline }).click();
  await expect(page).toHaveURL(/\/articles\/civil-service-reform$/u);
  await page.goBack();

  const scan = await new AxeBuilder({ page }).analyze();
  const serious = scan.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await page.setViewportSize({ width: 1200, height: 1400 });
  await page.screenshot({ path: 'test-results/public-site-article.png', fullPage: true });

  // The site search from the masthead, Chinese UI aside: scope Title, sort Relevance.
  await page.getByRole('searchbox', { name: 'Search the news' }).fill('civil servants');
  await page.getByLabel('Search in').selectOption('title');
  await page.getByLabel('Sort').selectOption('relevance');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.article-list h2')).toHaveText(['Two civil servants arrested over leaked documents']);
  await expect(page.locator('.article-list h2 mark').first()).toHaveText('civil');
});
