/** One cell of the §2.3 matrix: the rating, and when the team changed it, a marker with the MSSS value. */
import { Badge, mergeClasses } from "@fluentui/react-components";
import { NOT_INDICATED, type Rating } from "@shared/domain/modality.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { colon } from "../shared/dates.js";
import { RATING_SHORT } from "../shared/rating.strings.js";
import { useSharedStyles } from "../shared/shared.styles.js";
import { useRatingCellStyles } from "./RatingCell.styles.js";
import { RATING_CELL_STRINGS } from "./RatingCell.strings.js";

export interface RatingCellProps {
  rating: Rating;
  /** The MSSS rating when the team's differs from it. */
  baseline?: Rating;
  /** The rating's words shown, not only read: where no column header or legend sits next to it (narrow list). */
  spelled?: boolean;
}

export function RatingValue({ rating, spelled = false }: { rating: Rating; spelled?: boolean }) {
  const locale = useLocale();
  const styles = useRatingCellStyles();
  const shared = useSharedStyles();
  if (rating === null) return <span className={styles.notIndicated}>{NOT_INDICATED[locale]}</span>;
  if (spelled)
    return (
      <span>
        <span className={styles.rating}>{rating}</span>
        {`${colon(locale)}${RATING_SHORT[rating][locale]}`}
      </span>
    );
  return (
    <span>
      <span className={styles.rating} aria-hidden="true">
        {rating}
      </span>
      <span className={shared.visuallyHidden}>{`${rating} : ${RATING_SHORT[rating][locale]}`}</span>
    </span>
  );
}

export function RatingCell({ rating, baseline, spelled }: RatingCellProps) {
  const locale = useLocale();
  const styles = useRatingCellStyles();
  const text = useStrings(RATING_CELL_STRINGS);
  const differs = baseline !== undefined;
  return (
    <div className={mergeClasses(styles.root)}>
      <RatingValue rating={rating} spelled={spelled} />
      {differs && (
        <>
          <Badge appearance="tint" color="warning" shape="rounded" size="small">
            {text.adjusted}
          </Badge>
          <span className={styles.baseline}>
            {format(text.baseline, { rating: baseline === null ? NOT_INDICATED[locale] : baseline })}
          </span>
        </>
      )}
    </div>
  );
}
