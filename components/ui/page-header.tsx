export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <h1 className="text-2xl font-semibold text-brand-800">{title}</h1>
      {children}
    </div>
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mb-8 rounded-lg border border-brand-100 bg-white p-4" aria-labelledby={slug(title)}>
      <h2 id={slug(title)} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const slug = (text: string) => `section-${text.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
