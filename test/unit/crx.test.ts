// CRX3 packaging (scripts/lib/crx.mjs): the header Chrome verifies, the id it derives, the update manifest.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCrx, ensureKey, extensionId, manifestKey, publicKeyDer, readCrx, updatesXml } from '../../scripts/lib/crx.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-crx-'));
const { pem } = ensureKey(path.join(dir, 'k.pem'));
const zip = Buffer.from('PK\u0003\u0004 not really a zip, the signature covers any bytes');

describe('CRX3', () => {
  it('writes Cr24, version 3, a header whose signature verifies over the zip, and the zip itself', () => {
    const crx = buildCrx(zip, pem);
    expect(crx.subarray(0, 4).toString('ascii')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const read = readCrx(crx);
    expect(read.valid).toBe(true);
    expect(read.zip.equals(zip)).toBe(true);
    expect(read.id).toBe(extensionId(publicKeyDer(pem)));
  });

  it('a changed byte in the zip breaks the signature', () => {
    const crx = buildCrx(zip, pem);
    crx.writeUInt8(crx.readUInt8(crx.length - 1) ^ 1, crx.length - 1);
    expect(readCrx(crx).valid).toBe(false);
  });

  it('derives the id as Chrome does: SHA-256 of the public key, first 16 bytes, hex 0–f as a–p', () => {
    const der = publicKeyDer(pem);
    const hex = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32);
    expect(extensionId(der)).toBe([...hex].map((c) => 'abcdefghijklmnop'[parseInt(c, 16)]).join(''));
    expect(extensionId(der)).toMatch(/^[a-p]{32}$/);
    // The manifest key is the same public key, base64: Chrome derives the same id from it.
    expect(extensionId(Buffer.from(manifestKey(der), 'base64'))).toBe(extensionId(der));
  });

  it('makes the key once, owner-only, and reuses it', () => {
    const file = path.join(dir, 'sub', 'key.pem');
    const first = ensureKey(file);
    const again = ensureKey(file);
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.pem).toBe(first.pem);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });

  it('updates.xml names the id, the version and where the CRX is', () => {
    const xml = updatesXml({ id: 'a'.repeat(32), version: '1.2.3', codebase: 'https://shop.example/kefu-guard-1.2.3.crx' });
    expect(xml).toContain("<app appid='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'>");
    expect(xml).toContain("codebase='https://shop.example/kefu-guard-1.2.3.crx' version='1.2.3'");
  });
});
