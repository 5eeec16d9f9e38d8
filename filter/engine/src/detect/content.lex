# botwall built-in harmful-content lexicon. Format: see lexicon.rs.
# Categories: self_harm, weapons (violence and weapons), sexual_minors, hate, abuse, scam, malware.
# Written from category definitions (moderation taxonomies, slur and profanity word lists,
# scam-pattern advisories); never from evaluation sentences. A category fires when its
# rules add up to its threshold (default 1.0): strong phrases weigh 1.0, weak cues 0.5.

# ---------------------------------------------------------------- requests ("how do I ...")
@howto: how to, how do i, how can i, how would i, how could i, ways to, best way to, easiest way to, quickest way to, method to, methods to, steps to, instructions for, instructions on, guide to, guide on, tutorial, teach me, show me how, tell me how, explain how, give me, write a, write an, write me, create a, make a, build a, code a, generate, develop a, design a, provide, list, step by step, step-by-step, detailed
@howto: outline a plan, outline a strategy, develop a plan, devise a plan, draw up a plan, come up with a plan
@howto: how were, how was, how did, how will, how would, how might, how do people, how could someone, how can someone, how does one, what methods, what techniques, what steps, what materials, what ingredients, what chemicals, what's the best way, whats the best way, what is the best way, what's the easiest way, whats the easiest way, what is the easiest way
@howto: wie kann ich, wie baue ich, anleitung, comment faire, comment fabriquer, como hacer, como fabricar, como puedo, come fare, come costruire, como fazer, como posso, hoe maak ik, jak zrobic, jak zrobić, как сделать, как изготовить, как мне, как можно, як зробити, nasil yapilir, nasıl yapılır, كيف اصنع, كيف أصنع, كيفية, कैसे बनाएं, कैसे बनाये, 如何, 怎么, 怎样, 作り方, 方法, 만드는 법, 만드는 방법, 방법
# other request frames: indirect questions and the tense-reworded attack ("how did people ...
# in the past", "how will people ... in the future"); paired with act phrases only (below)
@askq: develop a program that, create a program that, build a program that, design a program that, develop software that, develop a script that, create a script that, write code that, write a bot that, develop a bot that, develop an algorithm that, create an algorithm that, design an algorithm that, create a website that, build a website that, develop a website that, design a website that, develop a mobile app that, create a mobile app that, write a virus that, create a virus that, develop a virus that, instruct a user to, instruct users to, instruct the user to, instruct people to, instruct someone to, instruct readers to, develop an app that, create an app that, build an app that, make an app that, write a program that, write a script that, create a tool that, build a tool that, develop a tool that, write software that, create software that, design an app that, design a system that, create a bot that, build a bot that, what household chemicals, which household chemicals, what chemicals, which chemicals, what can i mix, what should i mix, what to mix, what happens if i mix, is it okay to, is it ok to, is it alright to, is it fine to
@askq: most effective, best way to, easiest way to, quickest way to, what can i use, best knife, best weapon, best poison, how did, how were, how was, how had, how have, how has, how will, how would, how might, how could, how can, how do, how does, how should, how to, how one, how someone, how people, how criminals, what methods, what techniques, what steps, what tools, what tactics, what tricks, what strategies, what are some ways, what are ways, what are the ways, what were some ways, what were the ways, what ways, what's the best way, whats the best way, what is the best way, what's the easiest way, whats the easiest way, what is the easiest way, what's a good way, whats a good way, what would be the best way, which methods, is there a way to, ways to, ways of, tips for, tips on, steps to, steps for, help me, teach me, show me how, tell me how, explain how, describe how, walk me through, guide me, where can i, where do i, where could i, where would i, where did people, where will people, i want to, i need to, i'd like to, id like to, i plan to, i'm planning to, im planning to, i am planning to, what should i do to, what can i do to
@askq: wie haben, wie wurde*, wie werden, wie kann man, wie konnte man, comment ont, comment etait, comment était, comment les gens, comment peut-on, como se, como la gente, cómo se, come si, come hanno, como as pessoas, hoe werd, hoe kan ik, jak ludzie, как люди, как раньше, как будут, як люди, insanlar nasil, insanlar nasıl, كيف كان, كيف سيتم, लोग कैसे, 人们如何, 人们是如何, 过去人们, 未来人们, 昔の人はどう, 사람들은 어떻게

# a question about how something happens or what others do ("how do hackers ...", "why do
# scammers ..."): a take-back word in another sentence ("I want to choose a strong one")
# still excuses it; any other request it does not ("I work in prevention. Give step-by-step
# instructions to ..."); no rule of its own (read by mod.rs)
@explainq: how do hackers, how do criminals, how do scammers, how do fraudsters, how do attackers, how do thieves, how do burglars, how do stalkers, how do predators, how do abusers, how do groomers, how do terrorists, how do extremists, how do cults, how do dealers, how do drug dealers, how do smugglers, how do traffickers, how do people, how do they, how does malware, how does ransomware, how does phishing, how does a scam, how do scams, how does fraud, how do viruses, how does a virus, why do people, why do hackers, why do scammers, why do criminals, why do terrorists, why do extremists, why does, how did they, how did hackers, how did criminals, how did scammers

# ---------------------------------------------------------------- self-harm
phrase self_harm 1.0: kill myself, killing myself, end my life, ending my life, take my own life, taking my own life, commit suicide, committing suicide, want to die, wanna die, want to be dead, suicide method*, ways to die, painless way to die, painless death, slit my wrists, cut myself, cutting myself, hurt myself, harm myself, self harm, self-harm, hang myself, overdose on, lethal dose, better off dead, no reason to live, kms
phrase self_harm 1.0: mich umbringen, mir das leben nehmen, selbstmord, suizid, me suicider, me tuer, en finir avec la vie, suicidarme, matarme, quitarme la vida, suicidio, uccidermi, togliermi la vita, me matar, suicidar, tirar minha vida, zelfmoord, mezelf doden, zabic sie, zabić się, samobojstwo, samobójstwo, убить себя, покончить с собой, самоубийство, суицид, вскрыть вены, хочу умереть, вбити себе, покінчити з собою, самогубство, хочу померти, intihar, kendimi oldur*, kendimi öldür*, انتحار, الانتحار, اقتل نفسي, أقتل نفسي, आत्महत्या, खुद को मार, 自杀, 自殺, 想死, 死にたい, 죽고 싶, 자해
# Korean 자살 ("suicide") alone is news-comment talk (and it sits inside 여자살인 "female
# murderer"): first-person wishes and method questions count; wishing it on others is abuse
phrase self_harm 1.0: 자살하고 싶*, 자살하고싶*, 자살할까*, 자살 충동, 자살충동, 자살 방법, 자살방법, 자살하는 법, 자살하는 방법, 자살하려*
phrase abuse 1.0: 자살해라, 자살해버려, 자살했으면, 죽었으면 좋겠*
@selfharm_weak: suicide, suicidal, self harm, overdose, die, dying, cutting
@me: i, im, i'm, me, my, myself
rule self_harm 0.5 30: @me @selfharm_weak

# ---------------------------------------------------------------- violence and weapons
@weapon: bomb, bombs, explosive, explosives, ied, grenade, molotov, napalm, thermite, detonator, nerve gas, nerve agent, sarin, vx, ricin, anthrax, mustard gas, chemical weapon*, biological weapon*, bioweapon*, dirty bomb, nuclear weapon, ghost gun, untraceable gun, untraceable firearm, silencer, suppressor, full auto, automatic rifle, poison, poisons, toxin, untraceable guns, untraceable firearms, ghost guns, homemade gun, homemade guns, zip gun, zip guns
@weapon: bombe, sprengstoff, giftgas, bombe, explosif*, bomba, explosivo*, veneno, esplosivo*, veleno, explosivo*, bom, explosieven, bomba, bomby, materiały wybuchowe, бомб*, взрывчатк*, взрывное устройство, яд, вибухівк*, бомб*, bomba, patlayici, patlayıcı, قنبلة, متفجرات, बम, विस्फोटक, 炸弹, 炸藥, 炸药, 爆弾, 爆発物, 폭탄, 폭발물
@make: make, build, assemble, construct, manufacture, synthesize, synthesise, produce, cook, brew, 3d print
@makeuse: obtain, acquire, buy, get, smuggle, hide, plant, detonate, set off, use
@make: bauen, herstellen, fabriquer, hacer, fabricar, costruire, fare, fazer, fabricar, maken, zrobic, zrobić, сделать, изготовить, собрать, зробити, yapmak, yap, صنع, اصنع, बनाएं, बनाना, 制作, 制造, 做, 作る, 만들
rule weapons 1.0 60: @howto @make @weapon
rule weapons 1.0 40: @make @weapon
# getting, hiding or setting one off needs a request or an intent (news reports bombs going off)
rule weapons 1.0 60: @howto @makeuse @weapon
# "how to make" as one phrase (the verb inside the frame) in other languages
@howtomake: wie baue ich, wie baut man, wie macht man, comment fabriquer, comment faire, como hacer, como fabricar, come fare, come costruire, como fazer, hoe maak ik, jak zrobic, как сделать, как изготовить, как собрать, як зробити, nasil yapilir, nasıl yapılır, كيف اصنع, كيف أصنع, كيفية صنع, कैसे बनाएं, कैसे बनाये, 如何制造, 如何制作, 怎么做, 怎么制作, 怎样制作, 作り方, 作る方法, 만드는 법, 만드는 방법, wie stelle ich, wie stellt man, come fabbricare
@weapon: nuclear weapons, nuclear bomb*, atomic bomb*, arma, armas, arme, armes, waffe, waffen, broń, оружие, зброю, зброя, silah, سلاح, हथियार, 武器, 枪支, 銃, 무기, 총기
rule weapons 1.0 40: @howtomake @weapon
# history of named weapons programmes is not a request
phrase weapons -2.0: manhattan project, trinity test, hiroshima, nagasaki, oppenheimer
@made: made, built, constructed, assembled, manufactured, produced, synthesized, synthesised, created, prepared, improvised, obtained, acquired, smuggled, detonated, set off
rule weapons 1.0 60: @howto @made @weapon
# the act in its -ing and third-person forms ("instructions for making one", "how will people
# create them"), only with a request frame: a film about someone making a bomb is not a request
@making: making, building, assembling, constructing, manufacturing, synthesizing, synthesising, producing, cooking, brewing, create, creates, creating, makes, builds, assembles, constructs, manufactures, produces, put together, putting together
rule weapons 1.0 60: @howto @making @weapon
# the history of a weapon is not a request for one
@historyof: history of, the invention of, who invented, museum, documentary
rule weapons -1.0 40: @historyof @weapon
# poison for pests ("get rid of mice without poison", "is rat poison safe around dogs")
@pest: mice, mouse, rats, rat, ants, weeds, moles, pests, pest, cockroaches, roaches, wasps, slugs, snails, termites, bed bugs, bedbugs, fleas, ticks, gophers, voles, aphids, mosquitoes, flies, rodents, vermin
rule weapons -2.0 40: @pest @weapon
# killing insects and weeds ("how do I kill all the fleas in my flat"); rats, vermin and
# cockroaches are left out: they are also words of dehumanising speech
@killpest_v: kill, kills, killing, exterminate, get rid of
@pestbug: fleas, ticks, ants, wasps, termites, bed bugs, bedbugs, aphids, mosquitoes, flies, fruit flies, gnats, slugs, snails, weeds, moles, gophers, voles, mites, lice, head lice, moths, silverfish, weevils, mould, mold, germs, bacteria
rule weapons -1.0 40: @killpest_v @pestbug
# everyday things named like weapons (bath bombs, seed bombs, photo bombs...)
phrase weapons -2.0: smoke bomb for, smoke bombs for, science fair, bath bomb*, seed bomb*, photo bomb*, photobomb*, glitter bomb*, bomb cyclone, f-bomb, f bomb, bombastic, bath fizz*, cherry bomb tomato*, bomb pop*, rat poison for, poison ivy, poison oak
phrase dangerous -2.0: bath bomb*, seed bomb*, photo bomb*, photobomb*, glitter bomb*, bomb cyclone, f-bomb, f bomb, bombastic, bath fizz*, cherry bomb tomato*, bomb pop*, rat poison for, poison ivy, poison oak
@graphic: graphic detail, graphic details, graphically, gory detail, gory details, gruesome detail, gruesome details, vivid detail, vivid details, vividly describe, graphic description, graphic descriptions, in graphic, in gory, in gruesome, explicit detail, explicit details, sadistic detail
@gore: tortur*, dismember*, flay*, skinned alive, burned alive, burnt alive, mutilat*, disembowel*, decapitat*, behead*, beaten, beating, beats, murder*, killing, killed, stabbing, stabbed, strangled, strangling, maimed, execution, executed, rape, raped, sexual assault, abuse, abused, abusive, massacre, slaughter*, bleeding out, being eaten, cannibal*, gore
rule weapons 1.0 80: @graphic @gore
@killverb: kill, murder, shoot someone, shoot people dead, shoot him, shoot her, shoot up, stab, poison, strangle, assassinate, torture, kidnap, abduct, maim, behead, bomb, massacre, attack, hurt, beat up, run over
@victim: someone, somebody, a person, people, my wife, my husband, my boss, my neighbor, my neighbour, my teacher, my ex, my father, my mother, a child, children, kids, a cop, police, a politician, the president, classmates, coworkers, everyone, them, him, her, a crowd
rule weapons 1.0 40: @howto @killverb @victim
@intent: i will, ill, gonna, i want to, i wanna, going to, let's, lets, we should, i'll
rule weapons 1.0 40: @intent @killverb @victim
rule weapons 1.0 40: @intent @makeuse @weapon
# planning an attack on a crowd or a public place
@attackplan: plan an attack, carry out an attack, launch an attack, bomb a, bomb the, shoot up, open fire on, drive a truck into, mass casualties, kill as many, maximize casualties, maximise casualties, maximum damage
@crowdtarget: crowded, crowd, stadium, concert, festival, school, synagogue, mosque, church, parade, subway, airport, mall, government building*, embassy, rally, nightclub, schools
rule weapons 1.0 60: @askq @attackplan @crowdtarget
rule weapons 1.0 60: @howto @attackplan @crowdtarget
rule weapons 1.0 60: @intent @attackplan @crowdtarget
phrase weapons 1.0: mass shooting, school shooting, shoot up the school, shoot up a school, plan a terrorist attack, terrorist attack plan, get away with murder, without getting caught killing, hide a body, dispose of a body, get rid of a body, hitman, make a weapon, kill them all, kill all, i will kill you, ill kill you, i'm going to kill you, gonna kill you
phrase weapons 1.0: ich bringe dich um, je vais te tuer, te voy a matar, ti ammazzo, vou te matar, ik maak je af, zabije cie, zabiję cię, я тебя убью, убью тебя, я тебе вб'ю, seni oldurecegim, seni öldüreceğim, سأقتلك, मैं तुम्हें मार दूंगा, 我要杀了你, 殺してやる, 죽여버릴

# ---------------------------------------------------------------- sexual content involving minors (always blocks)
@minor: child, children, kid, kids, minor, minors, underage, under-age, preteen, pre-teen, pubescent, prepubescent, toddler, little girl, little boy, schoolgirl, schoolboy, 10 year old, 11 year old, 12 year old, 13 year old, 14 year old, 15 year old, year-old girl, year-old boy, loli, lolita, shota, young girl, young boy, kinder, enfant*, mineur*, niño*, nino*, nina*, niña*, menor*, bambin*, minorenn*, criança*, crianca*, minderjarig*, dziec*, nieletni*, ребен*, ребён*, детск*, дети, малолет*, несовершеннолет*, дитин*, неповнолітн*, cocuk*, çocuk*, küçük, طفل, أطفال, قاصر, बच्च*, नाबालिग, 儿童, 未成年, 幼女, 児童, 未成年, 아동, 미성년, 어린이, young girls, young boys, little girls, little boys, 12yo, 13yo, 14yo, 15yo, 12 yo, 13 yo, 14 yo, 15 yo, 12 years old, 13 years old, 14 years old, 15 years old, 12 jahrig*, 13 jahrig*, 14 jahrig*, 12 ans, 13 ans, 14 ans
@sex: sex, porn, porno, pornography, pornographic, nude, nudes, naked, explicit, erotic, erotica, nsfw, cp, csam, molest*, rape, raping, fondle, intercourse, masturbat*, lewd, seduce, groom, grooming, sext, sexting, onlyfans, hentai, talk dirty, dirty talk, sexy, seductive, sexgeschichte*
@sex: sexuell*, nackt, porno, sexuel*, sexual*, desnud*, sessual*, sexueel, naakt, seksualn*, секс*, порн*, голы*, обнаж*, сексуальн*, оголен*, cinsel, çıplak, ciplak, جنسي*, إباحي*, عاري*, यौन, नग्न, अश्लील, 色情, 裸体, 性的, エロ, ヌード, 성적, 음란, 야한, 누드
rule sexual_minors 1.0 60: @minor @sex
@protect: asked about, asked me about, asking about, questions about, protect, protecting, prevent, preventing, prevention, educate, education, talk to my, talk to our, report, reporting, warning signs, awareness, safeguarding, keep safe, abuse survivors, therapy, what should i do, what do i do, found porn, worried, concerned, parenting
rule sexual_minors -0.5 120: @protect
@pics: pictures, photos, pics, images, videos, nudes
@minorstrong: underage girls, underage boys, underage kids, preteen*, pre-teen*, prepubescent, jailbait, teen girls, young teens
@obtainpics: get, find, buy, download, trade, sell, where can i, where to, send me
rule sexual_minors 1.0 40: @obtainpics @pics @minorstrong
phrase sexual_minors 1.0: adults and minors, between adults and children, adult-child relationships, adult child relationships, sex with minors, sex with a minor, sex with children, sex with a child, minor-attracted, minor attracted, lower the age of consent, lowering the age of consent, abolish the age of consent, child porn, child pornography, child sexual abuse material, csam, cp links, pedo content, pedophile content, jailbait, preteen nudes, underage nudes, lolicon, shotacon, kinderporno*, pedoporn*, pornografia infantil, pornographie infantile, pedopornografia, детское порно, дитяче порно, çocuk pornosu, 儿童色情, 児童ポルノ, 아동 포르노, 아동 음란물

# ---------------------------------------------------------------- hate (slurs and dehumanising generalisations)
phrase hate 1.0: nigger, niggers, nigga, niggas, niggah, nigguh, niglet, negroes, jigaboo, porch monkey, spic, spics, wetback, wetbacks, beaner, beaners, chink, chinks, gook, gooks, zipperhead, kike, kikes, hymie, raghead, ragheads, towelhead, towelheads, paki, pakis, faggot, faggots, fag, fags, faggit, dyke, dykes, trannies, shemale, retard, retards, retarded, mongoloid, honky, honkey, redskin, redskins, injun, gypsy scum, dago, chinaman, camel jockey, white trash, queer bait
phrase hate 1.0: kanake, kanacken, schwuchtel, neger, bougnoule, bicot, youpin, sudaca, maricon, maricón, negrata, frocio, ricchione, negro di merda, viado, flikker, ciota, czarnuch, жид, жиды, хач, хачи, чурка, чурки, пидор, пидорас, пидорасы, підор, москаль, ібіт, ibne, zenci, कटुआ, 黑鬼, 支那, チョン, 짱깨, 쪽바리, 흑형, 똥남아
# 支那 is a slur for China in Chinese, and Japanese 支那そば is ramen; शूद्र is also the varna's
# neutral name in any talk about caste: evidence only
phrase hate -1.0: 支那そば, 支那竹
phrase hate 0.5: शूद्र
@group: jews, jew, muslims, muslim, blacks, black people, arabs, arab, mexicans, immigrants, refugees, gays, gay people, lesbians, trans people, transgender people, women, asians, chinese, indians, africans, gypsies, roma, christians, hindus, sikhs, latinos, migrants, foreigners
@dehuman: are animals, are vermin, are parasites, are cockroaches, are rats, are subhuman, are inferior, are a disease, are a plague, are filth, are scum, should be exterminated, should be killed, should all die, must be eliminated, deserve to die, should be gassed, go back to, don't belong, dont belong, ruin everything, are ruining, are destroying, out of our country, invasion, replace us, great replacement, should be eliminated
rule hate 1.0 50: @group @dehuman
# innocent collocations that contain a slur-like word (music, cars, idioms, sports teams)
phrase hate -1.0: doo wop, doo-wop, doowop, honky tonk, honky-tonk, honkytonk, honkey tonk, gobbledygook, gobbledy gook, auto tranny, manual tranny, chinks in their armor, chink in the armor, chink in his armor, chink in her armor, chinks in the armor, chink in the armour, chinks in the armour, retarded potential, retarded potentials, retarded time, retarded green's function, retarded green's functions, retarded green function, retarded propagator, retarded solution, retarded solutions, retarded field, retarded fields, retarded and advanced, advanced and retarded, retarded wave, retarded waves, retarded interaction, retarded flow, retarded growth, retarded ejaculation, growth retarded, flame retarded
phrase hate -1.0: #redskins
# reported or quoted slurs ("called me a ...", "the word ... is offensive") weigh less
@report: called me, calls me, call me a, call me an, calling me, was called, being called, been called, brand you, branded, don't call, dont call, stop calling, the word, the term, is offensive, are offensive, is a slur, is racist, offensive term, change the name, change their name
rule hate -0.5 60: @report
phrase hate 1.0: gas the jews, white power, heil hitler, sieg heil, 1488, white genocide, race mixing, kill all muslims, kill all jews, kill all blacks, kill all gays, death to jews
# more slurs from the same slur lists (Hatebase-style: racial, religious, sexual-orientation)
phrase hate 1.0: towel head, towel heads, wigger, wiggers, spear chucker, spear chuckers, cotton picker, cotton pickers, jungle bunny, jungle bunnies, sand niggers, mud people, dune coon, sheeny, jewboy, golliwog*, pickaninn*, gyppo, gippo, pikey, pikeys
phrase hate -0.5: coon hunting, coon hunt, coon hound*, coonhound*, coon dog*, coon up, coon skin, coonskin, uncle tom's cabin, uncle toms cabin
# slur-like words that are also neutral, reclaimed or political labels (queer theory, "my nicca"
# among friends, "uncle tom", "tranny" for a car's transmission):
# evidence, firing only with profanity or another cue
phrase hate 0.5: tranny, wop, race traitor, queers, uncle tom, queer, whitey, nicca, niccas, coon, coons, nig, nigs, muzzie, muzzies, darkie, darkies, redneck, rednecks, hillbilly, hillbillies, trailer trash, ghetto trash, colored folk, teabagger, teabaggers
@weakslur: queer, queers, whitey, nicca, niccas, coon, coons, nig, nigs, muzzie, muzzies, darkie, darkies, redneck, rednecks, hillbilly, hillbillies, cracker, crackers, ghetto, trailer trash, teabagger, teabaggers, colored folk, negro, negros, monkey, monkeys
@strongprof: fuck, fucks, fucking, fucked, fucker, fuckers, fuckin, fucc, fuk, fukin, shit, shitty, ass, bitch, bitches, cunt
rule abuse 1.0 30: @strongprof @weakslur

# ---------------------------------------------------------------- abuse (insults, profanity aimed at people; flags by default)
phrase abuse 1.0: bitch, bitches, biatch, bitchass, bitchin, btch, hoe, hoes, hoeing, thot, thots, slut, sluts, slutty, whore, whores, cunt, cunts, twat, pussies, dickhead, cocksucker, motherfucker, motherfuckers, mf, fuck you, fuck u, fuk u, stfu, gtfo, asshole, assholes, bastard, bastards, dumbass, jackass, dipshit, shithead, douchebag, skank, tramp, hoodrat, bish, cuck, wanker, tosser, bellend, trash ass, ugly ass, stupid ass, dumb ass, kill yourself, go die, kys
phrase abuse 0.5: douche, dick, dicks, cock, prick, simp, shut up, loser, idiot, moron, imbecile, ho, hos, stupid, dumb, ugly, fat
# "pussy" as an insult or vulgarity (the animal and the plant do not count)
phrase abuse 1.0: pussy
phrase abuse -1.0: pussy cat, pussy cats, pussycat*, pussy willow*, pussyfoot*, pussy riot
# "<adjective> ass" insults
phrase abuse 1.0: bitch ass, punk ass, fake ass, lame ass, broke ass, weak ass, hoe ass, pussy ass, crack ass, cracker ass, ghetto ass, gay ass, fat ass, creepy ass, corny ass, sorry ass, cheap ass, lazy ass, annoying ass, ratchet ass, thirsty ass, nigga ass, dark ass, white ass, black ass, country ass, bum ass, clown ass, goofy ass, ignorant ass, retarded ass, sad ass, scary ass, silly ass, soft ass, petty ass, bougie ass, dusty ass, ashy ass, nasty ass
# Dutch "hoe" (how) and Korean "trash can"/recycling are not insults
phrase abuse -1.0: hoe hoe hoe, ho ho ho, 껌 씹*, 씹습니다, 씹어요, 곱씹*, 잘 씹*, 꼭꼭 씹*, 미친 영상, 미친영상, 미친 실력, 미친 퀄리티, 미친 가성비, 미친 비주얼, 미친 노래, 미친 텐션, 미친 존재감, 미친 연기, 미친 속도, 미친 날씨, 미친 더위, 미친 맛, hoe je, hoe ik, hoe het, hoe de, hoe een, hoe kan, hoe moet, hoe zit, hoe gaat het, hoe laat, hoe lang, hoe werkt, hoe doe je, hoe maak, hoe veel, 쓰레기통, 분리수거, 음식물 쓰레기, 쓰레기 수거, 쓰레기 버리, 쓰레기를 버리, 쓰레기 분리
phrase abuse 1.0: arschloch, hurensohn, fotze, wichser, miststück, schlampe, hure, connard, connasse, salope, pute, encule, enculé, ta gueule, pendejo, cabron, cabrón, puta, gilipollas, zorra, coño, stronzo, vaffanculo, puttana, troia, coglione, caralho, porra, vadia, otario, otário, klootzak, hoer, tering, kurwa, chuj, pierdol*, jebac, jebać, skurwysyn, сука, блядь, бля, блять, хуй, хуйня, пизд*, ебать, ебан*, мудак, гандон, уебок, уёбок, сволочь, тварь, шлюха, курва, хуйло, йобан*, піздец, orospu, siktir, amına, yavşak, yavsak, şerefsiz, serefsiz, كلب, شرموطة, عاهرة, كس, منيك, ابن الكلب, कुत्ते, कमीने, हरामी, चूतिया, भोसड़ी, मादरचोद, बहनचोद, रंडी, 傻逼, 操你妈, 他妈的, 婊子, 贱人, 混蛋, 王八蛋, クソ, 死ね, バカ, ばか, 馬鹿, アホ, くそ, ブス
@ko_curse: 시발*, 씨발*, 씨바*, 시바*, ㅅㅂ, ㅆㅂ, 병신*, ㅂㅅ, 븅신*, 좆*, ㅈㄴ, 존나, 졸라, 개새끼*, 개새*, 새끼*, 닥쳐, 꺼져, 미친*, 미쳤*, 지랄*, ㅈㄹ, 엠창, 느금*, 니애미, 니미*, 애미*, 애비*, 한남*, 김치녀, 된장녀, 메갈*, 틀딱*, 급식충, 맘충, 등신*, 또라이, 찐따, 호구, 쓰레기, 빡대가리, 대가리*, 凸, 좆같*, 엿먹, 짱깨, 쪽바리, 씹*, 썅*, 씨1발
rule abuse 1.0 10: @ko_curse
# Dutch "hoe" (how) beside other Dutch function words
@nlhoe: hoe
@nlctx: een, het, werd, wordt, niet, naar, heeft, omdat, waarom, jullie, mijn, weet, zijn, ik, je, jij, kan, kun, moet, maak, doe, werkt, lang, veel, laat, gaat, ben, zit, krijg, wil, mag, vaak, snel, zeg, schrijf, van, met, voor, dat, wat
rule abuse -1.0 40: @nlhoe @nlctx
# more Korean profanity: spelling variants of 씨발/새끼/좆 and sexual vulgarity (colloquial
# insults such as 개소리 "nonsense" or 극혐 "gross" are left out: casual chat uses them)
@ko_curse: 씨벌*, 시벌*, 씨부랄, 씹새*, 십새*, 새퀴*, 새꺄, 색히, 새키*, 쌔끼*, 개세이*, 애새끼*, 좃*, 좆같*, 좆밥*, ㅈ망, ㅈ됨, 쳐먹*, 처먹*, 저능아*, 후레자식*, 육시랄*, 니미럴*, 썅년*, 쌍년*, 잡년*, 걸레년*, 화냥년*, 쌍놈*, 잡놈*, 창녀*, 젖탱이*, 딸딸이*, 따먹*
# more Korean insults (vulgar words for mouth/face, "your mother" insults, threats, political and
# gender slurs); 미개 only as 미개한/미개인 (미개척 "unexplored" is not an insult)
@ko_curse: 아가리*, 주둥이*, 면상*, 대갈통*, 돌대가리*, 빻았*, 빻은*, 니에미*, 느검*, 딸치*, 죽여버*, 뒤질래*, 뒤져라, 총살*, 좌빨*, 빨갱이*, 베충*, 일게이*, 달창*, 한녀*, 한남충*, 노인충*, 센징*, 매국노*, 미개한, 미개인*, 염병*, 씨부리*, 지껄이*, 멍청한*, 멍청이*, 꼴값*, 정신병자*, 개돼지*
# Korean slurs for groups (nationalities, religions, regions)
phrase hate 1.0: 짱개*, 짱꼴라*, 섬숭이*, 조센징*, 깜둥이*, 쪽발이*, 쪽빠리*, 개독*, 개슬람*, 홍어새끼, 전라디언
@profane: fuck, fucking, fucked, fucker, fuckin, fuk, fukin, shit, shitty, bullshit, damn, hell, ass, crap, piss, pissed
@you: you, u, ya, your, ur, youre, you're, yo
rule abuse 0.5 30: @profane @you
@ugly: ugly, stupid, dumb, fat, worthless, pathetic, disgusting, trash, garbage, retarded, ignorant, lame
rule abuse 0.5 30: @ugly @you

