/**
 * What progress depends on in a guide, whatever its language: its sections, steps and parts, by
 * id. Kept apart from the guide's data so that code needing only the shape (such as the script
 * that shows stored progress before the app starts, src/early/) carries none of the guide's text.
 */
export interface StepShape {
  readonly id: string;
  readonly subItems?: readonly { readonly id: string }[] | undefined;
}

/** A section and its steps: of any guide, or with all that a step of `Step` holds. */
export interface SectionShape<Step extends StepShape = StepShape> {
  readonly id: string;
  readonly items: readonly Step[];
}

/**
 * The ids that are ticked one by one, and stored: a step's parts, or the step itself when it has
 * none. A step with parts is done when all of them are.
 */
export const tickableIdsOf = (item: StepShape): readonly string[] =>
  item.subItems ? item.subItems.map((sub) => sub.id) : [item.id];
