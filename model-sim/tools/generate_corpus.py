#!/usr/bin/env python3
"""Generates model-sim's built-in corpus (src/main/resources/concord-corpus.jsonl) from the fact tables below.

Run from the module directory: python3 tools/generate_corpus.py. Each line carries, besides the public fields,
what the answer synthesizer needs: `answer` (the key phrase, verbatim in the reference), `distractor` (a plausible
wrong entity of the same kind), `subject` (what the question is about) and `topic`.
"""
import json, re, pathlib

items = []

def add(topic, prompt, reference, answer, distractor, subject, task="qa"):
    assert answer in reference, (answer, reference)
    assert distractor != answer
    items.append(dict(id=f"{topic}-{sum(1 for i in items if i['topic'] == topic) + 1:03d}", task=task,
                      prompt=prompt, reference=reference, answer=answer, distractor=distractor,
                      subject=subject, topic=topic))

CAPITALS = """France|Paris|Lyon;Germany|Berlin|Munich;Italy|Rome|Milan;Spain|Madrid|Barcelona;Portugal|Lisbon|Porto;
Japan|Tokyo|Osaka;China|Beijing|Shanghai;India|New Delhi|Mumbai;Australia|Canberra|Sydney;Canada|Ottawa|Toronto;
Brazil|Brasília|Rio de Janeiro;Turkey|Ankara|Istanbul;Egypt|Cairo|Alexandria;Nigeria|Abuja|Lagos;Kenya|Nairobi|Mombasa;
South Korea|Seoul|Busan;Russia|Moscow|Saint Petersburg;Mexico|Mexico City|Guadalajara;Argentina|Buenos Aires|Córdoba;
Chile|Santiago|Valparaíso;Peru|Lima|Cusco;Colombia|Bogotá|Medellín;Norway|Oslo|Bergen;Sweden|Stockholm|Gothenburg;
Finland|Helsinki|Tampere;Denmark|Copenhagen|Aarhus;Poland|Warsaw|Kraków;Netherlands|Amsterdam|Rotterdam;
Belgium|Brussels|Antwerp;Switzerland|Bern|Zurich;Austria|Vienna|Salzburg;Greece|Athens|Thessaloniki;Ireland|Dublin|Cork;
Hungary|Budapest|Debrecen;Czech Republic|Prague|Brno;Morocco|Rabat|Casablanca;New Zealand|Wellington|Auckland;
Vietnam|Hanoi|Ho Chi Minh City;Thailand|Bangkok|Chiang Mai;Pakistan|Islamabad|Karachi;Saudi Arabia|Riyadh|Jeddah;
Iran|Tehran|Isfahan;Philippines|Manila|Cebu City;Ukraine|Kyiv|Kharkiv;Romania|Bucharest|Cluj-Napoca;Bulgaria|Sofia|Plovdiv;
Serbia|Belgrade|Novi Sad;Croatia|Zagreb|Split;Iceland|Reykjavík|Akureyri;Cuba|Havana|Santiago de Cuba;
Jamaica|Kingston|Montego Bay;Ethiopia|Addis Ababa|Dire Dawa;Ghana|Accra|Kumasi;Tanzania|Dodoma|Dar es Salaam;
Uganda|Kampala|Entebbe;Bangladesh|Dhaka|Chittagong;Nepal|Kathmandu|Pokhara;Mongolia|Ulaanbaatar|Erdenet;
Kazakhstan|Astana|Almaty;Venezuela|Caracas|Maracaibo;Ecuador|Quito|Guayaquil;Uruguay|Montevideo|Salto;
Paraguay|Asunción|Ciudad del Este;Lithuania|Vilnius|Kaunas;Latvia|Riga|Daugavpils;Estonia|Tallinn|Tartu;
Slovakia|Bratislava|Košice;Slovenia|Ljubljana|Maribor"""

def rows(table):
    return [r.strip().split("|") for r in table.replace("\n", "").split(";") if r.strip()]

for country, capital, wrong in rows(CAPITALS):
    the = "the " if country in ("Czech Republic", "Netherlands", "Philippines") else ""
    add("capital", f"What is the capital of {the}{country}?", f"The capital of {the}{country} is {capital}.",
        capital, wrong, country)

ELEMENTS = """gold|Au|Ag;silver|Ag|Au;iron|Fe|Ir;sodium|Na|K;potassium|K|P;lead|Pb|Sn;tin|Sn|Ti;copper|Cu|Co;
mercury|Hg|Mn;tungsten|W|Ti;helium|He|H;hydrogen|H|He;oxygen|O|Os;carbon|C|Ca;calcium|Ca|C;nitrogen|N|Ni;
nickel|Ni|N;chlorine|Cl|C;zinc|Zn|Zr;uranium|U|Pu;platinum|Pt|Pb;magnesium|Mg|Mn;manganese|Mn|Mg;phosphorus|P|K;
sulfur|S|Si;silicon|Si|S;neon|Ne|N;argon|Ar|Ag;aluminium|Al|Ag;titanium|Ti|Sn"""
for name, symbol, wrong in rows(ELEMENTS):
    add("element", f"What is the chemical symbol for {name}?", f"The chemical symbol for {name} is {symbol}.",
        symbol, wrong, name)

ATOMIC = "hydrogen|1|2;helium|2|4;carbon|6|12;nitrogen|7|14;oxygen|8|16;neon|10|20;sodium|11|23;iron|26|56;gold|79|197;uranium|92|238"
for name, number, wrong in rows(ATOMIC):
    add("element", f"What is the atomic number of {name}?", f"{name.capitalize()} has the atomic number {number}.",
        number, wrong, name)

