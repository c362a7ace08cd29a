import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicMediaMigration } from '../../../server/db/migrations/0004-public-media';
import { publicDb } from '../../../server/public-site/db/public-site-tables';
import { databaseTargets } from '../helpers/test-database';
import type { TestDesk } from '../helpers/test-desk';
import { createTestDesk } from '../helpers/test-desk';
import { content, paragraph, publish, unpublish, uploadJpeg } from './public-site-helpers';

describe.each(databaseTargets())('who may fetch an image rendition, on %s', (target) => {
  let desk: TestDesk;
  beforeAll(async () => {
    desk = await createTestDesk(target);
  });
  afterAll(async () => desk?.close());

  const anonymous = (id: string, rendition = 'medium') => desk.app.inject({ method: 'GET', url: `/media/${id}/${rendition}` });
  const figure = (mediaId: string) => ({ type: 'figure', attrs: { mediaId, src: `media/${mediaId}/large`, caption: 'Passengers boarding.', credit: 'Staff', alt: 'A queue' } });
  const lead = (mediaId: string) => ({ mediaId, src: `media/${mediaId}/large`, caption: 'A ferry at Central Pier.', credit: '(File Photo)', alt: 'A ferry' });

  it('an image no live page shows is for signed-in staff only, and anonymous callers cannot tell it exists', async () => {
    const media = await uploadJpeg(desk);
    const refused = await anonymous(media.id);
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toBe((await anonymous('01JD000000000000000000000')).body);
    // A conditional request does not get round it either.
    expect((await desk.app.inject({ method: 'GET', url: `/media/${media.id}/medium`, headers: { 'if-none-match': `"${media.id}-medium"` } })).statusCode).toBe(404);

    const staff = await desk.call('GET', `/media/${media.id}/medium`, { as: 'reporter' });
    expect(staff.statusCode).toBe(200);
    expect(staff.headers['content-type']).toBe('image/jpeg');
    expect(staff.headers['cache-control']).toBe('private, max-age=3600');
  });

  it('a lead image and a figure become public when their article is published, and stop being public when it is unpublished', async () => {
    const [leadImage, bodyImage, draftOnly] = [await uploadJpeg(desk), await uploadJpeg(desk), await uploadJpeg(desk)];
    const article = await publish(
      desk,
      content({ slug: 'pier-queues', leadImage: lead(leadImage.id), body: { type: 'doc', content: [paragraph('Queues at the pier.'), figure(bodyImage.id)] } }),
    );
    for (const id of [leadImage.id, bodyImage.id]) {
      const response = await anonymous(id, 'thumb');
      expect(response.statusCode, id).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=3600');
    }
    expect((await anonymous(draftOnly.id)).statusCode).toBe(404);

    await unpublish(desk, article);
    expect((await anonymous(leadImage.id)).statusCode).toBe(404);
    expect((await anonymous(bodyImage.id)).statusCode).toBe(404);
    expect((await desk.call('GET', `/media/${leadImage.id}/medium`, { as: 'chief_editor' })).statusCode).toBe(200);
  });

  it('an image two live articles share stays public until neither shows it', async () => {
    const shared = await uploadJpeg(desk);
    const first = await publish(desk, content({ slug: 'shared-one', leadImage: lead(shared.id) }));
    await publish(desk, content({ slug: 'shared-two', body: { type: 'doc', content: [paragraph('Again.'), figure(shared.id)] } }));
    await unpublish(desk, first);
    expect((await anonymous(shared.id)).statusCode).toBe(200);
  });

  it('the migration finds the images of pages published before it, from their stored HTML', async () => {
    const media = await uploadJpeg(desk);
    const gone = await uploadJpeg(desk);
    const live = await publish(desk, content({ slug: 'before-migration', leadImage: lead(media.id) }));
    const withdrawn = await publish(desk, content({ slug: 'withdrawn-before', leadImage: lead(gone.id) }));
    await unpublish(desk, withdrawn);
    const db = publicDb(desk.database.db);
    // As a database from before the table existed: pages, media, no public_media.
    await db.schema.dropTable('public_media').execute();
    await publicMediaMigration.up(desk.database.db);
    const rows = await db.selectFrom('public_media').selectAll().where('article_id', 'in', [live.id, withdrawn.id]).execute();
    expect(rows).toEqual([{ article_id: live.id, media_id: media.id }]);
    expect((await anonymous(media.id)).statusCode).toBe(200);
    expect((await anonymous(gone.id)).statusCode).toBe(404);
  });
});
