//! Person names without an NER model: multilingual given-name and surname gazetteers
//! (one aho-corasick automaton), capitalisation, titles and self-introduction cues
//! ("my name is", "ich heiße", "je m'appelle", "меня зовут", "我叫", "제 이름은"...).

use super::Span;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

const GIVEN: &str = "James John Robert Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Jack Dennis Jerry Tyler Aaron Henry Adam Nathan Zachary Peter Kyle Ethan Noah Jeremy Christian Sean Austin Carl Harold Jordan Dylan Oliver Harry Charlie Alfie Freddie Arthur Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Julie Joyce Victoria Kelly Christina Lauren Joan Evelyn Olivia Judith Megan Cheryl Martha Andrea Hannah Jacqueline Ann Jean Alice Kathryn Gloria Teresa Sara Janice Doris Madison Julia Judy Abigail Sophia Isabella Amelia Charlotte Jessica Chloe Lucy Ella Mia Ava Grace Jane Tom Tim Mike Bob Jim Joe Dave Steve Chris Matt Dan Ben Sam Alex Nick Tony Kate Katie Jenny Anne Elena Sophie "
;
const GIVEN2: &str = "Hans Peter Klaus Jürgen Wolfgang Michael Thomas Andreas Stefan Frank Uwe Dieter Günter Horst Helmut Werner Manfred Bernd Ralf Karl Heinz Lukas Leon Finn Jonas Paul Felix Maximilian Elias Luca Noah Tobias Florian Sebastian Markus Matthias Ursula Monika Petra Sabine Renate Helga Karin Brigitte Ingrid Gisela Susanne Andrea Claudia Birgit Stefanie Nicole Katharina Julia Lena Lea Leonie Hannah Mia Emilia Marie Anja Jana Heike Gabriele Angelika Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Bernard Jacques François Éric Laurent Julien Sébastien Frédéric Olivier Thierry Mathieu Antoine Guillaume Louis Hugo Gabriel Raphaël Arthur Lucas Théo Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Monique Sandrine Sophie Céline Aurélie Camille Manon Chloé Léa Inès Jade Louise Zoé Margaux Élodie Amélie Brigitte Juliette Antonio José Manuel Francisco Juan Javier Carlos Jesús Alejandro Miguel Rafael Pedro Ángel Pablo Sergio Fernando Jorge Luis Alberto Álvaro Diego Adrián Raúl Enrique Ramón Andrés Rubén Iván Óscar Carmen Josefa Isabel Dolores Pilar Teresa Rosa Cristina Ana Marta Lucía Paula Elena Raquel Beatriz Rocío Silvia Patricia Alba Nuria Sofía Martina Irene Giuseppe Giovanni Mario Luigi Francesco Roberto Stefano Marco Andrea Alessandro Paolo Massimo Lorenzo Matteo Leonardo Davide Riccardo Federico Simone Fabio Luca Giulia Francesca Chiara Giorgia Alessia Valentina Federica Sara Martina Elisa Silvia Roberta Paola Giovanna Rita Angela Laura Daniela Jan Piet Kees Johannes Willem Hendrik Cornelis Gerrit Dirk Bram Daan Sem Lars Thijs Ruben Stijn Bas Joost Maarten Jeroen Sander Niels Femke Anouk Sanne Lotte Fleur Eva Iris Sanne Inge Marieke Ingrid Wilhelmina Johanna Cornelia Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Grzegorz Jakub Adam Łukasz Mateusz Kamil Wojciech Marek Stanisław Zbigniew Jerzy Tadeusz Ryszard Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Zofia Monika Natalia Karolina Justyna Beata Dorota João Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Luís Gabriel Rafael Daniel Marcelo Bruno Eduardo Felipe Rodrigo Gustavo Thiago Matheus Guilherme Leonardo Vinícius Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila Amanda Bruna Jéssica Letícia Larissa Mariana Beatriz Gabriela Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Emre Burak Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra Rahul Amit Raj Sanjay Vijay Suresh Ramesh Anil Sunil Arjun Aarav Vivaan Aditya Rohan Priya Pooja Anjali Neha Sunita Kavita Deepika Aisha Ananya Diya ";
const GIVEN_CYR: &str = "Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Артем Никита Владимир Николай Павел Роман Олег Денис Антон Игорь Юрий Виктор Василий Пётр Петр Константин Егор Кирилл Илья Тимур Анна Мария Елена Ольга Наталья Екатерина Татьяна Ирина Светлана Юлия Анастасия Марина Людмила Дарья Галина Валентина Надежда Виктория Ксения Алина Полина София Софья Вера Любовь Олександр Сергій Андрій Дмитро Олексій Іван Михайло Володимир Микола Василь Петро Юрій Тарас Богдан Остап Оксана Олена Наталія Тетяна Ірина Юлія Ганна Катерина Марія Людмила Галина Світлана ";
const SURNAMES: &str = "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Patterson Jordan Reynolds Hamilton Graham Wallace Cole West Stone Hunt Black Murray Palmer Mason Rose Dixon Shaw Gordon Burns Patel Shah Sharma Singh Kumar Gupta Khan Das Reddy Rao Iyer Mehta Joshi Verma Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Köhler Maier Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clement Gauthier Dumont Lopez Fontaine Chevalier Robin García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias Núñez Medina Garrido Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra Coppola Villa Jansen Bakker Visser Smit Meijer Boer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Smits Vermeulen Kok Jacobs Willems Berg Dam Vries Leeuwen Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicka Kowalska Wiśniewska Wójcik Kamińska Lewandowska Zielińska Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Федоров Морозов Волков Алексеев Лебедев Семёнов Семенов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Иванова Смирнова Кузнецова Попова Васильева Петрова Соколова Михайлова Новикова Федорова Морозова Волкова Шевченко Бондаренко Коваленко Бойко Ткаченко Кравченко Коваль Олійник Шевчук Поліщук Мельник Лисенко Савченко Руденко Мороз Марченко Петренко Клименко Павленко Кравчук ";

/// Japanese surnames (kanji), matched before a given name.
const JP_SURNAMES: &[&str] = &[
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "林",
    "斎藤",
    "清水",
    "山崎",
    "森",
    "池田",
    "橋本",
    "阿部",
    "石川",
    "山下",
    "中島",
    "石井",
    "小川",
    "前田",
    "岡田",
    "長谷川",
    "藤田",
    "後藤",
    "近藤",
    "村上",
    "遠藤",
    "青木",
    "坂本",
    "斉藤",
    "福田",
    "太田",
    "西村",
    "藤井",
    "金子",
    "岡本",
    "藤原",
    "三浦",
    "中野",
    "中川",
    "原田",
    "松田",
    "竹内",
    "小野",
    "田村",
    "中山",
    "和田",
    "石田",
    "森田",
    "上田",
    "原",
    "内田",
    "柴田",
    "酒井",
    "工藤",
    "横山",
    "宮崎",
    "宮本",
    "高木",
    "安藤",
    "谷口",
    "大野",
    "丸山",
    "今井",
    "河野",
    "藤本",
    "村田",
    "武田",
    "上野",
    "杉山",
    "増田",
    "小山",
    "大塚",
    "平野",
    "菅原",
    "久保",
    "松井",
    "千葉",
    "岩崎",
    "桜井",
    "木下",
    "野口",
    "松尾",
    "菊地",
    "野村",
    "新井",
    "渡部",
];

/// Chinese surnames.
const ZH_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
/// Korean title, role and kinship nouns said before the honorific 님 whose first syllable is
/// also a surname ([`KO_SURNAMES`]): "고객님" (customer), "사장님" (boss), "이모님" (aunt), "방장님"
/// (a chat room's owner). Not names. (Written for botwall from everyday Korean.)
const KO_TITLES: &[&str] = &[
    "고객",
    "고모",
    "고수",
    "이모",
    "이사",
    "박사",
    "기사",
    "기장",
    "원장",
    "차장",
    "전무",
    "소장",
    "국장",
    "반장",
    "방장",
    "위원",
    "신부",
    "선배",
    "선수",
    "선생",
    "주인",
    "주무관",
    "장모",
    "장인",
    "조카",
    "오빠",
    "남편",
    "여보",
    "여사",
    "도련",
    "서방",
    "서기",
    "변호사",
    "천사",
    "성도",
    "공주",
    "왕자",
    "한의사",
    "유저",
    "연구원",
    "진행자",
    "안내원",
    "배달원",
    "구독자",
    "구매자",
    "주문자",
    "판매자",
    "사장",
    "사모",
    "회장",
    "회원",
    "부장",
    "과장",
    "대리",
    "실장",
    "팀장",
    "대표",
    "작가",
    "감독",
    "목사",
    "교수",
    "의사",
    "약사",
    "교장",
    "점장",
    "관리자",
    "운영자",
    "담당자",
    "상담원",
    "상담사",
];

