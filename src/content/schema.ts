import * as z from 'zod';
import { idPlaces } from './idPlaces.ts';
import { UI_ID_PREFIX } from './ids.ts';

/**
 * Ids are a contract: they live in people's localStorage and in links they have sent.
 * Short ASCII kebab-case, never derived from position or title; renaming one is a migration.
 */
const GuideId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'id 必须是小写 ASCII 的 kebab-case，例如 submit-request')
  .max(40, 'id 最长 40 个字符')
  .refine((id) => !id.startsWith(UI_ID_PREFIX), `id 不能以页面保留的前缀 ${UI_ID_PREFIX} 开头`);

const Text = z.string().trim().min(1, '不能为空');

export const GuideSubItem = z.strictObject({
  id: GuideId,
  title: Text,
});

export const GuideItem = z.strictObject({
  id: GuideId,
  title: Text,
  detail: Text,
  /** Where a step is really a list (documents to bring, accounts to update): its parts. */
  subItems: z.array(GuideSubItem).min(2, '子项至少要有两个').optional(),
  /** A step that is mostly waiting (a review): offers a reminder this many days later. */
  remindAfterDays: z.number().int().min(1).max(60).optional(),
  /** What only some people need (going in person, acting for someone), behind a disclosure. */
  more: z.strictObject({ summary: Text, body: Text }).optional(),
});

export const GuideSection = z.strictObject({
  id: GuideId,
  title: Text,
  items: z.array(GuideItem).min(1, '每个部分至少要有一项'),
});

export const Guide = z
  .strictObject({
    title: Text,
    intro: Text,
    sections: z.array(GuideSection).min(1),
    summary: Text,
    completion: z.strictObject({ title: Text, body: Text }),
  })
  .superRefine((guide, ctx) => {
    const seen = new Map<string, string>();
    for (const { id, path } of idPlaces(guide)) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, path.join('.'));
      else ctx.addIssue({ code: 'custom', path, message: `id "${id}" 重复，已在 ${first} 使用` });
    }
  });

export type Guide = z.infer<typeof Guide>;
export type GuideSection = z.infer<typeof GuideSection>;
export type GuideItem = z.infer<typeof GuideItem>;
export type GuideSubItem = z.infer<typeof GuideSubItem>;

/** Parses a guide, throwing an error whose message names the path of every problem. */
export function parseGuide(data: unknown): Guide {
  const result = Guide.safeParse(data);
  if (!result.success) throw new Error(`指南内容无效：\n${z.prettifyError(result.error)}`);
  return result.data;
}
