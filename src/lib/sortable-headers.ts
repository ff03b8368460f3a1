// Turns the headers of a table marked `data-sort-key` into buttons that sort its rows, for the
// browser scripts of the register and the duty tables. Without JavaScript the headers stay plain.
import { compareValues, nextDirection, type Direction } from './table-filter.ts';

/** Sorts the rows of `root`'s table by the column of the header clicked, flipping on a second click. */
export function makeSortable(root: HTMLElement, locale: string): void {
  const body = root.querySelector('tbody')!;
  const headers = [...root.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent.trim();
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const direction: Direction = nextDirection((th.getAttribute('aria-sort') as Direction) || undefined);
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      const value = (row: HTMLTableRowElement) => {
        const cell = row.cells[column];
        return cell.dataset.sort ?? cell.textContent.trim();
      };
      body.append(...[...body.rows].sort((a, b) => compareValues(value(a), value(b), direction, locale)));
    });
  });
}