/// Korean surnames.
const KO_SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국";

/// Self-introduction cues and titles; the name follows. (cue, is_title)
const CUES: &[&str] = &[
    "my name is ",
    "my name's ",
    "name is ",
    "named ",
    "i am ",
    "i'm ",
    "this is ",
    "call me ",
    "calls me ",
    "called me ",
    "name: ",
    "attn: ",
    "attn ",
    "att: ",
    "c/o ",
    "dear ",
    "mr. ",
    "mr ",
    "mrs. ",
    "mrs ",
    "ms. ",
    "ms ",
    "dr. ",
    "miss ",
    "signed ",
    "mein name ist ",
    "ich heiße ",
    "ich heisse ",
    "ich bin ",
    "herr ",
    "frau ",
    "name ist ",
    "je m'appelle ",
    "je m’appelle ",
    "mon nom est ",
    "je suis ",
    "m. ",
    "mme ",
    "mlle ",
    "me llamo ",
    "mi nombre es ",
    "soy ",
    "sr. ",
    "sra. ",
    "señor ",
    "señora ",
    "don ",
    "doña ",
    "mi chiamo ",
    "il mio nome è ",
    "sono ",
    "sig. ",
    "sig.ra ",
    "signor ",
    "signora ",
    "ik heet ",
    "mijn naam is ",
    "ik ben ",
    "dhr. ",
    "mevr. ",
    "nazywam się ",
    "mam na imię ",
    "jestem ",
    "pan ",
    "pani ",
    "meu nome é ",
    "me chamo ",
    "eu sou ",
    "sou o ",
    "sou a ",
    "меня зовут ",
    "моё имя ",
    "мое имя ",
    "я — ",
    "мене звати ",
    "моє ім'я ",
    "господин ",
    "госпожа ",
    "г-н ",
    "г-жа ",
    "benim adım ",
    "adım ",
    "ben ",
    "sayın ",
    "bay ",
    "bayan ",
    "मेरा नाम ",
];
const CJK_CUES: &[&str] = &[
    "我叫",
    "我的名字是",
    "我是",
    "名字叫",
    "私の名前は",
    "私は",
    "僕は",
    "わたしは",
    "저는 ",
    "제 이름은 ",
    "내 이름은 ",
    "저는",
    "제 이름은",
];

/// English weekdays and months (capitalised): no name alone (April, May, June and August are
/// given names too: [`super::namemodel`] still scores those).
pub(super) const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const STOP: &[&str] = &[
    "The", "A", "An", "I", "And", "But", "Or", "So", "If", "My", "Your", "Our", "We", "You", "He",
    "She", "They", "It", "This", "That", "In", "On", "At", "To", "From", "With", "For", "Street",
    "Road", "Avenue", "Bank", "Inc", "Ltd", "GmbH", "Co", "Is", "Was", "Are", "Has", "Will", "Can",
    "Not", "No", "Yes", "Ok", "OK", "Thanks", "Hi", "Hello", "Please", "Here", "There", "Und",
    "Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Il", "De", "Het", "Een", "Und", "Und",
    "Ich", "Je", "Yo", "Io", "Ik", "Ja", "Я", "И", "В", "На", "Не", "Он", "Она", "Мы", "Вы", "Это",
];

/// Words that make "Victoria Station" or "Jordan River" a place, not a person.
const PLACE_WORDS: &[&str] = &[
    "Station",
    "Street",
    "Road",
    "Avenue",
    "Square",
    "Park",
    "Bridge",
    "Airport",
    "Hotel",
    "University",
    "College",
    "School",
    "Hospital",
    "Church",
    "Lake",
    "River",
    "Mountain",
    "Bay",
    "Island",
    "City",
    "County",
    "Falls",
    "Hall",
    "Center",
    "Centre",
    "Museum",
    "Tower",
    "Garden",
    "Gardens",
    "Line",
    "Club",
    "Cup",
    "Prize",
    "Award",
    "Day",
    "Street",
    "Watch",
    "Pro",
    "Max",
    "Plus",
    "Mini",
    "Air",
    "Ltd",
    "Inc",
    "Bahnhof",
    "Straße",
    "Platz",
    "Gare",
    "Rue",
    "Place",
    "Calle",
    "Plaza",
    "Via",
    "Piazza",
    "Stazione",
];

/// Surname endings (Slavic, Baltic, Greek, Armenian, Georgian, Romanian, Turkish, Italian,
/// Spanish, Nordic, German) that mark a capitalised word next to another as a name.
const SURNAME_SUFFIXES: &[&str] = &[
    "ski",
    "ska",
    "cki",
    "cka",
    "dzki",
    "dzka",
    "wicz",
    "owicz",
    "ewicz",
    "czyk",
    "czak",
    "niak",
    "enko",
    "chuk",
    "czuk",
    "iuk",
    "yuk",
    "ov",
    "ova",
    "ev",
    "eva",
    "ovich",
    "evich",
    "ović",
    "vić",
    "oğlu",
    "ioğlu",
    "ez",
    "ini",
    "elli",
    "etti",
    "ucci",
    "acci",
    "otti",
    "eira",
    "eiro",
    "sson",
    "sen",
    "mann",
    "stein",
    "berg",
    "poulos",
    "idis",
    "akis",
    "escu",
    "yan",
    "ian",
    "shvili",
    "dze",
    "ов",
    "ова",
    "ев",
    "ева",
    "ёв",
    "ёва",
    "ин",
    "ина",
    "ын",
    "ына",
    "ский",
    "ская",
    "цкий",
    "цкая",
    "енко",
    "ко",
    "ук",
    "юк",
    "чук",
    "ич",
    "вич",
    "вна",
    "чна",
    "ян",
    "швили",
    "ий",
    "ая",
    "ів",
    "ова",
];

pub(super) fn name_shaped(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && cs.all(|c| c.is_lowercase() || c == '\'' || c == '-')
        && !stop_or_place(w)
}

/// `STOP` or `PLACE_WORDS` (hash lookup instead of two linear scans).
pub(super) fn stop_or_place(w: &str) -> bool {
    static SET: LazyLock<super::util::WordSet> = LazyLock::new(|| {
        STOP.iter()
            .chain(CALENDAR)
            .chain(PLACE_WORDS)
            .copied()
            .collect()
    });
    SET.contains(w)
}

/// Last bytes of the surname suffixes (bit per byte value): a word whose lower-cased
/// form ends in another byte has none of them.
static SUFFIX_LAST: LazyLock<[u64; 4]> = LazyLock::new(|| {
    let mut t = [0u64; 4];
    for s in SURNAME_SUFFIXES {
        if let Some(&l) = s.as_bytes().last() {
            if let Some(x) = t.get_mut(usize::from(l >> 6)) {
                *x |= 1 << (l & 63);
            }
        }
    }
    t
});

/// Whether `w` (as written) is a surname of the person detector's own gazetteer
/// ([`SURNAMES`]: "Kowalczyk", "Yılmaz", "Иванов").
pub(super) fn gazetteer_surname(w: &str) -> bool {
    static SET: LazyLock<super::util::WordSet> =
        LazyLock::new(|| SURNAMES.split_whitespace().collect());
    SET.contains(w)
}

/// Whether `w` (as written) is a given name of the person detector's own gazetteer
/// ("Małgorzata", "Mehmet", "Мария").
pub(super) fn gazetteer_given(w: &str) -> bool {
    static SET: LazyLock<super::util::WordSet> = LazyLock::new(|| {
        GIVEN
            .split_whitespace()
            .chain(GIVEN2.split_whitespace())
            .chain(GIVEN_CYR.split_whitespace())
            .collect()
    });
    SET.contains(w)
}

