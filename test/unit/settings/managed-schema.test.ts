import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedSchemaText, type ChromeSchema } from '@/lib/settings/managed-schema';
import { mergeSettings } from '@/lib/settings/merge';
import { MANAGED_KEY } from '@/lib/settings/load';
import { getPath, leafPaths } from '@/lib/settings/paths';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';

const FILE = path.resolve('public/managed-schema.json');
const schema = JSON.parse(fs.readFileSync(FILE, 'utf8')) as ChromeSchema;
const team = schema.properties?.[MANAGED_KEY];

/** The schema node of a dotted settings path, or undefined. */
function nodeAt(path: string): ChromeSchema | undefined {
  let node = team;
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node;
}

/** Dotted paths of the leaves the schema declares (arrays are leaves). */
function declaredPaths(node: ChromeSchema, prefix = ''): string[] {
  if (node.type !== 'object') return [prefix];
  return Object.entries(node.properties ?? {}).flatMap(([k, child]) => declaredPaths(child, prefix ? `${prefix}.${k}` : k));
}

function* allNodes(node: ChromeSchema): Generator<ChromeSchema> {
  yield node;
  for (const child of Object.values(node.properties ?? {})) yield* allNodes(child);
  if (node.items) yield* allNodes(node.items);
}

/** 'version' is the format of the settings object, not a setting a team chooses. */
const SETTING_PATHS = leafPaths(DEFAULT_SETTINGS).filter((p) => p !== 'version');

describe('public/managed-schema.json', () => {
  it('is what lib/settings/managed-schema.ts generates (regenerate: see that file)', () => {
    expect(fs.readFileSync(FILE, 'utf8')).toBe(managedSchemaText());
  });

  it('declares one policy, teamSettings, as an object', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual([MANAGED_KEY]);
    expect(team?.type).toBe('object');
  });

  it.each(SETTING_PATHS)('declares %s with the type of its default', (settingPath) => {
    const value = getPath(DEFAULT_SETTINGS, settingPath);
    const node = nodeAt(settingPath);
    expect(node, `${settingPath} is missing from the managed schema`).toBeDefined();
    if (Array.isArray(value)) {
      expect(node!.type).toBe('array');
      expect(node!.items?.type).toBe('string');
    } else if (typeof value === 'number') {
      expect(['number', 'integer']).toContain(node!.type);
      if (node!.type === 'integer') expect(Number.isInteger(value)).toBe(true);
      if (node!.minimum !== undefined) expect(value).toBeGreaterThanOrEqual(node!.minimum);
      if (node!.maximum !== undefined) expect(value).toBeLessThanOrEqual(node!.maximum);
    } else {
      expect(node!.type).toBe(typeof value);
    }
    if (node!.enum) expect(node!.enum).toContain(value);
  });

  it('declares nothing the settings do not have', () => {
    expect(declaredPaths(team!).sort()).toEqual([...SETTING_PATHS].sort());
  });

  it('uses only the JSON-schema subset Chrome accepts', () => {
    const allowed = new Set(['type', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum']);
    for (const node of allNodes(schema)) {
      for (const key of Object.keys(node)) expect(allowed.has(key), `unsupported keyword ${key}`).toBe(true);
      expect(['object', 'array', 'string', 'number', 'integer', 'boolean']).toContain(node.type);
      // Chrome applies minimum/maximum to integers only; ranges of decimals are in the description.
      if (node.minimum !== undefined || node.maximum !== undefined) expect(node.type).toBe('integer');
      if (node.enum) expect(node.type).toBe('string');
    }
  });

  it('describes the action enum of every phrase category', () => {
    expect(nodeAt('phraseGuard.actions.contact')).toEqual({ type: 'string', enum: ['block', 'warn', 'off'] });
  });

  it('a policy written to it wins over the user and is reported as locked', () => {
    const policy = { targets: { rate1h: 0.9 }, phraseGuard: { actions: { url: 'block' }, customWords: ['返现'] }, retentionDays: 180 };
    const { settings, locked } = mergeSettings({ retentionDays: 30, targets: { rate1h: 0.7 } }, policy);
    expect(settings.targets.rate1h).toBe(0.9);
    expect(settings.retentionDays).toBe(180);
    expect(locked.sort()).toEqual(['phraseGuard.actions.url', 'phraseGuard.customWords', 'retentionDays', 'targets.rate1h']);
  });
});
