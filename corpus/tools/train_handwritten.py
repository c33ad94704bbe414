"""Hand-written complete TRAIN messages: `category|escalation|given|lang|text`.

given codes: L location, D description, U urgency, E entry_permission, A availability ("-" none).
"""

from textkey import parse_block

BLOCK = r"""
maintenance|emergency|LD|en|my kitchen smells like rotten eggs near the stove, is that normal?
maintenance|emergency|D|en|theres a weird sulfur smell when i walk in the door, kind of like gas?? not sure
maintenance|emergency|LDU|en|URGENT water is literally pouring out of the light in my bathroom ceiling
maintenance|emergency|D|en|the alarm with CO on it keeps screaming and my kids are dizzy. we went outside
maintenance|emergency|LD|en|hi so the outlet behind my couch made a pop and now theres a black mark and it smells like burning plastic
maintenance|emergency|LD|en|sewer water is coming up in my tub and now its on the bathroom floor
maintenance|emergency|LDA|en|ceiling above my bed has a big bulge full of water and its dripping fast, im home now
maintenance|emergency|D|en|no heat since last night and its 15 degrees out. i have a 3 month old. what do i do
maintenance|emergency|D|en|Heat is out. My grandmother is 91 and lives with me and its freezing in here
maintenance|emergency|D|en|came home and my door was busted open and my tv is gone. police are on the way
maintenance|emergency|LD|en|elevator in building 2 is stuck between 3 and 4 and theres a lady inside yelling
maintenance|emergency|DU|en|there's water coming out of the wall and it's not stopping!!! please send someone NOW
maintenance|emergency|LD|en|the downstairs neighbor says water is coming through their ceiling from my laundry closet and i can see the washer hose split
maintenance|emergency|D|en|gas smell outside my unit getting stronger. i left the building with my kids
maintenance|emergency|LD|en|sparks came out of the bathroom light switch when i flipped it
maintenance|emergency|D|en|the smoke alarm is going off and there's actual smoke, not the battery thing
maintenance|emergency|LD|en|Theres smoke coming out of the dryer vent in the laundry room on 2nd floor
maintenance|emergency|D|en|toilet backed up into the shower and its sewage. we have 2 toddlers
maintenance|emergency|D|en|i think the main line is backed up, poop water coming up in both drains
maintenance|emergency|LDE|en|pipe burst in the closet, water everywhere. im at work, go in please
maintenance|emergency|DA|en|FLOODING. im home. hurry
maintenance|emergency|D|en|my mom is in a wheelchair and the elevator is stuck with her inside it
maintenance|emergency|LD|en|water heater in the closet burst, theres like 2 inches of water in the hall
maintenance|emergency|D|en|my stove has been giving off a gas smell even with all the knobs off
maintenance|-|D|en|the smoke detector keeps chirping every 30 sec, i think it needs a new battery, i cant reach it
maintenance|-|LD|en|smoke detector in the hall is beeping, no smoke, just the low battery chirp
maintenance|-|D|en|my gas stove burner wont light, it just clicks. no gas smell at all
maintenance|-|DU|en|water heater is making a rumbling noise. not urgent just wanted to report it
maintenance|-|D|en|the carbon monoxide detector needs a new battery, its chirping but no alarm
maintenance|-|LDEA|en|The bathroom sink drains super slow. You can go in anytime, I'm usually home after 6 anyway.
maintenance|-|LDUA|en|hi! the dishwasher in the kitchen isn't draining, there's gross water sitting in it. not urgent but would be great before the weekend, I'm home Thursday afternoon
maintenance|-|D|en|toilet runs constantly
maintenance|-|LD|en|There is a drip under the kitchen sink, I put a bowl there for now.
maintenance|-|DEA|en|fridge is warm. i'm home tomorrow from 8-12 and you have my permission to enter if i'm not
maintenance|-|D|en|AC not working again
maintenance|-|LDU|en|AC in my bedroom is blowing hot air and it's 95 out, please come asap
maintenance|-|LDE|en|my closet door in the master came off the track, pls enter whenever, no pets
maintenance|-|-|en|can someone come look at my apt, something isnt right
maintenance|-|A|en|need a maintenance visit, im free friday morning
maintenance|-|DA|en|the garbage disposal is humming but not spinning. Im home weekdays after 5:30
maintenance|-|LD|en|Good morning, the light over the bathroom mirror flickers constantly and then goes off.
maintenance|-|DU|en|water pressure is really low and it's getting worse every day
maintenance|-|LDE|en|broken blind in the living room, you can come in when im at work, dog is in a crate
maintenance|-|D|en|we have ants again. they're coming from somewhere near the window
maintenance|-|LD|en|theres a leak from the upstairs unit coming down the wall in my closet, slow drip not a lot
maintenance|-|D|en|my fridge is leaking water all over the floor. also can u tell me my balance
maintenance|-|LDUEA|en|Unit 14C — the bathroom exhaust fan is dead and we're getting mold on the ceiling. Not super urgent. I work from home so any day this week is fine, and you can enter if I'm on a call.
maintenance|-|DE|en|heater makes a burning dust smell for a few min when i first turn it on each winter, normal? if someone wants to check its fine to go in
maintenance|-|LD|en|the fire pit in the courtyard won't light
maintenance|-|D|en|hey my washer is making a loud banging noise when it spins
maintenance|-|LDA|en|kitchen light switch is loose and sometimes doesnt turn on. off on tuesdays
maintenance|-|DU|en|dryer takes 3 cycles to dry anything. whenever you have time
maintenance|-|LD|en|the window in my sons room has a crack across it
maintenance|-|DE|en|toilet seat broke lol. feel free to come in and swap it
maintenance|-|LDU|en|the shower in the master bath is only lukewarm. kind of urgent we have guests sunday
maintenance|-|DEA|en|door handle fell off. Please do not enter unless I am home. I'm home Mon and Wed evenings.
maintenance|-|D|en|i think the ice maker line is leaking? small puddle in front of the fridge every morning
maintenance|-|LD|en|mold in the corner of bedroom 2 behind the dresser
maintenance|-|D|en|bugs. lots of them
maintenance|-|LDUA|en|Hello, our balcony door lock is broken so it doesnt lock. Would like it fixed soon since we're on the first floor, I'm home all day Saturday.
maintenance|legal|LD|en|the mold in my bathroom is making my kid sick and i already filed with code enforcement. you have until friday
maintenance|legal|D|en|i've asked 5 times about the heat. next step is the city inspector and a lawyer
maintenance|complaint|LD|en|the tech came to fix the kitchen sink, made it worse and was rude about it. i want to file a complaint
maintenance|accommodation|LD|en|I just got out of hip surgery and can't step over the tub. can a grab bar or something be put in the bathroom?
maintenance|accommodation|D|en|my husband had a stroke, we need a handrail on the front steps so he can get inside
maintenance|fair_housing|D|en|funny how my neighbors get their repairs the same day and we wait a month. is it because we have 5 kids?
maintenance|emergency|D|en|i think someone tried to pry open my door last night, the lock is broken and won't latch now
maintenance|emergency|LD|en|the ceiling in the living room just fell in. there was a huge leak upstairs
billing|-|-|en|what is this $35 "admin fee" i see on my account?
billing|-|-|en|hi how do i get a rent receipt for the past year? i need it for a rental assistance app
billing|-|-|en|can i pay with venmo
billing|-|-|en|I think there might be a mistake on my ledger but I'm not sure, can someone explain the May charges?
billing|-|-|en|how come my utility charge is higher than my neighbor's, can you break it down
billing|-|-|en|does the portal take amex
billing|-|-|en|autopay took $1,430 but my rent is $1,380. what's the extra $50
billing|-|-|en|my bank changed, how do i update my payment method
billing|-|-|en|i want to dispute- sorry no, just want to understand what the "RUBS" charge is
billing|-|-|en|can you resend my statement, i deleted the email by accident
billing|-|-|en|my roommate and i want to pay separately, is that possible in the portal
billing|dispute|-|en|I've been charged a $75 late fee even though I paid on the 2nd which is in the grace period. Please remove it.
billing|dispute|-|en|wtf is this $400 carpet charge. i dont owe that
billing|dispute|-|en|Autopay pulled rent twice this month, I need one refunded
billing|dispute|-|en|the water bill says 9000 gallons, there's one person living here, that's impossible. i'm contesting it
billing|dispute|-|en|I paid by money order on the 1st and have the receipt, why does it say I'm short
billing|dispute|-|en|i never agreed to a valet trash fee and i want it taken off
billing|complaint|-|en|I've called about my statement 6 times, nobody calls back. I want to file a formal complaint with corporate.
delinquency|-|-|en|i'll pay on friday
delinquency|-|-|en|got the reminder. can pay $500 today and rest on the 12th is that ok
delinquency|-|-|en|Hi, can I pay half now and half next week?
delinquency|-|-|en|rent will be in by the 5th, sorry!
delinquency|-|-|en|is there a late fee if i pay tomorrow? totally forgot
delinquency|-|-|en|pls dont charge me late fee ill have it tmrw morning
delinquency|-|-|en|just sent $1,250 for the balance. are we good now?
delinquency|-|-|en|what do I owe to get current?
delinquency|-|-|en|can we do a payment arrangement, like $300 a week till im caught up
delinquency|-|-|en|I'll be paying my rent late this month, probably the 7th
delinquency|-|-|en|My paycheck got delayed a couple days, I'll pay Monday
delinquency|hardship|-|en|i got laid off on monday and idk how im going to pay rent. i have 2 kids. please help
delinquency|hardship|-|en|my son was in the ICU for a week and i couldnt work. i'm behind and scared
delinquency|hardship|-|en|my hours at the warehouse got cut in half, i can only do $700 this month
delinquency|hardship|-|en|Is there any assistance program? I can't afford rent since my divorce
delinquency|hardship|-|en|we had a death in the family and I had to fly out, money is really tight. can you give me more time?
delinquency|hardship|-|en|waiting on my unemployment claim, they said 3 weeks. rent will be late til then
delinquency|hardship|-|en|im disabled and my ssi got cut, i need help figuring out how to pay
delinquency|dispute|-|en|why am i getting past due texts? I PAID. check your records
delinquency|legal|-|en|Im not paying rent until the heat gets fixed. thats my right under the law
delinquency|legal|-|en|got the 3 day notice. my attorney will respond. do not contact me directly
lease|-|-|en|what's the renewal rate for a 12 month lease
lease|-|-|en|my girlfriend is moving in, do we need to add her to the lease?
lease|-|-|en|can I have a dog? what's the deposit and monthly fee
lease|-|-|en|my cat is allowed right? i have her on my application
lease|-|-|en|thinking about subletting for 3 months while im abroad, is that allowed
lease|-|-|en|how much notice do i need to give if i don't want to renew
lease|-|-|en|can i switch to a shorter lease, like 6 months
lease|-|-|en|is there a limit on how many people can live in a 2 bed
lease|-|-|en|I'd like to remove my ex from the lease, what's the process
lease|-|-|en|my lawyer friend said the lease renewal looks fine so I'll sign it today
lease|accommodation|-|en|I have PTSD and my psychiatrist recommended an emotional support animal. What do I need to submit?
lease|accommodation|-|en|my son uses a wheelchair. is there any way we can transfer to a ground floor unit when our lease is up
lease|accommodation|-|en|i have a documented disability and need a live in caregiver, can she stay without being on the lease
lease|accommodation|-|en|my ESA is a cat, not a pet. please remove the pet rent
lease|fair_housing|-|en|the leasing lady told me the 3rd floor is "better for couples without kids", is that allowed?
lease|fair_housing|-|en|you told me no vacancies but my white coworker got a tour the next day
lease|fair_housing|-|en|i was told i need to show a green card to renew but no one else was asked for that
lease|legal|-|en|I reported the mold to the city and now you won't renew me. That's retaliation. I'm contacting an attorney.
lease|hardship|-|en|my husband got deported and i can't afford the rent alone, can i get out of the lease
move|-|-|en|Giving my notice - moving out June 30th. What do I need to do?
move|-|-|en|when do I get my deposit back? i moved out on the 15th
move|-|-|en|where do i leave the keys when i move out
move|-|-|en|can i get my keys on saturday for move in or is the office closed
move|-|-|en|need to book the freight elevator for my move next friday
move|-|-|en|moving out next month, can you send the move-out checklist
move|-|-|en|do I have to be present for the move out walkthrough
move|-|-|en|how long does the deposit refund take?
move|dispute|-|en|you took $600 from my deposit for paint. i lived there 5 years, that's normal wear. i dispute this
move|legal|-|en|Texas law says you have 30 days to return my deposit. it's been 40. see you in small claims
move|hardship|-|en|my dad is dying and i need to move to be with him, i can't give 60 days notice or pay the fee
access|-|-|en|locked out!! keys inside. im at the front door
access|-|-|en|my fob quit working on the garage gate
access|-|-|en|what's the new gate code
access|-|-|en|can i get a second garage remote for my wife's car
access|-|-|en|lost my keys, how do i get a new set and how much
access|-|-|en|my key card doesn't work for the gym anymore
access|-|-|en|locked myself out again lol can someone bring a key
access|-|-|en|my guest cant get through the gate, what code should they use
access|-|-|en|the front door keypad isn't taking my code
access|emergency|-|en|im locked out and my 2 yr old is inside asleep, please come now
access|accommodation|-|en|im in a wheelchair and the pool gate latch is too high for me to reach
access|complaint|-|en|I've been locked out of the gym for 2 weeks because your system is broken and no one cares. I want to speak to the manager.
status_update|-|-|en|any update on the dishwasher?
status_update|-|-|en|Is someone still coming today between 1 and 5?
status_update|-|-|en|checking on work order 5521
status_update|-|-|en|did u guys get my message about the leak
status_update|-|-|en|the tech never showed. is he still coming?
status_update|-|-|en|following up - has a plumber been scheduled yet?
status_update|-|-|en|when is the AC guy coming back with the part
status_update|-|-|en|hi any news about my fridge ticket from last week
status_update|-|-|en|so is anyone gonna fix my sink or
status_update|-|-|en|Was my repair request received? I never got a confirmation.
status_update|complaint|-|en|Put in a request 2 weeks ago for my heater. Nobody came, nobody called. This is unacceptable and I want a manager to call me.
general|-|-|en|package room is full again, where do i get my box
general|-|-|en|is the gym open on thanksgiving
general|-|-|en|someone is parked in my reserved spot #22 again, can you tow them
general|-|-|en|thanks so much for the quick fix!!
general|-|-|en|what are the quiet hours? the guy upstairs has been stomping around at midnight
general|-|-|en|fire pit hours? also can we bring our own wood
general|-|-|en|can i have a bbq on my patio
general|-|-|en|where do i put cardboard boxes
general|-|-|en|is there a notary in the office
general|-|-|en|can my guest park in the garage overnight
general|-|-|en|the pool is so nice this year, thank you!
general|-|-|en|do you have a list of nearby dog walkers
general|-|-|en|how do i reserve the grill area
general|-|-|en|Got the notice about the water shutoff, what time will it be back on?
general|emergency|-|en|a man is lying on the sidewalk by the mailboxes and isn't moving
general|emergency|-|en|my neighbor's smoke alarm has been going off for 20 minutes and i smell smoke, no one answers the door
general|accommodation|-|en|I have a handicap placard and there's no accessible spot near my building. can one be reserved for me
general|accommodation|-|en|i have severe anxiety and phone calls are really hard for me, can all communication be by text?
general|complaint|-|en|I want to complain about the security guard, he was aggressive and yelled at my daughter
general|complaint|-|en|my neighbor in 5A keeps banging on my door at night and screaming at me. i've reported it 3 times. I want something done
general|complaint|-|en|your office staff is rude every single time. i want the name of the property owner
general|fair_housing|-|en|the manager told my family we're "too many kids" to use the pool at the same time as the other residents
general|fair_housing|-|en|i got a violation for my prayer rug on the balcony but the christmas lights are fine?
general|fair_housing|-|en|they keep calling me "sweetheart" and asking if my husband can handle this instead. i'm the one on the lease
general|unclear|-|en|hello is this the office
general|unclear|-|en|???
general|unclear|-|en|ok so about that thing
general|unclear|-|en|call me when u can
general|unclear|-|en|jjjjjjjjjjj
general|unclear|-|en|I need help with something
general|unclear|-|en|sorry wrong chat
general|unclear|-|en|my neighbor's dog bit my son and also my rent payment bounced, what do i do about both
general|unclear|-|en|i have a question
billing|-|-|en|can you explain my statement? also the pool hours?
maintenance|-|LD|en|my kitchen faucet is dripping nonstop and also what is the gate code
delinquency|-|-|en|will pay the balance friday. also my bathroom fan stopped working
lease|-|-|en|I want to renew. btw my package was delivered to the wrong unit
move|-|-|en|moving out the 30th, also do you guys want the extra garage remote back or do i keep it
maintenance|emergency|LD|en|my fob isn't working but more importantly there's a gas smell in the 2nd floor hallway
billing|dispute|-|en|what's the gym hours? and also you charged me a late fee i dont owe, i paid on time
access|-|-|en|need a new gate remote and my sink is slow too when u get a chance
delinquency|hardship|-|en|hey the gate is broken again. also I wanted to let you know i lost my job and won't have rent this month
general|-|-|en|Is the clubhouse available Saturday the 14th? Also thanks for the quick fix on my AC.
maintenance|-|LDUEA|es|hola buenas, el fregadero de la cocina esta tapado y huele feo. no es urgente, pueden entrar con su llave si no estoy, trabajo de 7 a 3
maintenance|-|D|es|no sirve el aire otra vez
maintenance|-|LDU|es|el boiler hace mucho ruido en el closet. no es urgente
maintenance|-|DA|es|la estufa no prende una hornilla, solo hace tic tic, no huele a gas. estoy en casa mañana en la tarde
maintenance|-|D|es|el detector de humo esta pitando y no hay humo, creo q es la pila
maintenance|-|LDE|es|el toilet del baño de arriba no para de correr agua, pueden pasar aunque no este
maintenance|-|D|es|el heater no calienta
maintenance|-|LD|es|Se rompió la persiana del cuarto de los niños
maintenance|-|DU|es|la lavadora se traba y tira agua, se esta poniendo peor cada dia
maintenance|-|-|es|necesito que alguien venga a revisar mi depa
maintenance|emergency|LD|es|huele como a huevo podrido en la cocina cerca de la estufa, es normal?
maintenance|emergency|D|es|la alarma de monoxido esta sonando y mis hijos estan mareados, ya nos salimos
maintenance|emergency|LDU|es|URGENTE esta saliendo agua del techo del baño a chorros
maintenance|emergency|LD|es|salio una chispa del contacto de la cocina y ahora huele a quemado
maintenance|emergency|D|es|no tenemos calefaccion y hace un frio tremendo, tengo un bebe de 2 meses
maintenance|emergency|D|es|llegue a la casa y la puerta estaba forzada y se robaron cosas
maintenance|emergency|LD|es|el drenaje se regreso en la regadera y hay agua negra en todo el baño
maintenance|emergency|D|es|el elevador se atoro con mi papa adentro, el esta en silla de ruedas
maintenance|legal|D|es|ya reporte a la ciudad lo del moho y viene un inspector el lunes
maintenance|accommodation|LD|es|a mi mama le dio un derrame y necesitamos barras en el baño para que se pueda bañar
billing|-|-|es|que es este cargo de $35 de admin?
billing|-|-|es|puedo pagar con venmo o cashapp
billing|-|-|es|el autopay me cobro $50 de mas, que es ese cargo
billing|-|-|es|me explican el cobro de la basura porfa
billing|dispute|-|es|me cobraron $75 de recargo y yo pague el dia 2, quitenlo porfavor
billing|dispute|-|es|me sacaron la renta dos veces de mi cuenta, quiero que me regresen uno
billing|dispute|-|es|no debo ese cargo de alfombra de $400, la alfombra ya estaba asi
delinquency|-|-|es|pago el viernes sin falta
delinquency|-|-|es|puedo pagar la mitad hoy y la mitad la otra semana?
delinquency|-|-|es|la renta la mando el 5, disculpen
delinquency|-|-|es|cuanto debo en total para ponerme al corriente
delinquency|hardship|-|es|me quede sin trabajo el lunes y no se como voy a pagar, tengo 3 niños
delinquency|hardship|-|es|mi esposo esta en el hospital y no ha podido trabajar, nos atrasamos con la renta
delinquency|hardship|-|es|nos bajaron las horas en la fabrica y no me alcanza
delinquency|hardship|-|es|estoy esperando la ayuda del condado para la renta, me pueden esperar?
delinquency|legal|-|es|no voy a pagar hasta que arreglen la calefaccion, es mi derecho
lease|-|-|es|cuanto me sale la renta si renuevo por un año
lease|-|-|es|mi novio se va a venir a vivir conmigo, lo tengo que agregar al contrato?
lease|-|-|es|puedo tener perro? cuanto es el deposito
lease|-|-|es|quiero subarrendar mientras me voy a mexico 3 meses, se puede?
lease|accommodation|-|es|tengo depresion y mi doctora me recomendo un animal de apoyo emocional, que tengo que mandar
lease|fair_housing|-|es|me dijeron que en el primer piso no aceptan familias con niños, eso es legal?
lease|fair_housing|-|es|a mi vecino americano le renovaron sin problema y a mi me pidieron papeles de inmigracion
lease|legal|-|es|reporte el moho a la ciudad y ahora no me quieren renovar, eso es represalia
move|-|-|es|me voy a mudar el 30, les doy mi aviso
move|-|-|es|cuando me devuelven el deposito? ya entregue las llaves hace 2 semanas
move|-|-|es|donde dejo las llaves cuando me vaya
move|-|-|es|puedo recoger las llaves el sabado para mudarme?
move|legal|-|es|ya pasaron mas de 30 dias y no me regresan el deposito, voy a ir a la corte de reclamos menores
access|-|-|es|me quede afuera, las llaves estan adentro
access|-|-|es|el control del porton no sirve
access|-|-|es|cual es el codigo nuevo de la reja
access|-|-|es|necesito otro fob para mi hija
access|emergency|-|es|me quede afuera y mi niño de 2 años esta adentro dormido solo, vengan rapido
status_update|-|-|es|ya viene el tecnico?
status_update|-|-|es|hay alguna actualizacion de mi orden del refri
status_update|-|-|es|el plomero no llego, todavia va a venir?
status_update|-|-|es|recibieron mi reporte de la fuga?
status_update|-|-|es|a que hora llega el de mantenimiento hoy
status_update|complaint|-|es|hace dos semanas pedi que arreglaran la calefaccion y nadie vino, quiero hablar con el gerente, es inaceptable
general|-|-|es|hay paquetes para el 12B?
general|-|-|es|a que hora cierra la alberca los domingos
general|-|-|es|gracias por arreglar el aire tan rapido!!
general|-|-|es|se estacionaron en mi lugar otra vez
general|-|-|es|los de arriba hacen mucho ruido en la noche, cual es el horario de silencio
general|-|-|es|a que hora se puede usar el fogon del patio
general|emergency|-|es|hay un señor tirado en el estacionamiento y no se mueve
general|complaint|-|es|el guardia de seguridad le grito a mi hija, quiero poner una queja
general|complaint|-|es|mi vecina me insulta cada vez que me ve y ya lo reporte 3 veces, quiero que hagan algo
general|fair_housing|-|es|nomas a nosotros los latinos nos mandan avisos por la musica, los demas hacen ruido y nada
general|accommodation|-|es|tengo placa de discapacitado y no hay lugar cerca de mi edificio, me pueden apartar uno
general|unclear|-|es|holaaa
general|unclear|-|es|me pueden marcar
general|unclear|-|es|es aqui la oficina?
general|unclear|-|es|ok y entonces?
maintenance|-|LD|es|the sink de la cocina esta leaking, pueden venir?
maintenance|-|DU|es|el AC no esta working, urgente porfa hace mucho calor
billing|-|-|es|hola, me pueden mandar el statement de este mes? no me llego
delinquency|-|-|es|voy a pagar el rent el viernes ok
status_update|-|-|es|any update? ya paso una semana de lo del toilet
access|-|-|es|mi key fob no abre el gate
"""

HANDWRITTEN = parse_block(BLOCK)
