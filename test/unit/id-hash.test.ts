import { describe, expect, it } from 'vitest';
import { hashId, hashIdSync, HASHED_ID_LENGTH, sha256, shopOfAccount, shopSalt } from '@/lib/id-hash';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('id hashing', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('the synchronous SHA-256 of %j is the standard digest', (text, digest) => {
    expect(hex(sha256(new TextEncoder().encode(text)))).toBe(digest);
  });

  it('the upgrade\'s synchronous hash equals crypto.subtle\'s for ids of every length and alphabet', async () => {
    const ids = ['', 'm1', '7500000001', '会话-中文-😀', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(200)];
    for (const salt of [shopSalt('mall1'), shopSalt('mall1', 'secret'), shopSalt('', '')]) {
      for (const id of ids) expect(hashIdSync(salt, id)).toBe(await hashId(salt, id));
    }
  });

  it('is deterministic per shop, different across shops and secrets, and truncated to 32 hex characters', async () => {
    const a = await hashId(shopSalt(shopOfAccount('mall1:agentA')), 'buyer-1');
    expect(a).toMatch(new RegExp(`^[0-9a-f]{${HASHED_ID_LENGTH}}$`));
    expect(await hashId(shopSalt(shopOfAccount('mall1:agentB')), 'buyer-1')).toBe(a);
    expect(await hashId(shopSalt(shopOfAccount('mall2:agentA')), 'buyer-1')).not.toBe(a);
    expect(await hashId(shopSalt('mall1', 'team'), 'buyer-1')).not.toBe(a);
    expect(await hashId(shopSalt('mall1', '  team '), 'buyer-1')).toBe(await hashId(shopSalt('mall1', 'team'), 'buyer-1'));
    // The separator keeps (shop, id) pairs apart: 'mall1' + '2:x' is not 'mall12' + ':x'.
    expect(await hashId(shopSalt('mall1'), '2x')).not.toBe(await hashId(shopSalt('mall12'), 'x'));
  });

  it('shopOfAccount takes the mall id of "mall:agent", or the whole key', () => {
    expect(shopOfAccount('123:456')).toBe('123');
    expect(shopOfAccount('default')).toBe('default');
  });

});
