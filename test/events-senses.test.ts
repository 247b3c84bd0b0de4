import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/core/pipeline.js';
import { events } from '../src/stages/events/events.js';
import { numbers } from '../src/stages/numbers.js';
import { sentences } from '../src/stages/sentences.js';

/** The PLOVER classes of the events found, rules only. */
function types(text: string): string[] {
  const doc = createPipeline([sentences(), numbers(), events({ classifier: null })]).run(
    Doc.create(text, { published: '2021-06-01' }),
  );
  return doc.layer('event').map((e) => e.attrs.type);
}

/** Asserts that no sentence of the list holds an event (each named in the failure). */
function none(sentences: string[]): void {
  for (const s of sentences) assert.deepEqual(types(s), [], s);
}

test('deaths from illness, accident or old age, and culled flocks, are not attacks', () => {
  none([
    'The retired teacher died on Sunday of complications from pneumonia.',
    'Thousands of chickens were killed after the flu outbreak reached the farm.',
    'Two hikers were killed in an avalanche near the pass.',
    'The long-serving mayor of the town died last week. He was 81.',
    'The council will name the library after him following his death.',
    'The new cholera strain has infected 40 people and killed 12 of them.',
  ]);
});

test('the police who report or identify the dead of an accident are no agent of it', () => {
  none([
    'A car wreck on Main Street killed a passenger on Sunday afternoon, the Springfield Police Department reported.',
    'Police have identified the man who died in a boating accident on the lake last week.',
  ]);
});

test('contests, words and shows are not fights, attacks or protests', () => {
  none([
    'It was a hard fought game by both teams, the coach said.',
    'The charity has spent years fighting malaria in the delta.',
    'The senator personally attacked the record of his rival in the debate.',
    'Engineers demonstrated the new tablet to reporters in Austin.',
    'The study demonstrates that the bridge is safe.',
    'The firm executed two supply contracts last week.',
    'Critics quickly seized on the remarks of the governor.',
    'Hackers hacked the email servers of the party.',
    'The plan was quickly shot down by others in the cabinet.',
    'Analysts welcomed the scope of targeted spending cuts.',
    'The general inspected the second artillery brigade at its base.',
    'Each finalist has a real shot at the title, the judge said.',
    'Each finalist has a really good shot at the crown.',
    'The losing bidder lodged a formal protest with the procurement office.',
    'Shares of Acme Mining <MOB.N> rose on Monday.',
    'A guard at the gate, who refused to identify himself, waved the cars on.',
    'Police found the car but refused to provide details.',
    'A judge issued an arrest warrant for the contractor on Friday.',
    'The agency offered a reward for information leading to the arrest of the bombers.',
    'The senator spoke of a possible strike against Iraq.',
    'The mayor shot himself in his office, police said.',
    'Veterans were killing themselves at three times the rate of civilians.',
    'The video showed an attack on Sen. Jane Doe, a former prisoner of war.',
    'He attacked other candidates on stage for taking donations.',
    'The race for the seat is on a knife’s edge.',
    'The plan offers several targeted tax breaks to families.',
    'She was released from house arrest in 2010.',
    'Experts say the merger had been killed by the regulator.',
    'The auditors upheld the losing bidder’s protest on Tuesday.',
    'The rival firm expects there will be a protest of the award.',
    'The jetliner crashed into the sea in June, killing all 140 people on board.',
    'The former chief executive officer of the firm has died at the age of 70.',
    'Dealers feared a massive attack on the franc after the vote.',
    "Rally's Inc. said it adopted a shareholder rights plan.",
    'The councilman died on Wednesday after a long battle with lung cancer.',
    'Her relatives are fighting to keep the boy in the country.',
    'For decades, the battle lines around coal have been clear.',
    'The campaign called it the biggest coordinated media attack in history.',
    'Hackers have targeted the voter registration systems of 20 states.',
    'In a long verbal attack read on television, the president called his rival a liar.',
    'The governor beat her rival in the state caucuses on Saturday.',
    'The senator also took a shot at the front-runner in his speech.',
    'The network broadcast a live shot from the victory party.',
    'Our classified information is under constant attack.',
    'The senator is protesting the governor’s new limits on permits.',
    'Hailstorms and strong winds in the south killed two people and injured 20.',
    'Seventeen people were killed after a dam collapsed following heavy rains.',
    'The commission defended attacks on major elements of its farm program.',
    'The quota provoked strong protests from domestic producers and foreign exporters.',
    'Farm groups protested that the quotas were set too low.',
    'Canada has also protested the new import limits.',
    'The committee approved the budget over Republican protests.',
    'Officials are fighting off demands for higher spending by Congress.',
    'The minister attacked what he called biased press reports.',
    'In all, 1,200 people were killed and 9,000 injured when a cloud of toxic gas escaped from the plant.',
    'The fire, which burned for two days, destroyed the mill’s main conveyor.',
  ]);
});

