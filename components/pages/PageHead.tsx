/** An extension page's head: the icon, the title and a line under it (options; the Team page can take it too). */
export function PageHead({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <header class="page-head">
      <img src="/icon/48.png" width={40} height={40} alt="" />
      <div>
        <h1>{title}</h1>
        <p class="muted">{subtitle}</p>
      </div>
    </header>
  );
}
