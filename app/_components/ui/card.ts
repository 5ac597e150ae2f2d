/** The look of a card: a bordered surface with the site's card radius. */
export const cardClass = "rounded-[var(--radius-card)] border border-line bg-surface p-4 sm:p-5";