pub(super) fn surname_like(w: &str) -> bool {
    if w.chars().count() < 4 {
        return false;
    }
    // an ASCII last letter is lower-cased on its own: its lower case is the last byte
    if let Some(&l) = w.as_bytes().last() {
        if l.is_ascii_alphabetic() {
            let l = l.to_ascii_lowercase();
            if SUFFIX_LAST
                .get(usize::from(l >> 6))
                .is_none_or(|x| x & (1 << (l & 63)) == 0)
            {
                return false;
            }
        }
    }
    // only the end of the lower-cased word is compared: the lower case of its last
    // `SUFFIX_BYTES` characters (each lower-cases to a byte or more, so that holds every
    // suffix's bytes), on the stack; `str::to_lowercase` maps each character on its own
    // but for a capital sigma, whose words take the whole-word path
    let tail_start = w
        .char_indices()
        .rev()
        .nth(SUFFIX_BYTES - 1)
        .map_or(0, |(k, _)| k);
    let tail = w.get(tail_start..).unwrap_or(w);
    let mut buf = [0u8; 4 * 3 * SUFFIX_BYTES];
    let mut n = 0usize;
    let short = !tail.contains('\u{3A3}')
        && tail.chars().flat_map(char::to_lowercase).all(|c| {
            match buf.get_mut(n..n + c.len_utf8()) {
                Some(dst) => {
                    n += c.encode_utf8(dst).len();
                    true
                }
                None => false,
            }
        });
    let whole;
    let lw: &[u8] = match buf.get(..n) {
        Some(b) if short => b,
        _ => {
            whole = w.to_lowercase();
            whole.as_bytes()
        }
    };
    // (only the suffixes ending in the word's last byte are compared)
    lw.last()
        .and_then(|&l| SUFFIXES_BY_LAST.get(usize::from(l)))
        .is_some_and(|v| v.iter().any(|s| lw.ends_with(s)))
}

/// [`SURNAME_SUFFIXES`] by their last byte.
static SUFFIXES_BY_LAST: LazyLock<Vec<Vec<&'static [u8]>>> = LazyLock::new(|| {
    let mut t = vec![Vec::new(); 256];
    for s in SURNAME_SUFFIXES {
        if let Some(v) = s.as_bytes().last().and_then(|&l| t.get_mut(usize::from(l))) {
            v.push(s.as_bytes());
        }
    }
    t
});

/// The longest surname suffix in bytes (see [`surname_like`]; a test checks it).
const SUFFIX_BYTES: usize = 10;

/// Start offsets and characters of the upper-case letters of `text`, found by a byte
/// test (ASCII upper case, or a non-ASCII lead byte whose character is upper case): eight
/// bytes at a time, a mask of the bytes in `A`-`Z` or >= 0xC0, then only those bytes.
/// Also returns the offsets of the three-byte UTF-8 lead bytes of the CJK, kana and
/// Hangul blocks (E3..ED), which it passes too ([`cjk_runs`] starts from them).
pub(super) fn upper_chars(text: &str) -> (Vec<(usize, char)>, Vec<usize>) {
    use super::util::{bytes_in, chunks8, chunks8_end, lead_bytes};
    let b = text.as_bytes();
    // (room for chat's share of capitals and CJK leads up front: growing a vector one
    // doubling at a time copied it over and over)
    let mut v = Vec::with_capacity(b.len() / 16 + 4);
    let mut cjk = Vec::with_capacity(b.len() / 32 + 4);
    // (a function the compiler inlines into both loops: a closure was called)
    #[inline(always)]
    fn look(b: &[u8], v: &mut Vec<(usize, char)>, cjk: &mut Vec<usize>, i: usize) {
        let x = b.get(i).copied().unwrap_or(0);
        if x.is_ascii_uppercase() {
            v.push((i, char::from(x)));
        } else if x >= 0xC0 {
            if (0xE3..=0xED).contains(&x) {
                cjk.push(i);
            }
            let y = b.get(i + 1).copied().unwrap_or(0);
            let upper = match lead_upper(x, y) {
                Some(false) => None,
                // (the two-byte characters the fast path settles: decoded from the bytes)
                Some(true) => char::from_u32(u32::from(x & 0x1F) << 6 | u32::from(y & 0x3F)),
                None => super::util::char_at(b, i).filter(|&c| is_upper(c)),
            };
            if let Some(c) = upper {
                v.push((i, c));
            }
        }
    }
    for (i, x) in chunks8(b) {
        let mut leads = lead_bytes(x);
        if leads != 0 {
            leads &= !lower_cyrillic(x);
        }
        let mut m = bytes_in(x, b'A', b'Z') | leads;
        while m != 0 {
            look(b, &mut v, &mut cjk, i + (m.trailing_zeros() / 8) as usize);
            m &= m - 1;
        }
    }
    let mut i = chunks8_end(b);
    while i < b.len() {
        look(b, &mut v, &mut cjk, i);
        i += 1;
    }
    (v, cjk)
}

/// The lead bytes of lower-case basic Cyrillic letters in the eight bytes `x` (D0 B0..BF,
/// D1 80..9F: U+0430..U+045F), as a mask with 0x80 set in each, in the first seven lanes
/// (the last one's next byte is in the next chunk): [`upper_chars`] skips them.
fn lower_cyrillic(x: u64) -> u64 {
    use super::util::bytes_eq;
    const HIGH: u64 = (u64::MAX / 255) * 0x80;
    // the byte after each lane, in that lane (the top lane gets zero); after D0 or D1 it
    // is a continuation byte 10xx_yyyy, whose bits 5 and 4 (moved to the lane's high
    // bit) tell B0..BF (both set) and 80..9F (bit 5 clear)
    let next = x >> 8;
    let (b5, b4) = ((next << 2) & HIGH, (next << 3) & HIGH);
    ((bytes_eq(x, 0xD0) & b5 & b4) | (bytes_eq(x, 0xD1) & !b5)) & (HIGH >> 8)
}

/// Whether the character whose UTF-8 lead byte is `x` and next byte `y` is upper case,
/// from the two bytes alone where they settle it: Latin-1 letters (C3), basic Cyrillic
/// (D0, D1 up to U+045F), and the caseless CJK ideographs and Hangul syllables
/// (E4..E9, EB..ED: U+4000..U+9FFF, U+B000..U+D7FF); `None` for the rest (decode it).
/// `Some(true)` only for two-byte characters.
fn lead_upper(x: u8, y: u8) -> Option<bool> {
    match x {
        0xC3 => Some(y < 0x9F && y != 0x97),
        0xD0 => Some(y < 0xB0),
        0xD1 if y < 0xA0 => Some(false),
        0xE4..=0xE9 | 0xEB..=0xED => Some(false),
        _ => None,
    }
}

/// `char::is_uppercase` with fast paths for Latin-1, basic Cyrillic and caseless CJK,
/// kana and Hangul; same results.
fn is_upper(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{DE}' => c != '\u{D7}',
        '\u{DF}'..='\u{FF}' | '\u{430}'..='\u{45F}' => false,
        '\u{400}'..='\u{42F}' => true,
        '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}' => false,
        _ => c.is_uppercase(),
    }
}

fn morph_char(c: char) -> bool {
    super::util::is_alpha(c) || c == '\'' || c == '-'
}

/// End of the run of letters, `'` and `-` starting at `s`.
/// (ASCII bytes are tested directly, lead bytes all of whose characters are letters
/// ([`super::util::is_letter_lead`]) skip their character; other characters are decoded.)
fn morph_end(text: &str, s: usize) -> usize {
    // ASCII letters, `'` and `-`: gone over eight bytes per load
    #[allow(clippy::indexing_slicing)] // evaluated by the compiler, never at run time
    static MORPH_ASCII: [bool; 256] = {
        let mut t = [false; 256];
        let mut i = 0;
        while i < 256 {
            let c = i as u8;
            t[i] = c.is_ascii_alphabetic() || c == b'\'' || c == b'-';
            i += 1;
        }
        t
    };
    let b = text.as_bytes();
    let mut i = s;
    while let Some(rel) = super::util::position_in(b, i, &MORPH_ASCII, false) {
        i += rel;
        let Some(&x) = b.get(i) else {
            break;
        };
        if x < 0x80 {
            return i;
        } else if super::util::is_letter_lead(x) {
            // (two-byte leads below 0xE0, three-byte ones from it)
            i += if x < 0xE0 { 2 } else { 3 };
        } else {
            match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if morph_char(c) => i += c.len_utf8(),
                _ => return i,
            }
        }
    }
    text.len().max(s)
}