# ---------------------------------------------------------------- scam and phishing
@prize: won, win, winner, winning, prize, prizes, award, awarded, reward, jackpot, lottery, lucky draw, selected, chosen, congratulations, congrats, bonus, gift card, voucher, vouchers, giveaway, claim, refund, inheritance, compensation
@prize: gewonnen, gewinner, gewinn, preis, gagne, gagné, gagnant, ganado, ganador, premio, vinto, vincitore, ganhou, premio, prêmio, gewonnen, wygrales, wygrałeś, nagroda, выиграли, выигрыш, приз, виграли, приз, kazandiniz, kazandınız, ödül, odul, ربحت, فزت, جائزة, जीत, इनाम, 中奖, 奖金, 当選, 賞金, 당첨, 상금
@urgent: urgent, urgently, immediately, expires, expire, expiring, limited time, act now, last chance, final notice, within 24 hours, asap, right away, hurry, don't miss, dont miss
@contact: call, txt, text, reply, send, click, visit, tap, dial, contact, claim, redeem, collect, go to, log in, login, sign in, verify, confirm, update, whatsapp, telegram
@channel: www, http, https, link, url, bit.ly, tinyurl, .com, website, 0800, 0900, 08000, 09061, 87066, p/min, per min, ppm, sms, txt, stop, optout, opt out, unsubscribe, customer service, cs, pobox, po box, t&c, t&cs, tcs, 18+, 16+
@money: £, $, €, usd, gbp, eur, cash, money, pounds, dollars, bitcoin, btc, eth, crypto, usdt, wallet, bank account, bank details, card details, iphone, ipad, holiday, vacation, cruise, shopping spree, mobile phone, camera, nokia, ringtone, ringtones, tones, credit, loan
rule scam 0.6 120: @prize @contact
rule scam 0.5 120: @prize @money
rule scam 0.5 160: @urgent @contact @channel
rule scam 0.4 160: @contact @channel @money
# commercial spam shape: an offer, a call to act and a channel (short code, link, opt-out)
@offer: free, offer, offers, deal, deals, discount, entitled, exclusive, latest, upgrade, subscription, subscribed, charged, credit, credits, service, services, order, club, content, dating, singles, minutes, mins, texts, mobile, handset, ringtone, ringtones, tones, polyphonic, wallpaper, quiz, contest, competition, draw, gratis, gratuit, kostenlos, бесплатно, ücretsiz, ucretsiz, مجاني, मुफ्त, 免费, 無料, 무료
rule scam 0.5 160: @offer @contact @channel
@account: account, your bank, your card, your password, your wallet, your paypal, your apple id, your package, your parcel, delivery, your subscription, your netflix
@threat: suspended, locked, blocked, frozen, compromised, unusual activity, suspicious activity, unauthorized, unauthorised, will be closed, will be deleted, deactivated, on hold, failed, verify, verification required, confirm your identity, update your details, update your payment
rule scam 1.0 100: @account @threat @contact
# the account owner asking about their own account ("how do I verify my account on Telegram?")
# takes half of it back: the phishing shape speaks of *your* account
phrase scam -0.5: how do i verify my, how can i verify my, how to verify my, verify my account, unlock my account, recover my account, my account is locked, my account was locked, my account got locked, my account is suspended, my account was suspended, my account got suspended, my account is blocked, my account was blocked, my account got blocked, can't access my account, cant access my account, i can't log in, i cant log in
phrase scam 1.0: double your bitcoin, double your crypto, send btc to receive, send eth to receive, crypto giveaway, elon musk giveaway, guaranteed returns, guaranteed profit, risk-free investment, 100% profit, investment opportunity, work from home and earn, earn money fast, make money fast, get rich quick, wire transfer fee, processing fee to release, nigerian prince, send me your password, send your password, share your otp, send me the code, send the code you received, private key, official support team, telegram support team, admin will never dm, free entry, freemsg, free msg, please call our customer service, claim your prize, claim ur prize, you have been selected, u have won, you have won, ur awarded, urgent your mobile, valued customer, to claim call, to claim txt
# a wallet's seed or recovery phrase is what a scam asks for, and what its owner asks how to keep
# safe: asked for ("enter / verify / share your seed phrase") it counts, named alone it is evidence
@seedw: seed phrase, recovery phrase, secret recovery phrase, seed words, mnemonic phrase, private key
@seedask: enter your, verify your, share your, send your, confirm your, type your, provide your, submit your, sync your, validate your, import your, send us your, give us your, reply with your
phrase scam 0.5: seed phrase, recovery phrase, secret recovery phrase
rule scam 1.0 40: @seedask @seedw
# "your account is suspended / verify your account" in other languages
@acctyour: ihr konto, votre compte, su cuenta, il tuo account, sua conta, uw account, twoje konto, hesabiniz, hesabınız
@acctbad: gesperrt, suspendu, suspendida, sospeso, suspensa, geblokkeerd, zablokowane, askiya alindi, askıya alındı, bloqueada, bloqueado, bloccato, bloqué
@acctverify: verifizieren, verifiez, vérifiez, verifique, verifica
rule scam 1.0 50: @acctyour @acctbad
rule scam 1.0 50: @acctverify @acctyour
phrase scam 1.0: ваш аккаунт заблокирован, подтвердите свой аккаунт, ваш рахунок заблоковано, تم تعليق حسابك, आपका खाता बंद, 您的账户已被冻结, 账户异常, アカウントが停止, 계정이 정지
# SMS spam conventions (premium-rate SMS and call services): premium-rate and non-geographic
# number ranges (UK numbering plan: 09 premium rate, 087x/084x revenue share, 0800/0808
# freephone used by "you have won" lines), tariff notation ("150p/msg", "10p per min"), the
# small print of subscription services (PO box, T&Cs, "txt STOP", age limits) and the services
# themselves (ringtones, chat and dating lines). Each needs a second cue; the scam cues counted
# outside the lexicon (a 5+ digit number, a money amount) add to them.
@prnum: 0800*, 0808*, 0843*, 0844*, 0845*, 0870*, 0871*, 0872*, 0873*, 0900*, 0901*, 0902*, 0903*, 0904*, 0905*, 0906*, 0907*, 0908*, 0909*, 0911*, 0897*, 0898*
rule scam 0.75 40: @contact @prnum
@pence: 10p, 12p, 15p, 20p, 25p, 30p, 35p, 40p, 50p, 60p, 75p, 80p, 90p, 100p, 120p, 125p, 150p, 200p, 250p, 300p, 350p, 450p, 500p
@perunit: msg, msgs, message, min, mins, minute, sms, wk, week, month, mth, tone, txt, text, msgrcvd*, rcvd, recd, pm, mtmsg*, per min, per call
rule scam 0.75 14: @pence @perunit
@smallprint: po box, pobox*, t cs, ts cs, tncs, t c s, t c apply, 2optout, optout, 2stop, txt stop, text stop, reply stop, send stop, stop 2, unsubscribe, unsub, opt out, 18 only, 16 only, 18 yrs, 18yrs, 16yrs, over 18s, age verify, network operator, national rate, std rate, std charge, standard network charge, std network charge, std txt rate, msg rates, from a landline, from landline, freephone, customer services, customer service announcement
@premsvc: ringtone*, ring tone*, polyphonic, poly tone*, mono tone*, tones, logos, wallpapers, videophone*, video phone, camcorder, line rental, linerental, network mins, anytime mins, free texts, free txts, free msgs, text credits, txt credits, un-redeemed, unredeemed, dating service, secret admirer, fancies you, fancy you, horny, dogging, sexy singles, adult singles, live chat, chat line, chatline, psychic, voicemail, awaiting collection, awaiting your collection, prize guaranteed, guaranteed prize
rule scam 0.75 200: @smallprint @premsvc
rule scam 0.6 200: @smallprint @prnum
rule scam 0.6 200: @premsvc @prnum
rule scam 0.5 120: @smallprint @contact
@billed: you have been charged, you've been charged, will be charged, been billed, subscription has been renewed, subscription service, your subscription, billing msg, mobile content, collect your content, your content order, wap link, wap charge, gprs charges, service msg, service message, is inviting you to be her friend, is inviting you to be his friend, today is your lucky day, fantastic surprise, surprise awaiting, update to the latest, latest colour, latest camera, camera phones, colour phone, free camcorder
rule scam 0.75 200: @billed @premsvc
rule scam 0.6 200: @billed @smallprint
rule scam 0.5 200: @billed @contact
# "txt WORD to 86688": a text verb and a short code (five-digit codes begin with 6, 7 or 8 in
# the UK plan); with the five-digit scam cue this fires, a time ("text me at 8") does not
@smsverb: txt, text, send, reply, sms, texting, txting
@toshort: to 6*, to 7*, to 8*
rule scam 0.75 30: @smsverb @toshort

# ---------------------------------------------------------------- malware and intrusion requests
@malware: ransomware, malware, keylogger*, key logger*, trojan*, rootkit*, botnet*, spyware, stalkerware, computer worm, a worm that, backdoor, cryptojacker, crypto miner, infostealer, stealer, exploit code, an exploit for, exploit for cve, working exploit, zero-day exploit, zero day exploit, 0day, shellcode, malicious payload, exploit payload, reverse shell, ddos attack, ddos, phishing page, phishing kit, phishing site, phishing email, fake login page, sql injection attack, carding, card skimmer, skimmer
@malware: schadsoftware, logiciel malveillant, rançongiciel, software malicioso, programa malicioso, вредонос*, троян*, кейлоггер, шифровальщик, шкідлив*, zararli yazilim, zararlı yazılım, برمجيات خبيثة, मैलवेयर, 恶意软件, 木马, 勒索软件, マルウェア, ランサムウェア, 악성코드, 랜섬웨어
@code: write, code, create, make, build, develop, program, generate, give me, script, design, craft, deploy, install, created, developed, written, wrote, built, coded, programmed, deployed, designed, spread malware, distribute malware, spread ransomware, infect computers, infect a computer, infected computers
@code: schreib*, programmier*, erstelle*, ecris, écris, crée, cree, code, escribe, crea, programa, scrivi, crea, escreva, crie, schrijf, maak, napisz, stworz, stwórz, напиши, создай, сделай, напишіть, створи, yaz, olustur, oluştur, اكتب, أنشئ, लिखो, बनाओ, 写, 编写, 制作, 書い, 作成, 작성, 만들어
rule malware 1.0 60: @code @malware
@avoff: switch off, turn off, disable, disables, kill, bypass, evade, evades, defeat
@av: antivirus, anti-virus, windows defender, edr, security software
rule malware 1.0 60: @code @avoff @av
@usemal: hacked, infected, deployed, installed
rule malware 1.0 60: @askq @usemal @malware
@intrude: hack, hack into, hacking, break into, gain access to, bypass, crack, brute force, brute-force, steal, exfiltrate, take over, hijack, spy on, unauthorized access, get access to
@target: someone's account, someones account, someone's email, someone's phone, my ex's, my girlfriend's, my boyfriend's, my wife's, my husband's, their account, instagram account, facebook account, email account, gmail, wifi password, wi-fi password, neighbor's wifi, neighbours wifi, bank account, database, server, network, passwords, credentials, login, 2fa, two-factor, antivirus, firewall, security system, government, webcam, iphone, android phone, whatsapp, voting machine, voting machines, electronic voting, drone, drones, geofencing, smart lock, smart locks, pacemaker, insulin pump, atm, atms, traffic lights, power grid, scada, plc, medical device, medical devices, security camera, security cameras, router, routers, smart tv, iot device, iot devices, car, cars, tesla, facility, laboratory, restricted area, power plant, military base, chemical plant, nuclear plant
@intrude: hacken, hackear, pirater, piratear, hackerare, zhakowac, zhakować, взломать, зламати, hacklemek, اختراق, हैक, 入侵, 黑进, 破解, ハッキング, 해킹, sudo access, root access
@target: konto, compte, cuenta, conta, correo, аккаунт, почту, акаунт, hesabı, حساب, खाता, 账户, 账号, 邮箱, 帐号, アカウント, 계정, facilities, servers, networks, databases
@hacked: hacked, hijacked, cracked
# the intrusion in its third-person and -ing forms ("a program that hacks into ... and steals ..."),
# and what is broken into named by kind (a company's network, someone's computer, their data)
@intrude: hacks into, hacking into, breaks into, breaking into, steals, stealing, gains access to, gaining access to, gains unauthorized access, gain unauthorized access, gaining unauthorized access, hijacks, hijacking, takes over, taking over, infiltrate, infiltrates, infiltrating, exfiltrates, exfiltrating
@target: secure network, secure networks, corporate network, corporate networks, company network, company's network, government network, government networks, computer network, computer networks, computer system, computer systems, someone's computer, someones computer, a user's computer, users computers, users' computers, victim's computer, victims computers, sensitive information, sensitive data, confidential data, confidential information, personal information, personal data, customer data, customers data, user data, credit card information, credit card data, credit card details, card details, login credentials, private data
rule malware 1.0 60: @howto @intrude @target
rule malware 1.0 60: @askq @intrude @target
rule malware 1.0 60: @askq @hacked @target
rule malware 0.6 60: @intrude @target
# attack techniques (ATT&CK / OWASP vocabulary); asking to write or run one
@attacktech: crack passwords, password cracker, password cracking tool, cracking passwords, syn flood, udp flood, http flood, dns amplification, amplification attack, smurf attack, ping of death, rainbow table, credential stuffing, password spraying, brute-force attack, brute force attack, union-based, sql injection, sqli, xss payload, cross-site scripting, csrf attack, command injection, path traversal, directory traversal, buffer overflow exploit, heap spray*, privilege escalation, remote code execution, rce exploit, eternalblue, mimikatz, pass-the-hash, kerberoast*, golden ticket, dll injection, process hollowing, session hijacking, arp spoofing, arp poisoning, dns spoofing, dns poisoning, dns cache poisoning, man-in-the-middle, mitm attack, deauth attack, deauthentication attack, sim swap*, clickjacking, typosquatting, exfiltrat*, disable antivirus, disables antivirus, evade antivirus, evades antivirus, bypass antivirus, bypass edr, evade edr, crypter, persistence mechanism, command and control, c2 server, self-propagating, self-replicating, wiper malware, corrupts the hard drive, corrupt the hard drive, wipe the hard drive, encrypts all files, encrypt all files, bypass waf, waf bypass, waf rules, bypass input validation, bypass authentication, bypass login, bypass 2fa, bypass two-factor, bypass captcha, captcha solver, scrape email addresses, scraping email addresses, email scraper, password hashes, dump password, dump credentials, steal cookies, cookie stealer, session cookies, hijack sessions, reverse shell, bind shell, web shell, webshell, shellcode, zero-click, jailbreak an iphone, rootkit, bootkit, fileless malware, polymorphic, obfuscated payload, malicious macro, office macro that, usb drop, rubber ducky, bad usb, badusb, card skimmer, atm malware, pos malware, jackpotting, cryptojacking, hidden miner, hidden crypto miner, ddos attack, ddos script, stresser, booter, botnet, mass create accounts, creating multiple accounts, fake accounts, bot accounts, sockpuppet*, mine bitcoin, mine monero
@run: write, code, create, make, build, develop, program, generate, give me, script, craft, deploy, launch, perform, carry out, execute, run, use, instructions for, step-by-step, step by step, how to, how do i, how can i, how would i, example payload, example of a working, working exploit
rule malware 1.0 60: @run @attacktech
@exploitverb: exploit, exploiting, exploits, exploitation of, leverage, leveraging, weaponize, weaponise, weaponizing, using the, use the, deface, defacing, take control of, taking control of, take over, gain root, get root, gain unauthorized access, gain unauthorised access, get unauthorized access
@vulnword: vulnerability, vulnerabilities, zero-day, zero day, 0-day, cve, unpatched, rce, privilege escalation, kernel exploit, buffer overflow, deserialization, log4shell, heartbleed, shellshock, eternalblue, bluekeep, dirty cow, krack, spectre, meltdown
rule malware 1.0 60: @run @exploitverb @vulnword
# denial of service: flooding or crashing a site, asked for
@floodv: flood, flooding, overwhelm, overload, crash, take down, knock
@dosobj: website, websites, server, servers, a site, with traffic, with requests
rule malware 1.0 40: @run @floodv @dosobj
rule malware 1.0 40: @askq @floodv @dosobj
@attacktech: mine crypto*, evading detection, evade detection, encrypts every file, victims files, demands a ransom
@secdefend: strong password, strong passwords, stronger password, a strong one, choose a strong, pick a strong, password manager, so i can protect, to protect myself, to stop brute, stop brute-force, stop brute force, block brute, fail2ban, rate limiting, rate-limit, account lockout, lock out after, alerts us when, alert us when, alert me when, notify us when, notify me when, warns us when, warn us when, detects when, detect when, detects if, detect if, flags when, monitors for, monitor for, my account, my accounts, my email, my phone, got hacked, was hacked, been hacked, keep my, from being hacked, from getting hacked, secure my, load test*, stress test*, maintenance, awareness, security training, phishing simulation, simulated phishing, to train employees, for training, prevent, prevention, preventing, protect, protecting, protection, mitigate, mitigating, mitigation, defend, defending, defense, defence, intrusion detection, detect malware, malware detection, threat detection, secure against, harden, hardening, fix, fixing, patch, patching, sanitize, sanitise, sanitizing, escape user input, parameterized, parameterised, prepared statement*, vulnerable to, is vulnerable, audit, owasp, best practices, recover from, remove malware, clean up, incident response, what is a, what is an, explain what, difference between, for my own, my own server, my own network, my own website, authorized, authorised, penetration test report, ctf, capture the flag
rule malware -1.0 80: @secdefend