test('the violent senses of the same words stay events', () => {
  for (const [s, type] of [
    ['Hundreds of nurses demonstrated outside the ministry on Monday.', 'PROTEST'],
    ['Some 40 bakers demonstrated to ask for lower flour prices.', 'PROTEST'],
    ['Gunmen shot a shopkeeper in the market; two bystanders died in hospital.', 'ASSAULT'],
    ['Villagers killed a suspected thief by setting him on fire.', 'ASSAULT'],
    ['Fighting broke out between rival fans after the match.', 'ASSAULT'],
    ['Five reporters were injured by traders during the flu lockdown.', 'ASSAULT'],
    ['Militants attacked an army post near the border.', 'ASSAULT'],
    ['A fighter jet was shot down over the valley.', 'ASSAULT'],
    ['An IED exploded beside a police truck.', 'ASSAULT'],
    ['The navy launched a retaliatory strike on the port.', 'ASSAULT'],
    ['Party supporters attacked a candidate with sticks at a rally.', 'ASSAULT'],
    ['Rebels were fighting to hold the town against government troops.', 'ASSAULT'],
    ['Police beat the protesters with batons outside the court.', 'ASSAULT'],
    ['Last week saw widespread protests by hundreds of thousands of farmers.', 'PROTEST'],
    ['Gunmen took a shot at the convoy, killing a guard.', 'ASSAULT'],
    ['Hundreds of students protested the tuition rise outside parliament.', 'PROTEST'],
    ['Unknown men destroyed two shops in the market.', 'COERCE'],
    ['The general was placed under house arrest on Monday.', 'COERCE'],
    ['Dock workers went on strike against the port company.', 'PROTEST'],
    ['The ministry refused the demands of the union.', 'REJECT'],
    ['A mine exploded near the well, injuring a boy while grazing goats and sheep.', 'ASSAULT'],
    ['Hundreds of demonstrating mill workers blocked the highway.', 'PROTEST'],
    ['Hundreds staged a protest outside the embassy.', 'PROTEST'],
  ] as const)
    assert.ok(types(s).includes(type), s);
});

test('a match report tells of play, not attacks, unless a sentence tells of violence', () => {
  const report = [
    'United beat City 2-1 on Saturday to climb to third in the league.',
    'The visitors pressed the attack after half-time and the striker fired a shot past the goalkeeper.',
    'The referee showed the midfielder his marching orders for a late tackle.',
    'After the match, police fired tear gas at fans who threw stones outside the stadium.',
  ].join(' ');
  assert.deepEqual(types(report), ['ASSAULT']);
  // One word of play in a news story is no match report.
  assert.deepEqual(types('Gunmen attacked the league offices on Saturday, killing two guards.'), ['ASSAULT']);
});

test('in an outbreak report a death is the disease’s unless someone dealt harm', () => {
  const report = [
    'The fever virus is still spreading, and 90 are now dead, the health agency said.',
    'Because the disease kills slowly, an infected patient has time to infect others.',
    'As of Monday, 120 cases had been confirmed, with at least 90 fatalities.',
    'Vaccination teams were attacked by residents who stoned their cars.',
  ].join(' ');
  assert.deepEqual(types(report), ['ASSAULT']);
});

