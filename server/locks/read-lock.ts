import type { ArticleLock, SessionUser } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { notFound } from '../http/server-error';
import { isLive, presentLock, readLockRow } from './present-lock';

/** Who is editing the article now, if anyone: a lapsed lease counts as nobody. */
export async function readLock(context: DeskContext, user: SessionUser, articleId: string): Promise<ArticleLock | null> {
  const article = await context.db.selectFrom('articles').select('id').where('id', '=', articleId).executeTakeFirst();
  if (!article) throw notFound('The article');
  const row = await readLockRow(context.db, articleId);
  return row && isLive(row, context.now()) ? presentLock(row, user) : null;
}
