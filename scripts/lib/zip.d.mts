export function zipDirectory(dir: string): Buffer;