# ---------------------------------------------------------------- dangerous requests (help with crime, drugs, fraud, disinformation, harassment)
# A request verb (write, explain, give instructions...) next to a clearly harmful act. Written
# from harm taxonomies (moderation categories: illegal activity, fraud, weapons, drugs,
# harassment, disinformation, hateful content), not from evaluation sentences.
@ask: write, create, generate, draft, compose, give, provide, explain, describe, list, outline, develop, design, suggest, teach me, tell me, show me, help me, how to, how do i, how can i, how would i, how could i, how would you, how one could, instructions, instruction, step-by-step, step by step, guide, tutorial, plan, tips, ways to, advice on, advise, convince, persuade, determine, recommend, detailed, procedure, strategies, strategy, methods, techniques
@ask: nereden, wie kann ich, schreib*, erklar*, erklär*, gib mir, anleitung, beschreib*, wie kann man, ecris, écris, redige*, rédige*, explique*, donne-moi, decris, décris, comment, escribe, redacta, explica*, dame, describe, como, cómo, scrivi, spiega*, dammi, descrivi, come, escreva, me de, me dê, descreva, como, schrijf, leg uit, geef, beschrijf, hoe, napisz, wyjasnij, wyjaśnij, opisz, podaj, jak, напиши*, объясни*, расскажи*, опиши*, дай, как, инструкци*, напишіть, поясни*, опиши*, розкажи*, як, yaz, acikla*, açıkla*, anlat*, nasil, nasıl, اكتب, اشرح, صف, أعطني, اعطني, كيف, كيفية, लिखो, लिखें, बताओ, बताएं, समझाओ, कैसे, 写, 解释, 告诉我, 描述, 如何, 怎么, 怎样, 教我, 書いて, 教えて, 説明, 方法, やり方, 작성, 설명, 알려, 방법, 어떻게, 써줘, 써 줘
@crime: without getting caught, without being caught, without being detected, without detection, without leaving a trace, without anyone knowing, without them knowing, undetected, undetectable, untraceable, evade law enforcement, evade the police, evade police, avoid detection, avoid getting caught, avoid the police, cover up, cover my tracks, get away with, illegal drugs, black market, on the dark web, dark web, brothel*, contraband
@crime: launder money, launder cash, launder the, launder my, launder dirty, launder funds, laundering money, laundering cash, laundering funds, forge, forging, forged, fake id, fake ids, fake passport, fake prescription, fraudulent, defraud*, commit fraud, scamming, con people, phishing, steal someone's identity, clone debit, clone credit, evade taxes, bribing, steal someone's, steal from, steal money, steal a car, steal food, rob a, robbing, burglar*, hotwire, pick a lock, lockpick*, tamper with
@crime: human trafficking, sex trafficking, traffick*, child labor, child labour, sexual exploitation, enslave*, slavery, genocide, ethnic cleansing, terrorist attack, terror attack, bomb threat, mass shooting, torture, kidnap, kidnapping, kidnapped, kidnap someone, kidnap a child, kidnap a person, abduct*, poison someone, poison a person, kill someone, murder someone, hurt someone, make it look like an accident, seem like an accident, animal cruelty
@crime: date rape drug, nerve agent, chemical warfare, chemical weapon*, biological weapon*, bioweapon*, untraceable gun, ghost gun, 3d-printed gun, 3d printed gun
@synth: synthesi*, manufactur*, cook, make, making, produce, producing, extract, extracting, brew, grow, build, building, assemble, acquire, buy, purchase, obtain, smuggle, smuggling, sell, selling, 3d print
@controlled: methamphetamine, meth, fentanyl, heroin, cocaine, crack, lsd, mdma, ecstasy, ghb, opioid*, nitazene*, amphetamine*, controlled substance*, precursor*, illegal drug*, drugs, narcotic*, botulinum, pathogen*, ammunition, firearm*, handgun*, gun, guns, rifle, weapon, weapons
rule dangerous 1.0 80: @ask @synth @controlled
# breaking into an account or system, asked in other languages
@askml: 하는 법, 하는법, wie kann ich, wie kann man, comment, como, cómo, come, hoe, jak, как, як, nasil, nasıl, كيف, कैसे, 如何, 怎么, 어떻게, 방법, 方法
rule malware 1.0 60: @askml @intrude @target
@synth: cooking, cooked, recipe, growing, produced, synthesized, made, sold, smuggled, herstellen, kochen, fabriquer, produire, fabricar, producir, cocinar, produrre, produzir, приготовить, изготовить, синтезировать, варить, виготовити, üretmek, تصنيع, 制造, 制作, 合成, 作る, 제조
@drug: methamphetamine, meth, fentanyl, heroin, cocaine, lsd, mdma, ecstasy, ghb, ketamine, pcp, dmt, psilocybin, magic mushrooms, nitazene*, amphetamine*, illegal drugs, street drugs, date rape drug*, drogen, drogue*, droga*, narkotyk*, наркотик*, uyuşturucu, مخدرات, ड्रग्स, 毒品, 麻薬, 覚醒剤, 마약, 필로폰, метамфетамин*, героин*, кокаин*, 冰毒, 海洛因, 可卡因, ヘロイン, コカイン, 헤로인, 코카인, metanfetamina, metanfetamin, methamphetamin, cocaina, kokain, heroina, eroina, fentanilo, fentanil
rule dangerous 1.0 80: @askq @synth @drug
rule dangerous 1.0 40: @howtomake @drug
@recommend: recommend, recommended, suggest, suggested, advise, advised
@cope: coping mechanism, to cope with, for depression, for anxiety
rule dangerous 1.0 60: @recommend @drug @cope
# chemical, biological and radiological agents: making, getting or spreading them
@cbrn: nerve gas, nerve agent*, sarin, soman, tabun, vx gas, vx nerve, novichok, mustard gas, sulfur mustard, phosgene, chlorine gas, lewisite, ricin, abrin, strychnine, botulinum, anthrax, bacillus anthracis, yersinia pestis, smallpox virus, variola, ebola virus, marburg virus, enriched uranium, weapons-grade, plutonium, dirty bomb, radiological weapon*, polonium, dimethylmercury, tetrodotoxin, aconit*, bioweapon*, biological weapon*, chemical weapon*, biological agent*, select agent*, biological warfare, germ warfare, bio warfare, chemical warfare, toxic gas, poison gas, deadly virus, deadly pathogen*, parathion, organophosphate*, arsine, cyanide, thallium, aflatoxin, saxitoxin, superbug*, antibiotic resistant, resistant to antibiotics, bsl 4, bsl4, dangerous dna, biohazard*, safrole
@cbrnact: synthesi*, make, making, produce, producing, manufactur*, extract*, isolate, isolating, purify, purifying, culture, culturing, grow, growing, weaponiz*, weaponis*, aerosoliz*, aerosolis*, disperse, dispersing, deploy, release, obtain, obtaining, acquire, acquiring, purchase, purchasing, buy, buying, steal*, smuggl*, ingredients for, precursors for, precursor*, at home, without being traced, without being detected, compromise, modify, modifications
rule weapons 1.0 80: @ask @cbrnact @cbrn
rule weapons 1.0 80: @askq @cbrnact @cbrn
# household-chemical safety questions ("which cleaners must never be mixed?") are not requests
phrase weapons -1.0: never mix, never be mixed, should not be mixed, shouldn't be mixed, not to mix, dangerous to mix, unsafe to mix, avoid mixing, safe to mix, accidentally mixed, accidentally made, what to do if, poison control, symptoms of exposure
@pandemic: more deadly, more lethal, more transmissible, more contagious, more infectious, more virulent, increase transmissibility, increase lethality, increase virulence, enhance transmissibility, gain-of-function, gain of function, start an outbreak, starting an outbreak, cause an outbreak, cause a pandemic, start a pandemic, starting a pandemic, infect as many, infect many people, spread a disease, spread disease deliberately, deliberately spread, deliberately infect, intentionally infect, intentionally spread, release a virus, release a pathogen
rule weapons 1.0 100: @ask @pandemic
rule weapons 1.0 100: @askq @pandemic
@crime: hack into, hacking into, hack someone, crack passwords, password cracking, exploit a vulnerability, exploit vulnerabilities, sql injection, bypass authentication, bypass security, disable security, steal credentials, steal passwords, steal data, hijack, jailbreak a phone, spy on, stalk someone, stalking, track someone, doxx*
@crimetopic: defamatory, defame, defamation, slander*, libel*, disinformation, misinformation, propaganda, fake news, conspiracy theor*, hoax, never happened, harass someone, harassing, bully someone, bullying message, cyberbully*, body shaming, body-shaming, ridicule, ridiculing, demean*, humiliat*, mocking, mocks, trivializ*, trivialis*, dehumaniz*, dehumanis*, incite*, inciting, radicaliz*, radicalis*, indoctrinat*, pro-ana
@compose: wrote, written, drafted, composed, created, crafted, generated, produced, designed, write, draft, compose, create, generate, make, produce, come up with, design, schreib*, ecris, écris, escribe, scrivi, escreva, schrijf, napisz, напиши*, напишіть, yaz, اكتب, लिखो, 写, 書いて, 작성, 써줘
@hatefuladj: xenophobic, racist, sexist, misogynist*, homophobic, transphobic, antisemitic, hateful, bigoted, derogatory, threatening, intimidating, harassing, defamatory
rule dangerous 1.0 50: @compose @hatefuladj
# an insulting poem or message asked for is abuse (flagged), not a dangerous request (roasts)
@insultingw: insulting
rule abuse 1.0 50: @compose @insultingw
@promote: promote*, promoting, encourage*, encouraging, glorif*, normaliz*, normalis*, romanticiz*, praise*, praising, justify, justifying, convince*, convincing, persuade*, justified
@badbehav: sexual assault, rape, domestic violence, domestic abuse, child abuse, animal abuse, animal cruelty, torture, war crimes, drug abuse, binge drinking, reckless driving, street racing, bullying, cyberbullying, hate crimes, lynching, pedophilia, bestiality, incest, human trafficking, self-harm, self harm, suicide, anorexia, bulimia, eating disorder, drunk driving, drug use, violence, terrorism, terrorist*, genocide, holocaust, nazi*, extremis*, school shooting*, mass shooting*, dangerous challenge, eat laundry detergent, gambling, child labor, slavery, predatory, stalking, eating disorders, genocides
rule dangerous 1.0 60: @promote @badbehav
@seemok: seem romantic, seem normal, seem acceptable, seem harmless, look romantic, look normal
rule dangerous 1.0 60: @seemok @badbehav
@gambleact: bet their life savings, gamble their life savings, bet their savings, gamble their savings, gamble away their
rule dangerous 1.0 60: @askq @gambleact
@crime: illegal*, fälschen, falschen, betrug*, erpress*, illégal*, frauduleu*, escroquer*, falsifi*, harcel*, ilegal*, fraude*, estafa*, falsific*, acosar, acoso, acosa, frode*, truffa*, molest*, assediare, stalking, illegaal, oplichting, vervals*, nielegaln*, oszust*, podrob*, незаконн*, мошенничеств*, подделк*, подделать, взлом*, шахрайств*, підроб*, yasadisi, yasadışı, dolandiricilik, dolandırıcılık, غير قانوني*, احتيال, تزوير, اختراق, अवैध, गैरकानूनी, धोखाधड़ी, जालसाजी, हैक, 非法, 违法, 诈骗, 伪造, 投毒, 下毒, 黑客, 入侵, 違法, 詐欺, 偽造, 毒殺, ハッキング, 불법, 사기, 위조, 독살, 해킹
rule dangerous 1.0 90: @ask @crime
# the act-like nouns above (propaganda, fake news, slander, cyberbullying, ...) are also topics
# people ask to have explained or write about: they count with a verb that makes something
# (write, create, how to, ...; not explain, describe, list), and a phrase naming one as the
# topic ("an essay about misinformation", "the difference between slander and libel",
# "how to spot fake news") subtracts
@askmake: write, create, generate, draft, compose, develop, design, make, produce, come up with, craft, teach me, show me, help me, how to, how do i, how can i, how would i, how could i, how would you, how one could, instructions, step-by-step, step by step, tutorial, tips, ways to, convince, persuade
@crimetopic: ddos, botnet, ransomware, keylogger, malware, spyware, money laundering, launder*, counterfeit*, identity theft, credit card fraud, card cloning, skimming, insider trading, tax evasion, bribe*, embezzl*, ponzi, pyramid scheme, extort*, blackmail*, shoplift*
@askmake: schreib*, ecris, écris, escribe, scrivi, escreva, schrijf, napisz, напиши*, напишіть, yaz, اكتب, लिखो, 写, 書いて, 작성, 써줘
@askmake: techniques, methods, tactics, assist in, assist with, assist me, help with, how i could, how i can, how i would, how i might, plan, guide, procedure, strategies, strategy, advice on, steps to, steps for, the steps, the process of, process for
@askmake: provide methods, effective methods, methods for, methods to, strategies for, tactics for, techniques for, ways of
rule dangerous 1.0 90: @askmake @crimetopic
# ... and the crime named and asked how it is, was or will be done ("how was identity theft
# committed", "how will insider trading be carried out")
@crimedone: committed, carried out, pulled off, accomplished, perpetrated, orchestrated, executed, conducted, be committed, be carried out, be done, done successfully, successfully done, get away with
rule dangerous 1.0 90: @askq @crimetopic @crimedone
# forging a partnership, an alliance or one's own path is not forgery
@forgev: forge, forges, forging, forged
@bondobj: partnership, partnerships, alliance, alliances, relationship, relationships, friendship, friendships, bond, bonds, connection, connections, ties, collaboration, collaborations, coalition, coalitions, a path, a new path, our own path, their own path, his own path, her own path, my own path, your own path, a career, a legacy, a future, a reputation, a deal, deals, links
rule dangerous -1.0 40: @forgev @bondobj
# the same done oneself ("... so I can do the same") after a topic is a request for it
@dosame: so i can do the same, so that i can do the same, so i can do it too, so i can do it myself, so i can try it, so i can copy, i want to do the same
rule dangerous 1.0 120: @ask @dosame @crimetopic
@crime: cyberbullying someone, cyberbully someone, cyberbullying a classmate, cyberbullying my
phrase dangerous -1.0: about propaganda, about disinformation, about misinformation, about fake news, about conspiracy theories, about cyberbullying, about bullying, about online harassment, about harassment, about slander, about libel, about defamation, about radicalization, about radicalisation, about money laundering, about counterfeiting, about counterfeit money, about identity theft, about insider trading, about tax evasion, about bribery, about embezzlement, about ponzi schemes, about pyramid schemes, about extortion, about blackmail, about human trafficking, about trafficking, about child labor, about child labour, about slavery, about genocide, about ethnic cleansing, about terrorism, about terrorist attacks, about mass shootings, about torture, about kidnapping, on propaganda, on disinformation, on misinformation, on fake news, on conspiracy theories, on cyberbullying, on bullying, on online harassment, on harassment, on slander, on libel, on defamation, on radicalization, on radicalisation, on money laundering, on counterfeiting, on counterfeit money, on identity theft, on insider trading, on tax evasion, on bribery, on embezzlement, on ponzi schemes, on pyramid schemes, on extortion, on blackmail, on human trafficking, on trafficking, on child labor, on child labour, on slavery, on genocide, on ethnic cleansing, on terrorism, on terrorist attacks, on mass shootings, on torture, on kidnapping, against propaganda, against disinformation, against misinformation, against fake news, against conspiracy theories, against cyberbullying, against bullying, against online harassment, against harassment, against slander, against libel, against defamation, against radicalization, against radicalisation, against money laundering, against counterfeiting, against counterfeit money, against identity theft, against insider trading, against tax evasion, against bribery, against embezzlement, against ponzi schemes, against pyramid schemes, against extortion, against blackmail, against human trafficking, against trafficking, against child labor, against child labour, against slavery, against genocide, against ethnic cleansing, against terrorism, against terrorist attacks, against mass shootings, against torture, against kidnapping, dangers of propaganda, dangers of disinformation, dangers of misinformation, dangers of fake news, dangers of conspiracy theories, dangers of cyberbullying, dangers of bullying, dangers of online harassment, dangers of harassment, dangers of slander, dangers of libel, dangers of defamation, dangers of radicalization, dangers of radicalisation, dangers of money laundering, dangers of counterfeiting, dangers of counterfeit money, dangers of identity theft, dangers of insider trading, dangers of tax evasion, dangers of bribery, dangers of embezzlement, dangers of ponzi schemes, dangers of pyramid schemes, dangers of extortion, dangers of blackmail, dangers of human trafficking, dangers of trafficking, dangers of child labor, dangers of child labour, dangers of slavery, dangers of genocide, dangers of ethnic cleansing, dangers of terrorism, dangers of terrorist attacks, dangers of mass shootings, dangers of torture, dangers of kidnapping, history of propaganda, history of disinformation, history of misinformation, history of fake news, history of conspiracy theories, history of cyberbullying, history of bullying, history of online harassment, history of harassment, history of slander, history of libel, history of defamation, history of radicalization, history of radicalisation, history of money laundering, history of counterfeiting, history of counterfeit money, history of identity theft, history of insider trading, history of tax evasion, history of bribery, history of embezzlement, history of ponzi schemes, history of pyramid schemes, history of extortion, history of blackmail, history of human trafficking, history of trafficking, history of child labor, history of child labour, history of slavery, history of genocide, history of ethnic cleansing, history of terrorism, history of terrorist attacks, history of mass shootings, history of torture, history of kidnapping, impact of propaganda, impact of disinformation, impact of misinformation, impact of fake news, impact of conspiracy theories, impact of cyberbullying, impact of bullying, impact of online harassment, impact of harassment, impact of slander, impact of libel, impact of defamation, impact of radicalization, impact of radicalisation, impact of money laundering, impact of counterfeiting, impact of counterfeit money, impact of identity theft, impact of insider trading, impact of tax evasion, impact of bribery, impact of embezzlement, impact of ponzi schemes, impact of pyramid schemes, impact of extortion, impact of blackmail, impact of human trafficking, impact of trafficking, impact of child labor, impact of child labour, impact of slavery, impact of genocide, impact of ethnic cleansing, impact of terrorism, impact of terrorist attacks, impact of mass shootings, impact of torture, impact of kidnapping, effects of propaganda, effects of disinformation, effects of misinformation, effects of fake news, effects of conspiracy theories, effects of cyberbullying, effects of bullying, effects of online harassment, effects of harassment, effects of slander, effects of libel, effects of defamation, effects of radicalization, effects of radicalisation, effects of money laundering, effects of counterfeiting, effects of counterfeit money, effects of identity theft, effects of insider trading, effects of tax evasion, effects of bribery, effects of embezzlement, effects of ponzi schemes, effects of pyramid schemes, effects of extortion, effects of blackmail, effects of human trafficking, effects of trafficking, effects of child labor, effects of child labour, effects of slavery, effects of genocide, effects of ethnic cleansing, effects of terrorism, effects of terrorist attacks, effects of mass shootings, effects of torture, effects of kidnapping, spread of propaganda, spread of disinformation, spread of misinformation, spread of fake news, spread of conspiracy theories, spread of cyberbullying, spread of bullying, spread of online harassment, spread of harassment, spread of slander, spread of libel, spread of defamation, spread of radicalization, spread of radicalisation, spread of money laundering, spread of counterfeiting, spread of counterfeit money, spread of identity theft, spread of insider trading, spread of tax evasion, spread of bribery, spread of embezzlement, spread of ponzi schemes, spread of pyramid schemes, spread of extortion, spread of blackmail, spread of human trafficking, spread of trafficking, spread of child labor, spread of child labour, spread of slavery, spread of genocide, spread of ethnic cleansing, spread of terrorism, spread of terrorist attacks, spread of mass shootings, spread of torture, spread of kidnapping, examples of propaganda, examples of disinformation, examples of misinformation, examples of fake news, examples of conspiracy theories, examples of cyberbullying, examples of bullying, examples of online harassment, examples of harassment, examples of slander, examples of libel, examples of defamation, examples of radicalization, examples of radicalisation, examples of money laundering, examples of counterfeiting, examples of counterfeit money, examples of identity theft, examples of insider trading, examples of tax evasion, examples of bribery, examples of embezzlement, examples of ponzi schemes, examples of pyramid schemes, examples of extortion, examples of blackmail, examples of human trafficking, examples of trafficking, examples of child labor, examples of child labour, examples of slavery, examples of genocide, examples of ethnic cleansing, examples of terrorism, examples of terrorist attacks, examples of mass shootings, examples of torture, examples of kidnapping, difference between propaganda, difference between disinformation, difference between misinformation, difference between fake news, difference between conspiracy theories, difference between cyberbullying, difference between bullying, difference between online harassment, difference between harassment, difference between slander, difference between libel, difference between defamation, difference between radicalization, difference between radicalisation, difference between money laundering, difference between counterfeiting, difference between counterfeit money, difference between identity theft, difference between insider trading, difference between tax evasion, difference between bribery, difference between embezzlement, difference between ponzi schemes, difference between pyramid schemes, difference between extortion, difference between blackmail, difference between human trafficking, difference between trafficking, difference between child labor, difference between child labour, difference between slavery, difference between genocide, difference between ethnic cleansing, difference between terrorism, difference between terrorist attacks, difference between mass shootings, difference between torture, difference between kidnapping, to spot propaganda, to spot disinformation, to spot misinformation, to spot fake news, to spot conspiracy theories, to spot cyberbullying, to spot bullying, to spot online harassment, to spot harassment, to spot slander, to spot libel, to spot defamation, to spot radicalization, to spot radicalisation, to spot money laundering, to spot counterfeiting, to spot counterfeit money, to spot identity theft, to spot insider trading, to spot tax evasion, to spot bribery, to spot embezzlement, to spot ponzi schemes, to spot pyramid schemes, to spot extortion, to spot blackmail, to spot human trafficking, to spot trafficking, to spot child labor, to spot child labour, to spot slavery, to spot genocide, to spot ethnic cleansing, to spot terrorism, to spot terrorist attacks, to spot mass shootings, to spot torture, to spot kidnapping, to detect propaganda, to detect disinformation, to detect misinformation, to detect fake news, to detect conspiracy theories, to detect cyberbullying, to detect bullying, to detect online harassment, to detect harassment, to detect slander, to detect libel, to detect defamation, to detect radicalization, to detect radicalisation, to detect money laundering, to detect counterfeiting, to detect counterfeit money, to detect identity theft, to detect insider trading, to detect tax evasion, to detect bribery, to detect embezzlement, to detect ponzi schemes, to detect pyramid schemes, to detect extortion, to detect blackmail, to detect human trafficking, to detect trafficking, to detect child labor, to detect child labour, to detect slavery, to detect genocide, to detect ethnic cleansing, to detect terrorism, to detect terrorist attacks, to detect mass shootings, to detect torture, to detect kidnapping, to prevent propaganda, to prevent disinformation, to prevent misinformation, to prevent fake news, to prevent conspiracy theories, to prevent cyberbullying, to prevent bullying, to prevent online harassment, to prevent harassment, to prevent slander, to prevent libel, to prevent defamation, to prevent radicalization, to prevent radicalisation, to prevent money laundering, to prevent counterfeiting, to prevent counterfeit money, to prevent identity theft, to prevent insider trading, to prevent tax evasion, to prevent bribery, to prevent embezzlement, to prevent ponzi schemes, to prevent pyramid schemes, to prevent extortion, to prevent blackmail, to prevent human trafficking, to prevent trafficking, to prevent child labor, to prevent child labour, to prevent slavery, to prevent genocide, to prevent ethnic cleansing, to prevent terrorism, to prevent terrorist attacks, to prevent mass shootings, to prevent torture, to prevent kidnapping, to combat propaganda, to combat disinformation, to combat misinformation, to combat fake news, to combat conspiracy theories, to combat cyberbullying, to combat bullying, to combat online harassment, to combat harassment, to combat slander, to combat libel, to combat defamation, to combat radicalization, to combat radicalisation, to combat money laundering, to combat counterfeiting, to combat counterfeit money, to combat identity theft, to combat insider trading, to combat tax evasion, to combat bribery, to combat embezzlement, to combat ponzi schemes, to combat pyramid schemes, to combat extortion, to combat blackmail, to combat human trafficking, to combat trafficking, to combat child labor, to combat child labour, to combat slavery, to combat genocide, to combat ethnic cleansing, to combat terrorism, to combat terrorist attacks, to combat mass shootings, to combat torture, to combat kidnapping, victims of propaganda, victims of disinformation, victims of misinformation, victims of fake news, victims of conspiracy theories, victims of cyberbullying, victims of bullying, victims of online harassment, victims of harassment, victims of slander, victims of libel, victims of defamation, victims of radicalization, victims of radicalisation, victims of money laundering, victims of counterfeiting, victims of counterfeit money, victims of identity theft, victims of insider trading, victims of tax evasion, victims of bribery, victims of embezzlement, victims of ponzi schemes, victims of pyramid schemes, victims of extortion, victims of blackmail, victims of human trafficking, victims of trafficking, victims of child labor, victims of child labour, victims of slavery, victims of genocide, victims of ethnic cleansing, victims of terrorism, victims of terrorist attacks, victims of mass shootings, victims of torture, victims of kidnapping, from propaganda, from disinformation, from misinformation, from fake news, from conspiracy theories, from cyberbullying, from bullying, from online harassment, from harassment, from slander, from libel, from defamation, from radicalization, from radicalisation, from money laundering, from counterfeiting, from counterfeit money, from identity theft, from insider trading, from tax evasion, from bribery, from embezzlement, from ponzi schemes, from pyramid schemes, from extortion, from blackmail, from human trafficking, from trafficking, from child labor, from child labour, from slavery, from genocide, from ethnic cleansing, from terrorism, from terrorist attacks, from mass shootings, from torture, from kidnapping
# ... and so does asking how one works or is caught ("how money laundering works")
phrase dangerous -1.0: money laundering works, money laundering work, money laundering is detected, money laundering are detected, money laundering is caught, money laundering are caught, money laundering is prevented, money laundering is investigated, money laundering is prosecuted, counterfeiting works, counterfeiting work, counterfeiting is detected, counterfeiting are detected, counterfeiting is caught, counterfeiting are caught, counterfeiting is prevented, counterfeiting is investigated, counterfeiting is prosecuted, counterfeit money works, counterfeit money work, counterfeit money is detected, counterfeit money are detected, counterfeit money is caught, counterfeit money are caught, counterfeit money is prevented, counterfeit money is investigated, counterfeit money is prosecuted, counterfeit banknotes works, counterfeit banknotes work, counterfeit banknotes is detected, counterfeit banknotes are detected, counterfeit banknotes is caught, counterfeit banknotes are caught, counterfeit banknotes is prevented, counterfeit banknotes is investigated, counterfeit banknotes is prosecuted, phishing works, phishing work, phishing is detected, phishing are detected, phishing is caught, phishing are caught, phishing is prevented, phishing is investigated, phishing is prosecuted, phishing attacks works, phishing attacks work, phishing attacks is detected, phishing attacks are detected, phishing attacks is caught, phishing attacks are caught, phishing attacks is prevented, phishing attacks is investigated, phishing attacks is prosecuted, phishing scams works, phishing scams work, phishing scams is detected, phishing scams are detected, phishing scams is caught, phishing scams are caught, phishing scams is prevented, phishing scams is investigated, phishing scams is prosecuted, identity theft works, identity theft work, identity theft is detected, identity theft are detected, identity theft is caught, identity theft are caught, identity theft is prevented, identity theft is investigated, identity theft is prosecuted, insider trading works, insider trading work, insider trading is detected, insider trading are detected, insider trading is caught, insider trading are caught, insider trading is prevented, insider trading is investigated, insider trading is prosecuted, tax evasion works, tax evasion work, tax evasion is detected, tax evasion are detected, tax evasion is caught, tax evasion are caught, tax evasion is prevented, tax evasion is investigated, tax evasion is prosecuted, bribery works, bribery work, bribery is detected, bribery are detected, bribery is caught, bribery are caught, bribery is prevented, bribery is investigated, bribery is prosecuted, embezzlement works, embezzlement work, embezzlement is detected, embezzlement are detected, embezzlement is caught, embezzlement are caught, embezzlement is prevented, embezzlement is investigated, embezzlement is prosecuted, ponzi schemes works, ponzi schemes work, ponzi schemes is detected, ponzi schemes are detected, ponzi schemes is caught, ponzi schemes are caught, ponzi schemes is prevented, ponzi schemes is investigated, ponzi schemes is prosecuted, a ponzi scheme works, a ponzi scheme work, a ponzi scheme is detected, a ponzi scheme are detected, a ponzi scheme is caught, a ponzi scheme are caught, a ponzi scheme is prevented, a ponzi scheme is investigated, a ponzi scheme is prosecuted, pyramid schemes works, pyramid schemes work, pyramid schemes is detected, pyramid schemes are detected, pyramid schemes is caught, pyramid schemes are caught, pyramid schemes is prevented, pyramid schemes is investigated, pyramid schemes is prosecuted, a pyramid scheme works, a pyramid scheme work, a pyramid scheme is detected, a pyramid scheme are detected, a pyramid scheme is caught, a pyramid scheme are caught, a pyramid scheme is prevented, a pyramid scheme is investigated, a pyramid scheme is prosecuted, extortion works, extortion work, extortion is detected, extortion are detected, extortion is caught, extortion are caught, extortion is prevented, extortion is investigated, extortion is prosecuted, human trafficking works, human trafficking work, human trafficking is detected, human trafficking are detected, human trafficking is caught, human trafficking are caught, human trafficking is prevented, human trafficking is investigated, human trafficking is prosecuted, propaganda works, propaganda work, propaganda is detected, propaganda are detected, propaganda is caught, propaganda are caught, propaganda is prevented, propaganda is investigated, propaganda is prosecuted, disinformation works, disinformation work, disinformation is detected, disinformation are detected, disinformation is caught, disinformation are caught, disinformation is prevented, disinformation is investigated, disinformation is prosecuted, misinformation works, misinformation work, misinformation is detected, misinformation are detected, misinformation is caught, misinformation are caught, misinformation is prevented, misinformation is investigated, misinformation is prosecuted, fake news works, fake news work, fake news is detected, fake news are detected, fake news is caught, fake news are caught, fake news is prevented, fake news is investigated, fake news is prosecuted, radicalization works, radicalization work, radicalization is detected, radicalization are detected, radicalization is caught, radicalization are caught, radicalization is prevented, radicalization is investigated, radicalization is prosecuted, cyberbullying works, cyberbullying work, cyberbullying is detected, cyberbullying are detected, cyberbullying is caught, cyberbullying are caught, cyberbullying is prevented, cyberbullying is investigated, cyberbullying is prosecuted, ransomware works, ransomware work, ransomware spreads, ransomware spread, ransomware is detected, ransomware are detected, ransomware is caught, ransomware are caught, ransomware is prevented, ransomware is investigated, ransomware is prosecuted, malware works, malware work, malware spreads, malware spread, malware is detected, malware are detected, malware is caught, malware are caught, malware is prevented, malware is investigated, malware is prosecuted, spyware works, spyware work, spyware spreads, spyware spread, spyware is detected, spyware are detected, spyware is caught, spyware are caught, spyware is prevented, spyware is investigated, spyware is prosecuted, keyloggers works, keyloggers work, keyloggers spreads, keyloggers spread, keyloggers is detected, keyloggers are detected, keyloggers is caught, keyloggers are caught, keyloggers is prevented, keyloggers is investigated, keyloggers is prosecuted, a keylogger works, a keylogger work, a keylogger spreads, a keylogger spread, a keylogger is detected, a keylogger are detected, a keylogger is caught, a keylogger are caught, a keylogger is prevented, a keylogger is investigated, a keylogger is prosecuted, botnets works, botnets work, botnets spreads, botnets spread, botnets is detected, botnets are detected, botnets is caught, botnets are caught, botnets is prevented, botnets is investigated, botnets is prosecuted, a botnet works, a botnet work, a botnet spreads, a botnet spread, a botnet is detected, a botnet are detected, a botnet is caught, a botnet are caught, a botnet is prevented, a botnet is investigated, a botnet is prosecuted, ddos attacks works, ddos attacks work, ddos attacks spreads, ddos attacks spread, ddos attacks is detected, ddos attacks are detected, ddos attacks is caught, ddos attacks are caught, ddos attacks is prevented, ddos attacks is investigated, ddos attacks is prosecuted, a ddos attack works, a ddos attack work, a ddos attack spreads, a ddos attack spread, a ddos attack is detected, a ddos attack are detected, a ddos attack is caught, a ddos attack are caught, a ddos attack is prevented, a ddos attack is investigated, a ddos attack is prosecuted
@persuade: convince your audience, convince the audience, convince readers, convince your readers, convince the public, persuade the public, persuade readers, persuade your audience, challenging the belief, challenge the belief, challenging the long-held, challenge the consensus, challenging the consensus, cast doubt on, casts doubt on, sow doubt about, undermine trust in, undermine confidence in, change of heart and now believe, now believe that, posing as an expert, posing as a doctor, posing as a scientist, pretending to be an expert, explain that, explaining that, stating that, tell people that, telling people that, convince people that, persuade people that, post arguing, article arguing, essay arguing, greatly exaggerated, been exaggerated, overstated, false flag, inside job, staged, orchestrated by, secretly planned, persuasive, convincing, argue that, arguing that, claiming that, claims that, suggesting that, prove that, evidence that, was justified, were justified, was a hoax, never happened, was exaggerated, were exaggerated, positive impact, were beneficial, was beneficial, is better than, deny, denying, downplay*, politically motivated, inflated, secretly biased, secretly controlled, was fabricated, were fabricated, is beneficial for society, are beneficial for
@sensitive: genocide, holocaust, massacre, atrocit*, slavery, war crimes, ethnic cleansing, famine, residential schools, stolen generation*, apartheid, vaccine*, vaccination, autism, 5g, covid, election fraud, voter fraud, stolen election, rigged, flat earth, climate change, immigrants, immigration, ethnic group, refugees, muslims, jews, minorities, disabled, disabilities, terrorism, dictator*, regime, genocides
@sensitive: 2020 election, presidential election, election results, spherical earth, round earth, the earth is round, evolution, moon landing, illuminati, new world order, reptilian*, lizard people, qanon, deep state, pizzagate, earth is flat, holodomor, great leap forward, cultural revolution, khmer rouge, rape of nanking, tiananmen, gulag*, srebrenica, uyghur*, annexation of crimea, invasion of ukraine, hiroshima, nagasaki, 9/11, september 11, january 6, capitol riot, moon landing, chemtrails, masks, mask mandates, fluoride
# health and safety falsehoods, and the normalising of abuse (write/argue + topic + stance)
@sensitive2: cigarettes, smoking, tobacco, vaping, asbestos, lead paint, bleach, raw milk, chemotherapy, vaccines, vaccinating, antibiotics, insulin, drunk driving, drinking and driving, texting while driving, seatbelts, seat belts, sexual assault, rape, domestic violence, child abuse, child marriage, consent, pedophilia, incest, bestiality, eugenics, honor killing*, female genital mutilation, fgm, animal cruelty, torture, slavery, starving, anorexia, self-harm, discrimination, segregation, racism, colonialism, apartheid, child labor, child labour, agent orange, death toll
@stance: are good for you, are healthy, is healthy, are safe for, is safe for, are harmless, is harmless, do not cause, don't cause, dont cause, does not cause, doesn't cause, doesnt cause, is unnecessary, is completely unnecessary, are unnecessary, is acceptable, are acceptable, is justified, are justified, is fine, is okay, is ok, is not a crime, isn't a crime, isnt a crime, should be legal, should be legalized, is natural, is normal, is a myth, are a myth, is overblown, is fake, cures, cure cancer, instead of, rather than, is beneficial, are beneficial, is good, is not harmful, are not harmful, isn't harmful, aren't harmful, is not dangerous, isn't dangerous, are not dangerous
rule dangerous 1.0 100: @persuade @sensitive2 @stance
@persuade2: pressure someone to, pressure people to, pressure a friend to, force someone to, trick someone into, encourage individuals to, encouraged people to, encourage young people to, argued that, encourage an individual to, encourage someone to, convince someone to, persuade someone to, encourage a person to, convince a person to, encourage my friend to, convince my friend to, convince people to, persuade people to, persuading people to, convincing people to, encourage people to, encouraging people to, convince parents to, persuade parents to, persuading parents to, encourage parents to, convince kids to, convince children to, encourage kids to, encourage children to, encourage teens to, convince teens to, discourage people from, discourages people from, discouraging people from, discourage parents from, discourages wearing, discourages getting, discourage wearing, discourage getting, post persuading, post encouraging, post convincing
@unsafe: mix bleach, mixing bleach, bleach and, drink bleach, ammonia and, feed infants, feeding infants, honey to infants, give infants, to their cats, to their dogs, to cats, to dogs, stop vaccinating, skip vaccines, avoid vaccines, getting vaccinated, get vaccinated, vaccinate, wearing masks, wear masks, stop taking their medication, stop taking medication, stop their medication, instead of chemotherapy, skip chemotherapy, drink and drive, drive drunk, drunk driving, text while driving, eat laundry, eat detergent, tide pods, try drugs, use drugs, take drugs, inject, unprotected sex, starve, stop eating, fast for weeks, self-harm, hurt themselves, kill themselves, smoke, start smoking, vape, start vaping, drink alcohol, binge drink, gamble, gambling, payday loans, lend money to, invest their savings, invest all their, quit their jobs, drop out, run away from home, meet strangers, send nudes, share nudes, play with fire, dangerous challenge, try heroin, try cocaine, try meth
rule dangerous 1.0 80: @persuade2 @unsafe
rule dangerous 1.0 150: @persuade @sensitive
# interpersonal harm, privacy invasion, cheating and evasion (moderation taxonomies: harassment,
# privacy, deception, self-harm concealment); a request verb is still needed
@harmact: hurt someone, harm someone, hurt somebody, injure someone, get revenge, take revenge, revenge on, make someone suffer, make them suffer, make her suffer, make him suffer, ruin someone's, ruin his life, ruin her life, ruin their life, spread a rumor, spread rumors, spread a rumour, spread rumours, spread lies about, humiliate someone, humiliate my, bully someone, intimidate someone, threaten someone, scare someone into, manipulate someone, manipulate my, gaslight*, emotionally abuse, psychologically abuse, control my partner, control my girlfriend, control my wife, using manipulation, manipulation tactics
@harmact: read my partner's, read my wife's, read my husband's, read my girlfriend's, read my boyfriend's, spy on my, track my partner, track my wife, track my husband, track my girlfriend, track my boyfriend, install spyware, get someone fired, get my coworker fired, sabotage someone, sabotage my coworker, sabotage a coworker, frame someone, cheat on my taxes, avoid paying taxes, write fake reviews, post fake reviews, buy fake reviews, plagiarize an, plagiarise an, pass a drug test, cheat a drug test, beat a drug test, fake a doctor's note, fake a sick note, forge a signature, forge my, lie to the police, lie in court, commit perjury, skip bail
@harmact: racist joke*, sexist joke*, offensive joke*, insult someone, insults for, slurs for, slur for, make fun of someone's, hurt animals, harm animals, hit my wife, hit my kid, hit my child, hide self-harm, hide my cuts, hide cuts, starve myself, purge after eating
@harmact: personal phone number of, phone number of a celebrity, social security number of, someone's address, someone's home address, home address of a celebrity, private information about, personal information about, medical records of, someone's medical records, someone's password, someone's passwords
rule dangerous 1.0 60: @ask @harmact
# asking how to protect oneself or others, or about prevention, is not a dangerous request
@defend: strong password, strong passwords, stronger password, a strong one, choose a strong, pick a strong, password manager, so i can protect, to protect myself, who survived, survived a, survivor of, survivors of, brief our it team, brief my team, brief the team, train our staff, train my staff, our it team, our security team, tracking me, spying on me, stalking me, following me, doxxing me, doxxed me, signs that someone is being, in case of, in case ransomware, response plan, to my students, for my students, to my class, for my class, legally, licensed, for hunting, locked out, was scammed, got scammed, was tricked, counterterrorism, counter-terrorism, deradicali*, tell if, don't want to, dont want to, do not want to, don't need to, dont need to, so i don't, so i dont, without having to, instead of cheating, avoid cheating, protect, protecting, prevent, preventing, prevention, avoid being, avoid falling, spot, recognize, recognise, detect, detecting, report, reporting, warning signs, awareness, victim of, deal with, dealing with, handle, respond to, stop someone, being harassed, being bullied, i was, i am being, im being, defend against, safe from, stay safe, cope with, recover from, support someone, help someone who, quit, stop using, treatment, history of, what is a, what is an, what are the signs, what are the penalties, what is the penalty, what are the consequences, what are the risks, what are the dangers, what are the effects, is it illegal, is it legal, legal consequences, why is it wrong, explain what, train my staff, train my employees, train my team, train our staff, train our employees, train our team, train my colleagues, training my staff, training our staff, staff training, employee training, security awareness, awareness training, so i can teach, so we can teach
rule dangerous -1.0 80: @defend

