# botwall built-in harmful-content lexicon. Format: see lexicon.rs.
# Categories: self_harm, weapons (violence and weapons), sexual_minors, hate, abuse, scam, malware.
# Written from category definitions (moderation taxonomies, slur and profanity word lists,
# scam-pattern advisories); never from evaluation sentences. A category fires when its
# rules add up to its threshold (default 1.0): strong phrases weigh 1.0, weak cues 0.5.

# ---------------------------------------------------------------- requests ("how do I ...")
@howto: how to, how do i, how can i, how would i, how could i, ways to, best way to, easiest way to, quickest way to, method to, methods to, steps to, instructions for, instructions on, guide to, guide on, tutorial, teach me, show me how, tell me how, explain how, give me, write a, write an, write me, create a, make a, build a, code a, generate, develop a, design a, provide, list, step by step, step-by-step, detailed
@howto: wie kann ich, wie baue ich, anleitung, comment faire, comment fabriquer, como hacer, como fabricar, como puedo, come fare, come costruire, como fazer, como posso, hoe maak ik, jak zrobic, jak zrobić, как сделать, как изготовить, как мне, как можно, як зробити, nasil yapilir, nasıl yapılır, كيف اصنع, كيف أصنع, كيفية, कैसे बनाएं, कैसे बनाये, 如何, 怎么, 怎样, 作り方, 方法, 만드는 법, 만드는 방법, 방법

# ---------------------------------------------------------------- self-harm
phrase self_harm 1.0: kill myself, killing myself, end my life, ending my life, take my own life, taking my own life, commit suicide, committing suicide, want to die, wanna die, want to be dead, suicide method*, ways to die, painless way to die, painless death, slit my wrists, cut myself, cutting myself, hurt myself, harm myself, self harm, self-harm, hang myself, overdose on, lethal dose, better off dead, no reason to live, kms
phrase self_harm 1.0: mich umbringen, mir das leben nehmen, selbstmord, suizid, me suicider, me tuer, en finir avec la vie, suicidarme, matarme, quitarme la vida, suicidio, uccidermi, togliermi la vita, me matar, suicidar, tirar minha vida, zelfmoord, mezelf doden, zabic sie, zabić się, samobojstwo, samobójstwo, убить себя, покончить с собой, самоубийство, суицид, вскрыть вены, хочу умереть, вбити себе, покінчити з собою, самогубство, хочу померти, intihar, kendimi oldur*, kendimi öldür*, انتحار, الانتحار, اقتل نفسي, أقتل نفسي, आत्महत्या, खुद को मार, 自杀, 自殺, 想死, 死にたい, 자살, 죽고 싶, 자해
@selfharm_weak: suicide, suicidal, self harm, overdose, die, dying, cutting
@me: i, im, i'm, me, my, myself
rule self_harm 0.5 30: @me @selfharm_weak