BOOKS = """Pride and Prejudice|Jane Austen|Charlotte Brontë;1984|George Orwell|Aldous Huxley;
Brave New World|Aldous Huxley|George Orwell;Moby-Dick|Herman Melville|Nathaniel Hawthorne;
The Scarlet Letter|Nathaniel Hawthorne|Herman Melville;War and Peace|Leo Tolstoy|Fyodor Dostoevsky;
Crime and Punishment|Fyodor Dostoevsky|Leo Tolstoy;Don Quixote|Miguel de Cervantes|Lope de Vega;
Hamlet|William Shakespeare|Christopher Marlowe;The Divine Comedy|Dante Alighieri|Giovanni Boccaccio;
Jane Eyre|Charlotte Brontë|Emily Brontë;Wuthering Heights|Emily Brontë|Charlotte Brontë;
Great Expectations|Charles Dickens|William Makepeace Thackeray;Frankenstein|Mary Shelley|Percy Bysshe Shelley;
Dracula|Bram Stoker|Oscar Wilde;The Picture of Dorian Gray|Oscar Wilde|Bram Stoker;
The Great Gatsby|F. Scott Fitzgerald|Ernest Hemingway;The Old Man and the Sea|Ernest Hemingway|John Steinbeck;
The Grapes of Wrath|John Steinbeck|William Faulkner;To Kill a Mockingbird|Harper Lee|Truman Capote;
One Hundred Years of Solitude|Gabriel García Márquez|Mario Vargas Llosa;The Odyssey|Homer|Virgil;The Aeneid|Virgil|Ovid;
Ulysses|James Joyce|Samuel Beckett;Les Misérables|Victor Hugo|Alexandre Dumas;
The Count of Monte Cristo|Alexandre Dumas|Victor Hugo;Madame Bovary|Gustave Flaubert|Honoré de Balzac;
The Trial|Franz Kafka|Thomas Mann;The Magic Mountain|Thomas Mann|Hermann Hesse;
Faust|Johann Wolfgang von Goethe|Friedrich Schiller;The Hobbit|J. R. R. Tolkien|C. S. Lewis;
The Lion, the Witch and the Wardrobe|C. S. Lewis|J. R. R. Tolkien;Mrs Dalloway|Virginia Woolf|E. M. Forster;
A Passage to India|E. M. Forster|Virginia Woolf;The Catcher in the Rye|J. D. Salinger|Jack Kerouac;
On the Road|Jack Kerouac|J. D. Salinger;Beloved|Toni Morrison|Alice Walker;The Color Purple|Alice Walker|Toni Morrison;
Things Fall Apart|Chinua Achebe|Wole Soyinka;Anna Karenina|Leo Tolstoy|Ivan Turgenev;
Alice's Adventures in Wonderland|Lewis Carroll|Edward Lear;Robinson Crusoe|Daniel Defoe|Jonathan Swift;
Gulliver's Travels|Jonathan Swift|Daniel Defoe;The Canterbury Tales|Geoffrey Chaucer|William Langland;
Paradise Lost|John Milton|John Donne"""
for book, author, wrong in rows(BOOKS):
    add("literature", f"Who wrote {book}?", f"{book} was written by {author}.", author, wrong, book)

ART = """the Mona Lisa|painted|Leonardo da Vinci|Raphael;The Starry Night|painted|Vincent van Gogh|Paul Gauguin;
The Persistence of Memory|painted|Salvador Dalí|René Magritte;Guernica|painted|Pablo Picasso|Joan Miró;
The Night Watch|painted|Rembrandt|Johannes Vermeer;Girl with a Pearl Earring|painted|Johannes Vermeer|Rembrandt;
The Birth of Venus|painted|Sandro Botticelli|Titian;The Scream|painted|Edvard Munch|Gustav Klimt;
The Kiss|painted|Gustav Klimt|Egon Schiele;the ceiling of the Sistine Chapel|painted|Michelangelo|Raphael;
The Last Supper|painted|Leonardo da Vinci|Michelangelo;American Gothic|painted|Grant Wood|Edward Hopper;
Nighthawks|painted|Edward Hopper|Grant Wood;The Great Wave off Kanagawa|created|Hokusai|Hiroshige;
the Impression, Sunrise painting|painted|Claude Monet|Pierre-Auguste Renoir"""
for work, verb, artist, wrong in rows(ART):
    q = "Who painted" if verb == "painted" else "Who created"
    add("art", f"{q} {work}?", f"{work[0].upper() + work[1:]} was {verb} by {artist}.", artist, wrong, work)

