// Names in running text: a delegation or a country with its article ("the United States"), with a
// capital at the start of a sentence, and bare where it stands alone as a label; and the
// mediator's form of address ({mediatorAddress}), by office or by name; and an issue that bears a
// delegation's name, named as a question so a sentence cannot be read two ways.
import { describe, expect, it } from 'vitest';
import { gameWords } from '../../../src/present/catalogue/game-words.ts';
import { messages } from '../../../src/present/catalogue/index.ts';
import { issueInText, locationName, mediatorAddress, mediatorCountry, nameInText, placeInText, roomName, sideLabel, sideName, speakerLabel, entrySpeakerLabel } from '../../../src/present/words/names.ts';
import { meterName } from '../../../src/present/words/quantities.ts';
import { lineText, reasonText, replyText } from '../../../src/present/words/said.ts';
import { mediatorInterests } from '../../../src/present/views/interests.ts';
import type { ScenarioInput } from '../../../src/scenario/schema.ts';
import { world } from '../../model/helpers.ts';

/** The mini scenario with Southland renamed "United States", which takes "the". */
const withArticle = (i: ScenarioInput) => {
  i.delegations[1]!.shortName = 'United States';
  i.delegations[1]!.article = 'the';
  i.mediator.country = 'Mediating Isles';
  i.mediator.countryArticle = 'the';
  i.mediator.interests = { stake: 0.5, leaning: {}, text: ['Its stakes.'], sources: [] };
};

describe('articles for names', () => {
  const { c } = world(withArticle);

  it('puts the article before a name that takes one, and nothing before one that does not', () => {
    expect(nameInText('United States', 'the')).toBe('the United States');
    expect(nameInText('Iran', undefined)).toBe('Iran');
    expect(sideName(c, 1)).toBe('the United States');
    expect(sideName(c, 0)).toBe('Northland');
    expect(mediatorCountry(c)).toBe('the Mediating Isles');
  });

  it('capitalises it at the start of a sentence, not inside one', () => {
    expect(replyText(c, 1, { type: 'conceded', issue: 0, from: 4, to: 3 })).toBe('The United States moves on water: from “Water w4” to “Water w3”.');
    expect(replyText(c, 0, { type: 'refused', issue: 0, why: 'noReciprocity' })).toBe('Northland will not move on water yet: it asks what the United States has given in return.');
    expect(reasonText(c, { type: 'walkout', side: 1 })).toBe('The United States walked out.');
    expect(messages().talks.replies.accepted({ side: sideName(c, 1), version: 2 })).toBe('The United States accepts draft 2.');
  });

  it('writes a place inside a sentence as the scenario does, capitalised only where it stands alone', () => {
    const hall = c.scenario.mediator.hallName;
    expect(placeInText(c, 'majlis')).toBe(hall);
    expect(locationName(c, 'majlis')).toBe(hall.charAt(0).toUpperCase() + hall.slice(1));
    expect(placeInText(c, 1)).toBe(roomName(c, 1));
  });

  it('leaves it out where the name stands alone as a label', () => {
    expect(sideLabel(c, 1)).toBe('United States');
    expect(speakerLabel(c, 1)).toBe('United States');
    expect(meterName(c, 'patience', 1)).toBe(`${messages().meters.patience}: United States`);
    expect(roomName(c, 1)).toBe('The United States’s room');
  });

  it('marks a delegation’s word filed in a room not its own as sent, not spoken across that table', () => {
    expect(entrySpeakerLabel(c, { speaker: 1, where: 1 })).toBe('United States');
    // A threat at the day's end, filed where the mediator stood (the other room, or the hall).
    expect(entrySpeakerLabel(c, { speaker: 1, where: 0 })).toBe('United States, by message');
    expect(entrySpeakerLabel(c, { speaker: 1, where: 'majlis' })).toBe('United States, by message');
    expect(entrySpeakerLabel(c, { speaker: 'mediator', where: 0 })).toBe(speakerLabel(c, 'mediator'));
  });

  it('names the mediator’s country with its article in the game’s own sentences', () => {
    expect(gameWords().actions.guaranteeHint({ left: 1, budget: 2, country: mediatorCountry(c) })).toBe('1 of 2 left. A way out that the Mediating Isles stands behind.');
    expect(mediatorInterests(c)!.intro).toContain('What the Mediating Isles stands to gain or lose');
  });

  it('fills {other} with the article, capitalised when the line starts with it', () => {
    const { c: cn } = world((i) => {
      withArticle(i);
      i.dialogue!.push({ situation: 'greet', delegation: 'north', text: '{other} is late. Tell {other} so. {other}!' });
    });
    expect(lineText(cn, 0, { line: cn.scenario.dialogue.length - 1 }, { names: 'names' })).toBe('The United States is late. Tell the United States so. The United States!');
  });

  it('writes {issue} with a capital where it opens a sentence, as it does {other}', () => {
    const { c: ci } = world((i) => {
      i.issues[0]!.phrase = 'the water share';
      i.dialogue!.push({ situation: 'refuse', delegation: 'north', text: 'No. {issue} is worth more than that. {issue}? Not today; ask about {issue} later.' });
    });
    expect(lineText(ci, 0, { line: ci.scenario.dialogue.length - 1, issue: 0 }, { names: 'names' })).toBe('No. The water share is worth more than that. The water share? Not today; ask about the water share later.');
  });

  it('changes nothing for a scenario without articles', () => {
    const { c: plain } = world();
    expect(replyText(plain, 1, { type: 'conceded', issue: 0, from: 4, to: 3 })).toBe('Southland moves on water: from “Water w4” to “Water w3”.');
    expect(mediatorCountry(plain)).toBe('Neutralia');
  });
});