# ---------------------------------------------------------------- violence and weapons
@weapon: bomb, bombs, pipe bomb, explosive, explosives, ied, grenade, molotov, napalm, thermite, detonator, nerve gas, nerve agent, sarin, vx, ricin, anthrax, mustard gas, chemical weapon*, biological weapon*, bioweapon*, dirty bomb, nuclear weapon, ghost gun, untraceable gun, untraceable firearm, silencer, suppressor, full auto, automatic rifle, poison, poisons, toxin
@weapon: bombe, sprengstoff, giftgas, bombe, explosif*, bomba, explosivo*, veneno, esplosivo*, veleno, explosivo*, bom, explosieven, bomba, bomby, materiały wybuchowe, бомб*, взрывчатк*, взрывное устройство, яд, вибухівк*, бомб*, bomba, patlayici, patlayıcı, قنبلة, متفجرات, बम, विस्फोटक, 炸弹, 炸藥, 炸药, 爆弾, 爆発物, 폭탄, 폭발물
@make: make, build, assemble, construct, manufacture, synthesize, synthesise, produce, cook, brew, 3d print, obtain, acquire, buy, get, smuggle, hide, plant, detonate, set off, use
@make: bauen, herstellen, fabriquer, hacer, fabricar, costruire, fare, fazer, fabricar, maken, zrobic, zrobić, сделать, изготовить, собрать, зробити, yapmak, yap, صنع, اصنع, बनाएं, बनाना, 制作, 制造, 做, 作る, 만들
rule weapons 1.0 60: @howto @make @weapon
rule weapons 1.0 40: @make @weapon
@killverb: kill, murder, shoot, stab, poison, strangle, assassinate, torture, kidnap, abduct, maim, behead, bomb, massacre, attack, hurt, beat up, run over
@victim: someone, somebody, a person, people, my wife, my husband, my boss, my neighbor, my neighbour, my teacher, my ex, my father, my mother, a child, children, kids, a cop, police, a politician, the president, classmates, coworkers, everyone, them, him, her, a crowd
rule weapons 1.0 40: @howto @killverb @victim
@intent: i will, ill, i'm going to, im going to, gonna, i want to, i wanna, going to, let's, lets, we should, i'll
rule weapons 1.0 40: @intent @killverb @victim
phrase weapons 1.0: mass shooting, school shooting, shoot up the school, shoot up a school, plan a terrorist attack, terrorist attack plan, get away with murder, without getting caught killing, hide a body, dispose of a body, get rid of a body, hitman, hire a hitman, make a weapon, kill them all, kill all, i will kill you, ill kill you, i'm going to kill you, gonna kill you
phrase weapons 1.0: ich bringe dich um, je vais te tuer, te voy a matar, ti ammazzo, vou te matar, ik maak je af, zabije cie, zabiję cię, я тебя убью, убью тебя, я тебе вб'ю, seni oldurecegim, seni öldüreceğim, سأقتلك, मैं तुम्हें मार दूंगा, 我要杀了你, 殺してやる, 죽여버릴

# ---------------------------------------------------------------- sexual content involving minors (always blocks)
@minor: child, children, kid, kids, minor, minors, underage, under-age, preteen, pre-teen, pubescent, prepubescent, toddler, little girl, little boy, schoolgirl, schoolboy, 10 year old, 11 year old, 12 year old, 13 year old, 14 year old, 15 year old, year-old girl, year-old boy, loli, lolita, shota, young girl, young boy, kinder, enfant*, mineur*, niño*, nino*, nina*, niña*, menor*, bambin*, minorenn*, criança*, crianca*, menor de idade, minderjarig*, dziec*, nieletni*, ребен*, ребён*, детск*, дети, малолет*, несовершеннолет*, дитин*, неповнолітн*, cocuk*, çocuk*, küçük, طفل, أطفال, قاصر, बच्च*, नाबालिग, 儿童, 未成年, 幼女, 児童, 未成年, 아동, 미성년, 어린이
@sex: sex, sexual, sexually, porn, porno, pornography, pornographic, nude, nudes, naked, explicit, erotic, erotica, nsfw, cp, csam, molest*, rape, raping, fondle, intercourse, masturbat*, lewd, seduce, groom, grooming, sext, sexting, onlyfans, hentai
@sex: sexuell*, nackt, porno, sexuel*, sexual*, desnud*, sessual*, sexueel, naakt, seksualn*, секс*, порн*, голы*, обнаж*, сексуальн*, оголен*, cinsel, çıplak, ciplak, جنسي*, إباحي*, عاري*, यौन, नग्न, अश्लील, 色情, 裸体, 性的, エロ, ヌード, 성적, 음란, 야한, 누드
rule sexual_minors 1.0 40: @minor @sex
@protect: protect, protecting, prevent, preventing, prevention, educate, education, talk to my, talk to our, report, reporting, warning signs, awareness, safeguarding, keep safe, abuse survivors, therapy
rule sexual_minors -0.5 120: @protect
phrase sexual_minors 1.0: child porn, child pornography, child sexual abuse material, csam, cp links, pedo content, pedophile content, jailbait, preteen nudes, underage nudes, lolicon, shotacon, kinderporno*, pedoporn*, pornografia infantil, pornographie infantile, pedopornografia, детское порно, дитяче порно, çocuk pornosu, 儿童色情, 児童ポルノ, 아동 포르노, 아동 음란물

