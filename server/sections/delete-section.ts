import type { DeskContext } from '../context';
import { notFound, ServerError } from '../http/server-error';

/** Removes a section no article uses; one still in use would leave articles pointing nowhere. */
export async function deleteSection(context: DeskContext, slug: string): Promise<void> {
  await context.db.transaction().execute(async (trx) => {
    const used = await trx.selectFrom('articles').select((eb) => eb.fn.countAll<number | string | bigint>().as('count')).where('section', '=', slug).executeTakeFirstOrThrow();
    const count = Number(used.count);
    if (count > 0) {
      throw new ServerError(409, 'conflict', `The section "${slug}" is used by ${count} article${count === 1 ? '' : 's'}: move them to another section first.`);
    }
    const result = await trx.deleteFrom('sections').where('slug', '=', slug).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound(`The section "${slug}"`);
  });
}