test('experts deployed and social mobilisation are no mobilisation of forces; arrested cholera is no arrest', () => {
  none([
    'Fifty international experts were deployed in the province to trace contacts.',
    'They will be joined by experts in social mobilization from three countries.',
    'We need greater mobilization of people to bring their children for vaccination.',
    'The doctors say they have now arrested cholera in the valley.',
  ]);
  assert.deepEqual(types('The army deployed troops in the province on Monday.'), ['MOBILIZE']);
});

test('campaign rallies, a deal that kills, a shot in the arm, an attack in words and a cool reception are no events', () => {
  const campaign = [
    'The candidate held a rally in Tampa on Monday as the campaign entered its final month.',
    'Voters at the rally cheered as the nominee promised lower taxes.',
  ].join(' ');
  assert.deepEqual(types(campaign), []);
  // A rally against something in a campaign season is still a protest.
  assert.deepEqual(types(`${campaign} Hundreds of nurses rallied against the hospital closures outside the capitol.`), [
    'PROTEST',
  ]);
  // One sentence that calls it a campaign's rally is enough, in any report.
  assert.deepEqual(types('The senator held a campaign rally in Dayton on Tuesday attended by 5,000 supporters.'), []);
  assert.deepEqual(types('Hundreds of students held an election rally against the junta in Yangon on Tuesday.'), [
    'PROTEST',
  ]);
  none([
    'The people getting killed in this deal are small business owners, he said.',
    'The endorsement is a shot in the arm for the governor.',
    'The newspaper attacked the senator, saying he lacks the judgment for the job.',
    'The proposal has been met with stiff opposition in the capital.',
  ]);
});

test('prices rally and a senator shoots back in words', () => {
  none([
    'Raw sugar futures rallied from session lows by late afternoon on short-covering.',
    'The rally mirrored a similar upturn in the New York market.',
    'Asked whether the nominee would be confirmed, the senator shot back: "I would not bet on it."',
  ]);
  assert.deepEqual(types('Thousands of farmers rallied outside the market to protest falling prices.'), ['PROTEST']);
});

test('hurtful words, a battle of views and a drowning are no attacks; a possible assault did not happen', () => {
  none([
    'Taking the boy by force would be psychologically wounding to him, the lawyers argued.',
    'The dispute is a battle between exiles of differing political views.',
    'His mother and eleven others died when their boat capsized at sea.',
  ]);
  // Two villages fighting over land is a clash, views or not.
  assert.deepEqual(types('Villagers clashed over a land dispute, leaving three wounded.'), ['ASSAULT']);
});

test('in a campaign report attacks on a record are words; a photographer captures a picture', () => {
  const report = [
    'The candidate campaigned in Queens on Monday as voters weighed the primary.',
    'Later she escalated her attacks on her rival’s record on guns, criticizing his votes on gun manufacturers’ liability.',
  ].join(' ');
  assert.deepEqual(types(report), []);
  assert.deepEqual(types('A news agency photographer captured a small figure covered in a foil sheet.'), []);
});

test('business news: forecasts beaten, confidence shot, green shoots, a product shown, a market rally, a process executed', () => {
  none([
    'The carmaker beat predictions earlier in the week.',
    '"Confidence is shot to ribbons," the broker said.',
    'We have some green shoots here and there, the banker said.',
    'The song bought during the demonstration of the download service was a disco hit.',
    'The index had a five-point gain on Tuesday. The rally began after the bank reported earnings.',
    'He said the sale would be a process that is executed quickly.',
  ]);
});

test('in a disaster report deaths are the earthquake’s; an overturned truck is an accident', () => {
  const report = [
    'EARTHQUAKE KILLS ONE IN THE SOUTH.',
    'A very strong earthquake struck the south on Wednesday, and officials warned of tidal waves after the quake.',
    'A man died in the prefecture when his truck overturned.',
  ].join(' ');
  assert.deepEqual(types(report), []);
});