# ---------------------------------------------------------------- hate (slurs and dehumanising generalisations)
phrase hate 1.0: nigger, niggers, nigga, niggas, niggah, nigguh, niglet, negroes, jigaboo, porch monkey, spic, spics, wetback, wetbacks, beaner, beaners, chink, chinks, gook, gooks, zipperhead, kike, kikes, hymie, raghead, ragheads, towelhead, towelheads, sand nigger, paki, pakis, faggot, faggots, fag, fags, faggit, dyke, dykes, tranny, trannies, shemale, retard, retards, retarded, mongoloid, honky, honkey, redskin, redskins, injun, gypsy scum, wop, dago, chinaman, camel jockey, white trash, queer bait
phrase hate 1.0: kanake, kanacken, schwuchtel, neger, bougnoule, bicot, youpin, sudaca, maricon, maricón, negrata, frocio, ricchione, negro di merda, viado, flikker, ciota, czarnuch, жид, жиды, хач, хачи, чурка, чурки, пидор, пидорас, пидорасы, підор, москаль, ібіт, ibne, zenci, शूद्र, कटुआ, 黑鬼, 支那, チョン, ゴキブリ, 짱깨, 쪽바리, 흑형, 똥남아
@group: jews, jew, muslims, muslim, blacks, black people, arabs, arab, mexicans, immigrants, refugees, gays, gay people, lesbians, trans people, transgender people, women, asians, chinese, indians, africans, gypsies, roma, christians, hindus, sikhs, latinos, migrants, foreigners
@dehuman: are animals, are vermin, are parasites, are cockroaches, are rats, are subhuman, are inferior, are a disease, are a plague, are filth, are scum, should be exterminated, should be killed, should all die, must be eliminated, deserve to die, should be gassed, go back to, don't belong, dont belong, ruin everything, are ruining, are destroying, out of our country, invasion, replace us, great replacement
rule hate 1.0 50: @group @dehuman
phrase hate 1.0: gas the jews, white power, heil hitler, sieg heil, 1488, white genocide, race traitor, race mixing, kill all muslims, kill all jews, kill all blacks, kill all gays, death to jews

