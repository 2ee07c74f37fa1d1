// The English words of the built-in AI mediators (src/sim/policies), by policy name: the what-if
// page's choice of who plays on and the command line's header. A policy keeps only its name; a
// student's own module (docs/policies.md) has no words here and is shown by its name alone.
export const policies = {
  /** What each built-in mediator does, after its name. */
  described: {
    passive: 'carries messages faithfully and listens; never drafts, asks or pressures',
    random: 'picks any allowed action at random',
    formulator:
      'parks the wider issues on a parallel track, writes a text between the positions it has heard, presents it and revises it from criticism; never asks for concessions; on the last day banks what every side accepts',
    manipulator: 'paints the stalemate, spends guarantees, softens messages and presses for concessions',
    broker: 'listens, trades concessions on what each side values least, parks the wider issues on a parallel track, drafts with logrolling',
    planner:
      'plans by simulation over its beliefs: works toward the text most likely to clear every side’s floor, proposes the trades and asks for the steps its samples say each side would take, presents when a yes is likely, and tries the alternatives in sampled games',
    script: 'writes once the fairest-looking text on the published numbers, carries every message faithfully and presents that text at every visit',
  },
  /** The balance's fixed scripts that repeat one act (`repeat:listen`), by the act. */
  repeated: {
    LISTEN: 'listens',
    RELAY: 'carries a message',
    PRESENT_DRAFT: 'presents the draft',
    ASK_CONCESSION: 'asks for a concession',
    PROPOSE_TRADE: 'proposes a trade',
    PROPOSE_AGENDA: 'proposes a change to the agenda',
    PAINT_STALEMATE: 'paints the stalemate',
    OFFER_GUARANTEE: 'offers a guarantee',
    EDIT_DRAFT: 'revises the draft',
  },
  repeat: (act: string) => `${act} whenever it can`,
  /** A mediator with what it does: "broker: listens, …". */
  labelled: (p: { name: string; description: string }) => `${p.name}: ${p.description}`,
};