test('in a campaign report battles, fights, captured states and beaten rivals are the contest’s', () => {
  const lead = 'The candidates campaigned across the state as voters weighed the primary. ';
  for (const s of [
    'The contest now boils down to a delegate battle in the western states.',
    'The governor captured three states and most of the delegates on Tuesday.',
    'I will beat the senator in November, the governor said in an interview.',
    'Her gun-control offensive is a preview of the southern strategy.',
    'She has been fighting for working families her whole life.',
    'The two rivals clashed on the debate stage over trade.',
  ])
    assert.deepEqual(types(lead + s), [], s);
  // Real fights keep their sense: a crowd, the police, a war.
  assert.deepEqual(types(lead + 'Protesters and supporters clashed outside the rally until the police arrived.'), [
    'PROTEST',
  ]);
  assert.deepEqual(types(lead + 'The hill was captured by the army in the 1967 war.'), ['ASSAULT']);
});

test('an offensive remark, a captured share of income and the one shot at a deal are no attacks', () => {
  none([
    'Many readers found the cartoon deeply offensive, the editor said.',
    'The mayor went on the offensive against his critics at a news conference.',
    'The top 1 percent captured 58 percent of the income gains last year.',
    'This is the one shot we have at a budget deal, the chairman said.',
    'Republicans are so used to losing the public relations battle that they give it up.',
    'That is, perhaps, the senator’s best shot at the nomination.',
    'The speaker has taken frequent shots at the candidate’s comments.',
    'His office continued to beat back the whisper campaign.',
  ]);
  assert.ok(types('The army launched an offensive against the rebels in the north.').includes('ASSAULT'));
});

test('a protest vote, a march to the nomination and what a speech demonstrates are no protests', () => {
  const lead = 'The candidates campaigned across the state as voters weighed the primary before the caucus. ';
  for (const s of [
    'He began as a protest candidate and caught fire with young voters.',
    'If we win big, we are going to go marching into the convention with a lot of momentum.',
    'Nothing will slow her march to the nomination, her aides said.',
    'The victories demonstrate without doubt that voters are angry.',
    'He mocks his rival, as he has demonstrated in recent speeches.',
  ])
    assert.deepEqual(types(lead + s), [], s);
  assert.deepEqual(types(lead + 'Thousands marched to the convention center to denounce the nominee.'), ['PROTEST']);
});

test('a newspaper column, a visitor arriving and efforts deployed are no forces on the move', () => {
  none([
    'She wrote about the plan in a column for the local newspaper.',
    'Three more states have moved into the Democratic column this month.',
    'The prime minister arrived at the White House on Monday for talks.',
    'The minister said the country had deployed considerable efforts to stabilise prices.',
  ]);
  assert.deepEqual(types('On Monday, rebel reinforcements arrived at the front near the town.'), ['MOBILIZE']);
});

test('a plan or a reputation destroyed and a manager fired are no attacks', () => {
  none([
    'The ruling effectively destroyed the governor’s plan to shield the workers.',
    'You have destroyed the credibility of every outlet out there, he said.',
    'Was firing Lewandowski the start of the reset?',
  ]);
  assert.ok(types('Militants destroyed the bridge and fired on the convoy.').length > 0);
});

test('a retort, a chance, a ruined mind, an assault weapons ban and a campaign’s assault in words are no attacks', () => {
  none([
    'The developer shot back in a statement, saying he had made a lot of money.',
    'Most of his family thought he had no shot with white voters.',
    'The senator said the justice’s mind is shot.',
    'Democrats failed to reinstate the assault weapons ban that expired in 2004.',
    'Analysts say the plan targeted healthcare reform and spending cuts.',
  ]);
  const lead = 'The candidates campaigned across the state as voters weighed the primary before the caucus. ';
  assert.deepEqual(types(lead + 'He continued his assault on his rival in a speech, mocking his record.'), []);
  assert.deepEqual(types(lead + 'The assault on Paris has thrust national security to the heart of the race.'), [
    'ASSAULT',
  ]);
});

test('a headline that "blasts" a politician and ads "targeted in part at" voters are no attacks', () => {
  for (const s of ['Republicans blast Obama over the deal.', 'The ads were targeted in part at young voters.'])
    assert.deepEqual(types(s), [], s);
  assert.deepEqual(types('A blast ripped through the market, killing four people.'), ['ASSAULT']);
});