YEARS = """World War II end|World War II ended in 1945.|1945|1944;
World War I begin|World War I began in 1914.|1914|1916;
the Berlin Wall fall|The Berlin Wall fell in 1989.|1989|1991;
Apollo 11 land on the Moon|Apollo 11 landed on the Moon in 1969.|1969|1967;
Christopher Columbus first reach the Americas|Christopher Columbus first reached the Americas in 1492.|1492|1498;
the United States adopt the Declaration of Independence|The United States adopted the Declaration of Independence in 1776.|1776|1783;
the French Revolution begin|The French Revolution began in 1789.|1789|1793;
King John seal the Magna Carta|King John sealed the Magna Carta in 1215.|1215|1225;
the Battle of Hastings take place|The Battle of Hastings took place in 1066.|1066|1086;
the Titanic sink|The Titanic sank in 1912.|1912|1915;
the Soviet Union dissolve|The Soviet Union dissolved in 1991.|1991|1989;
the Wright brothers make their first powered flight|The Wright brothers made their first powered flight in 1903.|1903|1908;
the Soviet Union launch Sputnik 1|The Soviet Union launched Sputnik 1 in 1957.|1957|1961;
Nelson Mandela become president of South Africa|Nelson Mandela became president of South Africa in 1994.|1994|1990;
Constantinople fall to the Ottomans|Constantinople fell to the Ottomans in 1453.|1453|1492;
the Battle of Waterloo take place|The Battle of Waterloo took place in 1815.|1815|1812;
the American Civil War end|The American Civil War ended in 1865.|1865|1863;
euro banknotes and coins enter circulation|Euro banknotes and coins entered circulation in 2002.|2002|1999;
Martin Luther publish his Ninety-five Theses|Martin Luther published his Ninety-five Theses in 1517.|1517|1521;
the Treaty of Versailles get signed|The Treaty of Versailles was signed in 1919.|1919|1918;
India gain independence|India gained independence in 1947.|1947|1950;
the United Nations get founded|The United Nations was founded in 1945.|1945|1948;
the Chernobyl disaster happen|The Chernobyl disaster happened in 1986.|1986|1984;
the Great Fire of London happen|The Great Fire of London happened in 1666.|1666|1665;
the Western Roman Empire fall|The Western Roman Empire fell in 476.|476|410;
Charles Darwin publish On the Origin of Species|Charles Darwin published On the Origin of Species in 1859.|1859|1871;
Isaac Newton publish the Principia|Isaac Newton published the Principia in 1687.|1687|1667;
the first modern Olympic Games take place|The first modern Olympic Games took place in Athens in 1896.|1896|1900;
the Panama Canal open|The Panama Canal opened in 1914.|1914|1904;
the Wall Street Crash happen|The Wall Street Crash happened in 1929.|1929|1933;
Apple release the first iPhone|Apple released the first iPhone in 2007.|2007|2008"""
for event, ref, year, wrong in rows(YEARS):
    add("history", f"In what year did {event}?", ref, year, wrong, event)