# ---------------------------------------------------------------- abuse (insults, profanity aimed at people; flags by default)
phrase abuse 1.0: bitch, bitches, biatch, bitchass, bitchin, btch, hoe, hoes, hoeing, thot, thots, slut, sluts, slutty, whore, whores, cunt, cunts, twat, pussies, dickhead, cocksucker, motherfucker, motherfuckers, mf, fuck you, fuck u, fuk u, stfu, gtfo, asshole, assholes, bastard, bastards, dumbass, jackass, dipshit, shithead, douche, douchebag, skank, tramp, hoodrat, bish, cuck, wanker, tosser, bellend, trash ass, ugly ass, stupid ass, dumb ass, kill yourself, go die, kys
phrase abuse 0.5: pussy, dick, dicks, cock, prick, simp, shut up, loser, idiot, moron, imbecile, ho, hos, stupid, dumb, ugly, fat
phrase abuse 1.0: arschloch, hurensohn, fotze, wichser, miststück, schlampe, hure, connard, connasse, salope, pute, encule, enculé, ta gueule, fils de pute, pendejo, cabron, cabrón, puta, hijo de puta, gilipollas, zorra, coño, stronzo, vaffanculo, puttana, troia, figlio di puttana, coglione, caralho, filho da puta, porra, vadia, otario, otário, klootzak, hoer, tering, kurwa, chuj, pierdol*, jebac, jebać, skurwysyn, сука, блядь, бля, блять, хуй, хуйня, пизд*, ебать, ебан*, мудак, гандон, уебок, уёбок, сволочь, тварь, шлюха, курва, хуйло, йобан*, піздец, orospu, siktir, amına, yavşak, yavsak, şerefsiz, serefsiz, كلب, شرموطة, عاهرة, كس, منيك, ابن الكلب, कुत्ते, कमीने, हरामी, चूतिया, भोसड़ी, मादरचोद, बहनचोद, रंडी, 傻逼, 操你妈, 他妈的, 婊子, 贱人, 混蛋, 王八蛋, クソ, 死ね, バカ, ばか, 馬鹿, アホ, くそ, ブス
@ko_curse: 시발*, 씨발*, 씨바*, 시바*, ㅅㅂ, ㅆㅂ, 병신*, ㅂㅅ, 븅신*, 좆*, ㅈㄴ, 존나, 졸라, 개새끼*, 개새*, 새끼*, 닥쳐, 꺼져, 미친*, 미쳤*, ㅁㅊ, 지랄*, ㅈㄹ, 엠창, 느금*, 니애미, 니미*, 애미*, 애비*, 한남*, 김치녀, 된장녀, 메갈*, 틀딱*, 급식충, 맘충, 등신*, 또라이, 찐따, 호구, 쓰레기, 빡대가리, 대가리*, 凸, 좆같*, 엿먹, 짱깨, 쪽바리, 씹*, 썅*, 씨1발
rule abuse 1.0 10: @ko_curse
@profane: fuck, fucking, fucked, fucker, fuckin, fuk, fukin, shit, shitty, bullshit, damn, hell, ass, crap, piss, pissed
@you: you, u, ya, your, ur, youre, you're, yo
rule abuse 0.5 30: @profane @you
@ugly: ugly, stupid, dumb, fat, worthless, pathetic, disgusting, trash, garbage, retarded, ignorant, lame
rule abuse 0.5 30: @ugly @you

# ---------------------------------------------------------------- scam and phishing
@prize: won, win, winner, winning, prize, prizes, award, awarded, reward, cash prize, jackpot, lottery, lucky draw, selected, chosen, congratulations, congrats, bonus, gift card, voucher, vouchers, giveaway, claim, refund, inheritance, compensation
@prize: gewonnen, gewinner, gewinn, preis, gagne, gagné, gagnant, ganado, ganador, premio, vinto, vincitore, ganhou, premio, prêmio, gewonnen, wygrales, wygrałeś, nagroda, выиграли, выигрыш, приз, виграли, приз, kazandiniz, kazandınız, ödül, odul, ربحت, فزت, جائزة, जीत, इनाम, 中奖, 奖金, 当選, 賞金, 당첨, 상금
@urgent: urgent, urgently, immediately, expires, expire, expiring, limited time, act now, last chance, final notice, within 24 hours, asap, right away, hurry, don't miss, dont miss
@contact: call, txt, text, reply, send, click, visit, tap, dial, contact, claim, redeem, collect, go to, log in, login, sign in, verify, confirm, update, whatsapp, telegram
@channel: www, http, https, link, url, bit.ly, tinyurl, .com, website, 0800, 0900, 08000, 09061, 87066, p/min, per min, ppm, sms, txt, stop, optout, opt out, unsubscribe, customer service, cs, pobox, po box, t&c, t&cs, tcs, 18+, 16+
@money: £, $, €, usd, gbp, eur, cash, money, pounds, dollars, bitcoin, btc, eth, crypto, usdt, wallet, bank account, bank details, card details, iphone, ipad, holiday, vacation, cruise, shopping spree, mobile phone, camera, nokia, ringtone, ringtones, tones, credit, loan
rule scam 0.6 120: @prize @contact
rule scam 0.5 120: @prize @money
rule scam 0.5 160: @urgent @contact @channel
rule scam 0.4 160: @contact @channel @money
@account: your account, account, your bank, your card, your password, your wallet, your paypal, your apple id, your package, your parcel, delivery, your subscription, your netflix
@threat: suspended, locked, blocked, frozen, compromised, unusual activity, suspicious activity, unauthorized, unauthorised, will be closed, will be deleted, deactivated, on hold, failed, verify, verification required, confirm your identity, update your details, update your payment
rule scam 1.0 100: @account @threat @contact
phrase scam 1.0: double your bitcoin, double your crypto, send btc to receive, send eth to receive, crypto giveaway, elon musk giveaway, guaranteed returns, guaranteed profit, risk-free investment, 100% profit, investment opportunity, work from home and earn, earn money fast, make money fast, get rich quick, wire transfer fee, processing fee to release, nigerian prince, send me your password, send your password, share your otp, send me the code, send the code you received, seed phrase, recovery phrase, private key, official support team, telegram support team, admin will never dm, free entry, freemsg, free msg, please call our customer service, claim your prize, claim ur prize, you have been selected, u have won, you have won, ur awarded, urgent your mobile, valued customer, to claim call, to claim txt
phrase scam 1.0: ihr konto wurde gesperrt, verifizieren sie ihr konto, votre compte a ete suspendu, votre compte a été suspendu, verifiez votre compte, vérifiez votre compte, su cuenta ha sido suspendida, verifique su cuenta, il tuo account e stato sospeso, verifica il tuo account, sua conta foi suspensa, verifique sua conta, uw account is geblokkeerd, twoje konto zostalo zablokowane, ваш аккаунт заблокирован, подтвердите свой аккаунт, ваш рахунок заблоковано, hesabiniz askiya alindi, hesabınız askıya alındı, تم تعليق حسابك, आपका खाता बंद, 您的账户已被冻结, 账户异常, アカウントが停止, 계정이 정지

