"""Common given names, as one signal that a capitalised pair is a person and may be called "he" or "she".

Two capitalised words with no title ("New Stack", "Pearl Harbor", "World War II") look exactly like a name;
a pronoun must not resolve to them. A given name at the front is the cheapest evidence that a run is a
person. The list is deliberately broad (English-speaking, European, Latin American, African, Asian names in
their usual Latin spelling); a name missing here only loses this one signal, the others still apply.
"""
FIRST_NAMES = frozenset("""
aaron abdul abdullah abu adam adrian ahmed ahmad aisha alan albert alberto alejandro alex alexander alexandra
alexis alfred ali alice alicia alison amanda amber amy ana andrea andreas andrew andrés andy angela angelina
anita ann anna anne annie anthony antonio arjun arthur ashley barack barbara ben benjamin bernard bernie beth
betty bill billy bob bobby boris brad bradley brandon brendan brenda brian bruce bryan carl carla carlos carol
caroline carolyn catherine charles charlie charlotte chris christian christina christine christopher chuck
cindy claire claudia colin connor craig cynthia dan daniel daniela danielle dave david dean deborah debra demi
dennis derek diana diane dick dmitry dominic don donald donna doug douglas dylan ed eddie edward elena elizabeth
ellen elon emily emma emmanuel eric erik erin ethan eva evan fatima felipe fernando francesca frances francis
francisco frank fred frederick gabriel gary gavin george georgia gerald gina giorgia giuseppe glenn gordon grace
greg gregory hans harold harry heather helen henry hillary howard hugh hugo ian igor ira isaac isabel isabella
ivan jack jacob jake james jamie jan jane janet jared jason javier jay jean jeff jeffrey jennifer jenny jeremy
jerome jerry jess jessica jill jim jimmy jo joan joanna joe joel johan john johnny jon jonathan jordan jorge
jose josé joseph josh joshua joyce juan judith judy julia julian julie justin karen karl kate katherine kathleen
kathy katie keith kelly ken kenneth kevin kim kimberly kimberlee kirk kristen kristin kyle larry laura lauren
lee leo leonard lisa liz louis louise lucas lucy luis luke lynn maggie manuel marc marco marcus margaret maria
marie marion mark marlon martha martin mary mateo matt matthew maurice max megan melanie melissa michael
michel michelle miguel mike mikhail mohamed mohammed muhammad monica morris nancy naomi natalie nathan neil
nicholas nick nicola nicole nikki nina noah norman olga oliver olivia omar oscar pablo pam pamela patricia
patrick paul paula pedro pete peter philip phil pierre rachel rafael ralph ramon randy raul ray raymond rebecca
reed ric ricardo richard rick rob robert roberto robin roger ron ronald rosa rose ruby russell ruth ryan sally
sam samantha samuel sandra sara sarah scott sean selena sergei sergey shannon sharon shawn sheila steve steven
stephen stephanie stuart susan suzanne tamara tanya ted teresa terry theresa thomas tim timothy tina todd tom
tommy tony tracy valerie vanessa victor victoria vincent vladimir walter wayne wendy william willie xavier
yusuf zachary zoe
""".split())