test('business news: exports that rally, a battle for confirmation, prices rounded up, a sector targeted, a boiler explosion', () => {
  none([
    'The drop was smaller than expected after Gulf exports rallied in the fourth week of February.',
    'The nominee faced a long battle for confirmation in the Senate.',
    'Prices will be the selling price of the vehicles, rounded up to the next 1,000 dlrs.',
    'The clothing group has targeted financial services as a sector in which to expand.',
    'We face opportunities that must be seized, the chairman said.',
    'The bulk carrier had an explosion in its boiler yesterday, the shipping service said.',
  ]);
  assert.deepEqual(types('A bomb explosion near the refinery killed two guards.'), ['ASSAULT']);
});

test('the death penalty, big shots and a shot of energy are no attacks; a killing beside a speaker’s crowd stays one', () => {
  none([
    'He is a staunch opponent of the death penalty.',
    'Three former administration big shots have also said they are supporting her.',
    'He needs to give his candidacy a shot of energy over the next week.',
  ]);
});

test('what a plan calls for, a candidate’s appeal to voters, a reporter’s question and a source’s anonymity request nothing', () => {
  none([
    'The merger plan calls for the sale of the unit to a group of investors.',
    'The agreement, signed after a board meeting in Denver last week, also calls for the firm to shut two plants.',
    'The town’s bylaw, which calls for the demolition of the old stadium, takes effect in May.',
    'The senator has a strong appeal to young voters in the suburbs.',
    'Her plan would appeal to the mainstream of small farmers.',
    'When asked whether she wanted the governor to campaign for her, she laughed.',
    'The official, who asked not to be identified, said talks would resume.',
    'The utility called for redemption of all its preferred shares on March 3.',
    'The farmer, a Republican who voted for Nixon and Bill Clinton, said he was undecided.',
    'The average forecast called for a 300 mln dlr rise in the money supply.',
    'The agreement with the bank calls for the unit to be sold by June.',
    'Asked by the host to respond to the criticism, the senator smiled.',
    'Output must rise to the level demanded by an increasingly competitive world.',
    'The congresswoman took 57 percent of the vote to the law professor’s 43 percent.',
  ]);
  // What a question or a plan frames is no event of its own either.
  assert.deepEqual(
    types('Asked how he would respond to unions urging the ministry to act, he declined to comment.'),
    [],
  );
  for (const s of [
    'The mayor appealed to residents to stay indoors on Sunday.',
    'The petition calls for the resignation of the police chief.',
    'The governor called for calm after the verdict.',
    'The union asked the mining companies to reopen talks.',
  ])
    assert.deepEqual(types(s), ['REQUEST'], s);
});

test('backing off, securities backed by receivables, a brigade backed by tanks and a poll’s share are no support', () => {
  none([
    'The minister backed away from the proposal after the vote.',
    'The company backed out of the talks on Friday.',
    'The bank sold 300 mln dlrs of notes backed by car loans.',
    'An infantry brigade, backed by tanks, moved toward the border.',
    'About 30 percent of likely voters backed the senator in the survey.',
  ]);
  assert.deepEqual(types('The union backed the mayor in the runoff.'), ['SUPPORT']);
});

test('a vow that coerces no one and a danger nobody threatens are no threats; what they frame is no event', () => {
  none([
    'The senator vowed to press on to the next primary.',
    'She vowed to focus on her family after the scandal.',
    'Excess liquidity threatened the bank’s money supply targets.',
    'The wheat crop is seriously threatened by pests and drought.',
    'The new rules threaten to create a slump in exports.',
    'The disease can cause life threatening loss of fluids.',
    // The promise's content is no attack either.
    'The candidate vowed to win back the trust of the voters he had attacked.',
  ]);
  for (const s of [
    'The governor vowed to block any refugees from entering the state.',
    'The president vowed to “bomb the hell” out of the militants.',
    'The union threatened to strike if the talks failed.',
    'Traders threaten to make a huge sale into intervention stocks.',
  ])
    assert.deepEqual(types(s), ['THREATEN'], s);
});

