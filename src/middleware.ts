// Starlight's `Astro.locals.t` is i18next, which escapes the values it fills in for HTML by
// default. Astro escapes everything a component renders, so an escaped value would show its
// entities: a date 06/01/2022 as "06&#x2F;01&#x2F;2022". Values go in as they are and are escaped
// once, by Astro. (Starlight's own components render its strings as text too.)
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware((context, next) => {
  const { t } = context.locals;
  const fill = t as unknown as (key: string, options: object) => string;
  const raw = (key: string, options?: object) => fill(key, { ...options, interpolation: { escapeValue: false } });
  context.locals.t = Object.assign(raw, { all: t.all, exists: t.exists, dir: t.dir }) as unknown as typeof t;
  return next();
});