# Free-form facts: prompt|reference|answer|distractor|subject
FACTS = {
"people": """Who was the first president of the United States?|George Washington was the first president of the United States.|George Washington|John Adams|president of the United States;
Who was the first person to walk on the Moon?|Neil Armstrong was the first person to walk on the Moon.|Neil Armstrong|Buzz Aldrin|Moon landing;
Who was the first woman to win a Nobel Prize?|Marie Curie was the first woman to win a Nobel Prize.|Marie Curie|Lise Meitner|Nobel Prize;
Who developed the theory of general relativity?|Albert Einstein developed the theory of general relativity.|Albert Einstein|Max Planck|general relativity;
Who proposed the theory of evolution by natural selection in On the Origin of Species?|Charles Darwin proposed evolution by natural selection in On the Origin of Species.|Charles Darwin|Gregor Mendel|natural selection;
Who discovered penicillin?|Alexander Fleming discovered penicillin in 1928.|Alexander Fleming|Louis Pasteur|penicillin;
Who formulated the laws of motion and universal gravitation?|Isaac Newton formulated the laws of motion and universal gravitation.|Isaac Newton|Galileo Galilei|laws of motion;
Who is known as the father of modern genetics?|Gregor Mendel is known as the father of modern genetics.|Gregor Mendel|Charles Darwin|genetics;
Who was granted the first US patent for the telephone?|Alexander Graham Bell was granted the first US patent for the telephone in 1876.|Alexander Graham Bell|Thomas Edison|telephone;
Who composed the Fifth Symphony in C minor, Op. 67?|Ludwig van Beethoven composed the Fifth Symphony in C minor.|Ludwig van Beethoven|Wolfgang Amadeus Mozart|Fifth Symphony;
Who composed the opera The Magic Flute?|Wolfgang Amadeus Mozart composed The Magic Flute.|Wolfgang Amadeus Mozart|Joseph Haydn|The Magic Flute;
Who composed The Four Seasons violin concertos?|Antonio Vivaldi composed The Four Seasons.|Antonio Vivaldi|Johann Sebastian Bach|The Four Seasons;
Who composed the Brandenburg Concertos?|Johann Sebastian Bach composed the Brandenburg Concertos.|Johann Sebastian Bach|George Frideric Handel|Brandenburg Concertos;
Who composed the opera La traviata?|Giuseppe Verdi composed La traviata.|Giuseppe Verdi|Giacomo Puccini|La traviata;
Who was the first emperor of Rome?|Augustus was the first emperor of Rome.|Augustus|Julius Caesar|Roman Empire;
Who was the British prime minister for most of World War II?|Winston Churchill was the British prime minister for most of World War II.|Winston Churchill|Neville Chamberlain|British prime minister;
Who discovered the electron?|J. J. Thomson discovered the electron in 1897.|J. J. Thomson|Ernest Rutherford|electron;
Who proposed a heliocentric model of the Solar System in De revolutionibus?|Nicolaus Copernicus proposed the heliocentric model in De revolutionibus.|Nicolaus Copernicus|Tycho Brahe|heliocentric model;
Who published the first widely recognised periodic table in 1869?|Dmitri Mendeleev published the first widely recognised periodic table in 1869.|Dmitri Mendeleev|John Dalton|periodic table;
Who discovered radioactivity in 1896?|Henri Becquerel discovered radioactivity in 1896.|Henri Becquerel|Pierre Curie|radioactivity""",
"science": """What is the largest planet in the Solar System?|Jupiter is the largest planet in the Solar System.|Jupiter|Saturn|largest planet;
Which planet is closest to the Sun?|Mercury is the planet closest to the Sun.|Mercury|Venus|planets;
Which planet is known as the Red Planet?|Mars is known as the Red Planet.|Mars|Jupiter|Red Planet;
Which planet has the most prominent ring system?|Saturn has the most prominent ring system.|Saturn|Uranus|planetary rings;
What is the chemical formula of water?|The chemical formula of water is H2O.|H2O|H2O2|water;
Which gas do plants absorb from the air for photosynthesis?|Plants absorb carbon dioxide from the air for photosynthesis.|carbon dioxide|oxygen|photosynthesis;
At what temperature in Celsius does water boil at sea level?|Water boils at 100 degrees Celsius at sea level.|100|90|boiling point;
At what temperature in Fahrenheit does water freeze?|Water freezes at 32 degrees Fahrenheit.|32|0|freezing point;
How fast does light travel in a vacuum?|Light travels at about 299,792 kilometres per second in a vacuum.|299,792|150,000|speed of light;
Which organelle is called the powerhouse of the cell?|The mitochondrion is called the powerhouse of the cell.|mitochondrion|ribosome|cell;
How many bones are in the adult human body?|The adult human body has 206 bones.|206|212|skeleton;
How many chromosomes do humans normally have?|Humans normally have 46 chromosomes.|46|48|chromosomes;
What is the hardest natural mineral?|Diamond is the hardest natural mineral.|Diamond|Quartz|minerals;
What is the most abundant gas in Earth's atmosphere?|Nitrogen is the most abundant gas in Earth's atmosphere.|Nitrogen|Oxygen|atmosphere;
What force keeps the planets in orbit around the Sun?|Gravity keeps the planets in orbit around the Sun.|Gravity|Magnetism|orbits;
What is the SI unit of force?|The SI unit of force is the newton.|newton|joule|force;
What is the SI unit of energy?|The SI unit of energy is the joule.|joule|watt|energy;
What is the SI unit of electric current?|The SI unit of electric current is the ampere.|ampere|volt|electric current;
What is the SI unit of electrical resistance?|The SI unit of electrical resistance is the ohm.|ohm|farad|electrical resistance;
What is the SI unit of power?|The SI unit of power is the watt.|watt|joule|power;
What is the SI unit of frequency?|The SI unit of frequency is the hertz.|hertz|pascal|frequency;
What is the SI unit of pressure?|The SI unit of pressure is the pascal.|pascal|newton|pressure;
What is the SI base unit of thermodynamic temperature?|The SI base unit of thermodynamic temperature is the kelvin.|kelvin|degree Celsius|temperature;
What is the SI base unit of mass?|The SI base unit of mass is the kilogram.|kilogram|gram|mass;
Which blood cells carry oxygen around the body?|Red blood cells carry oxygen around the body.|Red|White|blood cells;
Which organ pumps blood through the body?|The heart pumps blood through the body.|heart|liver|circulation;
What is the largest organ of the human body?|The skin is the largest organ of the human body.|skin|liver|human organs;
What is the nearest star to Earth?|The Sun is the nearest star to Earth.|Sun|Proxima Centauri|nearest star;
How long does Earth take to orbit the Sun?|Earth takes about 365.25 days to orbit the Sun.|365.25|354|Earth's orbit;
What is the pH of pure water at 25 degrees Celsius?|Pure water at 25 degrees Celsius has a pH of 7.|7|5|pH;
Which subatomic particle carries a negative electric charge?|The electron carries a negative electric charge.|electron|proton|subatomic particles;
What does DNA stand for?|DNA stands for deoxyribonucleic acid.|deoxyribonucleic acid|ribonucleic acid|DNA;
Which vitamin does human skin produce when exposed to sunlight?|Human skin produces vitamin D when exposed to sunlight.|vitamin D|vitamin C|vitamins;
What is absolute zero on the Celsius scale?|Absolute zero is minus 273.15 degrees Celsius.|273.15|100|absolute zero;
Which blood type is the universal donor for red blood cells?|O negative is the universal donor blood type for red blood cells.|O negative|AB positive|blood types""",
"geography": """What is the largest ocean on Earth?|The Pacific Ocean is the largest ocean on Earth.|Pacific|Atlantic|oceans;
Which river is generally considered the longest in the world?|The Nile is generally considered the longest river in the world.|Nile|Amazon|rivers;
What is the highest mountain above sea level?|Mount Everest is the highest mountain above sea level.|Mount Everest|K2|mountains;
What is the largest hot desert in the world?|The Sahara is the largest hot desert in the world.|Sahara|Arabian Desert|deserts;
What is the largest country by area?|Russia is the largest country by area.|Russia|Canada|countries by area;
What is the smallest country in the world by area?|Vatican City is the smallest country in the world by area.|Vatican City|Monaco|small countries;
What is the largest continent by area?|Asia is the largest continent by area.|Asia|Africa|continents;
What is the deepest oceanic trench?|The Mariana Trench is the deepest oceanic trench.|Mariana Trench|Tonga Trench|ocean trenches;
Which river flows through Paris?|The Seine flows through Paris.|Seine|Loire|Paris;
Which river flows through London?|The Thames flows through London.|Thames|Severn|London;
Which river flows through Budapest?|The Danube flows through Budapest.|Danube|Rhine|Budapest;
In which country is Mount Kilimanjaro?|Mount Kilimanjaro is in Tanzania.|Tanzania|Kenya|Mount Kilimanjaro;
Off the coast of which country is the Great Barrier Reef?|The Great Barrier Reef lies off the coast of Australia.|Australia|Indonesia|Great Barrier Reef;
On which continent are the Andes mountains?|The Andes are in South America.|South America|North America|Andes;
In which country is the Taj Mahal?|The Taj Mahal is in India.|India|Pakistan|Taj Mahal;
In which country is Machu Picchu?|Machu Picchu is in Peru.|Peru|Bolivia|Machu Picchu;
In which country is Angkor Wat?|Angkor Wat is in Cambodia.|Cambodia|Thailand|Angkor Wat;
In which country is the ancient city of Petra?|The ancient city of Petra is in Jordan.|Jordan|Egypt|Petra;
In which country is Chichen Itza?|Chichen Itza is in Mexico.|Mexico|Guatemala|Chichen Itza;
Which strait separates Europe from Africa at the Mediterranean's western end?|The Strait of Gibraltar separates Europe from Africa.|Gibraltar|Bosphorus|straits;
What is the largest island in the world?|Greenland is the largest island in the world.|Greenland|New Guinea|islands;
What is the highest uninterrupted waterfall in the world?|Angel Falls in Venezuela is the highest uninterrupted waterfall in the world.|Angel Falls|Victoria Falls|waterfalls;
Which ocean lies between Africa and Australia?|The Indian Ocean lies between Africa and Australia.|Indian|Pacific|Indian Ocean;
On which continent is Kenya?|Kenya is in Africa.|Africa|Asia|Kenya;
On which continent is Nepal?|Nepal is in Asia.|Asia|Europe|Nepal;
On which continent is Uruguay?|Uruguay is in South America.|South America|Central America|Uruguay;
What is the largest lake in the world by surface area?|The Caspian Sea is the largest lake in the world by surface area.|Caspian Sea|Lake Superior|lakes;
What mountain range separates Europe from Asia in Russia?|The Ural Mountains separate Europe from Asia in Russia.|Ural|Caucasus|Ural Mountains;
Which line of latitude divides Earth into the Northern and Southern Hemispheres?|The equator divides Earth into the Northern and Southern Hemispheres.|equator|Tropic of Cancer|hemispheres;
Which canal connects the Mediterranean Sea to the Red Sea?|The Suez Canal connects the Mediterranean Sea to the Red Sea.|Suez|Panama|canals""",
"computing": """Who created the Python programming language?|Python was created by Guido van Rossum.|Guido van Rossum|James Gosling|Python;
Who created the Java programming language?|Java was created by James Gosling at Sun Microsystems.|James Gosling|Guido van Rossum|Java;
Who created the Linux kernel?|The Linux kernel was created by Linus Torvalds.|Linus Torvalds|Richard Stallman|Linux;
Who created the C programming language?|The C programming language was created by Dennis Ritchie.|Dennis Ritchie|Ken Thompson|C language;
Who created C++?|C++ was created by Bjarne Stroustrup.|Bjarne Stroustrup|Dennis Ritchie|C++;
Who invented the World Wide Web?|The World Wide Web was invented by Tim Berners-Lee.|Tim Berners-Lee|Vint Cerf|World Wide Web;
Who created Git?|Git was created by Linus Torvalds in 2005.|Linus Torvalds|Junio Hamano|Git;
Who created JavaScript?|JavaScript was created by Brendan Eich.|Brendan Eich|Douglas Crockford|JavaScript;
Who created the Ruby programming language?|Ruby was created by Yukihiro Matsumoto.|Yukihiro Matsumoto|Larry Wall|Ruby;
Who created the Perl programming language?|Perl was created by Larry Wall.|Larry Wall|Yukihiro Matsumoto|Perl;
Who started the Rust programming language?|Rust was started by Graydon Hoare.|Graydon Hoare|Rob Pike|Rust;
At which company was the Go programming language designed?|The Go programming language was designed at Google.|Google|Microsoft|Go;
Who led the design of C#?|The design of C# was led by Anders Hejlsberg at Microsoft.|Anders Hejlsberg|Bjarne Stroustrup|C#;
What does CPU stand for?|CPU stands for central processing unit.|central processing|computer processing|CPU;
What does RAM stand for?|RAM stands for random-access memory.|random-access|read-access|RAM;
What does HTTP stand for?|HTTP stands for Hypertext Transfer Protocol.|Transfer|Transmission|HTTP;
What does SQL stand for?|SQL stands for Structured Query Language.|Structured|Standard|SQL;
What does DNS stand for?|DNS stands for Domain Name System.|System|Server|DNS;
What does URL stand for?|URL stands for Uniform Resource Locator.|Uniform|Universal|URL;
What does GPU stand for?|GPU stands for graphics processing unit.|graphics|general|GPU;
What does JSON stand for?|JSON stands for JavaScript Object Notation.|JavaScript|Java|JSON;
What does ASCII stand for?|ASCII stands for American Standard Code for Information Interchange.|Information|Internet|ASCII;
How many bits are in a byte?|There are 8 bits in a byte.|8|16|byte;
Which port does HTTPS use by default?|HTTPS uses port 443 by default.|443|8443|HTTPS;
Which port does HTTP use by default?|HTTP uses port 80 by default.|80|8080|HTTP port;
Which port does SSH use by default?|SSH uses port 22 by default.|22|23|SSH;
What is the time complexity of binary search on a sorted array?|Binary search runs in O(log n) time on a sorted array.|log n|n log n|binary search;
Which company develops the Android operating system?|The Android operating system is developed by Google.|Google|Apple|Android;
Who is often regarded as the first computer programmer?|Ada Lovelace is often regarded as the first computer programmer.|Ada Lovelace|Charles Babbage|first programmer;
Who described the Turing machine in 1936?|Alan Turing described the Turing machine in 1936.|Alan Turing|John von Neumann|Turing machine;
Which data structure follows last in, first out order?|A stack follows last in, first out order.|stack|queue|data structures;
Which data structure follows first in, first out order?|A queue follows first in, first out order.|queue|stack|queues;
What is the largest value of a signed 32-bit integer?|The largest signed 32-bit integer is 2,147,483,647.|2,147,483,647|4,294,967,295|integers;
How many bytes are in a kibibyte?|A kibibyte is 1,024 bytes.|1,024|1,000|kibibyte;
What base does the hexadecimal number system use?|The hexadecimal number system uses base 16.|16|8|hexadecimal;
Which protocol is used to send email between servers?|SMTP is used to send email between servers.|SMTP|IMAP|email""",
"units": """How many metres are in a kilometre?|There are 1,000 metres in a kilometre.|1,000|100|kilometre;
How many centimetres are in a metre?|There are 100 centimetres in a metre.|100|10|metre;
How many grams are in a kilogram?|There are 1,000 grams in a kilogram.|1,000|100|kilogram;
How many millilitres are in a litre?|There are 1,000 millilitres in a litre.|1,000|100|litre;
How many inches are in a foot?|There are 12 inches in a foot.|12|10|foot;
How many feet are in a yard?|There are 3 feet in a yard.|3|4|yard;
How many centimetres are in an inch?|An inch is exactly 2.54 centimetres.|2.54|2.45|inch;
How many yards are in a mile?|There are 1,760 yards in a mile.|1,760|1,600|mile;
How many kilometres are in a mile?|A mile is about 1.609 kilometres.|1.609|1.5|miles and kilometres;
How many seconds are in an hour?|There are 3,600 seconds in an hour.|3,600|6,000|hour;
How many minutes are in a day?|There are 1,440 minutes in a day.|1,440|1,400|day;
How many hours are in a week?|There are 168 hours in a week.|168|144|week;
How many days are in a leap year?|A leap year has 366 days.|366|365|leap year;
How many ounces are in a pound?|There are 16 ounces in a pound.|16|12|pound;
How many pounds are in a stone?|There are 14 pounds in a stone.|14|12|stone;
How many pounds are in a kilogram?|A kilogram is about 2.2 pounds.|2.2|1.5|kilograms and pounds;
How many degrees are in a right angle?|A right angle measures 90 degrees.|90|180|right angle;
How many degrees are in a full circle?|A full circle has 360 degrees.|360|180|circle;
How many sides does a hexagon have?|A hexagon has six sides.|six|eight|hexagon;
How many sides does an octagon have?|An octagon has eight sides.|eight|six|octagon;
What is the square root of 144?|The square root of 144 is 12.|12|14|square root;
What is 15 percent of 200?|15 percent of 200 is 30.|30|20|percentages;
What is the value of pi to two decimal places?|Pi to two decimal places is 3.14.|3.14|3.41|pi;
How many watts are in a kilowatt?|There are 1,000 watts in a kilowatt.|1,000|100|kilowatt;
How many years are in a century?|A century is 100 years.|100|1,000|century;
How many years are in a millennium?|A millennium is 1,000 years.|1,000|100|millennium;
How many zeros does one million have when written out?|One million is written with six zeros.|six|five|million""",
"culture": """What is the main language spoken in Brazil?|The main language spoken in Brazil is Portuguese.|Portuguese|Spanish|Brazil;
What is the main language spoken in Argentina?|The main language spoken in Argentina is Spanish.|Spanish|Portuguese|Argentina;
What is the official language of Austria?|The official language of Austria is German.|German|Dutch|Austria;
What is the official language of Iran?|The official language of Iran is Persian.|Persian|Arabic|Iran;
What is the official language of the Netherlands?|The official language of the Netherlands is Dutch.|Dutch|German|Netherlands;
How many players does a football (soccer) team have on the field?|A football team has 11 players on the field.|11|10|football;
How many players does a basketball team have on the court?|A basketball team has five players on the court.|five|six|basketball;
How many players does a rugby union team have on the field?|A rugby union team has 15 players on the field.|15|13|rugby union;
How many rings are on the Olympic flag?|The Olympic flag has five rings.|five|six|Olympic flag;
How often are the Summer Olympic Games normally held?|The Summer Olympic Games are normally held every four years.|four|two|Summer Olympics;
How many squares are on a chessboard?|A chessboard has 64 squares.|64|81|chessboard;
How many strings does a standard guitar have?|A standard guitar has six strings.|six|seven|guitar;
How many keys does a standard piano have?|A standard piano has 88 keys.|88|76|piano""",
}
for topic, table in FACTS.items():
    for prompt, ref, answer, wrong, subject in rows(table):
        add(topic, prompt, ref, answer, wrong, subject)

