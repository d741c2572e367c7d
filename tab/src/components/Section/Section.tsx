/**
 * A titled part of a page: a <section> named by its heading (aria-labelledby), the heading, an optional
 * introduction, then the content. Level 2 for the tab's pages and sections, level 3 for the parts inside.
 * Other attributes (data-testid, aria-live…) go to the <section>. When the control the focus is on disappears
 * from the section, the focus goes to its heading (useFocusRescue.ts).
 */
import { useCallback, useId, useRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { useSectionStyles } from "./Section.styles.js";
import { RESCUE_ATTRIBUTE, useFocusRescue } from "./useFocusRescue.js";

export interface SectionProps extends Omit<ComponentPropsWithoutRef<"section">, "aria-labelledby"> {
  heading: ReactNode;
  intro?: ReactNode;
  level?: 2 | 3;
  /** Wider than running text: the pages whose tables need it (matrix, activity, learners). */
  wide?: boolean;
  headingClassName?: string;
}

export function Section(props: SectionProps) {
  const { heading, intro, level = 2, wide = false, className, headingClassName, children, ...attributes } = props;
  const styles = useSectionStyles();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusRescue(
    sectionRef,
    useCallback(() => headingRef.current, []),
  );
  const Heading = level === 2 ? "h2" : "h3";
  const width = wide ? styles.wide : level === 2 ? styles.page : undefined;
  return (
    <section
      {...attributes}
      ref={sectionRef}
      {...{ [RESCUE_ATTRIBUTE]: "" }}
      className={mergeClasses(styles.root, width, className)}
      aria-labelledby={headingId}
    >
      {/* Focusable from script only: where the focus goes when the control it was on disappears. */}
      <Heading
        ref={headingRef}
        tabIndex={-1}
        id={headingId}
        className={mergeClasses(level === 2 ? styles.heading : styles.subheading, headingClassName)}
      >
        {heading}
      </Heading>
      {intro !== undefined && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
}