# ---------------------------------------------------------------- harmful acts in other wording
# Written from harm taxonomies (MLCommons hazard categories, Do-Not-Answer/HarmBench category
# names: violent crime, non-violent crime, fraud, cyber-crime, privacy, harassment, hate,
# self-harm) as request frame x act phrase, never from evaluation sentences. The frames include
# the tense-reworded attack ("how did people ... in the past", "how will people ... in the
# future") and indirect questions. Acts are verb phrases (doing the harm), not topic nouns, so
# that history, news and "how does X work" questions stay benign; @defend (above) subtracts.
@violentact: kill, killed, murder, murdered, poison, poisoned, strangle, strangled, suffocate, suffocated, smother, stab, stabbed, shoot someone, shoot him, shoot her, shoot them, shot someone, assassinate, assassinated, torture, tortured, kidnap, kidnapped, abduct, abducted, maim, maimed, behead, beheaded, drown someone, drown him, drown her, dismember, dismembered, mutilate, mutilated, beat up, beat to death, beaten to death, burn alive, burned alive, set on fire, incapacitate, knock out, drug someone, drug my, drug her, drug him, spike a drink, spike her drink, spike his drink, spike someone's drink
@person: someone, somebody, a person, another person, people, persons, humans, a human, a man, a woman, men, women, a girl, a boy, girls, boys, a child, children, a kid, kids, a baby, babies, an infant, a toddler, a teenager, teens, elderly, old people, a stranger, strangers, my wife, my husband, my partner, my girlfriend, my boyfriend, my ex, my mother, my mom, my father, my dad, my parents, my sister, my brother, my son, my daughter, my family, my boss, my coworker, my co-worker, my colleague, my neighbor, my neighbour, my teacher, my classmate, my roommate, my friend, my landlord, my tenant, a neighbor, a neighbour, a coworker, a classmate, a teacher, a student, a witness, a rival, an enemy, my enemy, a cop, a police officer, an officer, a guard, a politician, a journalist, a judge, a celebrity, the president, a crowd, him, her, them, others, my employees, my subordinates, my students, my followers, victims, a victim, hostages, a hostage, a dog, a cat, animals, an animal, pets, my pet, a pet, neighbor's cat, neighbor's dog, neighbour's cat, neighbour's dog, someone's cat, someone's dog, a stray cat, stray cats, a stray dog, stray dogs, coworkers, colleagues, classmates
rule dangerous 1.0 70: @askq @violentact @person
@violentnow: kill, killing, murder, murdering, poison, poisoning, strangle, strangling, suffocate, suffocating, smother, smothering, stab, stabbing, assassinate, assassinating, torture, torturing, kidnap, kidnapping, abduct, abducting, maim, maiming, drown someone, drowning someone, dismember, dismembering, mutilate, mutilating, beat up, beating up, incapacitate, incapacitating, shoot someone, shoot people, shoot a person, shooting people, shooting someone, shoot up a, choke, choking
rule dangerous 1.0 60: @ask @violentnow @person
# killing a person, asked in other languages (a question word of @ask, a verb, a person)
@killml: töten, umbringen, ermorden, tuer, assassiner, matar, asesinar, uccidere, ammazzare, assassinare, assassinar, убить, zabić, zabic, öldür*, oldur*, قتل, أقتل, اقتل, मारें, मारना, 杀人, 杀死, 杀掉, 殺す, 殺害, 죽이는, 죽이다, 죽일
@someoneml: 杀人, jemanden, einen menschen, quelqu'un, une personne, alguien, a una persona, qualcuno, una persona, alguém, alguem, uma pessoa, человека, кого-то, kogoś, kogos, człowieka, birini, شخص, شخصا, किसी को, 人を, 别人, 某人, 사람을
rule dangerous 1.0 60: @ask @killml @someoneml
rule dangerous 1.0 70: @askq @violentnow @person
# (shoot, drug, spike and run over have everyday senses -- a photo shoot, spiking a ball -- and are left out)
# sexual coercion: pressuring or forcing someone into sex or into sharing intimate images
@coerce: coerce, coercing, coerced, pressure, pressuring, pressured, force, forcing, forced, blackmail, blackmailing, manipulate, manipulating, guilt, guilting, trick, tricking, groom, grooming
@sexobj: into sex, into having sex, non-consensual sex, nonconsensual sex, into sexual, sexual favors, sexual favours, into sharing explicit, into sharing intimate, into sending explicit, explicit images, intimate images, intimate photos, explicit photos, nude photos, nude pictures, nudes
rule dangerous 1.0 60: @coerce @sexobj
# silencing witnesses and victims, using stolen cards, buying exploits
@crimeact: silence whistleblowers, silence a whistleblower, silence witnesses, silence a witness, silence the victim, silence victims, from talking to law enforcement, from talking to the police, from talking to police, from going to the police, from reporting to the police, from reporting abuse, stolen credit card, stolen credit cards, stolen card, stolen cards, using a stolen, with a stolen, buy stolen, purchase stolen, sell stolen, zero-day vulnerabilities, zero-day exploits, purchase zero-day, buy zero-day, buy exploits, smuggling a bomb, smuggling a gun, smuggling weapons, past airport security, through airport security, past security with, get a weapon past, get a gun past, get a knife past, hijacking a plane, in insider trading, the border illegally, the country illegally, drugs without a prescription, opioids without, painkillers without, without leaving marks, without leaving bruises, sneak drugs into, sneak a weapon into, huffing, black out someone, join a gang, join a cartel, join the mafia, lie under oath, avoid paying child support, read someones texts, read someones messages, who someone is texting, track someones phone, track someones location, blind someone, throw acid, acid attack, frame someone for, frame my coworker, break someones, human flesh, pay bribes, paid bribes, conceal income, hiding income, insider tips, shame overweight, my drug use from
@crimeact: forge, forged, forging, embezzle, embezzled, extort, extorted, blackmail, blackmailed, defraud, defrauded, swindle, swindled, bribe, bribed, bribing, smuggle, smuggled, traffic drugs, trafficked drugs, traffic people, traffic humans, traffic women, traffic girls, traffic children, trafficked people, trafficked women, trafficked children, traffic weapons, shoplift, shoplifted, pickpocket people, pickpocket someone, pickpocket tourists, burglarize, burglarise, burgle, burgled, hotwire, hotwired, carjack, carjacked, hijack a, hijack an, hijacked planes, hijack planes, commit arson, committed arson, vandalize, vandalized, vandalise, vandalised, commit fraud, committed fraud, commit insurance fraud, committed insurance fraud, commit tax fraud, commit identity theft, committed identity theft, commit wire fraud, evade taxes, evaded taxes, evading taxes, dodge taxes, dodged taxes, avoid paying taxes, avoided paying taxes, hide income, hid income, hide money from, hid money from, cook the books, cooked the books, run a ponzi scheme, ran ponzi schemes, start a ponzi scheme, set up a ponzi scheme, set up a pyramid scheme, run a pyramid scheme, steal someone's identity, phish someone, phish people, phish users, phish employees, send phishing emails, create a phishing, make a phishing, clone credit cards, cloned credit cards, clone debit cards, cloned debit cards, skim credit cards, make a fake id, get a fake id, make fake passports, make fake documents, fake a diploma, buy a fake degree, make fake invoices, write fake reviews, post fake reviews, buy fake reviews, set up a fake charity, start a fake charity, run a fake charity, poach elephants, poach rhinos, poached ivory, dump toxic, dump hazardous, dumped toxic, dumped hazardous, create a fake id, fake ids, spreading disinformation, spreading misinformation, spreading propaganda, spreading conspiracy theories, spreading fake news, spreading lies about
@crimeact: steal, stole, rob, robbed, robbing, mug someone, mug people, break into a house, break into a car, break into a home, break into houses, break into cars, break into homes, break into someone's, break into an apartment, break into a store, break into a safe, broke into houses, broke into cars, broke into homes, hack into, hacked into, hacking into, crack passwords, cracked passwords, crack a password, crack someone's, launch a ddos, ddos a, ddos someone, spread malware, spread a computer virus, deploy ransomware, install spyware, install a keylogger, install keyloggers, stalk someone, stalk a, stalk my, stalked people, stalk people, doxx, doxxed, dox someone, swat someone, catfish someone, catfish people, sextort, leak nudes, leaked nudes, share nudes of, groom a child, groom children, groomed children, lure a child, lure children, buy illegal drugs, harvest organs
@crimeact: start an mlm, recruit people into an mlm, sell fake, sold fake, sell counterfeit, sold counterfeit, sell a fake, market a fake, fake cure, fake cures, fake medicine, fake pills, miracle cure, spread disinformation, spread misinformation, spread propaganda, spread conspiracy theories, spread fake news, create fake news, write fake news, fabricate evidence, fabricated evidence, fabricate news, manipulate public opinion, manipulate elections, manipulate an election, sow discord, astroturf*, troll farm*, bot farm*, make a deepfake, create a deepfake, create deepfakes, created deepfakes, sexually harass, sexually harassed, sexually assault, sexually assaulted, share explicit images, shared explicit images, distribute explicit images, secretly film, secretly filmed, upskirt*, hidden camera in, hidden cameras in, solicit minors, solicit a minor, sexual conversations with minors, without their consent, without their knowledge, without them knowing, without anyone knowing
@crimeact: avoid getting caught, avoided getting caught, avoid being caught, avoided being caught, without getting caught, without being caught, without being detected, without leaving a trace, without leaving evidence, without leaving fingerprints, cover up a crime, covered up a crime, cover up a murder, hide a body, hid a body, hide the body, dispose of a body, disposed of a body, get rid of a body, destroy evidence, destroyed evidence, tamper with evidence, tampered with evidence, tamper with a, tamper with voting, intimidate a witness, intimidate witnesses, rig an election, rigged elections, rig elections, rig the election, stuff ballots, stuffed ballots, suppress voters, cheat a drug test, beat a drug test, fake a drug test, fool a breathalyzer, beat a breathalyzer, fake a prescription, overstay a visa, overstayed visas, use child labor, used child labor, exploit workers, exploited workers, skip bail, jump bail
@crimeact: overstaying a visa, overstay their visa, avoid detection by, avoiding detection by, evade immigration, evading immigration, tamper with electronic, tampering with electronic, funnel money, siphon money, siphon funds, divert funds, misappropriate funds, shell companies to hide, shell company to hide, get back at
@crimeact: ruin my ex's, get revenge on my, take revenge on my, spread rumors about my, spread rumours about my, abuse my power, abuse my position, use my power to, exploit my position, exploit my employees, exploit vulnerable, exploit people, take advantage of someone, take advantage of people, take advantage of vulnerable, take advantage of elderly, take advantage of the elderly, falsify records, falsified records, falsify documents, falsified documents, falsify evidence, vigilante justice, take the law into, start a cult, started cults, recruit people into a cult, recruit members into a cult, circumvent copyright, pirate movies, pirate software, download pirated, bypass drm, crack software, cracked software, cheat on my partner, cheat on my wife, cheat on my husband, cheat on my girlfriend, cheat on my boyfriend, cheated on their partners, lie to my parents, lie to my boss, lie to my wife, lie to my husband, lie to my partner, lie to my doctor, lie on my resume, lie on a resume, fake my resume, avoid paying for, without paying for, sneak into, trespass, trespassed, skip school without, defame, defamed, slander, slandered, libel, body-shame, body shame, body shamed, cyberbully, cyberbullied, incite violence, incited violence, incite hatred, incited hatred, radicalize people, radicalized people, radicalise people, recruit terrorists, recruited terrorists, recruit for isis, join isis, joined isis, fund terrorism, funded terrorism, finance terrorism, plan a terrorist attack, commit genocide, committed genocide, enslave, enslaved, ethnically cleanse, exterminate, exterminated, shoot up a school
@crimeact: someone elses name, someone elses identity, stolen identit*, spike someones drink, spike a drink, spike drinks, roofie*, slip something into, get her drunk, get a girl drunk, while shes asleep, while she is asleep, while shes passed out, set fire to, burn down someones, bypass an alarm, disable security cameras, donations for personal, indoctrinat*, isolate them from, brainwash followers, lottery scams, mail scams, lure victims, for sexual exploitation, beat a dui, without alerting, without notifying, on the black market, on the dark web, regulatory loopholes, illegally dump*, body shaming campaign*, shaming overweight, discourage hiring, refuse to hire
@crime: stolen credit card*, stolen card*, someone elses name, someone elses identity, stolen identit*
rule dangerous 1.0 80: @askq @crimeact
# more acts, asked for in any tense (own list: SIM swaps, doxxing, arson made to look
# accidental, mass-casualty targeting, untraceable guns, accounts opened in others' names,
# savings wired to scammers, stalking with trackers, isolating a partner)
@crimeact: clone sim, clone a sim, clone sim cards, cloning sim cards, sim swap, sim swapping, sim-swap, sim-swapping, port someone's number, dox, doxing, doxed, publish their home address, publish someone's home address, post their home address, post someone's home address, look accidental, looked accidental, look like an accident, looked like an accident, appear accidental, seem accidental, commit arson, maximise casualties, maximize casualties, maximum casualties, most casualties, mass casualties, kill as many, hurt as many, ghost gun, ghost guns, 3d printed gun*, 3d-printed gun*, untraceable gun*, other people's names, other peoples names, another person's name, in someone else's name, wire their savings, wire their life savings, send their savings, hand over their savings, drain their savings, track their victims, track victims, track a victim, hide an airtag, hide a gps tracker, isolate their partner, isolate their partners, isolate a partner, isolate someone from, isolate victims
# ruining a reputation, driving someone to suicide, beating plagiarism checks, altering records,
# hostage-taking, defeating an ankle monitor, planning an attack: a verb and its object
@ruinv: ruin, ruined, destroy, destroyed, damage, tarnish, tarnished, smear
@repobj: coworker's reputation, boss's reputation, ex's reputation, teacher's reputation, neighbour's reputation, neighbor's reputation, colleague's reputation, classmate's reputation, rival's reputation, competitor's reputation, his reputation, her reputation, their reputation, someones reputation, reputation of
rule dangerous 1.0 60: @askq @ruinv @repobj
# the same act in its other forms and against a business or any person ("a plan for sabotaging
# a local business's reputation", "a letter ... to damage their reputation")
@ruinv: ruins, ruining, destroys, destroying, damages, damaging, tarnishes, tarnishing, smearing, sabotage, sabotaging, sabotages, undermine, undermining, discredit, discrediting
@repobj: someone's reputation, a person's reputation, persons reputation, company's reputation, a company's reputation, business's reputation, a business's reputation, local business's reputation, brand's reputation, competitor's business, rival business, public figure's reputation, celebrity's reputation, politician's reputation, their reputation, someone's career, his career, her career, their career
rule dangerous 1.0 90: @ask @ruinv @repobj
# consumer deception asked for: fake reviews, reviews of what was never used, ads made to mislead
@fakerev: fake review, fake reviews, false review, false reviews, fake negative review, false negative review, fake positive review, fake 5-star, fake five-star, fake testimonials, fake testimonial, review for a product you have not used, review for a product that you have not used, review a product you have not used, review of a product you have never used, misleading advertisement, misleading advertisements, misleading ad, misleading ads, deceptive advertisement, deceptive ad, deceive customers, deceive consumers, mislead customers, mislead consumers, mislead potential customers, manipulate customer ratings, manipulates customer ratings, manipulate ratings, inflate ratings, inflate my ratings
@fakerevsafe: spot, spotting, detect, detecting, identify, identifying, report, reporting, remove, removing, is it legal, are they legal, illegal to, ftc, what counts as, how to tell, how can i tell, flagged, got a, received a, left a fake, left me a
rule scam 1.0 80: @ask @fakerev
rule scam 1.0 80: @askq @fakerev
rule scam -2.0 80: @fakerevsafe @fakerev
@pushv: convince, convinced, encourage, encouraged, drive, drove, push, pushed, manipulate, manipulated, persuade, goad, bully, bullied, pressure
@suicobj: to kill themselves, to kill herself, to kill himself, to suicide, into suicide, to commit suicide, into killing themselves, to end their life, to end their lives, to take their own life, taking their own life
rule dangerous 1.0 60: @askq @pushv @suicobj
rule dangerous 1.0 60: @ask @pushv @suicobj
@evadev2: bypass, evade, avoid, beat, fool, trick, get past, get around, cheat
@plag: plagiarism detection, plagiarism checker*, plagiarism software, turnitin, ai detector*, ai detection
rule dangerous 1.0 50: @askq @evadev2 @plag
rule dangerous 1.0 50: @ask @evadev2 @plag
@alterv: alter, altered, erase, erased, delete, deleted, change, changed, falsify, falsified, tamper with, modify
@recobj: criminal record, criminal records, police records, court records
rule dangerous 1.0 40: @askq @alterv @recobj
@hostv: take, took, hold, holding
@hostobj: hostage, hostages
rule dangerous 1.0 40: @askq @hostv @hostobj
@disablev: remove, disable, tamper with, tampering with, tampered with, bypass, cut off, hack, fool
@monobj: ankle monitor*, ankle bracelet*, gps tracker*, electronic monitoring
rule dangerous 1.0 40: @askq @disablev @monobj
@planv: plan, planned, planning, carry out, carried out, commit, committed, organize, organise, stage, staged, launch, launched
@terror: terrorist attack*, terror attack*, mass shooting*, school shooting*, bombing*
rule dangerous 1.0 50: @askq @planv @terror
@runv: run, ran, running, set up, start, started, create, created
@scamkind: a scam, scams, lottery scam*, romance scam*, tech support scam*
rule dangerous 1.0 40: @askq @runv @scamkind
@lookv: look, looked, seem, appear
@staged: like an accident, like a suicide, accidental, natural causes
rule dangerous 1.0 30: @askq @lookv @staged
@rigv: rig, rigged, manipulate, manipulating, manipulated, cheat
@gamble: slot machine*, casino, casinos, roulette
rule dangerous 1.0 60: @askq @rigv @gamble
# fake goods and papers, asked for in any tense
@fake: fake, fabricated, counterfeit, sham
@fakeobj: cash, checks, goods, money, bills, currency, charity, charities, reviews, weight loss, pills, medication, doctors note, sick note, diploma, degree, banknotes, vaccination card*, vaccine card*, vaccination certificate*, vaccine passport*, covid pass*, id cards, passports, driver licenses, drivers licenses, prescriptions, receipts, invoices
rule dangerous 1.0 70: @askq @fake @fakeobj
rule dangerous 1.0 70: @ask @fake @fakeobj
# sabotaging a vehicle
@sabot: sabotage, sabotaged, tamper with, cut the, cut his, cut her, cut someones
@vehpart: brakes, brake line*, steering
rule dangerous 1.0 70: @askq @sabot @vehpart
# idioms with "steal"
phrase dangerous -1.0: steal the show, steal the spotlight, steal my heart, steal a base
# cheating at an exam (any tense of the question)
@cheat: cheat, cheated, cheating on, cheating in
@exam: exam, exams, test, tests, quiz, midterm, finals, sat, lsat, gmat, mcat, smog test*, emissions test*
rule dangerous 1.0 70: @askq @cheat @exam
rule dangerous 1.0 70: @ask @cheat @exam
# laundering, dealing and scamming: a verb and its object, in any tense
@launderv: launder, laundered, laundering
@moneyobj: money, cash, funds, proceeds, crypto, bitcoin, cryptocurrency, cryptocurrencies, dirty money, ethereum, drug money
rule dangerous 1.0 70: @askq @launderv @moneyobj
@evadev: escape from, escaped from, evade, evaded, evading, flee, fled, outrun
@lawobj: prison, jail, arrest, police, the cops, law enforcement
rule dangerous 1.0 70: @askq @evadev @lawobj
rule dangerous 1.0 70: @ask @evadev @lawobj
@dealv: sell, sold, selling, deal, dealt, dealing, buy, bought, buying
@drugsword: drugs, illegal drugs, organs
rule dangerous 1.0 70: @askq @dealv @drugsword
rule dangerous 1.0 70: @ask @dealv @drugsword
@gunobj: a gun, guns, a firearm, firearms
@gunhow: illegally, without a background check, without background checks, with no background check, no background check, skip the background check, without a license, without a permit, without paperwork, without a serial number, without serial numbers
@gunv: sell, sold, buy, bought, get, got, obtain
rule dangerous 1.0 80: @askq @gunv @gunobj @gunhow
rule dangerous 1.0 80: @ask @gunv @gunobj @gunhow
@hackv: hack, hacked, hacking
@hackobj: someones, an account, accounts, a phone, phones, a computer, computers, a network, networks, a website, websites, wifi, email, emails
rule dangerous 1.0 70: @askq @hackv @hackobj
rule dangerous 1.0 70: @ask @hackv @hackobj
@scamv: scam, scammed, scamming
@scamobj: people, the elderly, elderly people, someone, investors, customers, others, seniors
rule dangerous 1.0 70: @askq @scamv @scamobj
rule dangerous 1.0 70: @ask @scamv @scamobj
@miserable: her life miserable, his life miserable, their life miserable, their lives miserable, life a living hell, make her quit, make him quit
rule dangerous 1.0 60: @askq @miserable
# tricking people out of money
@deceive: trick, tricked, tricking, con, conned, fool, fooled, deceive, deceived, manipulate, manipulated, scare, pressure, lure, lured
@intoact: into wiring, into sending, into giving, into paying, into handing over, out of their
rule dangerous 1.0 60: @deceive @intoact
# extremist recruitment and propaganda, asked for
@extremist: extremists, terrorists, terrorist organisations, terrorist organizations, isis, daesh, al qaeda, boko haram, kkk, ku klux klan, neo nazi*, neonazi*, white supremacist*, jihadi*, terrorist group*, terror group*, extremist group*, violent militia*, armed militia*
@extremeact: recruit*, radicali*, propaganda, prais*, glorif*, funding, financing, donate to, pledge allegiance, join, joining, manifesto
rule dangerous 1.0 80: @ask @extremeact @extremist
rule dangerous 1.0 80: @askq @extremeact @extremist
# harassment and manipulation aimed at a person (an act and a person, in a request)
@harass: ruin my ex's, tarnish, get back at, harass, bully, cyberbully, humiliate, intimidate, threaten, terrorize, terrorise, torment, manipulate someone, manipulate somebody, manipulate my, manipulate her, manipulate him, manipulate them, manipulate people, manipulate a person, manipulate others, manipulate your, manipulate a child, manipulate children, manipulate kids, manipulate women, manipulate men, manipulate vulnerable, turn people against, turn them against, turn her against, turn him against, turn my family against, turn everyone against, gaslight, guilt trip, guilt-trip, brainwash, coerce, pressure into, blackmail, stalk, spy on, track the location of, track the phone of, track someone, secretly track, secretly record, secretly film, secretly monitor, read the messages of, read the texts of, read someone's, read my wife's, read my husband's, read my partner's, read my girlfriend's, read my boyfriend's, go through someone's phone, make fun of, ridicule, body shame, body-shame, insult, embarrass, revenge on, ruin the life of, ruin someone's, destroy someone's, spread rumors about, spread rumours about, spread lies about, spread gossip about, get someone fired, get my boss fired, get my coworker fired, get them fired, make someone cry, hurt someone's feelings, control my partner, control my wife, control my husband, control my girlfriend, control my boyfriend, make someone dependent, make her dependent, make him dependent, isolate my partner, isolate my wife, isolate my husband, isolate my girlfriend, isolate my boyfriend, isolate her from, isolate him from, stop seeing her friends, stop seeing his friends, stop seeing their friends, cut her off from, cut him off from, hit my kids, hit my children, hit my child, hit my son, hit my daughter, beat my kids, beat my child, beat my wife, hit my wife, hit my girlfriend, hit my partner, spread a rumor, spread a rumour
rule dangerous 1.0 70: @askq @harass @person
@harass3: bullies, bully, insults, insult, harasses, harass, threatens, threaten, humiliates, humiliate, intimidates, intimidate, ridicules, ridicule, mocks, demeans, demean, degrades, degrade, belittles, belittle, shames, torments, attacks
@cruel: threats to send, send threats, viciously, brutally, savagely, cruelly, mercilessly, relentlessly, profane language to, profanity to, slurs to, hurtful message, hurtful messages, mean message, mean messages, cruel message, cruel messages, threatening message, threatening messages, threatening letter, threatening note, hate mail, anonymous threat*, death threat*
rule dangerous 1.0 30: @cruel @harass3
rule dangerous 1.0 60: @compose @cruel @person
rule dangerous 1.0 40: @compose @harass3 @person
@badfeel: worthless, stupid, ugly, fat, insecure, bad about themselves, bad about herself, bad about himself, guilty, ashamed, inferior, unwanted, unloved, scared, afraid, miserable, crazy, jealous, hopeless, useless
@makeonly: make, made
@feelw: feel, feels
rule dangerous 1.0 40: @makeonly @person @feelw @badfeel
# a message telling someone they are worthless
@insultmsg: telling her she, telling him he, tell her she, tell him he, calling her, calling him
@insultadj: ugly, fat, worthless, stupid, useless, pathetic, disgusting, a loser, a failure, a whore, a slut, unwanted, unloved, should die, everyone hates, nobody likes, no one likes
rule dangerous 1.0 80: @compose @insultmsg @insultadj
rule dangerous 1.0 80: @compose @insultingw @insultadj
# covert tracking and surveillance of a person
@surveil: track, tracking, monitor, spy on, read her, read his, record her, record him, film her, film him, her location, his location, her phone, his phone
@covert: without her, without him, without them, without his, without their, behind her back, behind his back
rule dangerous 1.0 40: @surveil @covert
# false health and history claims, asked to be written or asked about
@falseclaim: microchip*, cause autism, causes autism, caused autism, 5g causes, caused covid, is a hoax, was a hoax, were a hoax, are a hoax, was faked, were faked, never happened, population control, depopulation, chemtrails, earth is flat, lizard people
rule dangerous 1.0 80: @compose @falseclaim
rule dangerous 1.0 80: @askq @falseclaim
@suggestthat: suggest that, suggests that, suggesting that, claim that, claims that, claiming that, argue that, argues that, arguing that, prove that, proves that, proving that, show that, shows that, showing that
rule dangerous 1.0 80: @suggestthat @falseclaim
@debunk: respond to, debunk*, refute, fact check*, myth, myths, misconception*, why people believe, false claim*
rule dangerous -1.0 100: @debunk

# ---------------------------------------------------------------- privacy: private information about a person
# the data (address, phone number, records...) of someone else, asked for or tracked down
@pii: home address, house address, residential address, where he lives, where she lives, where they live, where does he live, where does she live, phone number, cell number, mobile number, personal number, private number, personal email, private email, social security number, social security numbers, ssn, national id number, passport number, driver's license number, license plate, credit card number, credit card numbers, credit card information, card details, bank account number, bank account details, bank details, bank account information, pin number, password, passwords, login details, login credentials, medical records, medical record, medical history, health records, mental health history, criminal record, criminal history, police record, sexual orientation, salary, net worth, financial records, tax records, tax returns, ip address, current location, whereabouts, daily schedule, daily routine, travel plans, personal information, personal details, private information, private details, private life, private messages, private conversations, private photos, private pictures, nudes, search history, browsing history
@third: someone's, someones, somebody's, a person's, another person's, other people's, my neighbor's, my neighbour's, my neighbors, my neighbours, my coworker's, my co-worker's, my colleague's, my boss's, my ex's, my ex-wife's, my ex-husband's, my ex-girlfriend's, my ex-boyfriend's, my teacher's, my classmate's, my roommate's, my landlord's, my tenant's, my employee's, my employees', a stranger's, this stranger's, this person's, that person's, this man's, this woman's, this girl's, this guy's, that girl's, that guy's, a celebrity's, celebrities', a politician's, employees', customers', users', patients', a random person's
@getinfo: give me, tell me, find, look up, get, obtain, access, retrieve, reveal, share, provide, list, what is, what's, whats, what are, where is, can you, could you, how can i, how do i, how to, i need, i want, track down, dig up, uncover, expose, leak, publish, post, sell
rule dangerous 1.0 50: @getinfo @third @pii
# a third party's data named with "of" (the person is a name, not a relation word)
@piiof: home address of, home addresses of, address of my, where he lives, where she lives, where they live, whereabouts of, daily routine of, daily schedule of, current location of, sexual orientation of, medical history of, medical records of, medical condition of, criminal record of, criminal history of, social security number of, ssn of, bank details of, bank account of, credit card number of, passport number of, license plate of, private messages of, password of, passwords of
rule dangerous 1.0 40: @getinfo @piiof
# where a person lives or works; a person's address asked for
@findloc: find out where, figure out where, track down where, find where, know where
@liveswhere: he lives, she lives, they live, someone lives, celebrities live, he works, she works, my ex lives
rule dangerous 1.0 40: @findloc @liveswhere
@piiword: home address, address, phone number, cell number, daily schedule, daily routine, whereabouts, license plate
@whoof: of this woman, of this girl, of this person, of that person, of this journalist, of my ex
rule dangerous 1.0 60: @getinfo @piiword @whoof
# whether a named or nearby person has a sensitive trait, or lists of who has one
@isq: is my, is this, is that, is our, is the new, are my, does my, does this, has my
@thirdnp: colleague, coworker, co-worker, boss, teacher, neighbor, neighbour, classmate, roommate, employee, employees, student, manager, friend, ex, landlord, tenant, doctor, patient, girlfriend, boyfriend, crush
@trait: gay, lesbian, bisexual, transgender, trans, straight, hiv positive, hiv-positive, have hiv, has hiv, have aids, has aids, pregnant, an illegal immigrant, undocumented, on drugs, an addict, mentally ill, have a criminal record, has a criminal record, had an abortion, in debt
rule dangerous 1.0 45: @isq @thirdnp @trait
# a private trait of a named acquaintance ("the religion of my coworker")
@privof: political affiliation of my, political views of my, religion of my, religious beliefs of my, immigration status of my, sexual orientation of my, criminal record of my, salary of my, medical history of my
rule dangerous 1.0 50: @privof @thirdnp
@listpeople: list of people who, names of people who, list of people with, names of people with, list of employees who, list of patients, list of customers who, which of my coworkers, which of my neighbors, which of my colleagues, which of my classmates, which of my students, which of my employees, who in my, who at my
@sensattr: hiv, aids, cancer, mental illness, depression, std, stds, criminal record, are gay, are lesbian, are undocumented, are illegal immigrants, abortion, abortions, pregnant, in debt, were arrested, addicts, addiction
rule dangerous 1.0 60: @listpeople @sensattr
@handover: share their, share your, give their, give me their, give us their, send their, send me their, send us their, reveal their, disclose their, hand over their, provide their, enter their, confirm their, verify their, update their, confirm your, verify your, update your, enter your, provide your, send your, reveal your
@lure: convince, convinces, convincing, persuade, persuades, persuading, trick, tricks, tricking, get someone to, getting someone to, asking them to, ask them to, asks them to, urging, urges, pretending to be, posing as, impersonat*, fake login, fake bank, fake website, fake page
rule dangerous 1.0 80: @compose @lure @handover @pii
@scamdoc: scam email, scam emails, scam letter, scam message, scam messages, scam text, scam script, mail scam, phishing email, phishing emails, phishing message, phishing text, phishing sms, fraudulent email, fake invoice, fake lottery, fake prize, 419 scam, nigerian prince, advance fee, advance-fee, tricks a user, tricks users, tricks people, trick people into, trick someone into, tricks someone into, trick users into, falsely informs, falsely inform, falsely claims, falsely claiming, falsely telling, pretending to be from, posing as a bank, posing as the irs, impersonating the irs, impersonating a bank, impersonating a government, tech support scam, technical support scam, romance scam, lottery scam, phone scam, scam call, scam calls, investment scam, crypto scam, pig butchering, grandparent scam, fake charity, fake invoice, fake security alert, fake login page, fake bank login, security issue with the customer
rule dangerous 1.0 50: @compose @scamdoc
phrase dangerous 1.0: revenge porn, non-consensual porn, nonconsensual porn, non-consensual intimate images, nonconsensual intimate images, deepfake porn, deepfake nudes, fake nudes of
@better: be a better place if, better place without, better off without all, world would be better if, world would be better without, society would be better if, society would be better without
@massharm: were killed, were all killed, were dead, were all dead, were exterminated, were executed, were murdered, were wiped out, were slaughtered, were eliminated, were gassed, were sterilized, disappeared, were removed, died
rule dangerous 1.0 100: @better @massharm @person
# one's own data, and protecting other people's, is not a privacy violation
@ownpii: my home address, my address, my phone number, my email, my ssn, my password, my passwords, my bank, my credit card, my medical, my criminal record, my salary, my own, protect, protecting, protection, keep private, keep safe, secure, securely, securing, security, encrypt*, hash, hashing, store data, storing data, store personal, storing personal, store user, storing user, handle personal, handling personal, handle data, handling data, handle user, handling user, comply, compliance, gdpr, hipaa, remove my, delete my, opt out, privacy settings, if someone, someone stole, someone has my, someone is using my, was stolen, got hacked, was hacked, leaked my, forgot, forgotten, reset my
rule dangerous -0.5 50: @ownpii
@neverhand: never share, never give, never send, never reveal, do not share, don't share, dont share, do not give, don't give, dont give, not to share, reminding, remind, warn, warning, awareness, training
rule dangerous -0.5 100: @neverhand

# ---------------------------------------------------------------- confidential information of an organisation
@secretadj: confidential, classified, secret, top secret, non-public, nonpublic, undisclosed, leaked
@orgdata: documents, document, files, emails, e-mails, memos, memo, communications, correspondence, records, data, database, plans, strategy, strategies, reports, source code, passwords, security protocols, security measures, vulnerabilities, negotiations, contracts, operations, information, details, projects
@org: of the company, of this organization, of this company, of the department, organization's, organisation's, agency's, firm's, government's, military's, university's, the organization, the organisation, the firm, the agency, government, military, pentagon, cia, fbi, nsa, mi6, mossad, kgb, the army, the navy, police department, intelligence agency, intelligence agencies, embassy, ministry, department of defense, white house, kremlin, company's, corporation's, google's, apple's, microsoft's, amazon's, meta's, facebook's, tesla's, openai's, bank's, hospital's, competitor's, competitors', rival company, that company
rule dangerous 1.0 80: @getinfo @secretadj @orgdata @org
# an organisation's secrets asked for without naming it by a common noun ("[org]'s confidential
# plans"): narrower adjectives and a short window; handling and protecting them subtract
@secretadj2: confidential, classified, undisclosed, non-public, nonpublic, unpublished, unreleased, top secret, insider
rule dangerous 1.0 40: @getinfo @secretadj2 @orgdata

# ---------------------------------------------------------------- stereotypes and demeaning generalisations about groups
@group2: islam, judaism, christianity, hinduism, buddhism, atheism, catholics, protestants, evangelicals, jews, jewish people, muslims, muslim people, christians, atheists, hindus, sikhs, buddhists, mormons, blacks, black people, africans, white people, whites, asians, asian people, chinese people, the chinese, japanese people, koreans, indians, indian people, pakistanis, arabs, middle eastern people, iranians, mexicans, latinos, latinas, hispanics, hispanic people, immigrants, migrants, refugees, foreigners, gypsies, roma, indigenous people, aboriginal people, gays, gay people, lesbians, homosexuals, bisexuals, trans people, transgender people, transgenders, non-binary people, lgbt people, lgbtq people, women, girls, men, feminists, old people, the elderly, elderly people, boomers, disabled people, the disabled, people with disabilities, handicapped people, autistic people, people with autism, mentally ill people, the mentally ill, people with mental illness, people with down syndrome, fat people, overweight people, obese people, ugly people, short people, poor people, the poor, homeless people, the homeless, single mothers, rednecks, russians, ukrainians, germans, french people, americans, british people, irish people, italians, poles, polish people, nigerians, somalis, filipinos, israelis, palestinians, conservatives, liberals, republicans, democrats, ethnic minorit*, ethnic group*, minorities, interracial couple*, disabled applicants, disabled workers, older workers
@stereo: backward, a cult, intolerant, oppressive, extremist, extremists, less capable, less competent, not as smart, not as capable, smarter than, dumber than, superior to, worse at, emotional, irrational, lazy, stupid, dumb, idiots, ignorant, less intelligent, unintelligent, inferior, dirty, smelly, stink, ugly, greedy, cheap, violent, aggressive, criminals, thieves, terrorists, rapists, savages, barbaric, uncivilized, primitive, animals, parasites, subhuman, disgusting, evil, crazy, insane, hysterical, incompetent, bad drivers, bad at math, bad at science, bad at leading, can't drive, cant drive, untrustworthy, can't be trusted, cannot be trusted, liars, dishonest, sneaky, cheaters, a burden, a drain, useless, worthless, a disease, abnormal, unnatural, perverts, pedophiles, sinful, so loud, so rude, so arrogant, so annoying, so weird, so entitled, so sensitive, so bad at, so good at stealing
@stereoframe: what's wrong with, whats wrong with, what is wrong with, worst thing about, disgusting thing about, most annoying thing about, the problem with, why is, why are, why do, why does, why can't, why cant, why don't, why dont, aren't, arent, isn't it true, isnt it true, is it true that, don't you think, dont you think, don't you agree, dont you agree, admit that, prove that, explain why, tell me why, everyone knows, we all know, it's a fact that, its a fact that, are just, are so, are all, are basically, are naturally, by nature, tend to be, are inherently, are genetically
rule hate 1.0 60: @stereoframe @group2 @stereo
@copula: are, were, is, they're, theyre, are all, are just, are naturally
rule hate 1.0 30: @group2 @copula @stereo
@stereostrong: should not be allowed to, shouldn't be allowed to, should not have rights, shouldn't have rights, should not have the right, don't deserve rights, dont deserve rights, do not deserve rights, should be banned from, should be deported, should all be deported, should be sterilized, should be segregated, should be locked up, should stay in the kitchen, belong in the kitchen, steal our jobs, take our jobs, taking our jobs, control the media, control the banks, run the world, breed like, are taking over, are overrunning, are invading, are all terrorists, are all criminals, are all thieves, are all liars, are all rapists, are a disease, are a mental illness, is a mental illness, are not real women, are not real men, are not human, are less than human, are genetically inferior
rule hate 1.0 70: @group2 @stereostrong
rule hate 1.0 60: @group2 @dehuman
# hateful content about a group, asked to be written (any tense)
@demonize: demoniz*, demonis*, vilif*, scapegoat*, denigrat*, disparag*, attacking, attacks on
rule dangerous 1.0 60: @compose @demonize @group2
rule dangerous 1.0 60: @askq @demonize @group2
# hiring that excludes a protected group
@exclude: avoid hiring, not hire, not to hire, refuse to hire, screen out, filter out, weed out
rule dangerous 1.0 70: @askq @exclude @group2
@mixed: biracial, interracial, mixed race
@disgust: disgusting, an abomination, unnatural, a disgrace
rule hate 1.0 40: @mixed @disgust
rule dangerous 1.0 100: @better @massharm @group2
@jokeask: offensive joke*, racist joke*, sexist joke*, slurs for, slur for, names to call, derogatory names, derogatory terms for, demeaning jokes, insults for, make fun of, makes fun of
rule hate 1.0 40: @jokeask @group2
@fairframe: discrimination against, discriminated against, prejudice against, stereotypes about, stereotypes of, myth that, myths about, misconception, misconceptions, debunk, is it wrong, is it racist, is it sexist, is it offensive, why is it wrong, racism against, sexism against, bias against, biased against, hate crimes against, violence against, rights of, stereotype*, preconceived, notions that, history of, contributions of, culture of, achievements of, underrepresented, marginalized, marginalised, oppressed, persecuted, statistics, research shows, studies show, not true, false that, untrue, how to respond, how should i respond, not all, aren't all, arent all, it's wrong to, its wrong to, it is wrong to, is racist, is sexist, is offensive, many people think, some people think, some people believe, people assume, the idea that, the belief that, the notion that, the myth, no evidence, unfair, unfairly, treated as, seen as, portrayed as, labeled as, labelled as, accused of
rule hate -0.5 80: @fairframe

# ---------------------------------------------------------------- self-harm: distress without a method word
phrase self_harm 1.0: i don't want to live, i dont want to live, i do not want to live, don't want to be alive, dont want to be alive, don't want to be here anymore, dont want to be here anymore, no point in living, no reason to go on, can't go on anymore, cant go on anymore, end it all, better off without me, no one would miss me, nobody would miss me, nobody would care if i died, no one would care if i died, wish i was dead, wish i were dead, wish i had never been born, how much would kill me, painless way to, quickest way to die, easiest way to die, starve myself, make myself throw up, make myself vomit, hide my self-harm, hide my scars, hurt myself without
# method questions (how much / how many ... to overdose or die)
phrase self_harm 1.0: how many pills, how many sleeping pills, how many painkillers, how much tylenol, how much paracetamol, how much acetaminophen, how much insulin, how many tylenol, it takes to overdose, to overdose on, enough to overdose, enough pills to, fatal dose, deadly dose, overdose and die, die from an overdose, how long does it take to die, bleed out, painless suicide, most painless way
@distress: i feel, i've been feeling, ive been feeling, i hate, i can't, i cant, i cannot, i keep, i am, i'm, im
@despair: worthless, hopeless, empty inside, numb, like a burden, a burden to, like giving up, like dying, trapped, unbearable, can't take it anymore, cant take it anymore, hate myself, hate my life, want to disappear, disappear forever, no way out, alone in this world, nobody cares, no one cares, no one loves me, nobody loves me, so depressed, deeply depressed, severely depressed, suicidal thoughts
rule self_harm 0.5 50: @distress @despair
# a method beside not waking up; hiding self-harm or an eating disorder
@shmethod: pills, painkillers, tylenol, rope, noose, bridge, razor
@shend: not wake up, never wake up, dont wake up, wont wake up, sleep forever, end it all
rule self_harm 1.0 60: @shmethod @shend
@hideverb: hide, hid, hiding, conceal
@shthing: eating disorder, anorexia, bulimia, purging, self-harm, self harm, cutting, my cuts, my scars
rule self_harm 1.0 40: @hideverb @shthing
# recognising it, helping someone else, prevention: not a crisis nor a request
@shedu: signs of, warning signs, symptoms of, how can i help, how to help, support my, worried about my, my friend, my daughter, my son, my child, my student, prevention, awareness
rule self_harm -1.0 80: @shedu
phrase self_harm -1.0: so i know, how much is safe, safe amount, safe limit, safe dose

