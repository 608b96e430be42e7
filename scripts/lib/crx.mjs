// CRX3 packaging with node's crypto only: the format Chrome installs from a
// self-hosted update manifest (and from ExtensionInstallForcelist).
//
//   "Cr24" | uint32 LE 3 | uint32 LE header length | CrxFileHeader | zip
//
// CrxFileHeader (protobuf, chromium components/crx_file/crx3.proto):
//   repeated AsymmetricKeyProof sha256_with_rsa = 2;  { bytes public_key = 1; bytes signature = 2; }
//   bytes signed_header_data = 10000;                 SignedData { bytes crx_id = 1; }
// The signature (RSASSA-PKCS1-v1_5, SHA-256) covers
//   "CRX3 SignedData\x00" | uint32 LE len(signed_header_data) | signed_header_data | zip.
// crx_id is the first 16 bytes of SHA-256(public key, SubjectPublicKeyInfo DER);
// the extension id is the same 16 bytes in hex with 0-f written a-p.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const MAGIC = Buffer.from('Cr24', 'ascii');
const SIGNED_PREFIX = Buffer.from('CRX3 SignedData\x00', 'binary');

function varint(n) {
  const bytes = [];
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  bytes.push(n);
  return Buffer.from(bytes);
}

/** One length-delimited protobuf field. */
function field(number, payload) {
  return Buffer.concat([varint((number << 3) | 2), varint(payload.length), payload]);
}

function uint32le(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** The public key as Chrome reads it (SubjectPublicKeyInfo DER). */
export function publicKeyDer(privateKeyPem) {
  return crypto.createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' });
}

/** The 16-byte crx id of a public key. */
export function crxIdBytes(publicDer) {
  return crypto.createHash('sha256').update(publicDer).digest().subarray(0, 16);
}

/** The extension id ("a"–"p", 32 letters) of a public key. */
export function extensionId(publicDer) {
  return [...crxIdBytes(publicDer).toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The manifest `key` value: base64 of the public key DER. */
export function manifestKey(publicDer) {
  return Buffer.from(publicDer).toString('base64');
}

/** A CRX3 file of `zip` signed with `privateKeyPem`. */
export function buildCrx(zip, privateKeyPem) {
  const publicDer = publicKeyDer(privateKeyPem);
  const signedHeaderData = field(1, crxIdBytes(publicDer));
  const signature = crypto.sign('sha256', Buffer.concat([SIGNED_PREFIX, uint32le(signedHeaderData.length), signedHeaderData, zip]), {
    key: privateKeyPem,
    padding: crypto.constants.RSA_PKCS1_PADDING,
  });
  const proof = Buffer.concat([field(1, publicDer), field(2, signature)]);
  const header = Buffer.concat([field(2, proof), field(10000, signedHeaderData)]);
  return Buffer.concat([MAGIC, uint32le(3), uint32le(header.length), header, zip]);
}

/** Reads a CRX3 back (for tests and the package script's self-check): its public key, id and zip, and whether the signature holds. */
export function readCrx(crx) {
  if (!crx.subarray(0, 4).equals(MAGIC) || crx.readUInt32LE(4) !== 3) throw new Error('not a CRX3 file');
  const headerLength = crx.readUInt32LE(8);
  const header = crx.subarray(12, 12 + headerLength);
  const zip = crx.subarray(12 + headerLength);
  const fields = parseFields(header);
  const proof = parseFields(fields.get(2)[0]);
  const publicDer = proof.get(1)[0];
  const signature = proof.get(2)[0];
  const signedHeaderData = fields.get(10000)[0];
  const crxId = parseFields(signedHeaderData).get(1)[0];
  const valid =
    crxId.equals(crxIdBytes(publicDer)) &&
    crypto.verify(
      'sha256',
      Buffer.concat([SIGNED_PREFIX, uint32le(signedHeaderData.length), signedHeaderData, zip]),
      { key: crypto.createPublicKey({ key: publicDer, format: 'der', type: 'spki' }), padding: crypto.constants.RSA_PKCS1_PADDING },
      signature,
    );
  return { id: extensionId(publicDer), publicDer, zip, valid };
}

function parseFields(buf) {
  const out = new Map();
  let i = 0;
  const readVarint = () => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = buf[i++];
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
      shift += 7;
    }
  };
  while (i < buf.length) {
    const tag = readVarint();
    if ((tag & 7) !== 2) throw new Error(`unexpected wire type in CRX header (field ${tag >>> 3})`);
    const length = readVarint();
    const value = buf.subarray(i, i + length);
    i += length;
    const number = Math.floor(tag / 8);
    out.set(number, [...(out.get(number) ?? []), value]);
  }
  return out;
}

/**
 * The signing key at `file`, made (RSA 2048, PEM, readable by the owner only)
 * when it does not exist yet. Returns the PEM and whether it was just made.
 */
export function ensureKey(file) {
  if (fs.existsSync(file)) return { pem: fs.readFileSync(file, 'utf8'), created: false };
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, pem, { mode: 0o600 });
  return { pem, created: true };
}

/** The update manifest Chrome polls for a self-hosted extension. */
export function updatesXml({ id, version, codebase }) {
  return `<?xml version='1.0' encoding='UTF-8'?>
<!-- Self-hosted update manifest for 客服守护 · Kefu Guard (kefu-guard). Serve it over HTTPS next to the .crx;
     the policy entry is "${id};<URL of this file>". codebase: where the .crx is served. -->
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'>
    <updatecheck codebase='${codebase}' version='${version}' />
  </app>
</gupdate>
`;
}
