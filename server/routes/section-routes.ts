import { sectionParamsSchema, sectionWriteRequestSchema } from '../../shared/server-api';
import type { DeskContext } from '../context';
import { parseWith } from '../http/parse-with';
import type { RegisterRoute } from '../http/route-registrar';
import { deleteSection } from '../sections/delete-section';
import { listSections } from '../sections/list-sections';
import { saveSection } from '../sections/save-section';

/** The newsroom's sections: anyone may list them (the desk and the site need them); admins edit. */
export function sectionRoutes(route: RegisterRoute, context: DeskContext): void {
  route('sections:list', async () => ({ items: await listSections(context.db) }));

  route('sections:save', async (request) => {
    const { slug } = parseWith(sectionParamsSchema, request.params, 'section address');
    const body = parseWith(sectionWriteRequestSchema, request.body, 'section');
    return saveSection(context, slug, body);
  });

  route('sections:delete', async (request, reply) => {
    const { slug } = parseWith(sectionParamsSchema, request.params, 'section address');
    await deleteSection(context, slug);
    return reply.code(204).send();
  });
}