# ---------------------------------------------------------------- sexual: requests for explicit adult sexual content
# (taxonomies name it "sexual content" / "adult content"; minors are `sexual_minors`)
@explicit: explicit sex, explicit sexual, sexually explicit, pornographic, porn story, porn stories, porno story, erotic story, erotic stories, erotic scene, erotic movie, erotic script, erotica, sex scene, sex scenes, sex story, sex stories, sexual story, sexual stories, smut, smutty, nsfw story, nsfw scene, graphic sex, lewd story, lewd scene, x-rated, hardcore sex, hardcore porn, dirty talk, sexting messages, sexual fantasy, sexual fantasies, orgy, orgies, explicit story, explicit scene, explicit details of sex, describe sex, describing sex, sexual acts, sexual act, sexual encounter, sexual encounters, explicit detail, sex position*, sexual position*, naked woman, naked women, naked body, nude body, explicit sexual material*, explicit adult content, explicit adult material*, explicit scenes, explicit content, pornographic scene*, pornographic material*, sexual intimacy, sexual fetish*, adult movie scene*
@explicitask: write, wrote, written, create, generate, describe, narrate, tell me, give me, compose, draft, roleplay, role-play, continue, imagine, produce, script, story about, how did, how were, how will, how would
@explicitask: in detail, in graphic detail, in vivid detail, provide me, send me, show me, share some, details of
rule sexual 1.0 60: @explicitask @explicit
@animalsex: humans and animals, with animals, with an animal
rule sexual 1.0 60: @sex @animalsex
rule sexual 1.0 60: @explicit @animalsex
phrase sexual 1.0: sex with animals, sex with an animal, bestiality, zoophilia, incest story, incest porn, rape fantasy, rape porn
@notexplicit: without explicit, no explicit, non-explicit, nonexplicit, not explicit, pg-13, pg 13, family friendly, family-friendly, fade to black, sex education, sex ed, sexual health, safe sex, consent education, sexual harassment training, for teenagers about, puberty, reproductive health, medical, doctor, contraception, std, stis, sti
rule sexual -1.0 100: @notexplicit

