export function publicKeyDer(privateKeyPem: string): Buffer;
export function crxIdBytes(publicDer: Buffer): Buffer;
export function extensionId(publicDer: Buffer): string;
export function manifestKey(publicDer: Buffer): string;
export function buildCrx(zip: Buffer, privateKeyPem: string): Buffer;
export function readCrx(crx: Buffer): { id: string; publicDer: Buffer; zip: Buffer; valid: boolean };
export function ensureKey(file: string): { pem: string; created: boolean };
export function updatesXml(options: { id: string; version: string; codebase: string }): string;
