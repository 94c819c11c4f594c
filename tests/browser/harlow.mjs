// Articles we wrote about an invented event (the Harlow dam), for the browser tests. The
// first three agree on a figure and a quote (the third prints only part of it) and differ
// on the day: two say Wednesday, one Tuesday. The fourth words the quote differently.
export const HARLOW = [
  {
    name: 'Harlow Post',
    published: '2024-05-15',
    text: [
      'Valley dam gates opened as river rises',
      'Water board chief Tomas Weir said on Wednesday that the gates of the Harlow dam had been opened after a week of heavy rain.',
      'About 1,200 residents of Lower Harlow were moved to higher ground, officials said.',
      '"The dam is safe and the valley will not flood this year," Mayor Lina Brandt told reporters.',
      'The board said the gates would stay open for at least ten days.',
    ].join('\n'),
  },
  {
    name: 'Valley Times',
    published: '2024-05-15',
    text: [
      'Harlow dam opens its gates',
      'Water board chief Tomas Weir said on Wednesday that the gates of the Harlow dam had been opened, releasing water into the Sella river.',
      'Officials said 1,200 residents of Lower Harlow were moved to higher ground.',
      '"The dam is safe and the valley will not flood this year," Mayor Lina Brandt said at a news conference.',
      'Farmers downstream said their fields were already under water.',
    ].join('\n'),
  },
  {
    name: 'River Herald',
    published: '2024-05-15',
    text: [
      'Water released from Harlow dam',
      'Water board chief Tomas Weir said on Tuesday that the gates of the Harlow dam had been opened.',
      'Some 1,200 residents of Lower Harlow were moved to higher ground, officials said.',
      'Mayor Lina Brandt said the valley "will not flood this year".',
      'Rain is expected to ease by the weekend.',
    ].join('\n'),
  },
];

export const SELLA_RADIO = {
  name: 'Sella Radio',
  published: '2024-05-15',
  text: [
    'Harlow residents wait for the water to fall',
    'Brandt, the mayor, told a radio station: "The dam is secure and the valley will not flood this year."',
    'Schools in Lower Harlow were closed.',
  ].join('\n'),
};

