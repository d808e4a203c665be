import type { ReactNode } from 'react';

interface FormSectionProps {
  readonly title: string;
  readonly description: string;
  readonly children: ReactNode;
}

/** A group of fields with a heading and a line on what they are for. */
export function FormSection({ title, description, children }: FormSectionProps) {
  return (
    <section className="formSection">
      <div className="formSection-head">
        <h2 className="formSection-title">{title}</h2>
        <p className="formSection-description">{description}</p>
      </div>
      <div className="formSection-body">{children}</div>
    </section>
  );
}
