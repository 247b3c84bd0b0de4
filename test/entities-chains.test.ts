import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acronym, resolveChains } from '../src/stages/entities/resolve-chains.js';

test('a surname joins the chain of the full name before it', () => {
  const links = resolveChains([
    { text: 'Hamid al-Tamimi', type: 'PERSON' },
    { text: 'Basra', type: 'GPE' },
    { text: 'Tamimi', type: 'PERSON' },
    { text: 'Rashid', type: 'PERSON' },
  ]);
  assert.equal(links[2]?.head, 0);
  assert.equal(links[2]?.canonical, 'Hamid al-Tamimi');
  assert.equal(links[3]?.head, 3, 'an unrelated name starts its own chain');
});

test('acronyms and transliteration variants join; different groups do not', () => {
  assert.equal(acronym('Popular Defence Brigades'), 'PDB');
  const links = resolveChains([
    { text: 'Popular Defence Brigades', type: 'ORG' },
    { text: 'PDB', type: 'ORG' },
    { text: 'Kata’ib Hezbollah', type: 'ORG' },
    { text: 'Kataib Hizbollah', type: 'ORG' },
    { text: 'Harakat Hezbollah al-Nujaba', type: 'ORG' },
  ]);
  assert.equal(links[1]?.head, 0);
  assert.equal(links[1]?.canonical, 'Popular Defence Brigades', 'the canonical name is never the acronym');
  assert.equal(links[3]?.head, 2);
  assert.equal(links[4]?.head, 4);
});

test('a person and a place with the same word stay apart', () => {
  const links = resolveChains([
    { text: 'Jordan', type: 'GPE' },
    { text: 'Michael Jordan', type: 'PERSON' },
    { text: 'Jordan', type: 'PERSON' },
  ]);
  assert.equal(links[1]?.head, 1);
  assert.equal(links[2]?.head, 1);
});
