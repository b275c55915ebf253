/**
 * Slim stop-word lists (the most frequent function words) for the languages the summarizer is
 * tuned on. They keep "the", "der", "le"… from dominating similarity; a language without a list
 * still works, its frequent words are then damped by IDF alone.
 */
const LISTS: Record<string, string> = {
  en: "a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own said same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours s t",
  de: "aber alle allem als also am an auch auf aus bei bin bis bist da damit dann das dass dem den der des die dies diese dieser dir doch dort du durch ein eine einem einen einer eines er es für hat hatte haben hier ich ihm ihn ihr im in ist ja jetzt kann kein man mich mir mit nach nicht noch nun nur ob oder ohne sein seine sich sie sind so über um und uns unter vom von vor war waren was weil wenn werden wie wieder wir wird wurde zu zum zur",
  fr: "à au aux avec ce ces cette dans de des du elle en est et eux il ils je la le les leur lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous y été être avait avoir a ont était fait plus comme",
  es: "a al algo como con de del desde donde el ella ellas ellos en entre era es esa ese esta este estos fue ha han hay la las le les lo los más me mi muy no nos o para pero por que qué se ser si sin sobre su sus también te tiene todo un una uno unos y ya",
  it: "a ad al alla alle anche che chi ci come con da dal dalla degli dei del della delle di e è gli ha hanno i il in io la le lei lo loro lui ma mi ne nei nel nella noi non o per più quale quando questo se si sono su sua suo sul sulla tra un una uno",
  pt: "a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este foi há isso já la lhe mais mas me mesmo muito na nas nem no nos o os ou para pela pelo por qual que se sem ser seu seus sua suas também te tem um uma você",
  nl: "aan al als bij dan dat de der deze die dit door een en er geen had heb heeft het hier hij hoe hun ik in is ja je kan maar me met mij na naar niet nog nu of om ook op over te tot u uit van veel voor was wat we werd wie wij zal ze zich zij zijn zo",
};

const cache = new Map<string, Set<string>>();

/** The stop words of a BCP 47 language tag ("en-GB" → English); an empty set when there is no list. */
export function stopWords(lang: string | null | undefined): Set<string> {
  const key = (lang ?? '').slice(0, 2).toLowerCase();
  let set = cache.get(key);
  if (!set) {
    set = new Set(LISTS[key]?.split(' ') ?? []);
    cache.set(key, set);
  }
  return set;
}

/** With no language given, English (the default of most pages without a `lang`). */
export function isStopWord(word: string, lang: string | null | undefined): boolean {
  return stopWords(lang || 'en').has(word);
}
