// Author lists as real Academic Pages forks write their citations (the strings below are copied
// from published forks' _publications/ front matter, quirks included), and the owner found in them.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseAuthorList, personName } from '../../lib/authoring/author-list'
import { academicPagesDate, academicPagesPaper, authorList, parseLooseName } from '../../lib/authoring/importer'

describe('author lists in citation strings', () => {
  const cases: [string, string, string[], boolean?][] = [
    [
      'IEEE, given names first, "and" before the last',
      'D. Watkins-Valls, J. Varley and P. Allen, "Multi-Modal Geometric Learning for Grasping and Manipulation," 2019 International Conference on Robotics and Automation (ICRA), 2019, pp. 7339-7345',
      ['D. Watkins-Valls', 'J. Varley', 'P. Allen'],
    ],
    [
      'APA with a month in the year and an escaped ampersand',
      'Watkins-Valls, D., Maia H., Varley J., Seshadri M., Sanabria J., Waytowich, N., \\& Allen, P. (2022). Mobile Manipulation Leveraging Multiple Views.',
      ['Watkins-Valls, D.', 'Maia, H.', 'Varley, J.', 'Seshadri, M.', 'Sanabria, J.', 'Waytowich, N.', 'Allen, P.'],
    ],
    [
      'APA whose year carries a month',
      'Cohen, V., Liu, J. X., Mooney, R., Tellex, S., & Watkins, D. (2024, August). A survey of robotic language grounding.',
      ['Cohen, V.', 'Liu, J. X.', 'Mooney, R.', 'Tellex, S.', 'Watkins, D.'],
    ],
    [
      '"Family, Given, Family, Given", the title running on after the last initial',
      'Wu, Bohan, Akinola, Iretiayo, Gupta, Abhi, Xu, Feng, Varley, Jacob, Watkins-Valls, David, and Allen, Peter K. Generative Attention Learning: a “GenerAL” framework for high-performance multi-fingered grasping in clutter. Autonomous Robots.',
      [
        'Wu, Bohan',
        'Akinola, Iretiayo',
        'Gupta, Abhi',
        'Xu, Feng',
        'Varley, Jacob',
        'Watkins-Valls, David',
        'Allen, Peter K.',
      ],
    ],
    [
      'MLA: the first author inverted, a particle in the family name',
      'Van Dijcke, David, Mark Polyak, and Austin L. Wright. &quot;Civil Response to Government Alerts Declines During Russian Invasion of Ukraine.&quot; (2022).',
      ['Van Dijcke, David', 'Mark Polyak', 'Austin L. Wright'],
    ],
    ['one author, family name first', 'Watkins, David. "Scrypt Mining With ASICs." (2017).', ['Watkins, David']],
    [
      'a quoted title after plain names, HTML quotes',
      'David Watkins-Valls, Chaiwen Chou, Joel Stein &quot;Human Robot Interface for Assistive Grasping (Poster)&quot;. In: NEMS (2017).',
      ['David Watkins-Valls', 'Chaiwen Chou', 'Joel Stein'],
    ],
    [
      'et al. ends the list',
      'I. Akinola et al., "Accelerated Robot Learning via Human Brain Signals," ICRA, 2020',
      ['I. Akinola'],
      true,
    ],
    [
      'et al. after a family-first name',
      'Goecks, Vinicius G., et al. “Combining Learning from Human Feedback.” 2021',
      ['Goecks, Vinicius G.'],
      true,
    ],
    ['one-word surnames and CJK names', 'Yi Ma, 李震 and Li, Z. (2025). A title.', ['Yi Ma', '李震', 'Li, Z.']],
    ["Academic Pages' sample", 'Your Name, You. (2009). "Paper Title Number 1." Journal 1. 1(1).', ['Your Name, You']],
    [
      '"and" between "Family, Given" names',
      'Brzezinski, Adam and Kecht, Valentin and Van Dijcke, David and Wright, Austin L. (2021). Science skepticism reduced compliance.',
      ['Brzezinski, Adam', 'Kecht, Valentin', 'Van Dijcke, David', 'Wright, Austin L.'],
    ],
    [
      'a title after a full stop, no quotes',
      'Peter Allen. Human Robot Interface for Assistive Grasping. arXiv',
      ['Peter Allen'],
    ],
  ]
  for (const [what, citation, names, truncated = false] of cases)
    test(what, () => {
      assert.deepEqual(parseAuthorList(citation), { names, truncated })
    })
})

describe('the owner among the authors', () => {
  const owner = { name: 'David J. Watkins', nameVariants: [] }
  test('a family name of theirs with their given name, its initial, or without the middle initial', () => {
    for (const spelling of [
      'Watkins, David',
      'D. Watkins-Valls',
      'Watkins-Valls, David',
      'Watkins, D.',
      'David Watkins',
    ])
      assert.equal(authorList([parseLooseName(spelling)], owner).ownerAs !== undefined, true, spelling)
  })
  test('not another given name or another family', () => {
    for (const spelling of ['Watkins, E.', 'Jane Watkins', 'David Walker', 'Watkins, David K.'])
      assert.equal(authorList([parseLooseName(spelling)], owner).ownerAs, undefined, spelling)
  })
  test('a citation cut short by et al. says the author list is incomplete', () => {
    const r = academicPagesPaper(
      {
        title: 'Accelerated Robot Learning',
        date: '2020-05-31',
        citation: 'I. Akinola et al., "Accelerated Robot Learning," ICRA, 2020',
      },
      'a.md',
      owner,
      {},
    )
    assert.ok(
      'notes' in r && r.notes?.some((n) => /names I\. Akinola and "et al\.": write the whole author list/.test(n)),
      JSON.stringify(r),
    )
  })
})

describe('names and dates as forks write them', () => {
  test('titles, degrees and a pronunciation are not part of a name', () => {
    assert.equal(personName('Dr. Elco Koks'), 'Elco Koks')
    assert.equal(personName('Prof. Dr. Maria Kovács, PhD'), 'Maria Kovács')
    assert.equal(personName('Kuleen Sasse (/kuˈliːn sæs/)'), 'Kuleen Sasse')
    assert.equal(personName('Zhen (Ethan) Li'), 'Zhen Li')
  })
  test('D/M/YYYY when the first number cannot be a month; M/D/YYYY otherwise', () => {
    assert.deepEqual(academicPagesDate('28/09/2016'), { year: 2016, month: 9, day: 28 })
    assert.deepEqual(academicPagesDate('09/08/2016'), { year: 2016, month: 9, day: 8 })
  })
  test('the kind of a venue from its words, and the report says it was a guess', () => {
    const kind = (venue: string) => {
      const r = academicPagesPaper(
        { title: 'T', date: '2020-01-01', citation: 'Li, Z. (2020). T.', venue },
        'a.md',
        { name: 'Zhen Li', nameVariants: [] },
        {},
      )
      assert.ok('data' in r)
      return [r.data.venue?.kind, r.notes?.find((n) => n.startsWith('venue kind'))]
    }
    assert.deepEqual(kind('Proceedings of the National Academy of Sciences'), [
      'journal',
      "venue kind journal, from a journal's word in the venue",
    ])
    assert.equal(kind('Nature Human Behaviour')[0], 'journal')
    assert.equal(kind('IROS 2022')[0], 'conference')
    assert.equal(kind('ICML 2023 Workshop on Preference-Based Learning')[0], 'workshop')
    assert.equal(kind('Science of the Total Environment')[0], 'journal')
    assert.match(String(kind('NEMS')[1]), /no word of the venue tells/)
  })
})
