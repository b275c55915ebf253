/** Words that say which time a date is: "Updated", "Stand", "Mis à jour", "更新"… vs "Published", "Publié"… */
export const MOD = /updated|modified|revised|aktualisiert|geändert|\bstand\b|mis à jour|màj|modifié|actuali[sz]ad|atuali[sz]ad|aggiornat|bijgewerkt|gewijzigd|обновлен|изменен|更新|修改|수정|업데이트/i;
export const PUB = /publi|posted|created|erschienen|veröffentlicht|erstellt|gepubliceerd|опубликован|发布|發佈|公開|投稿|입력|등록|written|pubdate|datePublished/i;

export type Label = 'pub' | 'mod' | null;

/** The label closest to the end of `before` (the text just ahead of a date) wins. */
export function labelOf(before: string): Label {
  const m = before.match(new RegExp(`(${MOD.source})|(${PUB.source})`, 'gi'));
  const last = m?.[m.length - 1];
  return last ? (MOD.test(last) ? 'mod' : 'pub') : null;
}