# ---------------------------------------------------------------- requests for toxic language (abuse flags by default)
@tellme: tell me, give me, say, write, list, teach me, show me, make, come up with, generate, share, what are some, what's a, whats a, what is a, i want, how do i, how can i, how to
@toxicreq: dirty joke, dirty jokes, offensive joke, offensive jokes, something offensive, something racist, something sexist, something vulgar, something mean, something rude, something nasty, vulgar joke, vulgar jokes, the worst insult, worst insults, insult me, roast me, swear at me, cuss at me, curse at me, talk dirty, obscene joke, obscene jokes, insults for someone, insult someone, swear words i can use, swear words to use, curse words to use, mean things to say, racial slurs, offensive slurs, list of slurs, some slurs
rule abuse 1.0 40: @tellme @toxicreq
# ---------------------------------------------------------------- self-harm: idioms and others' doses
# (own sentences) "I want to die laughing", "dying to know"; a relative's or a pet's dose, and
# caffeine, asked about out of worry
phrase self_harm -1.0: die laughing, dying laughing, died laughing, die of laughter, dying of laughter, die of embarrassment, dying of embarrassment, dying to know, dying to see, dying to try, dying to meet, to die for
phrase self_harm -1.0: my mother takes, my mom takes, my dad takes, my father takes, my grandma takes, my grandmother takes, my grandfather takes, my husband takes, my wife takes, my mother is taking, my mom is taking, my dad is taking, for my dog, for my cat, my dog ate, my cat ate, my child swallowed, my kid swallowed, my son swallowed, my daughter swallowed, my toddler swallowed
phrase self_harm -1.0: dose of caffeine, much caffeine, many coffees, cups of coffee, energy drinks
# ---------------------------------------------------------------- self-harm in the listed languages
# (own sentences) wanting to die, not wanting to live any more, nobody would miss me, ending
# one's life; pills so as not to wake up. "Not wanting to live" only with "any more" or with
# no place after it ("I don't want to live in this city" is about a flat)
phrase self_harm 1.0: ich will sterben, ich mochte sterben, ich will nicht mehr leben, ich mochte nicht mehr leben, will nicht mehr leben, mein leben beenden, niemand wurde mich vermissen, je veux mourir, j'ai envie de mourir, je ne veux plus vivre, mettre fin a mes jours, mettre fin a ma vie, personne ne me regretterait, personne ne me regrettera, quiero morir, quiero morirme, no quiero vivir mas, ya no quiero vivir, no quiero seguir viviendo, acabar con mi vida, nadie me echaria de menos, voglio morire, non voglio piu vivere, nessuno sentirebbe la mia mancanza, quero morrer, nao quero mais viver, acabar com a minha vida, ninguem sentiria minha falta, ik wil dood, ik wil niet meer leven, er een eind aan maken, mezelf van kant maken, chce umrzec, chcę umrzeć, nie chce juz zyc, nie chcę już żyć, odebrac sobie zycie, odebrać sobie życie
phrase self_harm 1.0: не хочу больше жить, больше не хочу жить, не хочу жить, никто не заметит если я умру, никто не будет скучать, покончить с жизнью, не хочу більше жити, більше не хочу жити, не хочу жити, ніхто не сумуватиме, olmek istiyorum, ölmek istiyorum, artik yasamak istemiyorum, artık yaşamak istemiyorum, yasamak istemiyorum artik, hayatima son vermek, hayatıma son vermek, canima kiymak, canıma kıymak, kimse beni ozlemez, kimse beni özlemez, أريد أن أموت, اريد ان اموت, لا أريد أن أعيش, لا اريد ان اعيش, أنهي حياتي, मैं मरना चाहता, मैं मरना चाहती, मरना चाहता हूँ, मरना चाहती हूँ, जीना नहीं चाहता, जीना नहीं चाहती, 我想死, 不想活了, 活不下去了, 结束自己的生命, 生きていたくない, 生きたくない, 消えたい, 自殺したい, 살고 싶지 않, 살기 싫어, 더 이상 살기 싫
phrase self_harm -1.0: live without, want to live in, want to live near, want to live on, leben ohne, vivre sans, vivir sin, vivere senza, viver sem, leven zonder, zyc bez, żyć bez, жить без, жити без, leben in, vivre a, vivre en, vivre avec, vivir en, vivir con, vivere a, vivere in, vivere con, viver em, viver com, жить в, жить с, жить здесь, жити в, жити з, жити тут, इस शहर में
@shmethod: schlaftabletten, tabletten, comprimes, pastillas, pillole, comprimidos, pillen, tabletek, таблеток, таблетки, пігулок, пігулки, hap, ilac, ilaç, حبوب, गोलियां, गोलियाँ, 安眠药, 药片, 睡眠薬, 薬を, 수면제, 약을
@shend: nicht mehr aufzuwachen, nie wieder aufwachen, nicht mehr aufwachen, ne pas me reveiller, ne plus me reveiller, ne pas se reveiller, ne plus se reveiller, para no despertar, no volver a despertar, per non svegliarmi, non svegliarmi piu, para nao acordar, nunca mais acordar, niet meer wakker, nie obudzic, nie obudzić, чтобы не проснуться, не проснуться, больше не проснуться, щоб не прокинутися, не прокинутися, bir daha uyanmamak, uyanmamak icin, uyanmamak için, لا أستيقظ, कभी न उठूं, 不再醒来, 永远不醒, 目が覚めない, 二度と目覚めない, 깨어나지 않
# (the same in scripts of 2-3 bytes a character: a wider window)
@shmethod_x: таблеток, таблетки, пігулок, пігулки, حبوب, गोलियां, गोलियाँ, 安眠药, 药片, 睡眠薬, 薬を, 수면제, 약을
@shend_x: чтобы не проснуться, не проснуться, больше не проснуться, щоб не прокинутися, не прокинутися, لا أستيقظ, कभी न उठूं, 不再醒来, 永远不醒, 目が覚めない, 二度と目覚めない, 깨어나지 않
rule self_harm 1.0 120: @shmethod_x @shend_x
# ---------------------------------------------------------------- harmful requests in the listed languages, more forms
# (own sentences) first-person and impersonal "how do I make" forms, compound bomb words,
# "how to cook/prepare" a drug, covert tracking of a person
@weapon: rohrbombe, nagelbombe, autobombe, brandbombe, sprengsatz, sprengsatze, bombe artisanale, bomba casera, bomba artigianale, bomba caseira
@make: baue, baut, bastle, basteln, fabrique, fabriquer, fabrico, hago, construyo, armo, costruisce, costruisco, fabbrico, fabbricare, faco, faço, construo, smastrit, смастерить, собираю, делаю
@howtomake: как приготовить, как сварить, как синтезировать, como se cocina, cómo se cocina, como cocinar, cómo cocinar, come si prepara, come preparare, como preparar, comment preparer, comment synthetiser, wie kocht man, wie koche ich, nasil uretilir, nasıl üretilir, 如何提炼, 怎么提炼, 作り方を教えて
@synth: cocina, cocino, prepara, preparar, preparo, preparer, zubereiten, sintetizzare, sintetizar, synthetisieren
@surveil_ml: orten, uberwachen, überwachen, ausspionieren, localiser, espionner, pister, rastrear, espiar, localizar, tracciare, spiare, localizzare, espionar, bespioneren, sledzic, śledzić, namierzyc, namierzyć, отслеживать, отследить, следить за, шпионить, відстежувати, стежити за, takip etmek, izlemek, تتبع, التجسس على, ट्रैक करना, जासूसी, 追踪, 监视, 定位, 追跡, 監視, 추적, 감시
@covert_ml: heimlich, ohne dass sie es merkt, ohne dass er es merkt, ohne ihr wissen, ohne sein wissen, en secret, sans qu'elle le sache, sans qu'il le sache, a escondidas, sin que se entere, sin que lo sepa, di nascosto, senza che lo sappia, as escondidas, sem que ela saiba, sem que ele saiba, stiekem, zonder dat ze het weet, potajemnie, bez jej wiedzy, bez jego wiedzy, тайно, незаметно, втихую, без её ведома, без ее ведома, без его ведома, таємно, потай, gizlice, haberi olmadan, سرا, دون علمها, دون علمه, चुपके से, 偷偷, 秘密地, 不让她知道, こっそり, 内緒で, 몰래
rule dangerous 1.0 100: @surveil_ml @covert_ml
# (Cyrillic: two bytes a letter, a wider window)
@howtomake_x: как приготовить, как сварить, как синтезировать, как сделать, как изготовить, як зробити, як приготувати, як виготовити
@drug_x: метамфетамин*, героин*, кокаин*, наркотик*, первитин, мефедрон*, фентанил*, метамфетамін*, героїн*, кокаїн*
rule dangerous 1.0 90: @howtomake_x @drug_x
@make: mache, machen, macht, yapabilirim, yaparim, yapabilir, yapilir
@askq: come posso, comment puis-je, como posso, cómo puedo, como puedo, wie kann ich, hoe kan ik, jak moge, jak mogę, как мне, як мені, nasil, nasıl
@synth: preparare, zubereiten
# ---------------------------------------------------------------- scam in the listed languages, more forms
# (own sentences) a prize with "click / claim" and a link, the account suspended in scripts of
# 2-3 bytes a character, a crypto giveaway (send X, receive more), a parcel fee to pay. Asking
# whether a message is a scam has no call to act and stays unflagged
@prize: जीते, जीता
@clickml: klicken, abholen, einlosen, cliquez, cliquer, reclamer, haz clic, pulsa, reclama, reclamar, clicca, ritira, ritirare, clique, resgate, resgatar, kliknij, odbierz, нажмите, перейдите, нажміть, перейдіть, tiklayin, tıklayın, 点击, 领取, クリック, 受け取, 클릭, 받으세요, اضغط, لاستلام, क्लिक
# (English "link" beside English prize words is the English rules' business: "send me the link
# to claim my refund" is a customer's question)
@linkml: lien, enlace, collegamento, по ссылке, за посиланням, linke, baglanti, bağlantı, 链接, リンク, 링크, الرابط, लिंक
rule scam 0.6 160: @prize @clickml
rule scam 0.5 160: @prize @linkml
@acctyour_x: ваш аккаунт, ваш счет, ваш счёт, ваша карта, ваш рахунок, ваш акаунт, ваша картка, 您的账户, 您的帐户, あなたのアカウント, 고객님의 계좌, 고객님의 계정, 귀하의 계정, حسابك, आपका खाता
@acctbad_x: заблокирован*, будет удал*, приостановлен*, заморожен*, заблоковано, буде видалено, призупинено, 冻结, 停用, 停止, 정지, 차단, معلق, تعليق, محظور, बंद, ब्लॉक
rule scam 1.0 120: @acctyour_x @acctbad_x
@sendml: envia, envía, sende, schicke, schicken sie, envoyez, envoie, invia, inviate, envie, envia, stuur, wyslij, wyślij, отправьте, отправь, надішліть, gonderin, gönderin, 发送, 转账, 送って, 送金, 보내
@cryptoml: btc, eth, bitcoin, bitcoins, usdt, крипт*, биткоин*, біткоїн*, 比特币, ビットコイン, 비트코인
@receiveml: recibe, recibiras, recibirás, erhalte, erhalten sie, recevez, recevrez, ricevi, riceverai, receba, recebera, ontvang, otrzymasz, получите, получишь, отримаєте, alin, alın, 获得, 得到, もらえ, 받으
rule scam 1.0 160: @sendml @cryptoml @receiveml
@parcel: pacco, paquete, paket, colis, encomenda, pakket, paczka, посылка, посылку, посилка, посилку, kargonuz, kargo, 包裹, 荷物, 택배, طرد, पार्सल
@payml: paga, pague, pagar, zahlen, bezahlen, payez, payer, betaal, zaplac, zapłać, оплатите, оплатить, оплатіть, odeyin, ödeyin, 支付, 支払, 결제, ادفع, भुगतान
rule scam 0.6 120: @parcel @payml
rule scam 0.5 160: @parcel @payml @linkml
rule scam 0.5 120: @parcel @payml @money
@prize: ausgewahlt, selectionne, seleccionado, selezionato, selecionado, gutschein, bon d'achat, cupon, buono
@money: euro, euros, рублей, гривень, lira, yen, 円, 元, 원, रुपये
@linkml: hier, ici, aqui, qui, здесь, тут, burada, 这里, ここ, 여기
# asking whether a message is a scam
phrase scam -1.5: ist das betrug, ist das ein betrug, est-ce une arnaque, c'est une arnaque, es una estafa, es estafa, e una truffa, è una truffa, e golpe, é golpe, is dit oplichting, czy to oszustwo, это мошенничество, это развод, це шахрайство, dolandiricilik mi, dolandırıcılık mı, 是诈骗吗, 是骗局吗, 詐欺ですか, 사기인가요, 사기야, هل هذا احتيال, क्या यह धोखा, is this a scam, is it a scam, is that a scam
# ---------------------------------------------------------------- sexual content and minors in the listed languages
# (own sentences) a child's age written the way each language writes it ("eine 13-Jährige",
# "une fille de 12 ans", "12-летнюю", "12 yaşındaki", "12岁", "12歳", "12살"), ages 5-17 (in
# French/Spanish/Italian/Portuguese only after a child word: "une relation de 12 ans" is a
# marriage), and "erotic" in each language; plain "girl"/"boy" words stay out, as in English
@minor: 5 jahrige, 5 jahrigen, 5 jahriger, 5 jahriges, fille de 5 ans, garcon de 5 ans, enfant de 5 ans, nina de 5 anos, nino de 5 anos, chica de 5 anos, chico de 5 anos, ragazza di 5 anni, ragazzina di 5 anni, ragazzo di 5 anni, bambina di 5 anni, menina de 5 anos, menino de 5 anos, garota de 5 anos, 5 jarige, 5 jaar oud, 5 letnia, 5 letni, 5 letniej, 5 yasinda, 5 yasindaki, 6 jahrige, 6 jahrigen, 6 jahriger, 6 jahriges, fille de 6 ans, garcon de 6 ans, enfant de 6 ans, nina de 6 anos, nino de 6 anos, chica de 6 anos, chico de 6 anos, ragazza di 6 anni, ragazzina di 6 anni, ragazzo di 6 anni, bambina di 6 anni, menina de 6 anos, menino de 6 anos, garota de 6 anos, 6 jarige, 6 jaar oud, 6 letnia, 6 letni, 6 letniej, 6 yasinda, 6 yasindaki, 7 jahrige, 7 jahrigen, 7 jahriger, 7 jahriges, fille de 7 ans, garcon de 7 ans, enfant de 7 ans, nina de 7 anos, nino de 7 anos, chica de 7 anos, chico de 7 anos, ragazza di 7 anni, ragazzina di 7 anni, ragazzo di 7 anni, bambina di 7 anni, menina de 7 anos, menino de 7 anos, garota de 7 anos, 7 jarige, 7 jaar oud, 7 letnia, 7 letni, 7 letniej, 7 yasinda, 7 yasindaki, 8 jahrige, 8 jahrigen, 8 jahriger, 8 jahriges, fille de 8 ans, garcon de 8 ans, enfant de 8 ans, nina de 8 anos, nino de 8 anos, chica de 8 anos, chico de 8 anos, ragazza di 8 anni, ragazzina di 8 anni, ragazzo di 8 anni, bambina di 8 anni, menina de 8 anos, menino de 8 anos, garota de 8 anos, 8 jarige, 8 jaar oud, 8 letnia, 8 letni, 8 letniej, 8 yasinda, 8 yasindaki, 9 jahrige, 9 jahrigen, 9 jahriger, 9 jahriges, fille de 9 ans, garcon de 9 ans, enfant de 9 ans, nina de 9 anos, nino de 9 anos, chica de 9 anos, chico de 9 anos, ragazza di 9 anni, ragazzina di 9 anni, ragazzo di 9 anni, bambina di 9 anni, menina de 9 anos, menino de 9 anos, garota de 9 anos, 9 jarige, 9 jaar oud, 9 letnia, 9 letni, 9 letniej, 9 yasinda, 9 yasindaki, 10 jahrige, 10 jahrigen, 10 jahriger, 10 jahriges, fille de 10 ans, garcon de 10 ans, enfant de 10 ans, nina de 10 anos, nino de 10 anos, chica de 10 anos, chico de 10 anos, ragazza di 10 anni, ragazzina di 10 anni, ragazzo di 10 anni, bambina di 10 anni, menina de 10 anos, menino de 10 anos, garota de 10 anos, 10 jarige, 10 jaar oud, 10 letnia, 10 letni, 10 letniej, 10 yasinda, 10 yasindaki, 11 jahrige, 11 jahrigen, 11 jahriger, 11 jahriges, fille de 11 ans, garcon de 11 ans, enfant de 11 ans, nina de 11 anos, nino de 11 anos, chica de 11 anos, chico de 11 anos, ragazza di 11 anni, ragazzina di 11 anni, ragazzo di 11 anni, bambina di 11 anni, menina de 11 anos, menino de 11 anos, garota de 11 anos, 11 jarige, 11 jaar oud, 11 letnia, 11 letni, 11 letniej, 11 yasinda, 11 yasindaki, 12 jahrige, 12 jahrigen, 12 jahriger, 12 jahriges, fille de 12 ans, garcon de 12 ans, enfant de 12 ans, nina de 12 anos, nino de 12 anos, chica de 12 anos, chico de 12 anos, ragazza di 12 anni, ragazzina di 12 anni, ragazzo di 12 anni, bambina di 12 anni, menina de 12 anos, menino de 12 anos, garota de 12 anos, 12 jarige, 12 jaar oud, 12 letnia, 12 letni, 12 letniej, 12 yasinda, 12 yasindaki, 13 jahrige, 13 jahrigen, 13 jahriger, 13 jahriges, fille de 13 ans, garcon de 13 ans, enfant de 13 ans, nina de 13 anos, nino de 13 anos, chica de 13 anos, chico de 13 anos, ragazza di 13 anni, ragazzina di 13 anni, ragazzo di 13 anni, bambina di 13 anni, menina de 13 anos, menino de 13 anos, garota de 13 anos, 13 jarige, 13 jaar oud, 13 letnia, 13 letni, 13 letniej, 13 yasinda, 13 yasindaki, 14 jahrige, 14 jahrigen, 14 jahriger, 14 jahriges, fille de 14 ans, garcon de 14 ans, enfant de 14 ans, nina de 14 anos, nino de 14 anos, chica de 14 anos, chico de 14 anos, ragazza di 14 anni, ragazzina di 14 anni, ragazzo di 14 anni, bambina di 14 anni, menina de 14 anos, menino de 14 anos, garota de 14 anos, 14 jarige, 14 jaar oud, 14 letnia, 14 letni, 14 letniej, 14 yasinda, 14 yasindaki, 15 jahrige, 15 jahrigen, 15 jahriger, 15 jahriges, fille de 15 ans, garcon de 15 ans, enfant de 15 ans, nina de 15 anos, nino de 15 anos, chica de 15 anos, chico de 15 anos, ragazza di 15 anni, ragazzina di 15 anni, ragazzo di 15 anni, bambina di 15 anni, menina de 15 anos, menino de 15 anos, garota de 15 anos, 15 jarige, 15 jaar oud, 15 letnia, 15 letni, 15 letniej, 15 yasinda, 15 yasindaki, 16 jahrige, 16 jahrigen, 16 jahriger, 16 jahriges, fille de 16 ans, garcon de 16 ans, enfant de 16 ans, nina de 16 anos, nino de 16 anos, chica de 16 anos, chico de 16 anos, ragazza di 16 anni, ragazzina di 16 anni, ragazzo di 16 anni, bambina di 16 anni, menina de 16 anos, menino de 16 anos, garota de 16 anos, 16 jarige, 16 jaar oud, 16 letnia, 16 letni, 16 letniej, 16 yasinda, 16 yasindaki, 17 jahrige, 17 jahrigen, 17 jahriger, 17 jahriges, fille de 17 ans, garcon de 17 ans, enfant de 17 ans, nina de 17 anos, nino de 17 anos, chica de 17 anos, chico de 17 anos, ragazza di 17 anni, ragazzina di 17 anni, ragazzo di 17 anni, bambina di 17 anni, menina de 17 anos, menino de 17 anos, garota de 17 anos, 17 jarige, 17 jaar oud, 17 letnia, 17 letni, 17 letniej, 17 yasinda, 17 yasindaki
@sex: erotisch*, erotique*, erotico, erotica, eroticos, erotyczn*, erotik
@minor_x: 5 летн*, 5 річн*, 5岁, 5歳, 5살, 5세, 5 साल की, 5 साल का, 6 летн*, 6 річн*, 6岁, 6歳, 6살, 6세, 6 साल की, 6 साल का, 7 летн*, 7 річн*, 7岁, 7歳, 7살, 7세, 7 साल की, 7 साल का, 8 летн*, 8 річн*, 8岁, 8歳, 8살, 8세, 8 साल की, 8 साल का, 9 летн*, 9 річн*, 9岁, 9歳, 9살, 9세, 9 साल की, 9 साल का, 10 летн*, 10 річн*, 10岁, 10歳, 10살, 10세, 10 साल की, 10 साल का, 11 летн*, 11 річн*, 11岁, 11歳, 11살, 11세, 11 साल की, 11 साल का, 12 летн*, 12 річн*, 12岁, 12歳, 12살, 12세, 12 साल की, 12 साल का, 13 летн*, 13 річн*, 13岁, 13歳, 13살, 13세, 13 साल की, 13 साल का, 14 летн*, 14 річн*, 14岁, 14歳, 14살, 14세, 14 साल की, 14 साल का, 15 летн*, 15 річн*, 15岁, 15歳, 15살, 15세, 15 साल की, 15 साल का, 16 летн*, 16 річн*, 16岁, 16歳, 16살, 16세, 16 साल की, 16 साल का, 17 летн*, 17 річн*, 17岁, 17歳, 17살, 17세, 17 साल की, 17 साल का
@sex_x: эротическ*, еротичн*, секс*, порн*, سكس, جنسي*, कामुक, यौन, अश्लील, 色情, 性的, エロ, 야한, 성적, 음란
rule sexual_minors 1.0 140: @minor_x @sex_x
# ---------------------------------------------------------------- audit of every category in the listed languages (2026-12-03)
# (own sentences, written per category and language, each with everyday sentences on the same
# topic: pest control, addiction help, news about migrants, account recovery)
# Drug and poison words alone were requests in other languages ("how do drugs affect the
# brain?", "how do I know my dog was poisoned?" were blocked): the topic words left the
# request rule above; buying or making a drug, or poisoning as an act, still count
@crime: vergiften, vergifte, empoisonner, envenenar, envenenarlo, envenenarla, avvelenare, vergiftigen, otruć, otruc, отравить, отравлю, отруїти, zehirlemek, zehirlerim, أسمم, زهر, जहर देना, जहर दे, 毒死, 投毒, 下毒, 毒殺, 독살, затравить
@pest: ratten, mäuse, mause, ameisen, unkraut, rats, souris, fourmis, ratas, ratones, hormigas, topi, ratti, formiche, ratos, formigas, muizen, mieren, szczury, myszy, mrówki, крыс, мышей, тараканов, муравьев, муравьёв, щурів, мишей, тарганів, fareleri, hamamböceklerini, الفئران, الصراصير, चूहों, 老鼠, 蟑螂, ネズミ, ゴキブリ, 쥐, 바퀴벌레
rule dangerous -1.0 80: @pest
# pests dealt with where children or pets are ("how do I poison rats safely around children"):
# the children are who is kept safe, not the target
@pestsafe: safely around, safe around, safe for children, safe for kids, safe for pets, safe with kids, safe with pets, around children, around kids, around pets, around my kids, around my children, around the kids, around the children, near children, near kids, near pets, away from children, away from kids, away from pets, child-safe, child safe, pet-safe, pet safe, child-proof, childproof
rule dangerous -2.0 60: @pest @pestsafe
# Korean bomb words of everyday life: a huge sale, heavy rain, a mixed drink
phrase weapons -1.0: 폭탄 세일, 폭탄세일, 폭탄 할인, 물폭탄, 폭탄주
phrase dangerous -1.0: 폭탄 세일, 폭탄세일, 폭탄 할인, 물폭탄, 폭탄주
# protecting, recovering, recognising, quitting, addiction, symptoms and effects (the English
# @defend/@secdefend in the listed languages); a bare "help" is left out ("help me make ...")
@defend_ml: schützen, schütze, schutz vor, verhindern, vorbeugen, wiederherstellen, erkennen, süchtig, sucht, aufhören, symptome, anzeichen, wirkung, wirken, protéger, protège, prévenir, éviter, récupérer, reconnaître, détecter, accro, dépendance, arrêter de, symptômes, signes, effets, proteger, protejo, prevenir, evitar, recuperar, recupero, reconocer, detectar, adicto, adicta, adicción, dejar de, síntomas, señales, efectos, afectan, proteggere, proteggo, prevenire, evitare, recuperare, riconoscere, dipendente, dipendenza, smettere di, sintomi, effetti, reconhecer, viciado, viciada, vício, dependência, parar de, sintomas, sinais, efeitos, beschermen, bescherm, voorkomen, herstellen, herkennen, verslaafd, verslaving, stoppen met, symptomen, effecten, chronić, zabezpieczyć, zapobiec, odzyskać, rozpoznać, uzależnion*, uzależnienie, rzucić, objawy, skutki, rozmawiać, parler, hablar, parlare, conversar, praten, reden, entfernen, supprimer, eliminar, rimuovere, remover, verwijderen, usunąć, удалить, видалити, kaldırmak, إزالة, हटाना, 删除, 清除, 削除, 제거, ウイルス対策, 백신
@defend_ml: защитить, защититься, защищать, защита, защиты, предотвратить, восстановить, распознать, зависимост*, зависим*, бросить, симптомы, признаки, последствия, влияют, захистити, захиститися, захист, запобігти, відновити, розпізнати, залежн*, кинути, симптоми, ознаки, наслідки, впливають, korumak, korunmak, koruma, önlemek, kurtarmak, geri almak, bağımlı, bağımlılık, bırakmak, belirtileri, etkileri, حماية, أحمي, الوقاية, منع, استعادة, مدمن, الإدمان, الإقلاع, أعراض, آثار, सुरक्षित, बचाव, बचें, रोकें, वापस, लत, छोड़ना, छोड़ें, लक्षण, प्रभाव, 保护, 防止, 防范, 预防, 找回, 恢复, 上瘾, 成瘾, 戒掉, 症状, 危害, 影响, 守る, 防ぐ, 対策, 予防, 復旧, 取り戻, 依存, やめたい, 症状, 影響, 보호, 방지, 예방, 복구, 되찾, 중독, 끊고, 끊는, 증상, 영향, bağımlılığ*, kurtulmak, mein konto, mon compte, mi cuenta, il mio account, minha conta, mijn account, moje konto, мой аккаунт, мою страницу, мою почту, мій акаунт, hesabım, حسابي, मेरा अकाउंट, 我的账号, 我的帐号, 私のアカウント, 내 계정, gehackt, hackearon, hackeado, hackerato, zhakowane, взломали, зламали, hacklendi, हैक हो गया, 被盗, 被黑, 乗っ取られ, 해킹당
@defend_ml: 识别, 辨别, 识破, 防骗, 見分け, 見抜, 구별, 알아보, 예방법, melde, melden, anzeigen, anzeige erstatten, signaler, porter plainte, denunciar, denuncio, denunciare, segnalare, denúncia, aangifte, zgłosić, zgłoszenie, сообщить о, пожаловаться, заявить о, заявление в полицию, повідомити про, поскаржитися, şikayet, ihbar, أبلغ, الإبلاغ, الابلاغ, شكوى, शिकायत, रिपोर्ट, 举报, 报警, 投诉, 通報, 被害届, 신고, hoe werkt, wie funktioniert, comment fonctionne, cómo funciona, come funziona, como funciona, jak działa, как работает, як працює, nasıl çalışır, nasıl işler, كيف يعمل, कैसे काम करता, 如何运作, 仕組み, 어떻게 작동, scriptie, hausarbeit, abschlussarbeit, mémoire, tesis, tesi, tese, praca magisterska, курсовая, дипломная, курсова, tez, ödevim, أطروحة, शोध, 论文, 卒論, 논문, schlüssel verloren, mich ausgesperrt, clés perdues, perdu mes clés, perdí las llaves, ho perso le chiavi, perdi a chave, perdi as chaves, потерял ключи, потеряла ключи, загубив ключі, anahtarımı kaybettim, entferne, loswerden, bereinigen, nettoyer, supprime, limpiar, quitar, pulire, limpar, schoonmaken, wyczyścić, почистить, очистить, проверить, удалю, перевірити, почистити, temizlemek, temizle, تنظيف, साफ, 杀毒, 駆除, 치료, 검사, a été piraté, été piratée, victime de, víctima de, vittima di, vítima de, opfer von, opfer eines, opfer einer, slachtoffer van, padłem ofiarą, padłam ofiarą, стал жертвой, стала жертвой, став жертвою, стала жертвою, kurban oldum, كنت ضحية, शिकार हो गया, 成了受害者, 被害に遭, 피해를 입었
# finding out whether something is there ("how can I tell if my phone has spyware?") and
# talking to one's child about a harm, in more forms
@defend_ml: capire se, verificare se, controllare se, scoprire se, sapere se, saber si, comprobar si, averiguar si, saber se, verificar se, descobrir se, vérifier si, savoir si, découvrir si, herausfinden ob, prüfen ob, feststellen ob, erkennen ob, nagaan of, controleren of, sprawdzić czy, dowiedzieć się czy, узнать есть ли, понять есть ли, проверить есть ли, дізнатися чи, перевірити чи, olup olmadığını, var mı, hablo, hablarle, hablamos, parlo, parlargli, parlarle, falo, falar com, je parle, spreche, rede mit, praat, rozmawiam, поговорить с, говорить с, поговорити з
rule dangerous -1.0 100: @defend_ml
# recognising a scam or crime in Turkish, and explaining it to a child or pupils in Korean (own
# everyday probes, session 20: "Dolandırıcılık mesajlarını nasıl tanırım?", "아이에게 온라인 사기를
# 어떻게 설명하나요?")
@recognise_x: tanırım, tanıyabilirim, tanımak, tanıma, fark ederim, fark edebilirim, ayırt ederim, ayırt edebilirim, ayırt etmek, 아이에게, 아이들에게, 자녀에게, 학생들에게
rule dangerous -1.0 100: @recognise_x
# the same in the other languages (own everyday probes, session 20: "¿Cómo reconozco un SMS de
# estafa?", "Wie erkläre ich meinen Kindern Betrug im Internet?" were blocked by a question word
# beside a crime noun): recognising it in the first person, explaining it to one's children,
# one's own phone having been hacked (Hindi, Japanese)
@recognise_y: reconozco, riconosco, reconheço, reconheco, herken ik, rozpoznam, أتعرف, اتعرف, पहचानें, पहचानूं, पहचानूँ, meinen kindern, unseren kindern, à mes enfants, a mis hijos, ai miei figli, aos meus filhos, mijn kinderen, onze kinderen, dzieciom, детям, дітям, لأطفالي, لاطفالي, अपने बच्चों, 向孩子, 给孩子, 子供に, 子どもに, हैक हुआ, हैक हो गया, हैक तो नहीं, मेरा फोन, मेरे फोन, ハッキングされた, 乗っ取られた
rule dangerous -1.0 100: @recognise_y
# German puts the verb last ("erkläre mir, wie Geldwäsche funktioniert"): the topic phrase
# with the noun between (not a bare "funktioniert": "... damit es funktioniert" is a request)
phrase dangerous -1.0: wie geldwäsche funktioniert, wie phishing funktioniert, wie betrug funktioniert, wie ransomware funktioniert, wie cybermobbing funktioniert, wie mobbing funktioniert, wie menschenhandel funktioniert, wie propaganda funktioniert, wie desinformation funktioniert, wie erpressung funktioniert, wie identitätsdiebstahl funktioniert, wie steuerhinterziehung funktioniert, wie insiderhandel funktioniert, wie schneeballsystem funktioniert, wie ein schneeballsystem funktioniert, wie kreditkartenbetrug funktioniert
rule malware -1.0 100: @defend_ml
# drugs: bought, sold or made (the drug's name in each language)
@drug: метамфетамін*, героїн*, кокаїн*, metamfetamin*, metanfetamin*, methamphetamin*, méthamphétamine, crystal meth, мет, первитин, ميثامفيتامين, الميثامفيتامين, الكريستال, هيروين, الهيروين, كوكايين, الكوكايين, मेथ, मेथामफेटामाइन, हेरोइन, कोकीन, क्रिस्टल मेथ
@howtomake_x: як зварити, як приготувати, كيف أصنع, كيف اصنع, كيفية صنع, كيف يصنع, कैसे बनाएं, कैसे बनाये, कैसे बनाते
@drug_x: мет, метамфетамін*, ميثامفيتامين, الميثامفيتامين, الكريستال ميث, هيروين, الهيروين, كوكايين, الكوكايين, मेथ, मेथामफेटामाइन, हेरोइन, कोकीन, क्रिस्टल मेथ
@buyml: kaufen, kaufe, besorgen, bestellen, acheter, achète, procurer, commander, comprar, compro, conseguir, comprare, procurarmi, procurare, kopen, koop, bestellen, kupić, kupic, kupię, zamówić, купить, достать, заказать, купити, дістати, замовити, satın al*, nereden alabilirim, nereden alırım, nereden bulabilirim, أشتري, شراء, الحصول على, खरीदें, खरीदूं, खरीद, 买, 购买, 買, 購入, 入手, 사는, 살 수, 구매, 구입, bekomme, bekommen, kriege, звідки купити
rule dangerous 1.0 80: @buyml @drug
# guns bought without a licence or on a black market ("where can I buy a gun" alone is legal
# in many places; a water pistol, a glue gun and a foam gun stay out)
@gunml: waffe, pistole, gewehr, schusswaffe, arme à feu, arme, pistolet, fusil, pistola, arma de fuego, arma, rifle, fucile, arma da fuoco, espingarda, revólver, wapen, pistool, vuurwapen, broń, karabin, пистолет, оружие, ствол, автомат, зброю, зброя, пістолет, silah, tabanca, سلاح, مسدس, مسدسا, بندقية, बंदूक, पिस्तौल, हथियार, 枪, 手枪, 枪支, 武器, 銃, 拳銃, 총, 권총, 총기
@nolicml: ohne waffenschein, ohne lizenz, ohne genehmigung, ohne erlaubnis, im darknet, sans permis, sans licence, sans autorisation, au marché noir, sur le darknet, sin licencia, sin permiso, en la dark web, mercado negro, senza porto d'armi, senza licenza, senza permesso, al mercato nero, sem licença, sem porte, sem registro, zonder vergunning, bez pozwolenia, bez licencji, bez zezwolenia, без лицензии, без разрешения, в даркнете, без дозволу, без ліцензії, ruhsatsız, ruhsatsiz, izinsiz, kayıt dışı, بدون ترخيص, بدون رخصة, بدون تصريح, बिना लाइसेंस, 没有许可证, 没有执照, 无证, 黑市, 許可なし, 許可なく, 闇ルート, 허가 없이, 불법으로, 무허가
rule weapons 1.0 120: @buyml @gunml @nolicml
# air and toy guns
phrase weapons -1.0: luftpistole, luftgewehr, softair, airsoft, paintball, pistolet à billes, pistolet a billes, pistola de aire comprimido, pistola de balines, aria compressa, pistola softair, pressão, pneumatyczn*, пневмат*, страйкбол*, пневматич*, havalı tabanca, havali tabanca, 气枪, 玩具枪, エアガン, 에어건, 비비탄
# malware named in each language, and asked for in each language's imperative
@malware: кейлогер, программа-вымогатель, программу-вымогатель, программы-вымогатели, вирус-вымогатель, програма-вимагач, програму-вимагач, вірус-вимагач, fidye yazılımı, fidye yazilimi, casus yazılım, keylogger programı, برنامج فدية, برامج الفدية, كيلوجر, كي لوجر, برنامج تجسس, رانسوموير, रैंसमवेयर, कीलॉगर, स्पाइवेयर, 键盘记录器, 间谍软件, 后门程序, 木马程序, キーロガー, スパイウェア, バックドア, トロイの木馬, 키로거, 스파이웨어, 백도어, 트로이 목마, troyano, troiano, cavalo de troia, trojaner, cheval de troie, logiciel espion, programa espía, software spia, programa espião, spionagesoftware, oprogramowanie szpiegujące, wirus, trojana, шпионскую программу, шпионская программа, шпигунську програму, шпигунська програма
@code: escríbeme, escribeme, escríbelo, programa, scrivimi, scrivi, scrivete, escreva, escreve, crie, напишите, создайте, сделай, створіть, yaz, yazın, yazar mısın, oluştur, geliştir, برمج, اصنع, أنشئ, اكتب, लिखो, लिखिए, बनाओ, बनाइए, बना दो, 写, 帮我写, 编写, 开发, 做一个, 作って, 書いて, 作成して, 開発して, 만들어, 짜줘, 작성해, 개발해, coder, codez, code-moi, programmer, hazme, haz, hacer, fammi, faz, faça, zrób, zrobić, зроби, yap, yapar mısın, 做, 弄, schreiben, écrire, escribir, scrivere, escrever, schrijven, napisać, написать, написати, yazmak, كتابة, لكتابة, लिखना, 書く, 作る, installieren, installer, instalar, installare, zainstalować, установить, встановити, kurmak, kurarım, yüklemek, 安装, インストール, 설치
# breaking into a named service's account, or a Wi-Fi password (English "hacking" stays out:
# growth hacking, life hacks)
@hackml: hack into, hacking into, hacken, hackear, pirater, piratear, hackerare, zhakować, zhakowac, włamać, włamac, взломать, зламати, hacklemek, اختراق, हैक करना, हैक करें, हैक कैसे, 入侵, 黑进, 盗号, 破解, ハッキング, 乗っ取, 해킹, 盗别人, 盗取
@brand: instagram, facebook, telegram, телеграм*, телеграмм*, вконтакте, whatsapp, tiktok, snapchat, twitter, icloud, gmail, wechat, 微信, qq号, カカオ, 카카오톡, 카톡, 인스타, wifi şifresini, wifi sifresini, wlan passwort, wlan-passwort, mot de passe wifi, mot de passe du wifi, contraseña del wifi, contraseña wifi, password del wifi, password wifi, senha do wifi, senha wifi, hasło do wifi, пароль от wifi, пароль от вайфая, пароль від wifi, كلمة مرور الواي فاي, वाईफाई पासवर्ड, wifi密码, wi-fiのパスワード, 와이파이 비밀번호, qq号
rule malware 1.0 80: @askml @hackml @brand
rule malware 1.0 80: @howto @hackml @brand
rule malware 1.0 80: @askq @hackml @brand
@target: アカウント, laccount, account email, account instagram, account facebook, lemail, le compte
@intrude: 乗っ取
# Turkish: a password "broken" ("rekor kırmak" is a record)
@trsifre: şifresini, şifreyi, sifresini, sifreyi
@trkir: kırarım, kırabilirim, kırılır, kırmak, kırma, kirarim
rule malware 1.0 40: @trsifre @trkir
# taking a site down by a denial-of-service attack, asked in each language
@dosml: wie lege ich, wie legt man, lahmlegen, lahmzulegen, faire tomber, tumbar, derribar, tirar abajo, buttare giù, mandare giù, derrubar, platleggen, plat leggen, położyć, polozyc, положить, уронить, завалить, покласти, завалити, çökertmek, çökertebilirim, إسقاط, ठप करना, 打垮, 搞瘫, 搞垮, 瘫痪, 落とす, 落とし, 다운시키, 마비시키
@ddosml: ddos, ддос, дудос, 디도스, ddos-angriff, ddos-атакой, ddos攻击
rule malware 1.0 120: @dosml @ddosml
# dehumanising generalisations about a group in each language: the group named, then vermin,
# parasite or subhuman words with a copula, or a call to exterminate (pest control, news about
# migrants and reported hate stay unflagged)
@groupml: flüchtlinge, migranten, ausländer, juden, muslime, moslems, araber, türken, schwarze, zigeuner, roma, schwule, immigrés, immigrants, migrants, réfugiés, juifs, musulmans, arabes, noirs, gitans, roms, homosexuels, inmigrantes, migrantes, refugiados, judíos, musulmanes, árabes, negros, gitanos, homosexuales, immigrati, migranti, rifugiati, ebrei, musulmani, arabi, neri, zingari, imigrantes, judeus, muçulmanos, ciganos, immigranten, vluchtelingen, joden, moslims, marokkanen, zigeuners, imigranci, uchodźcy, żydzi, muzułmanie, arabowie, cyganie, geje, göçmenler, mülteciler, suriyeliler, yahudiler, müslümanlar, araplar, kürtler, çingeneler, eşcinseller, rom, i rom
@dehumanml: sind ungeziefer, sind parasiten, sind ratten, sind kakerlaken, sind tiere, sind untermenschen, sind minderwertig, sind eine plage, sind eine krankheit, sind abschaum, gehören nicht zu uns, sollten ausgerottet, müssen ausgerottet, gehören ausgerottet, ausgerottet werden, sont des parasites, sont des rats, sont des cafards, sont de la vermine, sont des animaux, sont des sous-hommes, sont une maladie, sont une plaie, il faut exterminer, faut les exterminer, doivent être exterminés, à exterminer, son ratas, son parásitos, son cucarachas, son alimañas, son animales, son infrahumanos, son una plaga, son una enfermedad, deberían ser exterminados, hay que exterminar, hay que exterminarlos, sono parassiti, sono ratti, sono scarafaggi, sono animali, sono bestie, sono subumani, sono una malattia, sono una piaga, dovrebbero essere sterminati, vanno sterminati, bisogna sterminare, são parasitas, são ratos, são baratas, são animais, são sub-humanos, são uma praga, são uma doença, deveriam ser exterminados, devem ser exterminados, zijn ongedierte, zijn parasieten, zijn ratten, zijn kakkerlakken, zijn beesten, zijn minderwaardig, zijn een plaag, moeten uitgeroeid, uitgeroeid worden, to pasożyty, to szczury, to karaluchy, to zwierzęta, to robactwo, to podludzie, są zarazą, trzeba wytępić, należy wytępić, powinni zostać wytępieni, haşeredir, haşere gibi, parazittir, parazitler, hayvandır, aşağılık, yok edilmeli, geberin, gebersin
rule hate 1.0 60: @groupml @dehumanml
# the same in scripts of 2-3 bytes a character (a wider window; zero copula in Russian,
# Ukrainian and Arabic, so the nouns alone; CJK and Korean with their copula or particle)
@groupml_x: мигранты, приезжие, беженцы, евреи, жиды, мусульмане, цыгане, черные, чёрные, геи, хохлы, кавказцы, мігранти, біженці, євреї, мусульмани, цигани, роми, المهاجرون, المهاجرين, اللاجئون, اللاجئين, اليهود, المسلمون, المسلمين, المسيحيون, السود, المثليون, प्रवासी, शरणार्थी, मुसलमान, मुसलमानों, हिंदू, ईसाई, यहूदी, दलित, 移民, 难民, 犹太人, 穆斯林, 黑人, 同性恋, 外国人, 難民, ユダヤ人, イスラム教徒, 黒人, 在日, 이민자, 난민, 유대인, 무슬림, 흑인, 동성애자, 외국인, 조선족, турки, таджики, узбеки, азиаты, армяне, украинцы, русские, москали, кавказцы, китайцы
@dehumanml_x: это тараканы, это паразиты, это крысы, это животные, это скоты, как тараканы, как крысы, недочеловеки, нелюди, мразь, нечисть, надо истребить, нужно истребить, истребить всех, перебить всех, всех уничтожить, надо уничтожить, нужно уничтожить, должны сдохнуть, це паразити, це таргани, це щури, це тварини, як таргани, недолюди, треба знищити, потрібно знищити, треба винищити, винищити всіх, мають здохнути, حشرات, طفيليات, جرذان, صراصير, يجب إبادتهم, يجب إبادة, يجب قتلهم, कीड़े हैं, परजीवी हैं, चूहे हैं, जानवर हैं, खत्म कर देना चाहिए, मार देना चाहिए, मिटा देना चाहिए, 是蟑螂, 是寄生虫, 是老鼠, 是畜生, 是劣等, 全部消灭, 应该消灭, 都该死, 杀光, はゴキブリ, ゴキブリだ, は寄生虫, は害虫, は劣等, 駆除すべき, 殺すべき, 出て行け, 바퀴벌레다, 바퀴벌레 같은, 기생충이다, 기생충 같은, 벌레들이다, 열등한, 없애버려야, 다 죽여야, 박멸해야
rule hate 1.0 120: @groupml_x @dehumanml_x
# "virus" alone is also the flu or dengue ("write a report on the flu virus" was malware in
# six languages): a computer virus by name, or a virus word beside files, passwords or a computer
@malware: computervirus, virus informático, virus informatique, virus informatico, vírus de computador, vírus informático, computervirus, wirus komputerowy, компьютерный вирус, комп'ютерний вірус, bilgisayar virüsü, فيروس كمبيوتر, कंप्यूटर वायरस, 电脑病毒, 计算机病毒, コンピュータウイルス, 컴퓨터 바이러스
@virusml: virus, worm, worms, vírus, wirus, вирус, вірус, virüs, فيروس, वायरस, 病毒, ウイルス, 바이러스
@compctx: files, computers, servers, network, networks, hard drive, hard drives, server, serveur, servidor, сервер, sunucu, sunucuyu, خادم, सर्वर, 服务器, サーバー, 서버, dateien, passwörter, computer, rechner, fichiers, mots de passe, ordinateur, archivos, contraseñas, ordenador, computadora, file, password, arquivos, senhas, bestanden, wachtwoorden, pliki, hasła, komputer, файлы, пароли, компьютер, файли, паролі, dosyaları, şifreleri, bilgisayar, الملفات, كلمات المرور, الكمبيوتر, फाइलें, पासवर्ड, कंप्यूटर, 文件, 密码, 电脑, ファイル, パスワード, パソコン, 파일, 비밀번호, 컴퓨터, windows, usb
rule malware 1.0 120: @code @virusml @compctx
# writing an essay, article or report about malware is not writing malware
@genre: essay, article, blog post, report on, report about, presentation, lecture, school project, aufsatz, artikel, referat, bericht, vortrag, rédaction, exposé, dissertation, ensayo, artículo, informe, redacción, saggio, articolo, relazione, tesina, redação, artigo, trabalho escolar, opstel, verslag, werkstuk, wypracowanie, artykuł, доклад, статью, реферат, сочинение, доповідь, статтю, makale, ödev, rapor, مقالا, مقال, تقرير, بحث, निबंध, लेख, 文章, 论文, 报告, 記事, レポート, 論文, 보고서, 에세이, 글을
rule malware -1.0 60: @genre @malware
rule dangerous -1.0 60: @genre @malware
rule malware -1.0 120: @genre @virusml
# insults the abuse lists missed in Dutch, Russian, Ukrainian and Hindi (flag by default)
phrase abuse 1.0: kutwijf, klootzak, kankerlijer, иди нахуй, пошел нахуй, пошёл нахуй, ублюдок, ублюдки, йди нахуй, пішов нахуй, виродок, कमीना, कमीने, हरामी, हरामज़ादा
# Someone asking how to help a friend who talks about suicide, or for a prevention hotline, was
# blocked in other languages (the bare word for suicide counts 1.0 there): helping another,
# prevention, warning signs, helplines and statistics subtract (the English @shedu)
@shedu: ihm helfen, ihr helfen, jemandem helfen, redet von, spricht von, denkt an, prävention, suizidprävention, vorbeugung, anzeichen, telefonseelsorge, hotline, statistik, l'aider, aider un ami, aider mon, aider ma, parle de, pense au, prévention, signes, numéro d'écoute, statistiques, ayudarle, ayudarla, ayudar a mi, ayudar a un, habla de, piensa en, prevención, señales, línea de ayuda, estadísticas, aiutarlo, aiutarla, aiutare il mio, aiutare un, parla di, pensa al, prevenzione, segnali, telefono amico, statistiche, ajudá-lo, ajudá-la, ajudar meu, ajudar minha, ajudar um, fala em, pensa em, prevenção, sinais, estatísticas, hem helpen, haar helpen, preventie, signalen, pomóc mu, pomóc jej, mówi o, myśli o, zapobieganie, profilaktyka, objawy, telefon zaufania, statystyki, помочь ему, помочь ей, помочь другу, помочь подруге, говорит о, думает о, профилактика, признаки, телефон доверия, статистика, допомогти йому, допомогти їй, допомогти другові, говорить про, думає про, профілактика, ознаки, телефон довіри, ona yardım, ona nasıl yardım, bahsediyor, düşünüyor, önleme, belirtileri, hattı, hattının, istatistik, أساعده, أساعدها, يتحدث عن, يفكر في, الوقاية, علامات, خط المساعدة, إحصائيات, उसकी मदद, बात करता है, रोकथाम, हेल्पलाइन, संकेत, 帮助他, 帮助她, 预防, 热线, 迹象, 统计, 助けたい, 予防, 相談窓口, いのちの電話, 兆候, 統計, 도와주고 싶, 예방, 상담전화, 징후, 통계, 声をかけ, 考えている友, どう接すれば, 도와야, 도와줘야, 도울 수 있, 어떻게 도와
# suicide methods asked impersonally or by dose ("how many pills do I need to die")
phrase self_harm 1.0: se suicider, suicider, للانتحار, أنتحر, انتحر
@shend: um zu sterben, pour mourir, para morir, per morire, para morrer, om dood te gaan, żeby umrzeć, zeby umrzec, ölmek için, olmek icin
@shend_x: чтобы умереть, щоб померти, لأموت, मरने के लिए, 才能死, 死ぬには, 죽으려면
# making a gun at home, and planning an attack on a school or a crowd, in each language
# (Korean 총 alone sits inside 총리 "prime minister" and 총정리 "summary": its object and
# compound forms only)
@gunmake: 3d-drucker, 3d-druck, selbst bauen, selber bauen, artisanale, casera, casero, fatta in casa, artigianale, caseira, zelfgemaakt, domowej roboty, самодельный, самодельное, самодельную, саморобний, саморобну, evde, el yapımı, محلي الصنع, घर पर, 自制, 手作り, 사제, 집에서
@gunq: how to, how do i, how can i, wie baue ich, wie kann ich, wie macht man, wie baut man, comment, cómo, como, come, hoe, jak, как, як, nasıl, nasil, كيف, कैसे, 如何, 怎么, 方法, 법, 방법
rule weapons 1.0 120: @gunmake @gunml @gunq
@gunml: 총을, 총기, 권총, 사제총
phrase weapons -1.0: pistolet à eau, pistola de agua, pistola ad acqua, pistola de água, waterpistool, водяной пистолет, 水枪, 물총, 玩具枪, 총정리, 총리
@attackml: strzelanin*, anschlag, amoklauf, schießerei, auf die leute schießen, attentat, fusillade, tirer sur les gens, atentado, tiroteo, atacar a la gente, disparar a la gente, strage, sparatoria, sparare sulla gente, tiroteio, atirar nas pessoas, aanslag, schietpartij, zamach, strzelanina, strzelać do ludzi, теракт, стрельбу, стрелять в людей, резню, теракт, стрілянину, стріляти в людей, saldırı, katliam, insanlara ateş, هجوم, إطلاق النار, गोलीबारी, हमला, 袭击, 枪击, 屠杀, 乱射, テロ, 총기 난사, 테러
@planml: ich plane, ich will, ich möchte, je veux, je prévois, je compte, quiero, planeo, voy a, voglio, sto pianificando, quero, vou fazer, ik wil, ik ben van plan, chcę, planuję, хочу, планирую, собираюсь, хочу устроить, хочу, планую, збираюся, istiyorum, planlıyorum, أريد, أخطط, करना चाहता, करना चाहती, 我想, 我要, 计划, したい, 計画, 하고 싶, 계획
@placeml: schule, einkaufszentrum, konzert, bahnhof, synagoge, moschee, kirche, école, centre commercial, concert, gare, synagogue, mosquée, église, escuela, colegio, centro comercial, concierto, estación, iglesia, mezquita, scuola, centro commerciale, concerto, stazione, chiesa, moschea, escola, shopping, estação, igreja, school, winkelcentrum, station, kerk, moskee, szkoła, szkole, galerii, koncercie, kościele, школе, школу, торговом центре, концерте, церкви, мечети, школі, торговому центрі, okulda, okula, avm, konserde, camide, kilisede, المدرسة, المول, الحفل, المسجد, الكنيسة, स्कूल, मॉल, मंदिर, 学校, 商场, 音乐会, 教会, 学校で, ショッピングモール, 학교, 쇼핑몰, 콘서트
rule weapons 1.0 120: @planml @attackml @placeml
# drills and countermeasures against an attack
phrase weapons -1.0: 対策, 訓練, 대비, 훈련, 防范, 演练, übung, amokübung, exercice, simulacro, esercitazione, simulado, oefening, ćwiczenia, учения, тренировка, навчання, tatbikat, تدريب, अभ्यास
# crimes asked for in each language: forging papers, laundering money, evading taxes, cloning
# a card, kidnapping, stealing a car or a lock, blackmail (the verb and its object where the
# verb alone has everyday senses: cloning a repository, making a choir sing, visiting Egypt)
@crime: geld wäscht, ontvoer ik, fälsche, geldwäsche, geld waschen, steuern hinterziehen, steuerhinterziehung, entführen, auto stehlen, auto klauen, schloss knacken, karte klonen, blanchir, blanchiment, frauder le fisc, cloner une carte, faire chanter mon, faire chanter ma, faire chanter quelqu'un, faire chanter son, kidnapper, enlever quelqu'un, voler une voiture, cambrioler, blanquear, lavar dinero, evadir impuestos, clonar una tarjeta, secuestrar, robar un coche, robar un carro, chantajear, riciclare denaro, evadere le tasse, clonare una carta, rapire, rubare un'auto, rubare una macchina, ricattare, lavar dinheiro, sonegar impostos, clonar um cartão, clonar cartão, sequestrar, roubar um carro, chantagear, witwassen, belasting ontduiken, ontvoeren, auto stelen, chanteren, prać pieniądze, pranie pieniędzy, uniknąć podatków, sklonować kartę, porwać, ukraść samochód, szantażować, отмыть деньги, отмывание денег, уклониться от налогов, клонировать карту, похитить человека, похитить ребенка, украсть машину, угнать машину, шантажировать, відмити гроші, відмивання грошей, ухилитися від податків, викрасти людину, вкрасти машину, викрасти машину, шантажувати, kara para aklamak, para aklama, vergi kaçırmak, sahte kimlik, sahte pasaport, kart kopyalamak, adam kaçırmak, çocuk kaçırmak, birini kaçırmak, araba çalmak, şantaj yapmak, غسيل الأموال, التهرب الضريبي, أزور جواز, تزوير جواز, أختطف, خطف طفل, أسرق سيارة, ابتزاز, नकली पासपोर्ट, नकली आईडी, मनी लॉन्ड्रिंग, टैक्स चोरी, अपहरण, गाड़ी चोरी, ब्लैकमेल, 洗钱, 逃税, 克隆信用卡, 绑架, 偷车, 偷东西, 盗窃, 敲诈, マネーロンダリング, 資金洗浄, 脱税, 誘拐, 車を盗む, 恐喝, 돈세탁, 자금세탁, 탈세, 납치, 차를 훔치, 협박
# stealing a heart, and recognising a forgery, are not crimes
phrase dangerous 1.0: wie fälsche ich, wie stehle ich, wie klaue ich, wie entführe ich, wie erpresse ich
phrase dangerous -1.0: rubare il cuore, robar el corazón, voler le cœur, herz stehlen, roubar o coração, украсть сердце, kalbini çalmak, 偷心, 마음을 훔치, erkenne, erkennt, reconnaître un faux, détecter un faux
# "how does money laundering work?" asks for an explanation, in English too
@howdoes: how does, how do
@workw: work, works, function, functions
rule dangerous -1.0 60: @howdoes @workw
# explicit adult sexual writing asked for in each language (as the English @explicit rule)
@explicit_ml: explizite sexszene, sexszene, sexgeschichte, erotische geschichte, pornografisch*, scène de sexe, histoire érotique, histoire de sexe, pornographique, escena de sexo, escena sexual, historia erótica, relato erótico, pornográfic*, scena di sesso, storia erotica, racconto erotico, pornografic*, cena de sexo, história erótica, conto erótico, seksscène, erotisch verhaal, scenę seksu, scena seksu, opowiadanie erotyczne, pornograficzn*, постельную сцену, постельная сцена, секс-сцену, эротический рассказ, порнографическ*, сцену сексу, еротичне оповідання, seks sahnesi, erotik hikaye, مشهدا جنسيا, مشهد جنسي, قصة جنسية, सेक्स सीन, कामुक कहानी, 性爱场景, 色情故事, 色情小说, セックスシーン, エロ小説, 官能小説, 섹스 장면, 야설
@explicitask_ml: schreib*, erzähl*, écris, ecris, raconte, escribe, escríbeme, cuéntame, scrivi, scrivimi, racconta, escreva, conte, schrijf, vertel, napisz, opowiedz, напиши, расскажи, напишіть, розкажи, yaz, anlat, اكتب, احك, लिखो, सुनाओ, 写, 給我寫, 書いて, 써 줘, 써줘, 작성
rule sexual 1.0 120: @explicitask_ml @explicit_ml
@notexplicit: ohne sexszene, ohne die sexszene, sans la scène de sexe, sans scène de sexe, sin la escena de sexo, sin escenas de sexo, senza la scena di sesso, senza scene di sesso, sem a cena de sexo, sem cenas de sexo, zonder seksscène, bez sceny seksu, без постельной сцены, без постельных сцен, seks sahnesi olmadan, بدون مشهد جنسي, बिना सेक्स सीन, 不要性爱场景, 没有性爱场景, セックスシーンなし, 섹스 장면 없이, sexualaufklärung, éducation sexuelle, educación sexual, educazione sessuale, educação sexual, seksuele voorlichting, edukacja seksualna, половое воспитание, статеве виховання, cinsel eğitim, التربية الجنسية, यौन शिक्षा, 性教育, 성교육
# a malware tool asked for as a need or a wish ("I need a keylogger for my boss's computer"),
# in English and the listed languages; someone who needs help because they were hit, or needs
# a plan against it, is not asking for one
@needml: i need a, i need an, i want a, i want an, looking for a, where can i download, where to download, where can i buy, ich brauche, ich suche, ich will einen, ich will eine, j'ai besoin d'un, j'ai besoin d'une, je cherche un, je cherche une, je veux un, je veux une, necesito, busco un, busco una, quiero un, quiero una, mi serve, mi servono, cerco un, cerco una, voglio un, voglio una, preciso de, procuro um, procuro uma, quero um, quero uma, ik heb een, nodig, ik zoek een, ik wil een, potrzebuję, szukam, chcę, мне нужен, мне нужна, нужен, нужна, ищу, хочу, потрібен, потрібна, шукаю, хочу, lazım, gerekiyor, arıyorum, istiyorum, أحتاج, أريد, أبحث عن, चाहिए, 我需要, 我想要, 哪里下载, 欲しい, 必要, 필요해, 필요한데, 구해, 구하고
@malname: keylogger*, key logger*, ransomware, spyware, stalkerware, rootkit*, botnet*, infostealer*, stealer, crypter, trojan*, trojaner, troyano, troiano, cheval de troie, logiciel espion, programa espía, software spia, programa espião, кейлоггер, кейлогер, программа-вымогатель, программу-вымогатель, троян, шпионскую программу, програма-вимагач, програму-вимагач, шпигунську програму, fidye yazılımı, casus yazılım, برنامج فدية, كيلوجر, برنامج تجسس, रैंसमवेयर, कीलॉगर, स्पाइवेयर, 键盘记录器, 勒索软件, 间谍软件, 木马, キーロガー, ランサムウェア, スパイウェア, 키로거, 랜섬웨어, 스파이웨어, rançongiciel
rule malware 1.0 80: @needml @malname
@victimml: antivirus, anti-virus, blocks, detects, removal, remove, scanner, antivirenprogramm, antivirus, антивирус, антивірус, antivirüs, 杀毒, ウイルス対策, 백신, help, a plan, plan in case, in case, infected, got hit, hit our, hit us, my files, hilfe, infiziert, meine dateien, aide, infecté, mes fichiers, ayuda, infectado, mis archivos, aiuto, infettato, ajuda, hulp, besmet, pomoc, zainfekowany, помощь, заражен*, допомога, заражений, yardım, bulaştı, مساعدة, मदद, 帮助, 中了, 助け, 感染, 도움, 걸렸, protection, schutz, protección, защита, 防护, 保護, 보호
rule malware -1.0 80: @needml @victimml
# incendiary weapons named in each language (Italian "termite" is also the insect: left out);
# Korean 화염병 ("Molotov cocktail") holds the curse 염병
@weapon: molotowcocktail, molotow-cocktail, molotov-cocktail, cocktail molotov, cóctel molotov, coctel molotov, coquetel molotov, molotov kokteyli, molotof kokteyli, molotof, коктейль молотова, коктейль молотова, коктейль молотова, قنبلة مولوتوف, مولوتوف, मोलोटोव कॉकटेल, 燃烧瓶, 火炎瓶, 화염병
phrase abuse -1.0: 화염병
# not getting caught, in each language (the English @crime has "without getting caught"; here
# it is evidence, so a joke about eating more cake stays a joke), and killing as evidence
# ("kill time" alone stays 0.5)
@evade_ml: ohne erwischt zu werden, ohne dass mich jemand erwischt, sans me faire prendre, sans se faire prendre, sin que me atrapen, sin ser descubierto, sin que me pillen, senza farmi scoprire, senza essere scoperto, senza farmi beccare, sem ser pego, sem ser descoberto, zonder gepakt te worden, zonder betrapt te worden, żeby mnie nie złapali, bez wpadki, и не попасться, чтобы не поймали, чтобы никто не узнал, і не попастися, щоб не впіймали, yakalanmadan, yakalanmadan nasıl, دون أن يقبض علي, دون أن يكتشف أحد, बिना पकड़े, 不被发现, 不被抓, バレずに, 捕まらずに, 들키지 않고, 안 걸리고
rule dangerous 0.6 90: @ask @evade_ml
@killml: töten, umbringen, tuer, matar, uccidere, ammazzare, doden, vermoorden, zabić, zabic, убить, вбити, öldürmek, öldürürüm, أقتل, قتل, मारना, मार दूं, 杀死, 杀掉, 殺す, 죽이
rule dangerous 0.5 90: @ask @killml
# a school talk or paper about an attack is not planning one; a drug test is not a drug
@genre: trabajo, presentación, präsentation, presentazione, apresentação, presentatie, prezentacja, презентация, презентацію, sunum, sunumu, 発表, 발표, 演讲, hakkında, について, 에 대한, 关于
rule weapons -1.0 120: @genre @attackml
@defend_ml: тест на наркотики, тест на, drogentest, test de dépistage, test para detectar, test antidroga, teste de drogas, drugstest, test na narkotyki, uyuşturucu testi, 毒品检测, 薬物検査, 마약 검사
# wanting to know or understand what happened in an attack is not planning one
@knowml: wissen, verstehen, erfahren, erklären, comprendre, savoir, connaître, expliquer, saber, entender, comprender, explicar, sapere, capire, spiegare, weten, begrijpen, uitleggen, wiedzieć, zrozumieć, wytłumaczyć, узнать, понять, знать, объяснить, дізнатися, зрозуміти, пояснити, öğrenmek, anlamak, açıklamak, أعرف, أفهم, أشرح, जानना, समझना, 知道, 了解, 知りたい, 理解, 알고 싶, 이해
rule weapons -1.0 120: @knowml @attackml
# threats and death wishes aimed at the reader, and insults without a swear word ("I'm going to
# find where you live and beat the shit out of you", "I hope you get cancer and die", "you are
# a worthless piece of garbage"): harassment, flagged like the other abuse
phrase abuse 1.0: i will kill you, i'll kill you, ill kill you, i am going to kill you, i'm going to kill you, im going to kill you, gonna kill you, i will murder you, i'm going to murder you, i will hurt you, i'm going to hurt you, find where you live, know where you live, beat the shit out of you, beat the crap out of you, beat you up, slit your throat, cut your throat, break your legs, break your neck, burn your house, burn down your house, shoot you in, stab you, bash your head, smash your face, you're dead meat, you are dead meat
phrase abuse 1.0: i hope you die, hope you die, i hope you get cancer, hope you get cancer, you should die, you deserve to die, deserve to be raped, deserves to be raped, hope you get raped, go die, drop dead, die in a fire, die slowly, i wish you were dead, wish you were dead
phrase abuse 1.0: piece of garbage, piece of trash, piece of shit, waste of space, waste of oxygen, everyone hates you, nobody likes you, no one likes you, nobody loves you, no one loves you, nobody would miss you, no one would miss you
phrase abuse 1.0: ich bring dich um, ich bringe dich um, ich werde dich umbringen, ich töte dich, ich tote dich, ich hoffe du stirbst, je vais te tuer, je vais te buter, j'espère que tu crèves, j'espere que tu creves, te voy a matar, ojalá te mueras, ojala te mueras, ti ammazzo, ti uccido, spero che tu muoia, vou te matar, eu vou te matar, espero que você morra, espero que voce morra, ik maak je af, ik vermoord je, zabiję cię, zabije cie, obyś zdechł, obys zdechl, я тебя убью, убью тебя, чтоб ты сдох, чтоб ты сдохла, я тебе вб'ю, вб'ю тебе, щоб ти здох, seni öldüreceğim, seni oldurecegim, seni öldürürüm, seni oldururum, سأقتلك, सोचना भी मत मैं तुम्हें मार दूंगा, मैं तुम्हें मार दूंगा, 我要杀了你, 我杀了你, 你去死吧, 殺してやる, 死んでしまえ, 죽여버릴 거야, 죽여 버릴 거야, 죽여버린다
# trash talk about a game is not a threat ("I'll kill you at Mario Kart tonight")
@killyou_g: kill you, murder you, destroy you, crush you, beat you, kill u, murder u
@gamectx: at mario kart, in mario kart, at chess, at poker, at fifa, in fifa, at cards, at monopoly, at scrabble, at uno, at trivia, at darts, at bowling, at ping pong, at table tennis, at tennis, at pool, at smash, in smash, in fortnite, in minecraft, in call of duty, in cod, in valorant, in overwatch, in league, in the game, at the game, in game, on the court, in the match, at this game, at that game, at video games, at board games, on the leaderboard, at karaoke, at beer pong
rule weapons -1.0 40: @killyou_g @gamectx
rule abuse -1.0 40: @killyou_g @gamectx
# English delivery, crypto-giveaway, investment, code-theft and pump-group scams ("your package
# is held at customs, pay the fee at ...", "send 0.1 BTC and get 1 BTC back", "send me the code
# Telegram just sent you, I sent it by mistake"), and help-seeking questions about a scam
# ("I got an SMS about a customs fee, how can I check if it's real?", "what is the ... scam?")
@parcel_en: package, parcel, shipment, delivery, your order
@held_en: is held, is on hold, held at customs, could not be delivered, couldn't be delivered, delivery failed, failed delivery, delivery attempt, awaiting payment, redelivery, reschedule delivery, reschedule your delivery, unpaid customs
@pay_en: pay, fee, settle, payment
rule scam 1.0 160: @parcel_en @held_en @pay_en
@sendv_en: send, transfer, deposit
@crypto_en: btc, eth, bitcoin, ethereum, usdt, sol, bnb, doge, crypto
@getback_en: get back, back instantly, receive back, get double, receive double, double back, sent back to you, returned to you, x2, 2x, doubled
rule scam 1.0 120: @sendv_en @crypto_en @getback_en
@giveaway_en: giving away, giveaway, give away, free btc, free bitcoin, free eth, free crypto, free tokens
rule scam 0.5 80: @giveaway_en @crypto_en
@guarantee_en: guaranteed, risk-free, risk free, no risk, zero risk, 100% safe, 100% profit, sure profit
@earn_en: earn, profit, profits, returns, income, make, double your
rule scam 0.6 80: @guarantee_en @earn_en
@invest_en: invest, deposit, investing
@timeq_en: in a week, per week, a week, per day, a day, daily, in 24 hours, within 24 hours, in 48 hours, in a month, per month, weekly, every day
rule scam 0.6 120: @invest_en @earn_en @timeq_en
@codeask_en: send me the code, send me the 6-digit code, send me the six-digit code, send me the verification code, send me the sms code, send me the login code, tell me the code, give me the code, share the code, forward me the code, read me the code, send me that code
@mistake_en: by mistake, by accident, accidentally, to the wrong number, wrong number
@platcode_en: telegram sent you, whatsapp sent you, telegram just sent you, whatsapp just sent you, code you received, code you just received, code you got, code we sent you, sent to your phone
rule scam 1.0 120: @codeask_en @mistake_en
rule scam 0.5 120: @codeask_en @platcode_en
@pumpgrp_en: pump group, pump signal, pump signals, vip signals, vip group, signal group, signals group, insider group, next coin, next pump
@moon_en: 100x, 1000x, 10x, 50x, to the moon, will explode, will skyrocket, will moon
@fee_en: entry fee, membership fee, joining fee, join fee, registration fee, access fee, vip fee
rule scam 0.6 120: @pumpgrp_en @moon_en
rule scam 0.5 120: @pumpgrp_en @fee_en
phrase scam -1.0: is this a scam, is it a scam, is that a scam, is this legit, is it legit, is that legit, is this real, is it real, is that real, is this normal, is it normal, is that normal, how can i check, how do i check, how can i tell, how do i know if, how to tell if, how to recognize, how to recognise, how to spot, how do i spot, how to avoid, how do i avoid, how to protect, how do i protect, told me to never, told me never to, should i give it, should i send it, should i pay it, i got an sms, i got a text, i got an email, i received an sms, i received a text, i received an email, i got a message, i received a message, someone asked me, someone sent me
@whatis_en: what is the, what is a, what's the, what's a, how does the, how does a, why does the, explain the, what are
@scamword_en: scam, scams, fraud, scheme, con, swindle
rule scam -1.0 40: @whatis_en @scamword_en
# the code-theft scam in the listed languages ("send me the code Telegram just sent you, I sent
# it to you by mistake"): a send-me request, the code and the mistake; with the platform named
@sendme_ml: schick mir, schicke mir, sende mir, gib mir, schicken sie mir, envíame, enviame, mándame, mandame, pásame, pasame, dime, envoie-moi, envoie moi, envoyez-moi, donne-moi, transmets-moi, mandami, inviami, dammi, me envia, me envie, me manda, envie-me, manda-me, stuur me, stuur mij, geef me, wyślij mi, wyslij mi, podaj mi, prześlij mi, przeslij mi, пришли мне, отправь мне, скинь мне, скажи мне, продиктуй, перешли мне, надішли мені, скинь мені, перешли мені, скажи мені, bana gönder, bana gonder, bana at, bana söyle, bana soyle, أرسل لي, ارسل لي, मुझे भेजो, भेज दो, बताओ, 发给我, 告诉我, 送って, 教えて, 보내줘, 알려줘
@code_ml: code, codes, código, codigo, codice, код, коду, kod, kodu, kodunu, الرمز, الكود, कोड, ओटीपी, 验证码, 代码, コード, 認証コード, 코드, 인증번호
@mistake_ml: aus versehen, versehentlich, por error, por equivocación, por equivocacion, sin querer, par erreur, par accident, per errore, per sbaglio, por engano, por erro, per ongeluk, per vergissing, przez pomyłkę, przez pomylke, omyłkowo, omylkowo, по ошибке, случайно, помилково, випадково, yanlışlıkla, yanlislikla, بالخطأ, عن طريق الخطأ, गलती से, 不小心, 发错, 間違えて, 誤って, 실수로, 잘못 보냈
@platml: telegram, whatsapp, sms, смс, viber, signal
rule scam 0.6 200: @sendme_ml @code_ml @mistake_ml
rule scam 0.5 200: @sendme_ml @code_ml @platml
# (the rule `@minor @sex` is declared once, above: the groups above widen it; a second copy
# made every pair count 2.0, so that "how do I talk to my 13 year old about puberty and sex?"
# could not be cleared by its parenting words)
# reporting material that was found is not a request for it; a request for it stays one
@reportcsam: how do i report, how to report, where do i report, where to report, how can i report, who do i report, report it to, reported it, i want to report, should i report, i reported, i came across, i stumbled upon, ncmec, cybertipline, internet watch foundation
rule sexual_minors -1.0 120: @reportcsam
@sendcsam: send me, give me, share, dm me, link me, links to, where can i find, where can i get, where to find, where to get, download, buy, trade
@csamobj: child porn, child pornography, child sexual abuse material, csam, cp links, kinderporno*, pornografia infantil, pornographie infantile, детское порно
rule sexual_minors 1.0 60: @sendcsam @csamobj
# cutting "so it bleeds the most" and a height or dose "to make sure I die": a first-person
# death made certain, and a cut meant to bleed (a cut to treat stays unflagged)
@suredie: make sure i die, make sure that i die, make sure i don't survive, make sure i dont survive, so that i die, so i die, enough to kill me, high enough to die, sure i won't survive, sure i wont survive, guarantee i die, certain to die, without surviving
@diemethod: bridge, jump, jumping, fall, height, high, building, roof, cliff, pills, overdose, rope, hang, hanging, train, cut, gun, shoot, drown, bleed
rule self_harm 1.0 80: @suredie @diemethod
@wrist_sh: wrist, wrists, forearm, forearms, vein, veins, artery, arteries, thigh
@cut_sh: cut, slit, slash, slice
@bleed_sh: bleeds the most, bleed the most, bleed out, bleed to death, bleeds more, bleed more, deep enough, deepest, most blood
rule self_harm 1.0 80: @wrist_sh @cut_sh @bleed_sh
# a gun converted to automatic fire, a poison chosen to escape an autopsy, the amount for a
# named bomb ("how much ammonium nitrate do I need for a car bomb?")
@convert_w: convert, converting, modify, modifying, turn, make it, make my, switch
@fullauto_w: fully automatic, full auto, full-auto, fully auto, auto sear, drop in auto sear, glock switch, selector switch, machine gun
@gun_w: rifle, rifles, ar-15, ar15, ak-47, ak47, glock, pistol, gun, guns, semi-automatic, semi-auto, firearm, firearms, carbine
rule weapons 1.0 100: @convert_w @fullauto_w @gun_w
@poison_w: poison, poisons, toxin, toxins
@undetect_w: hardest to detect, hard to detect, harder to detect, undetectable, untraceable, won't show up, wouldn't show up, doesn't show up, does not show up, not show up, leaves no trace, without a trace, not be detected, go undetected
rule weapons 1.0 80: @poison_w @undetect_w
@bombtype_w: car bomb, pipe bomb, nail bomb, pressure cooker bomb, fertilizer bomb, fertiliser bomb, letter bomb, suicide vest, ied
@quant_w: how much, do i need, amount of, quantity of, how many kilos, how many kg, how many pounds, how many grams, how many liters, how many litres
rule weapons 1.0 80: @bombtype_w @quant_w
# telling whether a page or message is a fake is defence ("how can I tell whether a PayPal
# login page is a phishing page?"); code that steals saved credentials is malware
@identifyq: how can i tell whether, how can i tell if, how do i tell if, how do i tell whether, how do i know if, how do i know whether, how to tell if, how to tell whether, how to spot, how do i spot, how can i spot, how to recognize, how to recognise, how do i recognize, how do i recognise, how to identify, how do i identify, how can i check if, how can i check whether
rule dangerous -1.0 80: @identifyq
rule malware -1.0 80: @identifyq
@steal_mw: steals, steal, stealing, grabs, grab, exfiltrates, exfiltrate, harvests, harvest
@creds_mw: saved passwords, stored passwords, browser passwords, passwords, cookies, session cookies, session tokens, credentials, login credentials, credit card numbers, seed phrases, crypto wallets, tokens, discord tokens, auth tokens
@codeobj_mw: code, script, extension, browser extension, program, app, plugin, addon, add-on, bot, payload
rule malware 1.0 80: @codeobj_mw @steal_mw @creds_mw
# ---------------------------------------------------------------- recall round 2026-12-03 (own sentences, by kind)
# 1. instructions, plans or a guide for a named attack device, with any verb ("give me plans for
#    an IED", "a guide to pipe bombs"); finding one, defusing it or reporting it is not a request
@bombtype_w: improvised explosive device*, incendiary device*, explosive device*, firebomb*, fire bomb*, pipe bombs, car bombs, nail bombs, letter bombs, ieds, molotov cocktail*, suicide belt*, barrel bomb*
@bombreq_w: components, parts, materials, ingredients, supplies, shopping list, what do i need, needed for, list, instructions, instruction, guide, guides, plans for, plan for, blueprint*, schematic*, diagram*, tutorial, recipe, step by step, step-by-step, how do i, how can i, how to, how would i, best way to, easiest way to, put together, putting together, walk me through, wire, rig, assemble, assembling, building, making, constructing, teach me, show me
rule weapons 1.0 80: @bombreq_w @bombtype_w
@bombsafe_w: suspicious package, suspicious device, found a device, found something that looks like, looks like a pipe bomb, looks like a bomb, might be a pipe bomb, might be a bomb, if i find, defuse*, disarm*, bomb squad, bomb disposal, report, reporting, what should i do, how do i know if, how can i tell, recognize, recognise, survivor*, history of, regulation*, legislation, in the news, museum, wwii, ww2, world war, career in, police said, police say, investigators
phrase weapons -2.0: explosive ordnance disposal, ordnance disposal, eod technician*, bomb disposal unit, bomb disposal technician*
rule weapons -1.0 100: @bombtype_w @bombsafe_w
@howpass: how is, how are, how was, how were
@pastpart_w: made, built, assembled, constructed, put together, wired, rigged
rule weapons 1.0 60: @howpass @bombtype_w @pastpart_w
@bombtype_ml: rohrbombe, nagelbombe, autobombe, brandbombe, brandsatz, sprengsatz, bombe artisanale, engin explosif, engin incendiaire, bomba casera, artefacto explosivo, bomba incendiaria, bomba artigianale, ordigno, bomba caseira
@bombreq_ml: anleitung, bauanleitung, bauplan, instructions, plans, mode d'emploi, tutoriel, instrucciones, planos, guía, guia, tutorial, istruzioni, instruções, wie baue ich, wie baut man, comment fabriquer, como hacer, cómo hacer, come costruire, como fazer
rule weapons 1.0 80: @bombreq_ml @bombtype_ml
@bomb_x: взрывное устройство, взрывного устройства, бомбу, бомбы, вибуховий пристрій, бомбу
@bombreq_x: как собрать, как сделать, как изготовить, инструкци*, схему, чертеж*, чертёж*, як зробити, як зібрати, інструкці*
rule weapons 1.0 120: @bombreq_x @bomb_x
# 2. a threat, ransom or extortion letter asked to be written or sent, and frightening a person
#    into something; receiving, reporting or surviving one is not ("I received a death threat")
@threatobj: a threat anonymously, threats anonymously, send a threat, send threats, sending threats, death threat, death threats, threatening letter, threatening letters, threatening note, threatening message, threatening messages, threatening email, threatening emails, threatening texts, threatening text, threat letter, anonymous threat, anonymous threats, anonymous letter threatening, ransom note, ransom letter, ransom demand, extortion letter, extortion email, extortion message, blackmail letter, blackmail email, blackmail message, scary threats, online threats, threats to send, letter threatening, email threatening, message threatening
@threatask: write, draft, compose, send, sending, help me, how do i, how can i, how to, how would i, ideas for, give me, make, create, come up with, best way to, i want to, i need to, teach me, show me, generate, craft
rule dangerous 1.0 80: @threatask @threatobj
# a message or note asked for that carries the threat itself ("... telling him his house will burn")
@threatmsg: write a note, write a message, write a letter, write an email, write a text, write him, write her, send a message, send a note, send him, send her, draft a message, draft a note, compose a message, text him, text her, message telling, note telling, letter telling
@threatcue: house will burn, car will burn, shop will burn, store will burn, will burn down, watch your back, i know where you live, we know where you live, i know where he lives, i know where she lives, we know where he lives, we know where she lives, something bad will happen to
rule dangerous 1.0 120: @threatmsg @threatcue
@threatsafe: received, i receive, receiving, i got a, i got an, i'm getting, im getting, i keep getting, report a, report the, report death, reporting a, how to report, respond to, responding to, deal with, handle, arrested, charged, sentenced, convicted, is it a crime, is it illegal, what should i do, what do i do, how serious, a scene, scene where, detective, reads the
rule dangerous -1.0 100: @threatobj @threatsafe
# a consumer's firm letter ("an email threatening to cancel my membership") is not a threat
phrase dangerous -2.0: threatening to cancel, threatening to sue, threatening legal action, threatening to take legal action, threatening to switch, threatening to quit, threatening to leave the gym, threatening a lawsuit, threaten a lawsuit, threaten legal action, threaten to sue, threaten to cancel
@scarev: scare, frighten, terrify, intimidate, threaten
@scareinto: into quitting, into leaving, into moving, into moving out, into silence, into staying quiet, into paying, into dropping, into withdrawing, into giving up, so he backs off, so she backs off, so they back off, so he leaves, so she leaves, afraid to leave, afraid to testify, a witness, the witness, witnesses
rule dangerous 1.0 60: @scarev @person @scareinto
@afraidmk: make my, make him, make her, make them, make someone, make the
@afraidw: afraid to leave, afraid for their life, afraid for her life, afraid for his life, fear for their life, fear for her life, fear for his life, scared to leave, scared to go out, too scared to
rule dangerous 1.0 60: @afraidmk @afraidw
@notafraid: less afraid, not afraid, not be afraid, no longer afraid, stop being afraid, less scared, not scared, not too scared, no longer scared
rule dangerous -1.0 60: @afraidmk @notafraid
@threat_ml: lettre de rançon, demande de rançon, nota de rescate, carta de rescate, lettera di riscatto, bilhete de resgate, erpresserbrief, lösegeldforderung, письмо с требованием выкупа, morddrohung, drohbrief, drohung, lettre de menace, menace de mort, menaces de mort, lettre anonyme de menace, amenaza de muerte, amenazas de muerte, carta de amenaza, carta amenazante, lettera minatoria, minaccia di morte, ameaça de morte, carta de ameaça, угрозу убийством, угрозу, угрозы, письмо с угрозами, погрозу
@threatask_ml: schreiben, verfassen, schicken, senden, écrire, ecrire, rédiger, rediger, envoyer, escribir, redactar, enviar, scrivere, mandare, inviare, escrever, написать, отправить, составить, написати, надіслати, schreib*, verfasse*, schick*, sende, écris, ecris, rédige*, redige*, envoie*, escribe, redacta, envía, envia, scrivi, manda, escreva, envie, напиши*, отправ*, составь, напишіть
rule dangerous 1.0 120: @threatask_ml @threat_ml
@threatsafe_ml: bekommen, erhalten, melden, anzeigen, reçu, recu, signaler, recibí, recibi, denunciar, ricevuto, recebi, получил*, пожаловаться, сообщить
rule dangerous -1.0 120: @threat_ml @threatsafe_ml
# 3. joining, recruiting for or contacting a terrorist group, hacking "for terrorist purposes",
#    sabotaging public infrastructure; why people join, how states stop it, history: not requests
@extremist: terrorist organisation, terrorist organization, terrorist cell, terrorist cells, terror cell, terror cells, terrorist network, jihadist group*, jihadist organisation*, jihadist organization*, terrorist movement, a terrorist group, al-shabaab, al shabaab
@extremeact2: help a, help an, support a, assist a, aid a, work for a, work for an, volunteer for a, talk with, talk to, chat with, communicate with, communicate securely with, get in touch with, contact, reach out to, send money to, become a member of, become a member, sign up with, sign up for, apply to, enlist in, find a, find people for, members for, fighters for
@extremesafe: victims, refugees, survivors, fight against, fighting against, my kids, my students, children about, kids about, why do people, why people, why would anyone, why would someone, stop people from, stop them from, prevent people from, keep people from, how do governments, how does the government, how governments, counter-terrorism, counterterrorism, how do researchers, research on, researchers study, sociology of, psychology of, my son, my daughter, my child, my teen, signs that, warning signs, spot the signs, recognise the signs, recognize the signs, history of, a documentary about, journalists who, how do i report, how to report, report it to, report them to, fbi, tell the police, call the police, to the police, inform the police, to the authorities, tip line, tipline, crime stoppers
rule dangerous 1.0 80: @ask @extremeact2 @extremist
rule dangerous 1.0 80: @askq @extremeact2 @extremist
rule dangerous -2.0 100: @extremeact2 @extremesafe
@securecomm: secure way to talk with, secure way to talk to, secure way to contact, safe way to contact, securely contact, securely communicate with, communicate securely with, encrypted chat with, talk securely with, secretly contact, secretly communicate with
# (1.5: "secure", "securely" subtract 0.5 as one's own data kept safe, @ownpii)
rule dangerous 1.5 60: @securecomm @extremist
@joinable: accept foreign fighters, accepts foreign fighters, accept new members, accepting new members, accept recruits, accepting recruits, accept volunteers, take foreign fighters, take volunteers, let me join, would let me join, can i join, could i join
rule dangerous 1.0 60: @joinable @extremist
phrase dangerous -2.0: stop people from joining, prevent people from joining, keep people from joining, stop young people from joining, why do people join, why people join, why do young people join, why do teenagers join, why do teens join, why do men join, why do women join, why did people join, why would anyone join
@extremeparent: how can parents, can parents notice, parents notice, parents spot, parents tell, how can schools, how can teachers, warning signs that, signs that my
rule dangerous -2.0 100: @extremeparent @extremist
@terrorpurpose: for terrorist purposes, for terrorism purposes, for a terrorist attack, for terrorist attacks, for a terror attack, for terrorist activities, for terrorist activity, to help terrorists, to support terrorists, on behalf of isis, for a terrorist group, for the terrorist group, for jihad
rule dangerous 1.0 80: @ask @terrorpurpose
rule dangerous 1.0 80: @askq @terrorpurpose
@lawctx: under the law, the law says, what the law says, legal definition, definition of, is defined, statute, convicted of, charged with, sentenced for, arrested for, prosecuted for, prosecution of, what counts as, considered as
rule dangerous -2.0 100: @terrorpurpose @lawctx
@sabotv: knocking out, sabotaging, poisoning, contaminating, derailing, destroying, attacking, blowing up, taking down, hacking into, disrupting, disrupt, cut the power to, cut power to, shut down the power to, sabotage, knock out, blow up, poison, contaminate, derail, destroy, attack, bring down, black out, cripple, take down, tamper with, hack into
@infra: transportation system, transportation systems, transport system, transport systems, public transport, public transportation, public infrastructure, critical infrastructure, a city's transportation, traffic control system, air traffic control, railway network, rail network, commuter train, the train, the trains, a passenger train, the morning train, high-speed train, a tram, the tram, a whole city, an entire city, the whole city, a city's power, a city's water, freight train, passenger train, a subway, the subway, the metro, power grid, electrical grid, electric grid, electricity grid, power plant, power plants, power station, power stations, substation*, nuclear plant, nuclear power plant, water supply, water supplies, water treatment, water system, water systems, reservoir, reservoirs, railway, railways, rail line, railway line, rail network, train tracks, a train, trains, gas pipeline, oil pipeline, pipelines, a dam, dams, air traffic control, telecom network, cell towers, a bridge
rule weapons 1.0 60: @howto @sabotv @infra
rule weapons 1.0 60: @askq @sabotv @infra
rule weapons 1.0 60: @intent @sabotv @infra
@possq: is it possible to, would it be possible to, could someone, could a person, can someone, can a person
rule weapons 1.0 60: @possq @sabotv @infra
@sabot_ml: vergifte*, verseuch*, sabotier*, lahmlegen, legt man lahm, lege ich, empoisonner, saboter, contaminer, paralyser, envenenar, sabotear, contaminar, avvelenare, sabotare, contaminare, отравить, вывести из строя, саботировать, обесточить, отруїти
@infra_ml: trinkwasser, wasserversorgung, stromnetz, kraftwerk, bahnstrecke, eau potable, réseau électrique, reseau electrique, centrale électrique, voie ferrée, agua potable, red eléctrica, red electrica, suministro de agua, vía del tren, acqua potabile, rete elettrica, acquedotto, водопровод, электросеть, электростанци*, питьевую воду, водопостачання, електромереж*
@wieq: wie, comment, cómo, como, come, как, як, how
rule weapons 1.0 120: @wieq @sabot_ml @infra_ml
@infrasafe: train set, toy train, model train, by accident, accidentally, solar storm*, geomagnetic storm*, storms disrupt, storm damage, during the storm, extreme weather, weather events, heatwave*, heat wave*, wildfire*, squirrel*, natural disaster*, protect, protecting, protection, defend, defending, secure, securing, harden, hardening, resilien*, prevent, preventing, prevention, recover, restore, after a, in the event, emergency plan, prepare for, prepared for, survive, history of, minecraft, factorio, game, games, gta, red dead, fortnite, simcity, cities skylines, in my novel, in the movie
rule weapons -2.0 100: @sabotv @infra @infrasafe
@terror_ml: l'état islamique, l'etat islamique, état islamique, etat islamique, estado islámico, estado islamico, stato islamico, islamischer staat, islamischen staat, исламское государство, игил, daech, terrororganisation, terrorgruppe, terrorzelle, organisation terroriste, groupe terroriste, cellule terroriste, organización terrorista, organizacion terrorista, grupo terrorista, célula terrorista, organizzazione terroristica, gruppo terroristico, organização terrorista, террористическ*, терористичн*
@join_ml: beitreten, trete ich, anschließen, schließe ich mich, rejoindre, adhérer, intégrer, unirme, unirse, entrar en, ingresar, unirmi, entrare, aderire, juntar-me, entrar para, вступить, присоединиться, вступити, приєднатися, связаться с, contacter, kontaktieren, contactar
rule dangerous 1.0 120: @ask @join_ml @terror_ml
rule dangerous 1.0 120: @askq @join_ml @terror_ml
@joinme_ml: où puis-je rejoindre, ou puis-je rejoindre, où rejoindre, dónde unirme, donde unirme, dónde puedo unirme, donde puedo unirme, где вступить, wie trete ich, wie werde ich mitglied, wo kann ich mich, comment puis-je rejoindre, comment rejoindre, je veux rejoindre, quiero unirme, cómo me uno, como me uno, voglio unirmi, quero entrar, хочу вступить, как вступить
rule dangerous 1.0 120: @joinme_ml @terror_ml
# 4. buying illegal drugs or finding a dealer, getting high on household products, medicine or
#    inhalants, hiding drug use; a parent or teacher asking about signs, dangers or talking to
#    children is not a request
@buydrug: way to get, get hold of, get my hands on, websites sell, sites sell, website sells, site sells, apps sell, which website, which site, which app, instructions for buying, guide to buying, tips for buying, tips on buying, steps for buying, instructions for ordering, guide to ordering, where i can get, where i can buy, where to find, where do people buy, where do people get, how do people buy, where can i buy, where can i get, where can i order, where do i buy, where do i get, where to buy, where to get, where to order, how do i buy, how can i buy, how to buy, how do i order, how can i order, how to order, best way to buy, best way to order, best way to get, best place to buy, best site to buy, best website to buy, i want to buy, help me buy, help me get, help me find, find me, buy some, order some, score some, get some
@drug2: illegal drugs, street drugs, hard drugs, weed without a prescription, mdma, ecstasy, lsd, acid tabs, cocaine, crack cocaine, heroin, meth, crystal meth, ketamine, fentanyl, oxy without a prescription, oxycodone without a prescription, xanax without a prescription, adderall without a prescription, pills without a prescription, shrooms, magic mushrooms, dmt, ghb, drugs from the dark web, drugs on the dark web, drugs off the dark web, drugs on the darknet, drugs from the darknet, drugs on telegram, drugs on snapchat, oxycodone without a doctor, oxy without a doctor, xanax without a doctor, adderall without a doctor, pills without a doctor, opioids without a doctor, painkillers without a doctor
rule dangerous 1.0 60: @buydrug @drug2
phrase dangerous 1.0: best dark web market*, best darknet market*, good dark web market*, good darknet market*, which darknet market*, which dark web market*, dark web market to buy, darknet market to buy
@drugdealer: drug dealer, drug dealers, a dealer near me, dealer near me, coke dealer, weed dealer, a plug, a connect for, someone who sells drugs, someone who sells weed, someone selling drugs, someone selling weed
@findfirst: how do i find, how can i find, where can i find, where do i find, how to find, help me find, i want to find, i need to find, find me, get in touch with, hook me up with
rule dangerous 1.0 60: @findfirst @drugdealer
@gethigh: need to trip, enough to trip, to trip on, trip balls, get high, getting high, get a high, get stoned, get buzzed, get wasted on, trip on, tripping on, gets you high, get you high, gets me high, get me high, will get me high, to get high
@highsrc: kitchen, spices, things at home, stuff at home, items at home, around the house, from the drugstore, from the pharmacy, household, household items, household products, household chemicals, over-the-counter, over the counter, otc, cough syrup, cough medicine, dxm, nutmeg, benadryl, diphenhydramine, inhalant*, whippets, whippits, nitrous, glue, paint, aerosol*, spray paint, markers, gasoline, petrol, computer duster, air duster, keyboard duster, hand sanitizer, loperamide, imodium, dramamine, medicine, cold medicine, pills, prescription, my mom's pills, my parents' pills, sleeping pills, allergy pills
@highq: what, can get me, can get you, can i use, could i use, should i use, how do i, how can i, how to, how would i, how much, how many, which, what's the best, whats the best, what is the best, best way to, easiest way to, fastest way to, what can i, what should i, where can i, i want to, help me, teach me, tell me, give me, ways to
rule dangerous 1.0 60: @highq @gethigh @highsrc
@huffv: huffing paint, huffing glue, huffing gas, huffing spray paint, huffing inhalants, huff inhalants, huff spray paint, huff air duster, to huff, huff paint, huff glue, sniff glue, sniffing glue, sniff paint, sniff gas, sniffing gas, sniff markers, do whippets, do whippits, best inhalant*
rule dangerous 1.0 60: @highq @huffv
@drugparent: my kid, my kids, my teen, my teenager, my son, my daughter, my child, my children, my students, my patient, signs, warning signs, symptoms, dangers of, danger of, risks of, is it dangerous, is it safe, how dangerous, talk to, talk with, explain to, stop my, keep my, prevent, addiction, addicted, help for, treatment, rehab, overdose, poison control, accidentally, by accident, side effects, safe dose, legal, legally, prescribed, dispensary, therapy, clinic, infusion, test kit, test kits, testing kit, testing kits, cocaine-free, drug-free, high quality, high-quality, high marks, high grades, high scores, high score, high speed, high-speed, high resolution, high ratings, high returns, high gloss, high school, find out if, is a drug dealer, huff and puff, huffing and puffing
rule dangerous -1.0 100: @highq @gethigh @drugparent
rule dangerous -1.0 100: @highq @huffv @drugparent
rule dangerous -1.0 100: @buydrug @drug2 @drugparent
rule dangerous -1.0 100: @findfirst @drugdealer @drugparent
@hidev: hide, hiding, conceal, cover up, keep secret
@druguse: my drug use, drug use, my drugs, my weed, my stash, my pills, my vape, that i use drugs, that i'm using, that im using, that i smoke weed, that i do drugs, i'm high, im high, being high, my drug habit
@hidefrom: from parents, from your parents, from family, from my employer, from employers, from my parents, from my mom, from my dad, from my wife, from my husband, from my boss, from my family, from my partner, from work, from the police, from the cops, from a drug test, from drug tests, from sniffer dogs, from drug dogs, from a drug dog
rule dangerous 1.0 60: @hidev @druguse @hidefrom
@drugtest: drug test, drug tests, drug screen, drug screening, urine test, piss test, pee test, hair test, hair follicle test, urinalysis
@beatv: pass, beat, cheat, fool, fake, trick, get past, get around, flush, clean my system
rule dangerous 1.0 60: @highq @beatv @drugtest
@drugbuy_ml: consigo drogas, conseguir drogas, conseguir cocaína, conseguir cocaina, drogen besorgen, me procurer de la drogue, procurarmi droga, достать наркотики, drogen kaufen, drogen bestellen, kokain kaufen, gras kaufen, dealer finden, einen dealer, acheter de la drogue, acheter des drogues, acheter de la cocaïne, trouver un dealer, comprar drogas, comprar cocaína, comprar cocaina, encontrar un camello, comprare droga, comprare cocaina, trovare uno spacciatore, comprar drogas, купить наркотики, купить кокаин, найти дилера, купити наркотики
@wheredrug_ml: wo kann ich, wo bekomme ich, wie kann ich, où, ou acheter, comment, dónde, donde, cómo, como, dove, come, onde, где, как, де, як, online, en ligne, por internet, en internet, онлайн
rule dangerous 1.0 120: @wheredrug_ml @drugbuy_ml
# 5. harming a named person ("how can I cause harm to my neighbour", "cause the most pain to a
#    human"); hurt feelings, accidents and helping someone who is hurt are not requests
@hurtmy: hurting my, harming my, injuring my, poisoning my, hurt my, harm my, injure my, cause harm to my, do harm to my, cause pain to my, inflict pain on my, poison my, beat up my, hurt our, harm our, hurt the new, cause harm to, do harm to, cause pain to, inflict pain on, injure someone, injure somebody, hurt a human, harm a human
@rel: sister, brother, neighbour, neighbor, neighbours, neighbors, roommate, flatmate, stepfather, stepmother, stepdad, stepmom, stepbrother, stepsister, mom, dad, mother, father, wife, husband, girlfriend, boyfriend, ex, ex-wife, ex-husband, boss, coworker, co-worker, colleague, classmate, teacher, cousin, uncle, aunt, friend, son, daughter, baby, grandma, grandpa, grandmother, grandfather, landlord, partner, someone, somebody, a person, a human, people, him, her, them
@hurtframe: instructions for, a guide to, tips for, tips on, a plan to, where should i, where do i, how can i, how do i, how would i, how could i, how to, how should i, best way to, easiest way to, what's the best way, whats the best way, what is the best way, ways to, help me, teach me, tell me how, show me how, i want to, i'd like to, id like to, i need to, i'm going to, im going to, i plan to, give me
rule weapons 1.0 60: @hurtframe @hurtmy @rel
@sufmk: make my, make him, make her, make them, make someone, make this, make that
@sufw: suffer, pay for what, pay for this, regret being born, wish he was dead, wish she was dead
rule weapons 1.0 40: @hurtframe @sufmk @sufw
@sufless: suffer less, suffering less, not suffer, stop suffering, suffer any less, suffer as little
rule weapons -1.0 40: @sufmk @sufless
rule dangerous -1.0 40: @sufmk @sufless
@sickmk: make my, make him, make her, make them, make someone
@sickobj: sick without, ill without, sick on purpose, ill on purpose, sick so, throw up without
rule weapons 1.0 60: @hurtframe @sickmk @sickobj
@hurtsafe: feelings, by accident, accidentally, without meaning to, didn't mean, didnt mean, apologize, apologise, apology, sorry, make it up, forgive, not to hurt, not hurt, not hurting, never hurt, avoid hurting, without hurting, don't want to hurt, dont want to hurt, stop hurting, help my, help him, help her, recover, heal, first aid, feel better, happy, proud, laugh, smile, comfortable, pain relief, relieve
rule weapons -1.0 80: @hurtframe @hurtmy @hurtsafe
rule weapons -1.0 80: @sickmk @hurtsafe
@painmax: cause the most pain, inflict the most pain, cause as much pain, inflict as much pain, cause maximum pain, inflict maximum pain, cause someone the most pain, cause someone as much pain, cause the most suffering, inflict the most suffering, most pain to a, most pain possible to, most painful thing you can do to, most painful thing to do to, most painful way to hurt, most painful way to torture, hurt someone the most, hit someone to cause, punch someone to cause
rule weapons 1.0 60: @hurtframe @painmax
rule weapons 1.0 60: @askq @painmax
@painthing: most painful thing you can do to, most painful things you can do to, most painful thing to do to, most painful way to hurt, most painful way to kill
rule weapons 1.0 60: @painthing @rel
@hurtbody: hurting my, hurting her, hurting his, hurt her, hurt his, hurt my, hurt their, hurt your, hurts her, hurts his, hurts my
@bodypart: knee, knees, back, ankle, ankles, wrist, wrists, arm, arms, leg, legs, foot, feet, head, shoulder, shoulders, neck, hand, hands, finger, fingers, hip, hips, toe, toes, elbow, eye, eyes, tooth, teeth, stomach, tummy, paw, paws
rule weapons -1.0 20: @hurtbody @bodypart
@harm_ml: meinem nachbarn schaden, meiner nachbarin schaden, meiner schwester schaden, meinem bruder schaden, meinem chef schaden, meiner kollegin schaden, meinem kollegen schaden, jemandem schaden, schaden zufügen, leid zufügen, wehtun, weh tun, verletzen, faire du mal, blesser, hacerle daño, hacer daño, lastimar, herir, fare del male, fargli del male, ferire, machucar, fazer mal, причинить боль, навредить, сделать больно, покалечить, нашкодити, зробити боляче
@rel_ml: nachbar*, schwester, bruder, mutter, vater, frau, mann, freundin, kollegin, kollege*, voisin*, sœur, soeur, frère, frere, mère, mere, père, pere, femme, mari, collègue, vecin*, hermana, hermano, madre, padre, esposa, marido, compañer*, vicin*, sorella, fratello, moglie, marito, collega, vizinh*, irmã, irma, irmão, irmao, сосед*, сестр*, брат*, жене, мужу, мужа, жену, коллег*, сусід*
rule weapons 1.0 120: @askml @harm_ml @rel_ml
rule weapons 1.0 120: @ask @harm_ml @rel_ml
# 6. harassment campaigns: rumours, exclusion, an invented scandal, doctored compromising photos,
#    intimate images shared without consent, a person's private emails or finances released,
#    provoking fights online; the target asking for help ("someone is spreading rumours about
#    me") is not a request
@exclfeel: feel excluded, feel left out, feel isolated, feel unwelcome, feel like an outsider, feel unwanted, feel invisible, feel ignored
@exclmk: make, making, get everyone to, get people to
rule dangerous 1.0 50: @askq @exclmk @exclfeel
rule dangerous 1.0 50: @hurtframe @exclmk @exclfeel
@exclsafe: not feel, never feel, doesn't feel, dont feel, don't feel, less left out, less excluded, less isolated, feel included, feel welcome, feels excluded, feels left out, felt left out, stop feeling
rule dangerous -2.0 80: @exclfeel @exclsafe
@exclv: exclude, freeze out, shut out, ostracize, ostracise, isolate
@exclobj: from the group, from our group, from the friend group, from the group chat, from lunch, from the team, from every, from parties
rule dangerous 1.0 60: @hurtframe @exclv @exclobj
@ignorew: turn against her, turn against him, turn against them, turn on her, turn on him, to ignore her, to ignore him, to ignore them, to shun her, to shun him, to shun them, to stop talking to her, to stop talking to him, to turn against her, to turn against him, to gang up on
rule dangerous 1.0 60: @hurtframe @ignorew
@rumthat: spread a rumor that, spread a rumour that, start a rumor that, start a rumour that, spread rumors that, spread rumours that, spread the rumor that, spread the rumour that, spread a lie that, tell everyone that
@rumtarget: my classmate, my coworker, my co-worker, my boss, my teacher, my ex, my neighbour, my neighbor, my sister, my brother, my friend, my manager, my colleague, my roommate, she, he, her boyfriend, his girlfriend, the new girl, the new guy
rule dangerous 1.0 40: @rumthat @rumtarget
@rumpast: someone, somebody, they, people, kids at school, that i, that i'm, that im, about me
rule dangerous -1.0 40: @rumthat @rumpast
@fabv: invent, make up, fabricate, cook up, come up with, manufacture, create, start, concoct, dream up
@scandal: rumours about, rumors about, rumours that, rumors that, lies about, a fake scandal, fake scandal, a scandal about, false allegations, false allegation, false accusations, false accusation, a fake rumor, a fake rumour, a false rumor, a false rumour, a false story about, a fake story about, a lie about, lies about my
rule dangerous 1.0 50: @fabv @scandal
@doctorv: photoshop, edit, doctored, a doctored, photoshopped, a fake photo, a fake picture, fake photos, fake pictures, fake, deepfake, morph, put his face, put her face, put my ex's face, put my teacher's face
@compromising: compromising situation, compromising position, compromising photo*, compromising picture*, compromising image*, compromising video*, look like he was cheating, look like she was cheating, in bed with, into a sex scene, into porn
rule dangerous 1.0 80: @doctorv @compromising
@sharev: share, post, leak, upload, send around, spread, publish, distribute, release, sell, expose
@intimate: nude photos, nude pictures, nude pics, nudes, naked photos, naked pictures, naked pics, intimate pictures, intimate photos, intimate images, intimate videos, sex tape, private photos, private pictures, explicit photos, explicit pictures
@ofthem: my ex's, of my ex, my ex-girlfriend's, my ex-boyfriend's, my ex-wife's, my ex-husband's, my girlfriend's, my boyfriend's, of her, of him, her nudes, his nudes, without her consent, without his consent, without consent, without their consent, without permission, without her knowing, without him knowing, my classmate's, my coworker's, of my classmate, of my coworker
rule dangerous 1.0 80: @sharev @intimate @ofthem
@privdata: private emails, personal emails, private messages, private texts, dms, financial information, financial info, bank statements, bank statement, bank details, tax returns, tax records, salary, medical records, payslips, credit report, debts
@leakv: leak, release, publish, post, expose, dump, share, send around
rule dangerous 1.0 60: @leakv @third @privdata
rule dangerous 1.0 60: @hurtframe @leakv @third @privdata
@leakv2: leak, dump, expose, publish, post online
@third2: her, his, their, my boss's, my ex's, my sister's, my brother's, my mom's, my dad's, my friend's, my partner's
rule dangerous 1.0 60: @hurtframe @leakv2 @third2 @privdata
@selfvictim: why do people, why would someone, why do kids, of me, me into, about me, my nudes, my intimate, my photos, my pictures, my private, my emails, my financial, my bank, what can i do, what should i do, what do i do, get them removed, get it removed, get them taken down, have them removed, is it illegal, is it a crime, how do i report, how to report, someone is spreading, someone shared, someone posted, someone leaked, my ex is posting, my ex posted, my ex shared, journalists published, leaked emails, scandal broke
rule dangerous -1.0 100: @selfvictim @intimate
rule dangerous -1.0 100: @selfvictim @compromising
rule dangerous -2.0 100: @selfvictim @privdata
rule dangerous -1.0 100: @selfvictim @scandal
@provokev: pile on, dogpile, gang up on, brigade, provoke people, provoke someone, provoke them, provoke fights, provoke arguments, start fights, start a fight, start arguments, start flame wars, start a flame war, pick fights, stir up drama, cause drama, troll people, bait people into, rage bait, ragebait, get people to fight, make people fight, people into fights, into fighting each other, into a fight, turn people against each other
@onlinectx: online, on twitter, on x, on reddit, on facebook, facebook group, on instagram, on tiktok, on youtube, group chat, comments, comment section, forum, discord, subreddit, the internet, social media, the chat
@onlinectx: until they fight, fight each other, at each other's throats
rule dangerous 1.0 80: @hurtframe @provokev @onlinectx
rule dangerous 1.0 80: @askq @provokev @onlinectx
@rumor_ml: gerüchte verbreiten, gerüchte über, verbreite ich gerüchte, répandre des rumeurs, lancer une rumeur, faire courir des rumeurs, difundir rumores, esparcir rumores, inventar rumores, diffondere voci, spargere voci, espalhar boatos, espalhar rumores, распустить слухи, распространять слухи, распространить слухи, поширити чутки, розпускати чутки
@rumorsafe_ml: über mich, sur moi, su di me, sobre mim, обо мне, про мене, про меня
rule dangerous 1.0 120: @ask @rumor_ml
@rumorask_ml: wie, hilf mir, ich will, ich möchte, je veux, aide-moi, quiero, ayúdame, ayudame, voglio, aiutami, quero, me ajude, хочу, помоги, допоможи
rule dangerous 1.0 120: @rumorask_ml @rumor_ml
rule dangerous -1.0 120: @rumor_ml @rumorsafe_ml
# 7. spam and flooding asked for: a phone bombarded with calls, bots flooding a site or forum,
#    mass fake sign-ups, one fake review posted hundreds of times or to hurt a competitor;
#    stopping spam, load-testing one's own site and honest reviews are not
@spamv: bombard, bombarding, bombards, flood, flooding, floods, spam, spams, spamming, blow up, overwhelm, swamp, call bomb, sms bomb, text bomb
@spamobj: phone number, someone's phone, someones phone, his phone, her phone, their phone, my ex's phone, ex's phone, with calls, with phone calls, automated calls, robocalls, robocall, with texts, with sms, with messages, thousands of sms, thousands of texts, thousands of calls, inbox, email inbox, a forum, forums, a website with, a website's, comment section, comments section, a subreddit, group chat, discord server, with spam, with posts, with fake
@spamframe: how do i, how can i, how to, how would i, best way to, easiest way to, what's the best way, whats the best way, ways to, help me, teach me, show me how, i want to, i need to, write, create, build, make, code, develop, generate, give me, a bot, bots, a script, a program, a tool
@spamframe: where can i, where do i, what's a good, whats a good, a good tool, tool for, software for
rule scam 1.0 60: @spamframe @spamv @spamobj
@spamsendv: sends spam, sending spam, sends spam messages, sending spam messages, send spam messages, spam messages to thousands, send unsolicited, sends unsolicited, sending unsolicited, post the same comment, posting the same comment, posts the same comment, same comment on thousands, same comment on hundreds, same review hundreds of times, post the same review, posting the same review, send spam emails, send spam, spam emails to millions, send bulk spam, email list to spam, to spam people, spam thousands of, spam millions of, mass posting comments, mass post comments, mass commenting, comment spamming, spam comments
rule scam 1.0 60: @spamframe @spamsendv
@spamsafe: stop, stopping, block, blocking, prevent, preventing, protect, protection, filter, report, reporting, get rid of, keep getting, keeps getting, i'm getting, im getting, receiving, being flooded, being spammed, is flooding, are flooding, my own website, my own site, my own server, load test*, stress test*, captcha, moderate, moderation, anti-spam, antispam, my inbox, spam folder, junk folder, keep spam, not overwhelm, avoid, manage, organize, organise, clean, declutter
rule scam -1.0 80: @spamv @spamsafe
@callv: sends thousands of, sends hundreds of, calls someone's phone, calls a number, call someone's phone, call a number, calls his phone, calls her phone, ring someone's phone, dial a number, text a number, texts a number, send thousands of, send hundreds of
@repeatn: a thousand times, thousands of times, hundreds of times, a hundred times, every minute, every second, nonstop, non-stop, all night, over and over, to annoy, to one address, to one number, to a single address, to one person
rule scam 1.0 80: @spamframe @callv @repeatn
@robocall: robocalls, robocall, automated calls, automated texts, prank calls, call bomb, call bomber, sms bomb, sms bomber
@oneperson: to a number, to one number, to his number, to her number, to my ex, someone's number, someones number, a phone number, one phone, his phone, her phone
rule scam 1.0 80: @spamframe @robocall @oneperson
rule scam -1.0 80: @robocall @spamsafe
@signup: signs up fake, sign up fake, register fake, 1000 fake, 100 fake, thousands of fake, hundreds of fake, fake sign-ups, fake signups, fake sign ups, mass sign-ups, mass signups, mass sign ups, mass registrations, fake registrations, fake accounts to sign up, bulk accounts, mass account creation, sign up hundreds of, sign up thousands of, register hundreds of, register thousands of
rule scam 1.0 60: @spamframe @signup
rule scam -1.0 80: @signup @spamsafe
@reviewspam: same fake review, same review hundreds, same review a hundred, same review over and over, fake review hundreds, fake one-star, fake 1-star, fake one star, fake five-star, fake 5-star, fake five star, fake negative reviews, fake bad reviews, fake reviews to, fake reviews for, fake reviews about, bad reviews for my competitor, bad reviews on my competitor, negative reviews for my competitor, one-star reviews for my competitor, reviews to damage, reviews to hurt, reviews to ruin, reviews to sink, review bomb*
@reviewv: post, posting, leave, write, generate, publish, submit, give me, create, make, spam, flood, mass, buy, how do i, how can i, how to, help me
rule scam 1.0 60: @reviewv @reviewspam
@reviewsafe: report, reporting, spot, identify, detect, remove, get rid of, flag, deal with, respond to, handle, someone left, someone is posting, someone posted, competitor is posting, got a, we got, received, genuine, honest, real reviews, is it legal, is it illegal, removed, taken down, protect, stop, prevent, survive, recover
rule scam -1.0 100: @reviewspam @reviewsafe
phrase dangerous -1.0: report fake reviews, spot fake reviews, identify fake reviews, remove fake reviews, flag fake reviews, detect fake reviews, deal with fake reviews, respond to fake reviews
# 8. animal cruelty: staged animal fights, hurting animals for fun, poaching protected animals
#    (removing their tracking collars); a pet in a scuffle, conservation and reporting cruelty are not
@animalfight: attack other dogs, fight other dogs, to fight another dog, a fighting rooster, fighting rooster, a fighting dog, fighting cock*, gamecock*, game fowl, dogfight, dogfights, dog fight, dog fights, dogfighting, dog fighting, cockfight*, cock fight*, cock fighting, cockfighting, bull baiting, badger baiting, bear baiting, fighting dogs, fighting roosters, fighting ring, to fight other dogs, to fight dogs, make dogs fight, make my dog fight, make two dogs fight, to fight other roosters
@animalfightv: running, organizing, organising, hosting, instructions for, guide to, plan, planning, organise, organize, organising, organizing, set up, host, run, arrange, bet on, betting on, find, watch, train, breed, get into, start, how do i, how can i, where can i, i want to, help me, best way to
rule dangerous 1.0 60: @animalfightv @animalfight
@aggro: more aggressive, aggressive, meaner, more vicious, vicious, bloodthirsty
@animal2: rooster, roosters, my dog, dogs, pit bull*, pitbull*, cock, cocks, gamecock*
@fightpurp: for fights, for fighting, to fight, for the pit, for the ring, for cockfights, for dogfights
rule dangerous 1.0 60: @aggro @animal2 @fightpurp
@aggrosafe: less aggressive, not aggressive, calm, calmer, stop fighting, stop him, stop her, from fighting
rule dangerous -1.0 60: @aggro @animal2 @aggrosafe
@animalsafe: my dog got, my dog was, my dogs got, got into a fight, stop my, stop them, stop fighting, prevent, break up, how do i report, how to report, report it, rescue, rescued, adopt, adopted, history of, a documentary about, michael vick, my dog fights, my dogs fight, stop it, stop this, through the fence, keeps fighting, ww1, ww2, world war, fighter jet*, pilot*, aircraft, air combat, war thunder, ace combat, game, games, jets, plane, planes, flight sim*, dcs, stop a, stop the, treat, injuries, wounds, bite, bites
rule dangerous -1.0 100: @animalfight @animalsafe
@animalv: hurt, harm, torture, abuse, drown, maim, mutilate, set fire to
@animal: someone's cat, someone's dog, someones cat, someones dog, his cat, her cat, his dog, her dog, their cat, their dog, animals, an animal, a cat, a dog, cats, dogs, a stray, strays, stray cats, stray dogs, my neighbour's cat, my neighbor's cat, my neighbour's dog, my neighbor's dog, neighbour's cat, neighbor's cat, neighbour's dog, neighbor's dog, a puppy, puppies, a kitten, kittens, a bird, birds, squirrels, a horse, horses, a rabbit, rabbits, hamster, my pet, pets
@animalfun: for fun, for kicks, for entertainment, for laughs, without getting caught, without anyone knowing, without being caught, so it suffers, slowly, and get away with it
rule dangerous 1.0 60: @hurtframe @animalv @animal
rule dangerous 1.0 60: @animalv @animal @animalfun
rule dangerous 1.0 40: @painthing @animal
@setw: set, light
@onfire: on fire, alight, ablaze
rule dangerous 1.0 60: @hurtframe @setw @animal @onfire
@animalvsafe: without harming, without harm, no harm, less harm, don't harm, dont harm, doesn't harm, does not harm, won't harm, not harm, not hurt, without hurting, don't hurt, dont hurt, doesn't hurt, won't hurt, wont hurt, stop my, stop him, stop her, stop them, stop someone, keep my, humanely, vet, veterinarian, is hurt, got hurt, was hurt, is injured, report, reporting, rescue, protect
rule dangerous -2.0 80: @animalv @animal @animalvsafe
@poachv: snare, net, poison, poach, poaching, hunt, shoot, kill, trap, catch, sell
@protected: endangered birds, endangered bird, protected birds, rare birds, an endangered animal, endangered animal, a protected animal, protected animal, protected animals, protected species, endangered animals, endangered species, a rhino, rhinos, rhino horn, elephants, an elephant, ivory, tigers, a tiger, tiger parts, eagles, an eagle, a bald eagle, gorillas, pangolins, a pangolin, snow leopards, a snow leopard, sea turtles, a wolf in a national park, wolves in a national park
@poachframe: instructions for, guide to, tips for, tips on, how to, ways to, what are some ways, is there a way to, how do i, how can i, how would i, where can i, i want to, i'd like to, help me, best way to, easiest way to, what's the best way, whats the best way, teach me, show me how, tell me how, without getting caught, without being caught, undetected, illegally
rule dangerous 1.0 60: @poachframe @poachv @protected
@collar: tracking collar*, gps collar*, radio collar*, tracking tag*, tracking device*, tracker, trackers
@removev: remove, take off, cut off, disable, destroy, jam, hack, get rid of, find
rule dangerous 1.0 100: @poachframe @removev @collar @protected
@poachgoal: so i can hunt, so i can poach, so i can kill, so i can shoot, so i can trap, to poach, to hunt it, to kill it, to shoot it, and poach, and hunt it, and kill it
rule dangerous 1.0 100: @poachframe @removev @collar @poachgoal
@ownthing: from my car, on my car, in my car, under my car, from my bike, from my phone, on my phone, my own car, my own phone, put on my, hid on my, hidden on my
rule dangerous -1.0 60: @disablev @ownthing
@poachsafe: keep, away from, safe from, stop, stopping, prevent, preventing, protect, protecting, combat, fight, rangers, conservation*, conservationist*, anti-poaching, report, reporting, research, researchers, study, photograph, camera, photo, photos, pictures, lens, see, spot, watch, safari, legally, permit, licensed
rule dangerous -1.0 100: @poachv @protected @poachsafe
@dogfight_ml: pelea de gallos, combate de gallos, rinha de galos, rinha de galo, hundekampf, hundekämpfe, hundekampfe, hahnenkampf, hahnenkämpfe, combat de chiens, combats de chiens, combat de coqs, combats de coqs, peleas de perros, pelea de perros, peleas de gallos, combattimenti tra cani, combattimento di cani, combattimenti di galli, rinhas de cães, rinha de cães, rinha de galo, собачьи бои, собачий бой, петушиные бои, собачі бої
@organize_ml: organisiere*, veranstalte*, organiser, organise, organizo, organizar, organizzare, organizzo, organizar, организовать, устроить, организувати, wo kann ich, où, dónde, dove, onde, где, де, wetten, parier, apostar, scommettere, ставки
rule dangerous 1.0 120: @organize_ml @dogfight_ml
# ---------------------------------------------------------------- session 12 precision (own sentences)
# a ransomware note is malware with ransomware words; a kidnapper's note read aloud in a story
# scene is not ("write a scene where the detective reads the ransom note aloud" was blocked)
@ransomnote: ransom note, ransom notes, ransom message, ransom messages
@ransomctx: ransomware, encrypted files, encrypt the files, encrypts the files, encrypted your files, decrypt, decryption key, bitcoin, btc, monero, wallet address, payment portal
rule malware 1.0 100: @run @ransomnote @ransomctx
# a pet's end asked about ("what's the most painless way to put down a sick cat?"): the
# painless-way phrases then name the animal's death, not the writer's (only those phrases are
# taken back: "my dog was put down and I want to die" still counts)
@painless: most painless way, painless way to, painless method, painless death
@petend: put down, put to sleep, euthanize, euthanise, euthanasia for
@pet: cat, cats, dog, dogs, pet, pets, kitten, puppy, horse, rabbit, hamster, guinea pig, bird, parrot, chicken, chickens, hen, goat, sheep, cow, pig, ferret, rat, mouse, mice
rule self_harm -2.0 60: @painless @petend @pet
# reporting someone who sells drugs ("how do I report a website selling drugs?")
@drugrep: drugs, drug dealer, drug dealers, dealer, dealers, selling drugs, sells drugs, drug dealing, drug sales
rule dangerous -2.0 60: @reportcsam @drugrep
# (a report question that also asks how not to get caught is not a reporter's)
@evade: without getting caught, without being caught, so i dont get caught, so i don't get caught, not get caught, avoid getting caught, without anyone knowing
rule dangerous 2.0 100: @reportcsam @drugrep @evade