# ---------------------------------------------------------------- malware and intrusion requests
@malware: ransomware, malware, keylogger, key logger, trojan, rootkit, botnet, spyware, stalkerware, worm, virus, computer virus, backdoor, rat, remote access trojan, cryptojacker, crypto miner, infostealer, info stealer, credential stealer, password stealer, stealer, exploit, zero-day, zero day, 0day, shellcode, payload, reverse shell, ddos tool, ddos attack, ddos, phishing page, phishing kit, phishing site, phishing email, fake login page, sql injection attack, carding, card skimmer, skimmer
@malware: schadsoftware, logiciel malveillant, rançongiciel, software malicioso, programa malicioso, vírus, virus informatico, вредонос*, вирус, троян*, кейлоггер, шифровальщик, вірус, шкідлив*, zararli yazilim, zararlı yazılım, برمجيات خبيثة, فيروس, मैलवेयर, वायरस, 恶意软件, 病毒, 木马, 勒索软件, マルウェア, ウイルス, ランサムウェア, 악성코드, 랜섬웨어, 바이러스
@code: write, code, create, make, build, develop, program, generate, give me, script, design, craft, deploy, spread, distribute, infect, install
@code: schreib*, programmier*, erstelle*, ecris, écris, crée, cree, code, escribe, crea, programa, scrivi, crea, escreva, crie, schrijf, maak, napisz, stworz, stwórz, напиши, создай, сделай, напишіть, створи, yaz, olustur, oluştur, اكتب, أنشئ, लिखो, बनाओ, 写, 编写, 制作, 書い, 作成, 작성, 만들어
rule malware 1.0 60: @code @malware
@intrude: hack, hack into, hacking, break into, gain access to, bypass, crack, brute force, brute-force, steal, exfiltrate, take over, hijack, spy on, unauthorized access
@target: someone's account, someones account, someone's email, someone's phone, my ex's, my girlfriend's, my boyfriend's, my wife's, my husband's, their account, instagram account, facebook account, email account, gmail, wifi password, wi-fi password, neighbor's wifi, neighbours wifi, bank account, database, server, network, passwords, credentials, login, 2fa, two-factor, antivirus, firewall, security system, government, corporate network, webcam, iphone, android phone, whatsapp
rule malware 1.0 60: @howto @intrude @target
rule malware 0.6 60: @intrude @target
