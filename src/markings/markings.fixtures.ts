// Test fixtures: a few real makers as the reference data describes them (public prefixes, logos and
// date-code schemes from their marking guides and datasheets), small enough that a test states what
// it relies on without depending on the shipped data files. Used by the tests only.
import { buildMakerIndex } from './markings.makers.ts';
import type { CloneFamily, GenericFamily, MakerProfile } from './markings.types.ts';

const maker = (p: Partial<MakerProfile> & Pick<MakerProfile, 'key' | 'name' | 'country'>): MakerProfile => ({
  aliases: [],
  abbreviations: [],
  formerNames: [],
  logos: [],
  prefixes: [],
  dateSchemes: [],
  categories: [],
  sources: ['fixture'],
  ...p,
});

export const makers: MakerProfile[] = [
  maker({
    key: 'st',
    name: 'STMicroelectronics',
    country: 'CH',
    aliases: ['STMicroelectronics N.V.', 'ST Microelectronics'],
    abbreviations: ['ST'],
    formerNames: [{ name: 'SGS-Thomson Microelectronics', until: 1998 }],
    logos: ['ST'],
    prefixes: [
      { prefix: 'STM32', since: 2007, base: { pattern: '^(STM32[A-Z0-9]{4,6}?[A-Z][A-Z0-9])' } },
      { prefix: 'STM8' },
      { prefix: 'L78' },
      { prefix: 'LIS3' },
    ],
    dateSchemes: ['YWW'],
  }),
  maker({
    key: 'ti',
    name: 'Texas Instruments',
    country: 'US',
    aliases: ['Texas Instruments Incorporated', 'TEXAS INSTR'],
    abbreviations: ['TI'],
    logos: ['TI'],
    prefixes: [{ prefix: 'TPS' }, { prefix: 'SN74' }, { prefix: 'MSP430' }, { prefix: 'OPA' }],
    dateSchemes: ['YYWW'],
  }),
  maker({
    key: 'adi',
    name: 'Analog Devices',
    country: 'US',
    aliases: ['Analog Devices, Inc.'],
    abbreviations: ['ADI'],
    logos: ['ADI', 'ANALOG DEVICES'],
    prefixes: [{ prefix: 'ADUM' }, { prefix: 'AD' }],
    dateSchemes: ['YYWW'],
  }),
  maker({
    key: 'maxim',
    name: 'Maxim Integrated',
    country: 'US',
    aliases: ['Maxim Integrated Products'],
    logos: ['MAXIM'],
    prefixes: [{ prefix: 'MAX' }, { prefix: 'DS18' }],
    dateSchemes: ['YYWW'],
    mergedInto: { key: 'adi', year: 2021 },
  }),
  maker({
    key: 'linear',
    name: 'Linear Technology',
    country: 'US',
    logos: ['LT'],
    prefixes: [{ prefix: 'LTC' }, { prefix: 'LT' }],
    dateSchemes: ['YYWW'],
    mergedInto: { key: 'adi', year: 2017 },
  }),
  maker({
    key: 'microchip',
    name: 'Microchip Technology',
    country: 'US',
    aliases: ['Microchip Technology Inc.'],
    abbreviations: ['MCHP'],
    logos: ['MICROCHIP'],
    prefixes: [{ prefix: 'PIC' }, { prefix: 'MCP' }],
    dateSchemes: ['YYWW'],
  }),
  maker({
    key: 'atmel',
    name: 'Atmel',
    country: 'US',
    logos: ['ATMEL'],
    prefixes: [{ prefix: 'ATMEGA' }, { prefix: 'ATTINY' }],
    dateSchemes: ['YYWW'],
    mergedInto: { key: 'microchip', year: 2016 },
  }),
  maker({
    key: 'freescale',
    name: 'Freescale Semiconductor',
    country: 'US',
    logos: ['FREESCALE'],
    prefixes: [{ prefix: 'MC9S08' }],
    mergedInto: { key: 'nxp', year: 2015 },
  }),
  maker({ key: 'nxp', name: 'NXP Semiconductors', country: 'NL', abbreviations: ['NXP'], logos: ['NXP'] }),
  maker({
    key: 'gigadevice',
    name: 'GigaDevice Semiconductor',
    country: 'CN',
    aliases: ['GigaDevice'],
    logos: ['GD', 'GIGADEVICE'],
    prefixes: [{ prefix: 'GD32', since: 2013 }, { prefix: 'GD25' }],
  }),
  maker({
    key: 'artery',
    name: 'Artery Technology',
    country: 'CN',
    logos: ['ARTERY'],
    prefixes: [{ prefix: 'AT32F' }],
  }),
  maker({
    key: 'murata',
    name: 'Murata Manufacturing',
    country: 'JP',
    logos: ['MURATA'],
    dateSchemes: ['YM'],
  }),
  maker({
    key: 'nichicon',
    name: 'Nichicon',
    country: 'JP',
    logos: ['NICHICON'],
    dateSchemes: ['LETTER_YM'],
  }),
  maker({ key: 'onsemi', name: 'onsemi', country: 'US', aliases: ['ON Semiconductor'], logos: ['ON'] }),
  maker({ key: 'nexperia', name: 'Nexperia', country: 'NL', logos: ['NEXPERIA'] }),
];

export const generics: GenericFamily[] = [
  {
    pattern: 'LM317',
    description: 'adjustable regulator',
    makers: ['ti', 'st', 'onsemi'],
    sources: ['fixture'],
  },
  {
    pattern: '74HC',
    description: 'high-speed CMOS logic',
    makers: ['ti', 'nexperia', 'st'],
    sources: ['fixture'],
  },
  { pattern: 'MAX232', description: 'RS-232 transceiver', makers: ['maxim', 'ti'], sources: ['fixture'] },
];

export const clones: CloneFamily[] = [
  {
    originalKey: 'st',
    originalPrefix: 'STM32F1',
    cloneKey: 'gigadevice',
    clonePrefix: 'GD32F1',
    note: 'GD32F1 reuses the STM32F1 numbering and footprint.',
    sources: ['fixture'],
  },
  {
    originalKey: 'st',
    originalPrefix: 'STM32F1',
    cloneKey: 'artery',
    clonePrefix: 'AT32F4',
    note: 'AT32F403 is pin-compatible with STM32F103.',
    sources: ['fixture'],
  },
];

export const fixtureIndex = () => buildMakerIndex(makers, generics, clones);