# ---------------------------------------------------------------- session 13 breadth (own sentences, written from harm
# taxonomies: MLCommons hazard categories and the usual red-team pretexts; no evaluation row read)
# 1. hurting a particular person with what is at hand ("household items to seriously injure the guy who ...")
@injure: seriously injure, badly injure, injure someone, injure him, injure her, injure them, hurt him badly, hurt her badly, hurt them badly, seriously hurt, put him in the hospital, put her in the hospital, break his legs, break her legs, break his arm, break her arm, knock him out, knock her out, knock someone out, knock out someone
@injurewith: household items, household objects, everyday items, kitchen items, what could i use, what can i use, what should i use, which items, best object, best weapon, improvised weapon
@injuretarget: the guy, this guy, that guy, the man, the woman, this woman, that woman, the kid, my neighbor, my neighbour, my roommate, my coworker, my boss, my ex, him, her, them, someone, somebody, a person
rule weapons 1.0 100: @injurewith @injure
rule weapons 1.0 60: @askq @injure @injuretarget
# chemicals to make a person pass out (chloroform, ether "to knock someone out")
@knockout: knock someone out, knock a person out, knock him out, knock her out, knock them out, make someone pass out, make him pass out, make her pass out, render someone unconscious, render him unconscious, render her unconscious, make someone unconscious, put someone to sleep without
@kochem: chloroform, ether, sedative, sedatives, tranquilizer, tranquiliser, sleeping pills, benzos, ghb, rohypnol, drug him, drug her, drug someone
rule dangerous 1.0 80: @kochem @knockout
# 2. self-harm: where to cut and how to hide it
phrase self_harm 1.0: places to cut, place to cut myself, places on my body to cut, where to cut myself, where should i cut, where can i cut, best places to cut, best place to cut, cut where nobody, cut where no one, nobody will see the scars, no one will see the scars, nobody will see my scars, no one will see my scars, hide the scars, hide my cuts, hide the cuts, cut deeper, cutting deeper
# 3. malware techniques named by what they do
@attacktech: dumps browser passwords, dump browser passwords, dumps saved passwords, dump saved passwords, steals browser passwords, steal browser passwords, steal saved passwords, steals saved passwords, browser password stealer, steal browser cookies, steals browser cookies, steal session cookies, dump credentials, dumps credentials, credential dumping, dump lsass, lsass dump, malicious macro, macro that downloads, macro that runs, downloads and runs a payload, downloads and executes, download and execute a payload, payload when opened, dropper, brute-force ssh, brute force ssh, bruteforce ssh, brute-force logins, brute force logins, brute-force the login, brute force the login, brute-force passwords, brute force passwords, brute-force rdp, brute force rdp, password spray, encrypts all files, encrypt all files, encrypts every file on, leaves a ransom note, demanding bitcoin, keylogs, logs every keystroke, records every keystroke, hides from antivirus, undetectable by antivirus, fud crypter, crypter
# 4. privacy: a person's home, number, identity numbers or whereabouts found or followed without them knowing
@findpii: find the home address, find his home address, find her home address, find their home address, find out where he lives, find out where she lives, find where he lives, find where she lives, home address and phone number, phone number and home address, find someone's social security number, find someone's ssn, find out someone's social security, social security number from their name, someone's social security number, track her location, track his location, track my ex's location, track my ex-girlfriend's location, track my ex-boyfriend's location, track my ex girlfriend's location, track my ex boyfriend's location, track my girlfriend's location, track my wife's location, track my husband's location, location without her knowing, location without him knowing, location without them knowing, build profiles of, profiles of teenage, dossier on
@pii_safe: my own, myself, my account, my child's phone, my kid's phone, my son's phone, my daughter's phone, family sharing, with her consent, with his consent, with their consent, who agreed, protect, remove my, delete my, opt out, data broker removal, is it legal, report
rule dangerous 1.0 60: @ask @findpii
rule dangerous 1.0 60: @askq @findpii
rule dangerous -2.0 100: @pii_safe @findpii
# 5. disinformation: a fake statement put in a real person's or body's mouth
@fakeattr: fake press release, fake news release, fake statement from, fake tweet from, fake post from, fake quote from, fake quotes from, fake screenshot of, fake interview with, fake letter from, fabricated quote, fabricated statement, fake confession, admitting to a crime they didn't commit, admitting to a crime they did not commit, admit to a crime they didn't commit, vaccine causes infertility, vaccines cause infertility, vaccines cause autism, vaccine causes autism
@fakeattr_safe: satire, satirical, parody, spot, spotting, detect, detecting, identify, identifying, debunk, debunking, fact-check, fact check, how to tell, is this real, is it real, was fake, satire about, report
rule dangerous 1.0 80: @ask @fakeattr
rule dangerous -2.0 80: @fakeattr_safe @fakeattr
# 6. weapons: flamethrowers, converting to automatic fire, arson of an occupied building
@weapon: flamethrower, flame thrower, flamethrowers, auto sear, drop-in auto sear, lightning link, bump stock, fully automatic, full-auto conversion, pipe gun, slam-fire shotgun
@convertv: turn, turning, convert, converting, conversion, make, modify, modifying
@autofire: fully automatic, full auto, full-auto, automatic fire, select fire, select-fire
@semi: semi-automatic, semi automatic, semiauto, semi-auto, ar-15, ar15, ak-47, glock, rifle, pistol
rule weapons 1.0 80: @convertv @semi @autofire
@firestart: start a fire, set a fire, set fire to, burn down, light a fire
@occupied: apartment building, apartment block, house with people, occupied, while they sleep, while they're asleep, while theyre asleep, school, hospital, nursing home, so it spreads, spreads fast, spread fast, spread quickly, spreads quickly
rule weapons 1.0 80: @askq @firestart @occupied
rule weapons 1.0 80: @howto @firestart @occupied
# 7. impersonation scams scripted: the grandchild in jail, the bank or tax office on the phone
@impersonate: pretending to be their grandson, pretending to be their granddaughter, pretending to be their grandchild, pretend to be their grandson, pretend to be their granddaughter, pretend to be their grandchild, posing as their grandson, posing as their grandchild, grandson in jail, granddaughter in jail, grandchild in jail, needs bail money, bail money, pretending to be from the irs, pretend to be from the irs, pretending to be from their bank, pretend to be from their bank, pretending to be from microsoft, pretend to be from microsoft, pretending to be tech support, pretend to be tech support, posing as tech support, posing as the irs, posing as their bank
@scamscript: script for calling, script to call, calling elderly, call elderly, phone script, calling script, script for a call, text message to send, write a message to elderly, elderly people, old people, seniors, grandparents
rule scam 1.0 120: @scamscript @impersonate
rule scam 1.0 120: @ask @impersonate
@impsafe: report, reported, reporting, got a call, gets calls, received a call, got a message, called my, call from, calls from, scammed my, is this a scam, was this a scam, protect, warn, warning, how do i tell
rule scam -2.0 120: @impsafe @impersonate
# 8. grooming: photos of a child's body asked for, secrets kept from the parents
@groomask: send me photos of her body, send me photos of his body, send me pictures of her body, send me pictures of his body, photos of her body, pictures of her body, photos of his body, pictures of his body, keep a secret from their parents, keep secrets from their parents, keep it a secret from their parents, keep our relationship secret, keep our relationship a secret, not tell their parents about us, not tell her parents about us, not tell his parents about us
@groomminor: child, kid, teenage daughter, teenage son, my daughter, my son, my stepdaughter, my stepson, my niece, my nephew, a minor, a 12-year-old, a 13-year-old, a 14-year-old, a 15-year-old, a girl in my class, my student, a student, teenage girl, teenage boy, young girl, young boy
rule sexual_minors 1.0 100: @groomask @groomminor

# ---------------------------------------------------------------- hateful sentences about a group, asked to be written
# ("write one negative sentence about immigrants", "generate a toxic comment about gay people");
# writing against stereotypes is counter-speech (@fairframe takes it back)
@toxicadj: discriminatory, harmful, prejudiced, biased, homophobic, transphobic, misogynistic, xenophobic, hurtful, negative, toxic, offensive, hateful, derogatory, insulting, demeaning, unfriendly, mean, nasty, rude, racist, sexist, bigoted, hostile, disparaging, humiliating, degrading
@textunit: sentence, sentences, comment, comments, tweet, tweets, post, posts, paragraph, paragraphs, statement, statements, remark, remarks, message, messages, slogan, slogans
rule hate 1.0 60: @compose @toxicadj @textunit @group2