test('blaming the weather or prices accuses no one, and "the accused" are defendants', () => {
  none([
    'The company blamed unusually cold winter weather in its northern markets.',
    'Sales fell 4 pct, a drop the company blamed on currency movements.',
    'Two of the accused face further charges of fraud.',
  ]);
  assert.deepEqual(types('The minister blamed the opposition for the failure of the talks.'), ['ACCUSE']);
});

test('cash withdrawn from a bank, a rating withdrawn and sugar offers withdrawn are no retreat', () => {
  none([
    'He withdrew 8,000 dlrs from the account last month.',
    'The agency withdrew the ratings on the notes.',
    'Most of the offered sugar will be withdrawn next week, traders said.',
  ]);
  assert.deepEqual(types('The army withdrew from the town on Monday.'), ['RETREAT']);
});

test('a campaign’s crowd gathered, a manager fired on a day, video shot, a picket fence and claims striking at the heart are no events', () => {
  const lead = 'The candidates campaigned across the state as voters weighed the primary before the caucus. ';
  none([
    lead + 'About 2,000 supporters gathered at the college to hear him speak.',
    'His campaign manager was fired on June 20 after a string of disputes with the staff.',
    'The manager was fired with the help of his children.',
    'A driver took the next exit and went around to shoot video of the sign.',
    'She is not selling you a white picket fence.',
    'The claims strike at the heart of the committee’s work, the chairman said.',
  ]);
  assert.deepEqual(types(lead + 'Hundreds of protesters gathered outside the hall to denounce his remarks.'), [
    'PROTEST',
  ]);
});

test('a takeover battle and an attack on new markets are business; a minister named Subroto appealing is no protest', () => {
  none([
    'The stock soared on speculation of a takeover battle between two shareholders.',
    'We are launching a major attack on these new markets, the vice president said.',
  ]);
  // The shipped model reads a crowd's own demand as a protest; a name ending in "to" is no "to".
  const doc = createPipeline([sentences(), numbers(), events()]).run(
    Doc.create('Subroto appealed to the United States to restrict its tin releases.', { published: '2021-06-01' }),
  );
  assert.deepEqual(
    doc.layer('event').map((e) => e.attrs.type),
    ['REQUEST'],
  );
});

test('money shelled out, a bill killed, a dynasty’s death, a shot at winning, attacks fired off and what usually befalls people are no attacks', () => {
  none([
    'His campaign shelled out to broadcast a short film on local stations.',
    'The filibuster was aimed at drawing attention to, and ultimately killing, a religious-freedom bill.',
    'Party operatives spent the weekend in dismay over the death of the Bush dynasty.',
    'This is her last-chance shot to bring those voters over.',
    'He kept interrupting his rivals and firing off endless attacks of his own.',
    'There are consequences to leaving and firing people, the candidate said.',
    'People are usually murdered by someone they already know.',
    'He believes that women who are raped should be able to see a doctor.',
  ]);
  assert.deepEqual(types('Gunmen killed two guards at the checkpoint on Monday.'), ['ASSAULT']);
});

test('local news: craft demonstrations, a biker rally, the beat of music, an attack on the flames and firefighting are no events', () => {
  none([
    'The museum’s forge will be open for blacksmithing demonstrations from noon until 3 p.m.',
    'The town has decided to host an annual biker rally this spring.',
    'With the music pumping from the speakers, all you feel is the beat.',
    'Firefighters launched an initial attack on the flames through the kitchen.',
    'Two firefighters were hurt fighting the blaze.',
  ]);
});

test('in a fire report the injured and the dead are the fire’s', () => {
  const text =
    'A house fire in the village killed a man, 84, on Sunday. Firefighters found the blaze in the basement. ' +
    'The fire department said the flames spread quickly. No residents were injured.';
  assert.deepEqual(types(text), []);
});

test('a demanding setting and what a poison can result in are no events', () => {
  none([
    'Children of all backgrounds can thrive in the demanding, classical setting.',
    'Mercury poisoning in some animals is severe enough to result in death.',
  ]);
});

test('a mob mentality, what the accounts demonstrate and an appeal to a group of folks are no protests', () => {
  none([
    'His comments further the anti-Muslim mob mentality, the group said.',
    'As the 335 versions of the account demonstrate, the companies face a tenacious adversary.',
    'He has been able to appeal to a certain group of folks who feel left out.',
  ]);
});