/// The byte loop [`morph_end`] replaced (its tests compare the two).
#[cfg(test)]
fn morph_end_bytewise(text: &str, s: usize) -> usize {
    let b = text.as_bytes();
    let mut i = s;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            if !(x.is_ascii_alphabetic() || x == b'\'' || x == b'-') {
                return i;
            }
            i += 1;
        } else if super::util::is_letter_lead(x) {
            i += if x < 0xE0 { 2 } else { 3 };
        } else {
            match text.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if morph_char(c) => i += c.len_utf8(),
                _ => return i,
            }
        }
    }
    text.len().max(s)
}

/// The offset of the first space at or after `from` (`b.len()` when there is none), eight
/// bytes at a time.
pub(super) fn first_space(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(x) = super::util::chunk8(b, i) {
        let m = super::util::bytes_eq(x, b' ');
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    b.get(i..)
        .and_then(|r| r.iter().position(|&x| x == b' '))
        .map_or(b.len(), |k| i + k)
}

/// Two name-shaped words where one has a surname ending. Words are runs of letters, `'`
/// and `-`; a pair is two words with one space between them. Both must start with an
/// upper-case letter (see `name_shaped`), so only words starting at one are looked at.
fn morphology(text: &str, ups: &[(usize, char)], out: &mut Vec<Span>) {
    // the first space at or after the last word start looked at (`ups` is in order: it
    // moves forward only, one pass over the text in all), `b.len()` when there is none
    let b = text.as_bytes();
    let mut space = None::<usize>;
    // `ups[next]` is the first upper-case letter at or after the last `sp + 1` (the
    // spaces move forward only): an upper-case letter follows `sp` exactly when it is
    // there (`ups` holds them all)
    let mut next = 0usize;
    for &(a0, _) in ups {
        if glued(text, a0) {
            continue;
        }
        // a pair's space is the first one after `a0` (its first word holds none) and an
        // upper-case letter follows it: else no pair starts here (no scan of the word)
        let sp = match space {
            Some(sp) if sp >= a0 => sp,
            _ => first_space(b, a0),
        };
        space = Some(sp);
        while ups.get(next).is_some_and(|&(p, _)| p <= sp) {
            next += 1;
        }
        if ups.get(next).is_none_or(|&(p, _)| p != sp + 1) {
            continue;
        }
        out.extend(surname_pair(text, a0));
    }
}

/// [`morphology`] without the space test (its tests compare the two).
#[cfg(test)]
fn morphology_reference(text: &str, ups: &[(usize, char)], out: &mut Vec<Span>) {
    for &(a0, _) in ups {
        if glued(text, a0) {
            continue;
        }
        out.extend(surname_pair(text, a0));
    }
}

/// Whether the word starting at `a0` is glued to a letter, apostrophe or hyphen before it
/// (then no name pair starts there; an ASCII byte before is tested directly).
fn glued(text: &str, a0: usize) -> bool {
    match a0.checked_sub(1).and_then(|k| text.as_bytes().get(k)) {
        None => false,
        Some(&p) if p < 0x80 => p.is_ascii_alphabetic() || p == b'\'' || p == b'-',
        Some(_) => super::util::prev_char(text, a0).is_some_and(morph_char),
    }
}

/// The name pair starting at `a0`: two name-shaped words one space apart, one of them
/// surname-like, the first not a function word of another language.
fn surname_pair(text: &str, a0: usize) -> Option<Span> {
    let a1 = morph_end(text, a0);
    let b0 = a1 + 1;
    if text.get(a1..b0) != Some(" ") || !super::util::next_char(text, b0).is_some_and(is_upper) {
        return None;
    }
    let b1 = morph_end(text, b0);
    let (wa, wb) = (
        text.get(a0..a1).unwrap_or(""),
        text.get(b0..b1).unwrap_or(""),
    );
    // (not after another language's function word: "Welcher Schleifstein", "Unser Bergmann")
    (name_shaped(wa)
        && name_shaped(wb)
        && (surname_like(wb) || surname_like(wa))
        && !super::english::function_word(wa))
    .then_some(Span {
        kind: "PERSON",
        start: a0,
        end: b1,
        score: 0.6,
    })
}

struct Gaz {
    ac: aho_corasick::dfa::DFA,
    /// true for given names, false for surnames
    given: Vec<bool>,
    /// First characters of all patterns (sorted), when every pattern starts with an
    /// upper-case letter and is made of word characters only: then a match that can count
    /// starts at a word start with one of these characters, no match can overlap such a
    /// start, and anchored searches there give the same matches as the full search.
    firsts: Option<Vec<char>>,
    /// Hashed first three bytes of every pattern (bit set = some pattern may start with
    /// those bytes), when every pattern has three bytes: a position whose next three bytes
    /// hash to a clear bit starts no match, without an automaton search.
    heads: Option<Box<[u64; 256]>>,
}

impl Gaz {
    /// False when no pattern can start at `i` (the three bytes there are no pattern's
    /// first three); true otherwise (the automaton decides).
    fn may_start(&self, b: &[u8], i: usize) -> bool {
        let Some(heads) = self.heads.as_deref() else {
            return true;
        };
        let Some(&[x, y, z]) = b.get(i..i + 3) else {
            // fewer than three bytes left: no pattern fits
            return false;
        };
        super::util::has_head(heads, x, y, z)
    }
}

static GAZ: LazyLock<Option<Gaz>> = LazyLock::new(|| {
    let mut pats: Vec<&str> = Vec::new();
    let mut given = Vec::new();
    for w in GIVEN
        .split_whitespace()
        .chain(GIVEN2.split_whitespace())
        .chain(GIVEN_CYR.split_whitespace())
    {
        pats.push(w);
        given.push(true);
    }
    for w in SURNAMES.split_whitespace() {
        pats.push(w);
        given.push(false);
    }
    let ac = aho_corasick::dfa::DFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(aho_corasick::StartKind::Both)
        .build(&pats)
        .ok()?;
    let simple = pats.iter().all(|p| {
        p.chars().next().is_some_and(char::is_uppercase) && p.chars().all(super::util::is_word)
    });
    let firsts = simple.then(|| {
        let mut f: Vec<char> = pats.iter().filter_map(|p| p.chars().next()).collect();
        f.sort_unstable();
        f.dedup();
        f
    });
    let heads = super::util::head_table(pats.iter().map(|p| p.as_bytes()));
    Some(Gaz {
        ac,
        given,
        firsts,
        heads,
    })
});

/// The self-introduction cues and titles.
pub(super) static CUE_AC: LazyLock<Option<super::util::Bigram>> = LazyLock::new(|| {
    let pats: Vec<String> = CUES
        .iter()
        .chain(CJK_CUES)
        .map(|s| (*s).to_string())
        .collect();
    super::util::Bigram::new(&pats, true, MatchKind::LeftmostLongest)
});

pub(super) fn cap_word(text: &str, s: usize) -> Option<usize> {
    let rest = text.get(s..)?;
    let mut it = rest.char_indices();
    let (_, c0) = it.next()?;
    if !c0.is_uppercase() {
        return None;
    }
    let mut end = c0.len_utf8();
    let mut lower_seen = false;
    for (i, c) in it {
        if c.is_alphabetic() || c == '\'' || c == '-' {
            lower_seen |= c.is_lowercase();
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    let w = rest.get(..end)?;
    (lower_seen && !stop_or_place(w)).then_some(s + end)
}

/// Whether `text[s..e]`, right after a weak CJK cue ("我是", "私は", "저는"), looks like a
/// name: Chinese, a listed surname and one or two more characters, at the end of a clause;
/// Japanese, a listed surname (the rest of the name may follow) before "です", "と申します" or
/// "といいます"; Korean, three syllables from a listed surname before a copula ("입니다",
/// "이에요", "예요", "이라고", "라고") or a punctuation mark.
fn weak_cjk_name(text: &str, s: usize, e: usize) -> bool {
    let name = text.get(s..e).unwrap_or("");
    let after = text.get(e..).unwrap_or("");
    let clause_end = |r: &str| {
        r.chars()
            .next()
            .is_none_or(|c| !(is_han(c) || is_hangul(c) || c.is_alphanumeric()))
    };
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let count = name.chars().count();
    if first.is_ascii() {
        return false;
    }
    if is_hangul(first) {
        let copula = ["입니다", "이에요", "예요", "이라고", "라고", "이고", "이며"];
        // (a space may be followed by a verb: "저는 서울에 살아요")
        let end = after
            .chars()
            .next()
            .is_none_or(|c| c != ' ' && clause_end(after));
        return count == 3
            && KO_SURNAMES.contains(first)
            && (end || copula.iter().any(|c| after.starts_with(c)));
    }
    let jp_end = ["です", "と申します", "といいます", "と言います"];
    if JP_SURNAMES.iter().any(|j| name.starts_with(j)) {
        let (mut rest, mut k) = (after, 0);
        // (the given name may run on in kana or Han past the four characters taken)
        while let Some(c) = rest.chars().next() {
            if jp_end.iter().any(|x| rest.starts_with(x)) || k >= 4 {
                break;
            }
            rest = rest.get(c.len_utf8()..).unwrap_or("");
            k += 1;
        }
        if jp_end.iter().any(|x| rest.starts_with(x)) {
            return true;
        }
    }
    (2..=3).contains(&count) && ZH_SURNAMES.contains(first) && clause_end(after)
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}
fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn bounded_before(text: &str, s: usize) -> bool {
    !super::util::prev_char(text, s).is_some_and(char::is_alphanumeric)
}

/// Extends a name starting at `s` over up to `max` capitalised words; returns the end.
fn extend_caps(text: &str, s: usize, max: usize) -> Option<usize> {
    let mut end = cap_word(text, s)?;
    for _ in 1..max {
        let rest = text.get(end..).unwrap_or("");
        if !rest.starts_with(' ') {
            break;
        }
        match cap_word(text, end + 1) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

fn push(out: &mut Vec<Span>, s: usize, e: usize, score: f32) {
    out.push(Span {
        kind: "PERSON",
        start: s,
        end: e,
        score,
    });
}

/// Finds person names.
pub fn find(text: &str, out: &mut Vec<Span>) {
    find_with(text, None, out);
}

/// [`find`] given the cue automaton's candidate positions when the caller found them
/// (see [`super::util::BigramPair`]).
pub fn find_with(text: &str, cue_cands: Option<&[usize]>, out: &mut Vec<Span>) {
    find_with_model(text, cue_cands, out, Model::On);
}

/// What [`find_with_model`] does with the learned single-name rule ([`super::namemodel`]).
pub(super) enum Model<'a> {
    /// Off (`pii.person_model: false`).
    Off,
    /// On.
    On,
    /// Off, and its candidates with their feature ids written here, as the rule sees them
    /// when on (for training: `botwall person-features`); the steps after it do not run.
    Dump(&'a mut Vec<(usize, usize, Vec<u32>)>),
}

/// [`find_with`], with the learned single-name rule ([`super::namemodel`]) or without it.
pub(super) fn find_with_model(
    text: &str,
    cue_cands: Option<&[usize]>,
    out: &mut Vec<Span>,
    model: Model<'_>,
) {
    // Every name this detector reports starts with a capital letter or is CJK/Hangul/kana
    // text: an ASCII text without A-Z cannot hold one (most short chat, callback data).
    if !text.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return;
    }
    let first = out.len();
    // 1. cues
    if let Some(ac) = CUE_AC.as_ref() {
        let cues = match cue_cands {
            Some(c) => ac.find_all_in(text, c),
            None => ac.find_all(text),
        };
        for m in cues {
            if !bounded_before(text, m.start()) {
                continue;
            }
            // (a form's "Name:" may be followed by more blanks)
            let s = m.end()
                + text
                    .get(m.end()..)
                    .map_or(0, |r| r.len() - r.trim_start_matches([' ', '\t']).len());
            let idx = m.pattern().as_usize();
            let cue = CUES.get(idx).copied().unwrap_or("");
            let weak = matches!(
                cue.trim_end(),
                "i am"
                    | "i'm"
                    | "this is"
                    | "ich bin"
                    | "je suis"
                    | "soy"
                    | "sono"
                    | "ik ben"
                    | "jestem"
                    | "eu sou"
                    | "ben"
                    | "adım"
                    | "don"
                    | "named"
            );
            let next = text.get(s..).and_then(|r| r.chars().next());
            // a CJK cue, or a firm one of the other scripts before a name written in Han or
            // Hangul ("my name is 이현정", "name: 张淑兰")
            let cjk = idx >= CUES.len() || !weak && next.is_some_and(|c| is_han(c) || is_hangul(c));
            // a cue must be followed by a capitalised word (Latin/Cyrillic) or CJK text
            if !cjk && !next.is_some_and(char::is_uppercase) {
                continue;
            }
            if cjk {
                let rest = text.get(s..).unwrap_or("").trim_start();
                let s2 = s + text.get(s..).map_or(0, |r| r.len() - r.trim_start().len());
                let mut n = 0;
                let mut e = s2;
                for (i, c) in rest.char_indices() {
                    if (is_han(c) || is_hangul(c) || c == ' ' && n > 0 && n < 3) && n < 4 {
                        if c != ' ' {
                            n += 1;
                        }
                        e = s2 + i + c.len_utf8();
                    } else {
                        break;
                    }
                }
                let e = s2 + text.get(s2..e).map_or(0, |x| x.trim_end().len());
                // Korean: drop a trailing particle/copula syllable
                let name = text.get(s2..e).unwrap_or("");
                let e = if name.chars().all(is_hangul) && name.chars().count() == 4 {
                    e - 3
                } else {
                    e
                };
                // the weak cues ("I am", "I" as a topic: "我是学生", "私は東京に住んでいます",
                // "저는 학생입니다") before what a name looks like only
                let cjk_cue = CJK_CUES.get(idx.wrapping_sub(CUES.len())).copied();
                let weak_cjk = matches!(
                    cjk_cue,
                    Some("我是" | "私は" | "僕は" | "わたしは" | "저는 " | "저는")
                );
                if n >= 2 && (!weak_cjk || weak_cjk_name(text, s2, e)) {
                    push(out, s2, e, 0.85);
                }
                continue;
            }
            if let Some(e) = extend_caps(text, s, 3) {
                let known = GAZ.as_ref().is_some_and(|g| {
                    super::util::find_first(&g.ac, text.get(s..e).unwrap_or("")).is_some()
                });
                let multi = text.get(s..e).is_some_and(|x| x.contains(' '));
                let score = if !weak {
                    0.85
                } else if known || multi {
                    0.7
                } else {
                    0.4
                };
                push(out, s, e, score);
            }
        }
    }
    // upper-case letters, for the gazetteer and the morphology pairs (both start there)
    let (ups, cjk_leads) = upper_chars(text);
    // 2. gazetteer: a known given name or surname next to another capitalised word
    if let Some(g) = GAZ.as_ref() {
        let mut last_end = 0;
        for m in gaz_matches(g, text, &ups) {
            let (s, e) = (m.start(), m.end());
            if s < last_end || !super::util::word_bounded(text, s, e) {
                continue;
            }
            let is_given = g
                .given
                .get(m.pattern().as_usize())
                .copied()
                .unwrap_or(false);
            let rest = text.get(e..).unwrap_or("");
            if is_given {
                if rest.starts_with(' ') {
                    if let Some(end) = extend_caps(text, e + 1, 2) {
                        push(out, s, end, 0.8);
                        last_end = end;
                        continue;
                    }
                }
                push(out, s, e, 0.35);
            } else {
                // Capitalised word + surname
                let before = text.get(..s).unwrap_or("");
                if let Some(prev) = before.strip_suffix(' ') {
                    let ws = prev
                        .rfind(|c: char| !c.is_alphabetic() && c != '-')
                        .map_or(0, |i| {
                            i + prev
                                .get(i..)
                                .and_then(|x| x.chars().next())
                                .map_or(1, char::len_utf8)
                        });
                    // (not a greeting's word: "Buenos Dias", where Dias is a surname; not
                    // another language's function word: "Mein Koch", "Welcher Weber")
                    let first = prev.get(ws..).unwrap_or("");
                    if cap_word(text, ws) == Some(prev.len())
                        && !super::english::formula_word(first)
                        && !super::english::function_word(first)
                    {
                        push(out, ws, e, 0.75);
                        last_end = e;
                        continue;
                    }
                }
                push(out, s, e, 0.3);
            }
        }
    }
    // 2b. full names from the US Census lists
    super::census::find(text, &ups, out);
    super::census::inverted_names(text, &ups, out);
    // 2c. capitalised words no English dictionary knows, in English text
    super::english::find(text, &ups, out);
    // 2d. names alone on a line of a contact block, beside a finding of another kind
    if first > 0 {
        super::english::contact_lines(text, out, first);
    }
    // middle initials inside the names found so far
    with_initials(text, out.get_mut(first..).unwrap_or(&mut []));
    // 3. CJK full names with a known surname
    cjk_names(text, &cjk_leads, out);
    // 4. surname morphology (pairs start at upper-case letters: none, nothing to do)
    if !ups.is_empty() {
        morphology(text, &ups, out);
    }
    // 5. single names the learned model scores high enough
    match model {
        Model::On if !ups.is_empty() => super::namemodel::find(text, &ups, out, first),
        Model::Dump(v) => {
            *v = super::namemodel::dump(text, &ups, out, first);
            return;
        }
        _ => {}
    }
    // 6. the other half of a name a rule found half of
    super::english::join_neighbours(text, out.get_mut(first..).unwrap_or(&mut []));
    // 7. what the words around the findings say: companies, streets, places, titles out;
    // coordinated names, speaker labels and other mentions of a found name in
    super::name_context::apply(text, out, first);
}

/// Middle initials: a name found as "Anđa" or "Tomić" in "Anđa L. Tomić" (or "Ines R
/// Becker") is extended over the initial and the capitalised word on its other side; a
/// given name alone (0.35) so extended counts as a full name (0.75).
fn with_initials(text: &str, spans: &mut [Span]) {
    for sp in spans.iter_mut() {
        let mut grown = false;
        if let Some(e) = initial_then_word(text, sp.end) {
            sp.end = e;
            grown = true;
        }
        if let Some(s) = word_then_initial(text, sp.start) {
            sp.start = s;
            grown = true;
        }
        if grown {
            sp.score = sp.score.max(0.75);
        }
    }
}

/// `" X. Word"` / `" X Word"` at `at` (X one upper-case letter): the end of `Word`.
fn initial_then_word(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix(' ')?;
    let c = rest.chars().next().filter(|c| c.is_uppercase())?;
    let after = rest.get(c.len_utf8()..)?;
    let after = after.strip_prefix('.').unwrap_or(after);
    let after = after.strip_prefix(' ')?;
    cap_word(text, text.len() - after.len())
}

/// `"Word X. "` / `"Word X "` right before `at`: the start of `Word`.
fn word_then_initial(text: &str, at: usize) -> Option<usize> {
    let b = text.get(..at)?.strip_suffix(' ')?;
    let b = b.strip_suffix('.').unwrap_or(b);
    let c = b.chars().next_back().filter(|c| c.is_uppercase())?;
    let b = b.get(..b.len() - c.len_utf8())?.strip_suffix(' ')?;
    let ws = super::util::last_word_start(b)?;
    (cap_word(text, ws) == Some(b.len())).then_some(ws)
}

/// `c` is in the sorted `firsts` (which hold upper-case letters only: other ASCII
/// characters are out without a search).
fn is_first(firsts: &[char], c: char) -> bool {
    if c.is_ascii() {
        // one bit per upper-case ASCII letter that starts a pattern
        static ASCII: LazyLock<u32> = LazyLock::new(|| {
            GAZ.as_ref().and_then(|g| g.firsts.as_ref()).map_or(0, |f| {
                f.iter()
                    .filter(|c| c.is_ascii_uppercase())
                    .fold(0, |m, c| m | 1 << (u32::from(*c) - u32::from('A')))
            })
        });
        return c.is_ascii_uppercase() && *ASCII & (1 << (u32::from(c) - u32::from('A'))) != 0;
    }
    firsts.binary_search(&c).is_ok()
}

/// The gazetteer's leftmost-longest matches in `text`, in order: anchored searches at word
/// starts with a possible first character when the patterns allow it (see [`Gaz`]),
/// else the automaton's own iteration. Non-overlapping matches that start inside a word
/// are left out of the first form; the caller skips them anyway (not word-bounded).
fn gaz_matches(g: &Gaz, text: &str, ups: &[(usize, char)]) -> Vec<aho_corasick::Match> {
    let Some(firsts) = g.firsts.as_ref() else {
        return super::util::find_iter(&g.ac, text);
    };
    // the patterns start with upper-case letters: only those positions can start one
    let mut v = Vec::new();
    let mut cursor = 0usize;
    for &(i, c) in ups {
        if i >= cursor
            && is_first(firsts, c)
            && g.may_start(text.as_bytes(), i)
            && !super::util::prev_char(text, i).is_some_and(super::util::is_word)
        {
            if let Some(m) = super::util::anchored_match(&g.ac, text.as_bytes(), i) {
                cursor = m.end();
                v.push(m);
            }
        }
    }
    v
}

/// Maximal runs of non-ASCII bytes that hold a three-byte UTF-8 lead byte of the CJK,
/// kana or Hangul blocks (E3..ED), with their offsets, in order: the runs around `leads`,
/// the offsets of all such bytes in order ([`upper_chars`] finds them).
fn cjk_runs<'t>(text: &'t str, leads: &[usize]) -> Vec<(usize, &'t str)> {
    let b = text.as_bytes();
    let non_ascii = |k: usize| b.get(k).is_some_and(|x| !x.is_ascii());
    let mut v = Vec::new();
    // end of the last run found: later leads inside it are skipped
    let mut done = 0usize;
    for &p in leads {
        if p < done {
            continue;
        }
        let mut s = p;
        while s > 0 && non_ascii(s - 1) {
            s -= 1;
        }
        let mut e = p;
        while non_ascii(e) {
            e += 1;
        }
        if let Some(r) = text.get(s..e) {
            v.push((s, r));
        }
        done = e.max(p + 1);
    }
    v
}

/// An automaton over patterns of three bytes or more and their [`super::util::head_table`].
struct Heads {
    ac: AhoCorasick,
    heads: Box<[u64; 256]>,
}

impl Heads {
    /// The automaton (default settings) over `pats`; `None` when a pattern is shorter than
    /// three bytes or does not start with a UTF-8 lead byte (see [`Heads::may_occur`]).
    fn new(pats: &[&str]) -> Option<Heads> {
        if !pats
            .iter()
            .all(|p| p.as_bytes().first().is_some_and(|&x| x >= 0xC0))
        {
            return None;
        }
        Some(Heads {
            heads: super::util::head_table(pats.iter().map(|p| p.as_bytes()))?,
            ac: AhoCorasick::new(pats).ok()?,
        })
    }

    /// False when no pattern can occur in the non-ASCII run `s`: no position holds a
    /// pattern's first three bytes (which start with a lead byte: the patterns are CJK).
    fn may_occur(&self, s: &str) -> bool {
        s.as_bytes().windows(3).any(
            |w| matches!(w, &[x, y, z] if x >= 0xC0 && super::util::has_head(&self.heads, x, y, z)),
        )
    }
}

/// The union of the head tables of `a` and `b` (for [`may_occur_each`]).
fn merged_heads(a: &Heads, b: &Heads) -> Box<[u64; 256]> {
    let mut t = Box::new([0u64; 256]);
    for ((w, x), y) in t.iter_mut().zip(a.heads.iter()).zip(b.heads.iter()) {
        *w = x | y;
    }
    t
}

/// ([`Heads::may_occur`] of `a`, of `b`) for the run `s`, from one pass over its bytes:
/// the head tables merged (`both`, their union) tested at each position, each table at
/// the hits only.
fn may_occur_each(a: &Heads, b: &Heads, both: &[u64; 256], s: &str) -> (bool, bool) {
    use super::util::has_head;
    let (mut fa, mut fb) = (false, false);
    for w in s.as_bytes().windows(3) {
        if let &[x, y, z] = w {
            if x >= 0xC0 && has_head(both, x, y, z) {
                fa |= has_head(&a.heads, x, y, z);
                fb |= has_head(&b.heads, x, y, z);
                if fa && fb {
                    break;
                }
            }
        }
    }
    (fa, fb)
}

fn cjk_names(text: &str, cjk_leads: &[usize], out: &mut Vec<Span>) {
    // (no CJK lead byte: no run to search)
    if cjk_leads.is_empty() {
        return;
    }
    const HONORIFIC_WORDS: &[&str] = &[
        "先生",
        "女士",
        "小姐",
        "老师",
        "同学",
        "씨",
        "님",
        "선생님",
        "さん",
        "様",
    ];
    static JP: LazyLock<Option<Heads>> = LazyLock::new(|| Heads::new(JP_SURNAMES));
    static HONORIFICS: LazyLock<Option<Heads>> = LazyLock::new(|| Heads::new(HONORIFIC_WORDS));
    // Japanese: known surname, a space, 1-3 kanji/katakana
    // the patterns hold no ASCII byte: after one the automaton is back at its start state,
    // so searching each run of non-ASCII bytes finds exactly what a whole-text search finds
    let runs = cjk_runs(text, cjk_leads);
    // (a run where no pattern's first three bytes occur holds no match: not searched)
    // whether each automaton may occur in each run: one pass over a run for both
    static BOTH: LazyLock<Option<Box<[u64; 256]>>> =
        LazyLock::new(|| Some(merged_heads(JP.as_ref()?, HONORIFICS.as_ref()?)));
    let flags: Vec<(bool, bool)> = match (JP.as_ref(), HONORIFICS.as_ref(), BOTH.as_ref()) {
        (Some(a), Some(b), Some(both)) => runs
            .iter()
            .map(|&(_, run)| may_occur_each(a, b, both, run))
            .collect(),
        (a, b, _) => runs
            .iter()
            .map(|&(_, run)| {
                (
                    a.is_some_and(|h| h.may_occur(run)),
                    b.is_some_and(|h| h.may_occur(run)),
                )
            })
            .collect(),
    };
    let matches = |h: &Heads,
                   pick: fn(&(bool, bool)) -> bool,
                   keep: &dyn Fn(usize, &str) -> bool|
     -> Vec<(usize, usize)> {
        runs.iter()
            .zip(&flags)
            .filter(|&(&(off, run), f)| pick(f) && keep(off, run))
            .flat_map(|(&(off, run), _)| {
                h.ac.find_iter(run)
                    .map(move |m| (off + m.start(), off + m.end()))
            })
            .collect()
    };
    // a Japanese name needs a space after the surname: a run followed by none and
    // holding no ideographic space yields none (runs are searched independently)
    let jp_run = |off: usize, run: &str| {
        run.contains('\u{3000}')
            || text
                .get(off + run.len()..)
                .is_some_and(|r| r.starts_with(' '))
    };
    if let Some(ac) = JP.as_ref() {
        for (s, from) in matches(ac, |f| f.0, &jp_run) {
            if super::util::prev_char(text, s).is_some_and(is_han) {
                continue;
            }
            let rest = text.get(from..).unwrap_or("");
            let r2 = rest
                .strip_prefix(' ')
                .or_else(|| rest.strip_prefix('\u{3000}'));
            if let Some(r2) = r2 {
                let k: usize = r2
                    .chars()
                    .take_while(|&c| is_han(c) || ('\u{30A0}'..='\u{30FF}').contains(&c))
                    .take(3)
                    .map(char::len_utf8)
                    .sum();
                if k >= 3 {
                    push(out, s, from + (rest.len() - r2.len()) + k, 0.75);
                }
            }
        }
    }
    // Chinese / Korean: surname + 1-2 syllables right before an honorific
    if let Some(ac) = HONORIFICS.as_ref() {
        for (e, _) in matches(ac, |f| f.1, &|_, _| true) {
            let before: Vec<(usize, char)> = text
                .get(..e)
                .unwrap_or("")
                .char_indices()
                .rev()
                .take(4)
                .collect();
            for len in [3usize, 2] {
                let Some(&(s, first)) = before.get(len - 1) else {
                    continue;
                };
                let zh = ZH_SURNAMES.contains(first);
                let ko = KO_SURNAMES.contains(first);
                let body_ok = before.iter().take(len - 1).all(|&(_, x)| {
                    if zh {
                        is_han(x)
                    } else {
                        ko && is_hangul(x)
                    }
                });
                let prev_ok = before
                    .get(len)
                    .is_none_or(|&(_, p)| !is_han(p) && !is_hangul(p));
                if (zh || ko) && body_ok && prev_ok {
                    // (a Korean title or kinship noun whose first syllable is also a
                    // surname is no name: "고객님" customer, "이모님" aunt, "박사님" doctor)
                    if !(ko && text.get(s..e).is_some_and(|w| KO_TITLES.contains(&w))) {
                        push(out, s, e, 0.8);
                    }
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn cjk_runs_from_the_lead_bytes_match_a_byte_scan() {
        // every maximal run of non-ASCII bytes holding a byte in E3..ED
        let naive = |t: &str| -> Vec<(usize, String)> {
            let b = t.as_bytes();
            let mut v = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if b.get(i).is_some_and(u8::is_ascii) {
                    i += 1;
                    continue;
                }
                let s = i;
                while b.get(i).is_some_and(|x| !x.is_ascii()) {
                    i += 1;
                }
                let run = b.get(s..i).unwrap_or(&[]);
                if run.iter().any(|&x| (0xE3..=0xED).contains(&x)) {
                    v.push((s, t.get(s..i).unwrap_or("").to_string()));
                }
            }
            v
        };
        let pieces = [
            "a",
            " ",
            "Ж",
            "é",
            "中",
            "さん",
            "김",
            "🍜",
            "，",
            "AB",
            "田中 太郎",
            "\u{3000}",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1D_u64;
        for _ in 0..5000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for _ in 0..(seed % 30) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(
                    pieces
                        .get((seed % pieces.len() as u64) as usize)
                        .copied()
                        .unwrap_or(""),
                );
            }
            let (_, leads) = super::upper_chars(&t);
            let got: Vec<(usize, String)> = super::cjk_runs(&t, &leads)
                .into_iter()
                .map(|(o, r)| (o, r.to_string()))
                .collect();
            assert_eq!(got, naive(&t), "{t:?}");
        }
    }

    #[test]
    fn morphology_matches_the_reference() {
        let pieces: &[&str] = &[
            "Anna",
            "Schmidt",
            "Kowalski",
            "Ivanova",
            "Петров",
            "Иванова",
            "García",
            "Fernández",
            "the",
            "and",
            " ",
            " ",
            " ",
            "  ",
            ".",
            ",",
            "-",
            "'",
            "O'Neil",
            "Smith-Jones",
            "é",
            "中",
            "ABC",
            "Ölmez",
            "Yılmaz",
            "\n",
            "X",
            "ß",
            "Σ",
            "🎉",
            "son",
            "ski",
            "ova",
        ];
        let mut next = crate::pii::util::test_rng(21u64);
        let mut found = 0;
        for _ in 0..40000 {
            let mut t = String::new();
            for _ in 0..next(24) {
                t.push_str(pieces[next(pieces.len())]);
                if next(2) == 0 {
                    t.push(' ');
                }
            }
            let (ups, _) = upper_chars(&t);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            morphology(&t, &ups, &mut a);
            morphology_reference(&t, &ups, &mut b);
            assert_eq!(a, b, "{t:?}");
            found += b.len();
        }
        assert!(found > 2000, "{found}");
    }

    #[test]
    fn morph_end_matches_the_byte_loop() {
        let pieces = [
            "a",
            "Kowalski",
            "'",
            "-",
            " ",
            ".",
            "1",
            "ł",
            "ö",
            "Петров",
            "李",
            "Ω",
            "é",
            "x-y",
            "O'Neil",
            "\u{2019}",
            "🙂",
            "ß",
        ];
        let mut next = crate::pii::util::test_rng(19u64);
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..next(12) {
                t.push_str(pieces[next(pieces.len())]);
            }
            for s in (0..=t.len()).filter(|&s| t.is_char_boundary(s)) {
                assert_eq!(morph_end(&t, s), morph_end_bytewise(&t, s), "{t:?} {s}");
            }
        }
    }

    #[test]
    fn upper_chars_finds_every_upper_case_letter() {
        let naive = |t: &str| -> Vec<(usize, char)> {
            t.char_indices().filter(|(_, c)| c.is_uppercase()).collect()
        };
        let mut texts: Vec<String> = Vec::new();
        for x in 0u8..0x80 {
            for at in 0..17 {
                let mut t: Vec<u8> = vec![b'a'; 17];
                if let Some(slot) = t.get_mut(at) {
                    *slot = x;
                }
                texts.push(String::from_utf8(t).unwrap_or_default());
            }
        }
        for t in [
            "Привет Иван Petrov ÀÉ ß Ǆ ǅ ǆ Σ 你好 Ωmega ünd ÜBER",
            "abcdefghijklmnopqrstuvwxyz0123456789 .,;:!?@[]`{}~ Zz Aa",
            "",
        ] {
            texts.push(t.to_string());
        }
        for t in &texts {
            assert_eq!(super::upper_chars(t).0, naive(t), "{t:?}");
        }
    }

    #[test]
    fn surname_tail_matches_the_whole_word() {
        assert_eq!(
            super::SURNAME_SUFFIXES.iter().map(|s| s.len()).max(),
            Some(super::SUFFIX_BYTES)
        );
        let naive = |w: &str| {
            w.chars().count() >= 4 && {
                let lw = w.to_lowercase();
                super::SURNAME_SUFFIXES.iter().any(|s| lw.ends_with(s))
            }
        };
        let ends = [
            "",
            "SON",
            "sen",
            "ОВА",
            "ов",
            "ШВИЛИ",
            "İ",
            "ΣΣ",
            "Σ",
            "ẞ",
            "ǅ",
            "ová",
        ];
        let heads = ["", "Ab", "Jo", "Иван", "ΟΔΟΣ", "İİİİİİİİİİİİ", "ﬃ", "x"];
        for h in heads {
            for e in ends {
                for mid in ["", "a", "ÉÉÉÉÉÉÉÉÉÉÉÉ", "ǈǈ"] {
                    let w = format!("{h}{mid}{e}");
                    assert_eq!(super::surname_like(&w), naive(&w), "{w:?}");
                }
            }
        }
        for s in super::SURNAME_SUFFIXES {
            for w in [
                format!("Abc{s}"),
                format!("ABC{}", s.to_uppercase()),
                s.to_string(),
            ] {
                assert_eq!(super::surname_like(&w), naive(&w), "{w:?}");
            }
        }
    }

    #[test]
    fn lower_cyrillic_marks_lower_case_leads_only() {
        for c in (0x80u32..0x800).filter_map(char::from_u32) {
            for at in 0..8 {
                let mut w = [b'a'; 9];
                let mut buf = [0u8; 4];
                let e = c.encode_utf8(&mut buf).as_bytes();
                w[at] = e[0];
                w[at + 1] = e[1];
                let x = u64::from_le_bytes(w[..8].try_into().unwrap_or([0; 8]));
                let got = super::lower_cyrillic(x) & (0x80 << (8 * at)) != 0;
                let want = at < 7 && ('\u{430}'..='\u{45F}').contains(&c);
                assert_eq!(got, want, "{c:?} at {at}");
                // never a lane that is no lower-case letter's lead
                assert_eq!(super::lower_cyrillic(x) & !(0x80 << (8 * at)), 0, "{c:?}");
            }
        }
    }

    #[test]
    fn lead_upper_matches_std() {
        for c in (0x80u32..0x11_0000).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            if let Some(u) = super::lead_upper(b[0], b[1]) {
                assert_eq!(u, c.is_uppercase(), "{c:?}");
            }
        }
    }

    #[test]
    fn is_alpha_matches_std() {
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(super::is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(super::super::util::is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }

    use super::*;

    /// The commonest English given name is in the gazetteer (the census list lost it:
    /// "william" is written in lower case in the chat texts it was filtered on).
    #[test]
    fn william_is_a_given_name() {
        let t = "I met William Thierry today";
        let found: Vec<&str> = super::super::Scanner::all()
            .scan(t)
            .iter()
            .filter_map(|s| t.get(s.start..s.end))
            .collect();
        assert_eq!(found, ["William Thierry"]);
    }

    /// A firm cue of a Latin-script language before a name in Han or Hangul takes it; a
    /// weak one ("I am") does not, and CJK words that follow it are not names.
    #[test]
    fn latin_cues_before_cjk_names() {
        assert_eq!(names("my name is 이현정"), ["이현정"]);
        assert_eq!(names("call me 王小明 please"), ["王小明"]);
        assert!(names("I am 很高兴 to meet you").is_empty());
        assert!(names("this is 我的 book").is_empty());
    }

    #[test]
    fn may_occur_each_matches_each_table() {
        let (Some(a), Some(b)) = (
            Heads::new(JP_SURNAMES),
            Heads::new(&["先生", "女士", "씨", "님", "さん", "様"]),
        ) else {
            panic!("automata");
        };
        let both = merged_heads(&a, &b);
        let pieces = [
            "a",
            " ",
            "é",
            "Ж",
            "中",
            "田中",
            "佐々木",
            "先生",
            "さん",
            "様",
            "씨",
            "님",
            "김",
            "🍜",
            "，",
            "\u{3000}",
            "田",
            "中村",
            "村",
            "谢谢",
        ];
        let mut next = crate::pii::util::test_rng(5u64);
        let mut hits = (0, 0);
        for _ in 0..20000 {
            let mut t = String::new();
            for _ in 0..next(10) {
                t.push_str(pieces[next(pieces.len())]);
            }
            let want = (a.may_occur(&t), b.may_occur(&t));
            assert_eq!(may_occur_each(&a, &b, &both, &t), want, "{t:?}");
            hits.0 += usize::from(want.0);
            hits.1 += usize::from(want.1);
        }
        assert!(hits.0 > 1000 && hits.1 > 1000, "{hits:?}");
    }

    fn names(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        find(text, &mut v);
        v.into_iter()
            .filter(|s| s.score >= 0.5)
            .map(|s| text.get(s.start..s.end).unwrap_or("").to_string())
            .fold(Vec::new(), |mut v: Vec<String>, x| {
                if !v.contains(&x) {
                    v.push(x);
                }
                v
            })
    }

    #[test]
    fn person_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Hi, my name is Zorblat Quux.", &["Zorblat Quux"]),
            ("меня зовут Иван Петров", &["Иван Петров"]),
            ("je m'appelle Camille Dupont", &["Camille Dupont"]),
            ("Please forward it to Sarah Connor today", &["Sarah Connor"]),
            ("我叫王小明。", &["王小明"]),
            ("佐藤 太郎です", &["佐藤 太郎"]),
            ("Apple Watch and New York on Monday", &[]),
            ("I am happy", &[]),
            // middle initials join the name's words
            ("My name is Anđa L. Tomić.", &["Anđa L. Tomić"]),
            ("Please add Sarah J Connor too", &["Sarah J Connor"]),
            // a form's label with more blanks; "name is" after another owner
            ("Name:    Otohiko Sanya", &["Otohiko Sanya"]),
            ("her name is Kaija Kasslin", &["Kaija Kasslin"]),
            // "named" is a weak cue: one unknown word is not enough
            ("a cat named Whiskers", &[]),
            ("a friend named Maria Kovač", &["Maria Kovač"]),
            // "call me" in its other forms
            ("but everyone calls me Eindís", &["Eindís"]),
            ("my grandmother called me Tuulikki", &["Tuulikki"]),
            ("he called me yesterday and Monday", &[]),
            // the weak CJK cues ("I am", "I" as a topic) before a name only, not before a
            // noun, a place or a verb
            ("我是学生，想学英语", &[]),
            ("我是来问问题的", &[]),
            ("我是王小明，很高兴认识你", &["王小明"]),
            ("私は東京に住んでいます", &[]),
            ("私は学生です", &[]),
            ("私は田中です", &["田中"]),
            ("저는 학생입니다", &[]),
            ("저는 서울에 살아요", &[]),
            ("저는 김민수입니다", &["김민수"]),
            // a function word of another language opening the sentence (session 25)
            ("Mijn PostNL track & trace staat al twee dagen stil.", &[]),
            (
                "Dans Harry Potter, pourquoi Rogue déteste Harry ?",
                &["Harry Potter"],
            ),
            // a university's head noun; a Russian question word before a name
            ("Czy Uniwersytet Jagielloński ma studia po angielsku?", &[]),
            ("Почему Кузнецов так поступил?", &["Кузнецов"]),
        ];
        for (text, want) in cases {
            assert_eq!(
                names(text),
                want.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "text {text:?}"
            );
        }
    }
}
