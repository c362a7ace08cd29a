import type { DeskContext } from '../context';
import type { RegisterRoute } from '../http/route-registrar';
import { deleteSection } from '../sections/delete-section';
import { listSections } from '../sections/list-sections';
import { saveSection } from '../sections/save-section';

/** The newsroom's sections: anyone may list them (the desk and the site need them); admins edit. */
export function sectionRoutes(route: RegisterRoute, context: DeskContext): void {
  route('sections:list', async () => ({ items: await listSections(context.db) }));

  route('sections:save', async ({ params, body }) => saveSection(context, params.slug, body));

  route('sections:delete', async ({ params }, _request, reply) => {
    await deleteSection(context, params.slug);
    return reply.code(204).send();
  });
}