test('riot police and riot gear are no riot', () => {
  none([
    'Iraqi riot police lined the avenue in Basra on Monday.',
    'Officers in riot gear stood outside the ministry on Monday.',
  ]);
});

test('a murder weapon, kidnapping insurance, a merchant of death, a line of attack and radar shot into the ground are no attacks', () => {
  none([
    'He is peddling his murder weapon for sale, the senator said.',
    'They are moving it to Mexico City, where I hope they have kidnapping insurance.',
    'America must reject this merchant of death once and for all.',
    'The critique is a typical line of attack on tax cuts for the rich.',
    'The device shoots radar waves about 10 feet into the ground.',
  ]);
});

test('the road’s dead, seashells, a patrol car and another shot at a venture are no attacks or deployments', () => {
  none([
    'A motorcycle wreck on the avenue killed a passenger on Sunday.',
    'A man, 34, was struck and killed by a car on the highway.',
    'The photos show necklaces of ocean shells made by the Adena people.',
    'He had difficulty leaving his patrol car during the incident.',
    'The restaurateur will give the venture another shot.',
  ]);
  assert.deepEqual(types('A driver deliberately drove his car into the crowd, killing five people.'), ['ASSAULT']);
});

test('a death from a heart attack, a fight against cutbacks, a rally on Wall Street and an attack on a fiscal policy are no events', () => {
  none([
    'The senator, who died of a heart attack last Friday, chaired the farm panel.',
    'With the death of the senator, farmers have lost an ally who had fought hard against cutbacks in farm benefits.',
    'NEW YORK, March 4 - The carmaker staged an explosive rally on Wall Street after a share buyback program.',
    'The United States has openly attacked Japan’s tight-fisted fiscal policy for the first time.',
  ]);
});

test('a rocket that failed after liftoff, a furnace blast, explosives on a list, a raid on a business and a fight to recover are no attacks', () => {
  none([
    'The new satellite replaces one that was destroyed last May when a Delta rocket exploded after liftoff.',
    'The glassmaker said an explosion during a furnace rebuild at its plant destroyed the furnace.',
    'The landfill will not accept materials that react with water, explosives, or radioactive wastes.',
    'The family has built up its stake to prevent any raid on the heart of its business empire.',
    'The president, fighting to recover politically from the scandal, plans to speak tonight.',
  ]);
});

test('a rocket or two missiles fired are an attack', () => {
  assert.deepEqual(types('Militants fired a rocket that exploded after hitting a house.'), ['ASSAULT']);
  assert.deepEqual(types('The army fired two missiles at the camp on Monday.'), ['ASSAULT']);
});

test('local news: a charge named, a pool death, no foul play, a fire’s ruin, building work, a launch and armour are no attacks', () => {
  none([
    'Sullivan was charged with five felonies including aggravated assault and drug trafficking.',
    'Bond was set at 50,000 dollars on the sexual assault charge.',
    'The county attorney dismissed a first-degree sexual assault charge against him.',
    'Police say an Ohio man has died after being found floating in a resort swimming pool.',
    'Deputies are investigating the death, but officials say early indications show no foul play is involved.',
    'The sprinkler system was disconnected when a fire destroyed the building.',
    'The store will open on the former site of the furniture building razed last summer.',
    'Minutes after blast-off, cameras showed the crew waving.',
    'The wall system is used to protect soldiers from bullets and grenades.',
  ]);
});

test('the number of murders per capita is a statistic, not an attack', () => {
  none(['The group looked at the number of murders per capita in large cities.']);
});

test('a ticker, a headline that attacks a ruling and imports that injure an industry are no events', () => {
  none([
    'ACME <MOB> UNIT TO MAKE FOOD PACKAGING',
    'ZEMBLA ATTACKS U.S. FARM RULES EXEMPTION',
    'The tribunal ruled that imports of corn are materially injuring Zemblan corn producers.',
    'The tribunal found that the domestic industry was being injured by cheap juice imports.',
  ]);
});