CURRENCIES = """Japan|the yen|the won;the United Kingdom|the pound sterling|the euro;the United States|the US dollar|the Canadian dollar;
India|the rupee|the taka;China|the renminbi|the yen;Switzerland|the Swiss franc|the euro;Russia|the ruble|the hryvnia;
Mexico|the peso|the real;Brazil|the real|the peso;South Korea|the won|the yen;Sweden|the krona|the euro;
Poland|the złoty|the koruna;Turkey|the lira|the dinar;South Africa|the rand|the shilling;Germany|the euro|the Deutsche Mark;
Norway|the krone|the krona;Israel|the shekel|the dinar;Thailand|the baht|the riel;Egypt|the Egyptian pound|the dinar;
Hungary|the forint|the złoty"""
for country, cur, wrong in rows(CURRENCIES):
    add("currency", f"What is the currency of {country}?", f"The currency of {country} is {cur}.", cur[4:], wrong[4:], country)

# Short summarization items: passage|reference summary|key phrase|wrong entity|subject
SUMMARIES = """The Great Wall of China is a series of fortifications built across northern China over many centuries. Most of the wall that survives today was built during the Ming dynasty. It was meant to protect Chinese states against raids from the northern steppe.|The Great Wall of China is a chain of fortifications, mostly from the Ming dynasty, built to protect against northern raids.|Ming dynasty|Qing dynasty|Great Wall of China;
Photosynthesis is the process by which green plants use sunlight to make food. Using chlorophyll, they turn carbon dioxide and water into glucose. Oxygen is released as a by-product.|Photosynthesis lets plants use sunlight and chlorophyll to turn carbon dioxide and water into glucose, releasing oxygen.|glucose|starch|photosynthesis;
The Amazon rainforest covers much of the Amazon basin in South America. It is home to an enormous variety of plant and animal species. Deforestation for farming and logging threatens large parts of it.|The Amazon rainforest in South America is extremely biodiverse but threatened by deforestation.|deforestation|flooding|Amazon rainforest;
The printing press with movable type was developed by Johannes Gutenberg in Mainz around 1450. It made books far cheaper to produce. This helped spread literacy and new ideas across Europe.|Gutenberg's movable-type printing press made books cheaper and spread literacy and ideas across Europe.|Gutenberg|Caxton|printing press;
Honeybees live in colonies led by a single queen. Worker bees gather nectar and pollen and build the wax comb. Drones exist mainly to mate with a queen.|A honeybee colony has one queen, worker bees that forage and build comb, and drones that mate.|queen|king|honeybees;
The human heart has four chambers: two atria and two ventricles. The right side pumps blood to the lungs to collect oxygen. The left side pumps oxygen-rich blood to the rest of the body.|The four-chambered heart sends blood to the lungs on the right side and oxygen-rich blood to the body on the left.|lungs|liver|human heart;
Mount Vesuvius erupted in the year 79. The eruption buried the Roman towns of Pompeii and Herculaneum under ash and pumice. The ruins preserved a detailed picture of Roman daily life.|The eruption of Vesuvius in 79 buried Pompeii and Herculaneum, preserving a picture of Roman life.|Pompeii|Carthage|Mount Vesuvius;
The water cycle describes how water moves around Earth. Water evaporates from oceans, condenses into clouds and falls as precipitation. It then flows back to the sea through rivers and groundwater.|In the water cycle, water evaporates, condenses into clouds, falls as precipitation and returns to the sea.|evaporates|freezes|water cycle;
Antibiotics are medicines that kill bacteria or stop them from growing. They do not work against viruses such as the common cold. Overuse of antibiotics encourages resistant bacteria.|Antibiotics treat bacterial infections, not viral ones, and overuse breeds resistant bacteria.|bacterial|viral|antibiotics;
The Moon orbits Earth about once every 27 days. Its gravity is the main cause of the ocean tides. The same side of the Moon always faces Earth.|The Moon orbits Earth roughly monthly, drives the tides and always shows Earth the same side.|tides|earthquakes|the Moon;
The Industrial Revolution began in Britain in the late eighteenth century. Steam power and new machines transformed textile production. Workers moved from the countryside into fast-growing cities.|The Industrial Revolution began in Britain with steam power and machines, driving people into growing cities.|Britain|France|Industrial Revolution;
A compiler translates source code written in a high-level language into machine code. The translation happens before the program runs. An interpreter, by contrast, executes the source code directly.|A compiler translates high-level source code into machine code before the program runs, unlike an interpreter.|machine code|bytecode|compilers;
Coral reefs are built by colonies of tiny animals called coral polyps. Reefs support about a quarter of all marine species. Warming seas cause coral bleaching, which can kill the reefs.|Coral reefs, built by polyps, support much marine life but are threatened by bleaching from warming seas.|bleaching|overfishing|coral reefs;
Vaccines train the immune system to recognise a pathogen. They contain weakened, inactivated or partial forms of the germ, or instructions to make part of it. Vaccinated people are protected if they meet the real pathogen later.|Vaccines train the immune system with a harmless form of a pathogen so the body is protected later.|immune system|nervous system|vaccines;
The Silk Road was a network of trade routes linking China with the Mediterranean. Merchants carried silk, spices and precious metals along it. Ideas, religions and diseases also travelled the routes.|The Silk Road linked China and the Mediterranean, carrying goods as well as ideas, religions and diseases.|China|India|Silk Road;
Plate tectonics explains that Earth's outer shell is split into large plates. The plates move slowly over the mantle. Earthquakes and volcanoes occur mostly where plates meet.|Earth's shell is split into moving plates, and earthquakes and volcanoes cluster at their boundaries.|plates|currents|plate tectonics;
Public-key cryptography uses a pair of keys. The public key can be shared with anyone and is used to encrypt messages or verify signatures. The private key is kept secret and is used to decrypt or sign.|Public-key cryptography pairs a shareable public key for encryption and verification with a secret private key.|private key|shared password|public-key cryptography;
The Renaissance was a cultural movement that began in Italy in the fourteenth century. It revived interest in the art and learning of ancient Greece and Rome. Artists such as Leonardo and Michelangelo flourished during it.|The Renaissance began in Italy and revived classical learning and art, with artists like Leonardo and Michelangelo.|Italy|Spain|Renaissance;
Sleep helps the brain store memories and clear waste products. Adults generally need seven to nine hours each night. Long-term lack of sleep raises the risk of many illnesses.|Sleep supports memory and brain health, adults need seven to nine hours, and chronic lack raises illness risk.|memory|digestion|sleep;
Electric cars are powered by batteries instead of petrol or diesel engines. They produce no exhaust emissions while driving. Their range depends mainly on battery capacity.|Electric cars run on batteries, emit no exhaust while driving and have range limited by battery capacity.|batteries|hydrogen|electric cars;
The Apollo programme was run by NASA in the 1960s and early 1970s. It landed twelve astronauts on the Moon between 1969 and 1972. Apollo 11 was the first crewed landing.|NASA's Apollo programme landed twelve astronauts on the Moon from 1969 to 1972, starting with Apollo 11.|twelve|six|Apollo programme;
Inflation is a general rise in prices over time. When inflation is high, money buys less than before. Central banks often raise interest rates to slow it down.|Inflation is rising prices that erode money's value, which central banks counter with higher interest rates.|interest rates|taxes|inflation;
Glaciers are large masses of ice that move slowly under their own weight. They form where more snow falls than melts. Many glaciers are shrinking because of a warming climate.|Glaciers are slowly moving ice masses formed from accumulated snow, many now shrinking as the climate warms.|shrinking|growing|glaciers;
The Roman aqueducts carried water from distant sources into cities. They used a slight, steady downward slope so gravity moved the water. Some of them still stand today.|Roman aqueducts used gentle gravity-driven slopes to bring distant water into cities, and some still stand.|gravity|pumps|Roman aqueducts;
Recycling turns used materials such as paper, glass and metal into new products. It reduces the need for raw materials. It also cuts the amount of waste sent to landfill.|Recycling turns used paper, glass and metal into new products, saving raw materials and landfill space.|landfill|oceans|recycling;
A black hole is a region of space where gravity is so strong that nothing, not even light, can escape. Many form when massive stars collapse. Their boundary is called the event horizon.|A black hole's gravity traps even light, and many form from collapsing massive stars, bounded by an event horizon.|event horizon|photon sphere|black holes;
The Olympic Games began in ancient Greece at Olympia. They were revived in modern form in 1896 in Athens. Today summer and winter Games alternate every two years.|The Olympics began at Olympia in ancient Greece, were revived in Athens in 1896, and now alternate summer and winter.|Olympia|Sparta|Olympic Games;
Version control systems record changes to files over time. They let developers go back to earlier versions and work on branches in parallel. Git is the most widely used one today.|Version control records file history, enabling rollback and parallel branches, and Git is the most widely used.|Git|Subversion|version control;
Bats are the only mammals capable of true flight. Many species find their way in the dark by echolocation. They help plants by pollinating flowers and spreading seeds.|Bats are the only truly flying mammals, often navigate by echolocation and help pollinate plants.|echolocation|magnetism|bats;
The Nile flows north through northeastern Africa into the Mediterranean Sea. Its annual floods made the land along its banks fertile. Ancient Egyptian civilisation grew up along the river.|The northward-flowing Nile's floods made its banks fertile, allowing ancient Egyptian civilisation to grow.|Egyptian|Roman|Nile;
Caffeine is a stimulant found in coffee, tea and many soft drinks. It blocks adenosine, a chemical that makes people feel sleepy. Too much caffeine can cause anxiety and poor sleep.|Caffeine, found in coffee and tea, keeps people alert by blocking adenosine but in excess harms sleep.|adenosine|melatonin|caffeine;
Unit tests check small pieces of code in isolation. They run quickly and can be repeated on every change. A good suite catches regressions before they reach users.|Unit tests check small pieces of code quickly and repeatedly, catching regressions before users see them.|regressions|outages|unit tests;
Lightning is a giant electrical discharge during a storm. It heats the air so fast that the air expands explosively. That expansion is heard as thunder.|Lightning is a storm discharge that heats air so quickly its explosive expansion is heard as thunder.|thunder|rain|lightning;
Penguins are flightless birds that live almost entirely in the Southern Hemisphere. Their wings have evolved into flippers for swimming. They feed mainly on fish, squid and krill.|Penguins are flightless Southern Hemisphere birds whose flipper wings make them swimmers feeding on fish and krill.|Southern Hemisphere|Arctic|penguins"""
for passage, ref, key, wrong, subject in rows(SUMMARIES):
    add("summary", f"Summarize the following passage in one sentence: {passage}", ref, key, wrong, subject,
        task="summarization")

ids = [i["id"] for i in items]
assert len(ids) == len(set(ids))
prompts = [i["prompt"].lower() for i in items]
assert len(prompts) == len(set(prompts)), [p for p in prompts if prompts.count(p) > 1]
out = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/concord-corpus.jsonl"
with out.open("w", encoding="utf-8") as f:
    for i in items:
        f.write(json.dumps(i, ensure_ascii=False) + "\n")
summ = sum(1 for i in items if i["task"] == "summarization")
print(f"{len(items)} items ({summ} summarization) -> {out}")
