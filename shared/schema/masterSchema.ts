import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { masterModelExtensions } from './masterExtensions';

let schema: Schema | null = null;

/** The ProseMirror schema of a master, made once from the editor's own extensions. */
export function masterSchema(): Schema {
  schema ??= getSchema(masterModelExtensions());
  return schema;
}