test('injuries in a market bombing stay violence, whoever was hurt', () => {
  assert.deepEqual(types('A bomb exploded at a market in Kabul, injuring farmers and traders.'), ['ASSAULT']);
});

test('attack helicopters and attack submarines are craft, not attacks', () => {
  none([
    'The army wants a missile to protect its ground forces from attack helicopters.',
    'The navy ordered two attack submarines on Tuesday.',
  ]);
  assert.deepEqual(types('Attack helicopters fired rockets at the village on Tuesday, killing three people.'), [
    'ASSAULT',
  ]);
});

test('a month in capitals, a vein and a way out are no march or strike', () => {
  none([
    'SHELL CANADA CUTS CRUDE PRICES EFFECTIVE MARCH ONE',
    'HOUSTON OIL TRUST OMITS MARCH DISTRIBUTION',
    'The refiner raised its posted price to 21.95 dlrs from its march one level.',
    'The vein has not been tested along strike to the east, the company said.',
    'He walked out the back door and headed west behind the shopping centre.',
    'One customer walked out with a jackpot-winning lottery ticket.',
  ]);
});

test('objections, orders and lessons are no protest; a dispute with the opposition is no clash', () => {
  none([
    'Despite their protests, the channel carried the speech in full.',
    'He interrupted constantly with protests or sarcastic asides.',
    'The campaign has sent marching orders to its friends in the press.',
    'There will be how- to demonstrations for folks who like to paint.',
    'The cabinet pushed the budget through, deepening a clash with the opposition.',
    'The plan sets the stage for clashes with trade unions, who say they have made enough sacrifices.',
  ]);
});

test('a march, a walkout and clashes with forces stay events beside those senses', () => {
  for (const [s, type] of [
    ['WEST GERMAN FARMERS MARCH AGAINST EC POLICIES', 'PROTEST'],
    ['Talks broke down when the union walked out of the meeting on Thursday.', 'PROTEST'],
    ['Opposition supporters clashed with government forces in the capital.', 'ASSAULT'],
  ] as const)
    assert.ok(types(s).includes(type), s);
});

test('someone wanted or escaped who is captured by the police is arrested, not attacked', () => {
  for (const s of [
    'A man wanted for a killing in a nearby county was captured by Elmwood police on Saturday.',
    'Three inmates who escaped from the county jail were captured on Thursday in a barn.',
  ])
    assert.deepEqual(types(s), ['COERCE'], s);
  // Footage captured by a camera is no one held; soldiers captured by rebels are taken.
  assert.deepEqual(types('The shooting was captured by a police dashboard camera.'), ['ASSAULT']);
  assert.deepEqual(types('Rebels captured two soldiers near the border on Monday.'), ['ASSAULT']);
});

test("South Africa's words of protest are protests: toyi-toyi, stayaway, downed tools, go-slow, picket", () => {
  for (const s of [
    'Residents toyi-toyied outside the municipal offices on Monday, demanding better services.',
    'Taxi drivers embarked on a stayaway on Tuesday over new permit rules.',
    'Mineworkers downed tools at the shaft on Friday, demanding higher wages.',
    'Nurses staged a go-slow at the hospital on Monday.',
    'Members of the youth league picketed outside the offices of the newspaper on Tuesday.',
  ])
    assert.ok(types(s).includes('PROTEST'), s);
});

test('mourners who gather are no protest; men who cut off a road to press a demand are one', () => {
  none(['Hundreds of people gathered at the cemetery yesterday to say goodbye to the young Marine.']);
  assert.ok(
    types('Armed men cut off the road linking the two towns to pressure the authorities on Monday.').includes(
      'PROTEST',
    ),
  );
});

test("a trigger's own protest label, with no model, still meets the police who broke the crowd up", () => {
  const doc = createPipeline([sentences(), numbers(), events({ classifier: null })]).run(
    Doc.create(
      'On 8 June 2021, residents held a sit-in in Uvira. The police finally intervened to disperse the crowd.',
      {
        published: '2021-06-08',
      },
    ),
  );
  assert.deepEqual(
    doc.layer('event').map((e) => e.attrs.acled?.subEventType),
    ['Protest with intervention'],
  );
});
