/** Brazilian Portuguese strings of <onward-strengths>. About the language: `../pt-BR.ts`. */
import type { Strings } from '../en.js';
import type { strengthsStrings } from '../en/strengths.js';

const strengths: Strings<typeof strengthsStrings> = {
  'strengths.heading': 'Três pontos fortes que esta entrevista mostrou',
  'strengths.intro':
    'Quiseram conhecer você, então algo em você chamou a atenção. Escreva o que foi, com suas palavras.',
  'strengths.fieldLabel': 'Ponto forte {n}',
  'strengths.prompt1': 'Qual pergunta você respondeu bem?',
  'strengths.prompt2': 'Que parte do seu trabalho anterior você explicou com clareza?',
  'strengths.prompt3': 'O que mais pareceu interessar a quem entrevistou você?',
  'strengths.prompt4': 'Como você seguiu em frente quando uma pergunta foi difícil?',
  'strengths.prompt5': 'Qual habilidade pedida no anúncio da vaga você já tem?',
  'strengths.prompt6': 'Se alguém próximo tivesse assistido à entrevista, o que diria que você fez bem?',
  'strengths.anotherPrompt': 'Mostrar outra pergunta',
  'strengths.anotherPromptFor': 'Mostrar outra pergunta para o ponto forte {n}',
  'strengths.newPrompt': 'Nova pergunta para o ponto forte {n}: {prompt}',
  'strengths.cardHeading': 'Seus pontos fortes',
  'strengths.copyLabel': 'Copiar seus pontos fortes',
  'strengths.print': 'Imprimir',
  'strengths.cardHint': 'Guarde isto em um lugar onde você vai ver antes da próxima entrevista.'
};

export default strengths;