describe('{mediatorAddress}', () => {
  const fill = (mutate: (i: ScenarioInput) => void, names: 'names' | 'titles') => {
    const { c } = world((i) => {
      mutate(i);
      i.dialogue!.push({ situation: 'greet', delegation: 'north', text: 'Thank you, {mediatorAddress}. ({mediator})' });
    });
    return lineText(c, 0, { line: c.scenario.dialogue.length - 1 }, { names });
  };

  it('defaults to what {mediator} gives: the full name, or the title', () => {
    expect(fill(() => {}, 'names')).toBe('Thank you, The Mediator. (The Mediator)');
    expect(fill(() => {}, 'titles')).toBe('Thank you, Chief Mediator. (Chief Mediator)');
  });

  it('uses the form of address by office in either setting', () => {
    const office = (i: ScenarioInput) => (i.mediator.address = 'Mr President');
    expect(fill(office, 'names')).toBe('Thank you, Mr President. (The Mediator)');
    expect(fill(office, 'titles')).toBe('Thank you, Mr President. (Chief Mediator)');
  });

  it('uses the form with a name only when names are shown', () => {
    const both = (i: ScenarioInput) => {
      i.mediator.address = 'Minister';
      i.mediator.addressByName = 'Sayyid Badr';
    };
    expect(fill(both, 'names')).toBe('Thank you, Sayyid Badr. (The Mediator)');
    expect(fill(both, 'titles')).toBe('Thank you, Minister. (Chief Mediator)');
    // A name alone, with no office: the titles setting keeps to the title.
    expect(fill((i) => (i.mediator.addressByName = 'Badr'), 'titles')).toBe('Thank you, Chief Mediator. (Chief Mediator)');
  });

  it('is the same function the lines use', () => {
    const { c } = world((i) => (i.mediator.address = 'Excellency'));
    expect(mediatorAddress(c, 'names')).toBe('Excellency');
    expect(mediatorAddress(c, 'titles')).toBe('Excellency');
  });
});

describe('an issue that bears a delegation’s name', () => {
  /** The mini scenario whose water issue is named after the south delegation's short name (a city a delegation is called by). */
  const named = (phrase: string) => (i: ScenarioInput) => {
    i.issues[0]!.name = 'Southland';
    i.issues[0]!.phrase = phrase;
    i.dialogue!.push({ situation: 'position', delegation: 'south', text: 'On {issue} we stand firm.' });
  };

  it('is "the question of" it wherever the words name the issue: replies, lines, trades', () => {
    const { c } = world(named('Southland'));
    expect(issueInText(c, 0)).toBe('the question of Southland');
    expect(replyText(c, 1, { type: 'priority', issue: 0, level: 'h' })).toBe('Southland cares a great deal about the question of Southland.');
    expect(replyText(c, 1, { type: 'conceded', issue: 0, from: 4, to: 3 })).toBe('Southland moves on the question of Southland: from “Water w4” to “Water w3”.');
    expect(lineText(c, 1, { line: c.scenario.dialogue.length - 1, issue: 0 }, { names: 'names' })).toBe('On the question of Southland we stand firm.');
    // The other issues, and every issue of a scenario without such a name, read as before.
    expect(issueInText(c, 1)).toBe('border');
  });

  it('matches the name whatever its case, and with its article', () => {
    expect(issueInText(world(named('southland')).c, 0)).toBe('the question of southland');
    const { c } = world((i) => {
      withArticle(i);
      i.issues[0]!.phrase = 'the United States';
    });
    expect(issueInText(c, 0)).toBe('the question of the United States');
  });

  it('leaves a phrase that only contains a delegation’s name as it is', () => {
    expect(issueInText(world(named('the Southland border')).c, 0)).toBe('the Southland border');
    expect(replyText(world().c, 1, { type: 'priority', issue: 0, level: 'h' })).toBe('Southland cares a great deal about water.');
  });
});
