// pouchdb-browser ships no types: its default export is a PouchDB constructor (lib/background/replication/pouch.ts).
declare module 'pouchdb-browser' {
  import type { PouchCtor } from '../../team/board/pouch';
  const PouchDB: PouchCtor;
  export default PouchDB;
}
