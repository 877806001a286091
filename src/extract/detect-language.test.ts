import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The harbour master said on Tuesday that the ferry had left the quay an hour late because of the storm, and that every passenger was safe.'],
    ['fr', "Le capitaine du port a déclaré mardi que le bac avait quitté le quai avec une heure de retard à cause de la tempête, et que tous les passagers étaient sains et saufs."],
    ['ru', 'Начальник порта заявил во вторник, что паром отошёл от причала с опозданием на час из-за шторма и что все пассажиры в безопасности.'],
    ['de', 'Der Hafenmeister sagte am Dienstag, die Fähre habe den Kai wegen des Sturms mit einer Stunde Verspätung verlassen, und alle Passagiere seien in Sicherheit.'],
  ])('tells %s from the text, with a message saying it was detected', (code, text) => {
    const detected = detectLanguage(text);
    expect(detected?.language).toBe(code);
    expect(detected?.message.rule).toBe('language-detected');
  });

  it('gives no language for a text too short to tell', () => {
    expect(detectLanguage('Ferry.')).toBeNull();
  });
});
