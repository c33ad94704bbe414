"""Hand-written complete EVAL messages, written fresh (not from the train fragments).

Format `category|escalation|given|lang|text`; given codes L location, D description, U urgency,
E entry_permission, A availability. Never used for training or tuning.
"""

from textkey import parse_block

BLOCK = r"""
# ---------------------------------------------------------------- emergency (indirect too)
maintenance|emergency|LD|en|is it normal for the area around the stove to smell like a match was just struck? it's been hours
maintenance|emergency|D|en|my place reeks of rotten eggs since i got home, windows are open now
maintenance|emergency|D|en|the little plug-in detector says CO and it's flashing red + beeping 4 times over and over
maintenance|emergency|LD|en|I heard a crackle from the wall socket in the nursery and now there's a scorched smell
maintenance|emergency|D|en|breaker box is hot to the touch and humming loudly
maintenance|emergency|LD|en|Water is coming in under the front door from the hallway, like a river
maintenance|emergency|LDU|en|the upstairs bathroom ceiling just caved in. drywall everywhere. SEND SOMEONE
maintenance|emergency|D|en|backed up sewage all over my floors, its coming out of the toilet and the tub at the same time
maintenance|emergency|D|en|furnace is dead and its 10 below tonight. i'm 84 and live alone
maintenance|emergency|D|en|heat's out, baby is 6 weeks old, apartment is 50 degrees and dropping
maintenance|emergency|D|en|somebody kicked my door in while we were at church
maintenance|emergency|D|en|my sliding door glass is shattered and someone was inside, stuff is missing
maintenance|emergency|LD|en|the elevator by the mailroom is stuck and there's a kid inside crying
maintenance|emergency|D|en|theres smoke pouring out from under the door of the apartment across from me
maintenance|emergency|LD|en|kitchen floor is an inch deep in water, the supply line to the fridge popped
maintenance|emergency|DA|en|hot water heater is spraying water everywhere and i cant find the shutoff. i'm here
maintenance|emergency|LD|en|a huge crack just opened in the bedroom ceiling and it's sagging down with water
maintenance|emergency|D|en|i hear hissing from behind the stove and it smells off, like gas maybe??
maintenance|emergency|LDU|es|urge!! huele a gas en todo el pasillo del 3er piso
maintenance|emergency|D|es|mi casa huele a huevo podrido desde que llegue, ya abri las ventanas
maintenance|emergency|LD|es|el contacto del cuarto del bebe tronó y huele a quemado
maintenance|emergency|D|es|no hay calefaccion y mi abuelita de 90 vive conmigo, esta helando
maintenance|emergency|D|es|patearon la puerta y se metieron a robar mientras estabamos en misa
maintenance|emergency|LD|es|se cayo el plafon del baño de arriba con toda el agua
maintenance|emergency|D|es|salen aguas negras por la taza y por la tina al mismo tiempo
maintenance|emergency|LD|es|el elevador junto a los buzones esta atorado con un niño adentro
access|emergency|-|en|Locked out and my dog is inside with the oven on. Need someone now.
access|emergency|-|es|me quede afuera y mi mama que tiene demencia esta adentro sola
general|emergency|-|en|My neighbor in 204 fell in the parking lot and hit her head, she's bleeding a lot
general|emergency|-|en|theres a fire in the trash room on floor 5, smoke is filling the hallway
general|emergency|-|es|hay un señor inconsciente en la lavanderia
general|emergency|-|en|someone just got stabbed by the pool, cops are coming
# ---------------------------------------------------------------- look-alike negatives
maintenance|-|LD|en|the smoke alarm in the kitchen chirps every couple of minutes, no smoke, probably needs a new 9 volt
maintenance|-|D|en|beep... beep... beep. smoke detector battery again. can someone swap it
maintenance|-|D|en|my stove top won't ignite on the front left burner, theres no odor just the clicking sound
maintenance|-|D|en|water heater makes this knocking noise at night, still works fine though
maintenance|-|DU|en|water heater is gurgling a lot lately, not an emergency
maintenance|-|LD|en|CO detector in the hallway is chirping once a minute, the manual says its end of life
maintenance|-|D|es|el detector de humo pita solito cada rato pero no hay humo, creo que ya se le acabo la bateria
maintenance|-|D|es|la estufa no enciende de un quemador pero no huele a gas para nada
maintenance|-|D|es|el boiler hace ruidos raros en la noche pero si calienta
general|-|-|en|until what time can we use the fire pits out back
general|-|-|en|is the courtyard fire pit gas or wood? and what are the hours
general|-|-|es|hasta que hora se puede usar el fogon de afuera
lease|-|-|en|my dog is on my lease already right? just checking what the monthly pet rent is
lease|-|-|en|we're getting a puppy, whats the pet fee and is there a weight limit
lease|-|-|es|mi gato ya esta registrado verdad? cuanto pago de renta de mascota
billing|-|-|en|not trying to dispute anything, just want to know what the $62.18 on my ledger is
billing|-|-|en|can you explain the charge from 3/3? i'm sure it's fine just confused
billing|-|-|es|no estoy reclamando nada, solo quiero saber que es el cargo de $62
delinquency|-|-|en|ill pay friday when my check clears
delinquency|-|-|en|is it ok if i do half today and the other half on the 20th?
delinquency|-|-|en|can i get on a payment plan for the $900? i can do $300 a month
delinquency|-|-|es|pago el viernes que me depositan
delinquency|-|-|es|puedo dar la mitad hoy y lo demas en 2 semanas?
lease|-|-|en|a lawyer buddy of mine read the renewal, he said it's standard. where do i e-sign
general|-|-|en|my upstairs neighbors are loud after 11, whats the policy on noise
general|-|-|en|anyone else hear that loud boom? was it construction?
maintenance|-|LD|en|the hallway smoke detector went off when i made toast lol, it stopped but is it supposed to be that sensitive
access|-|-|en|the gate's stuck open, figured you'd want to know
# ---------------------------------------------------------------- dispute
billing|dispute|-|en|Why is there a $250 "unauthorized occupant" fee? nobody else lives here. Remove it.
billing|dispute|-|en|i'm being billed for trash service at a unit i moved out of. not mine
billing|dispute|-|en|i object to the $35 NSF fee, the bank says the payment went through fine
billing|dispute|-|en|Pretty sure I'm being overcharged on electric, I've been gone all month and it's higher. I'd like it reviewed and corrected.
billing|dispute|-|en|ur system charged me a late fee on the 3rd when rent is due the 5th per my lease. fix it
billing|dispute|-|en|I already paid that. Check your bank. Not paying it twice.
billing|dispute|-|es|ya pague eso, revisen su banco, no lo voy a pagar dos veces
billing|dispute|-|es|me estan cobrando basura de un departamento donde ya no vivo
billing|dispute|-|es|ese cargo de $35 por fondos insuficientes esta mal, el banco dice que si paso
delinquency|dispute|-|en|the collections letter says i owe $2,300. i owe nothing, i have every receipt
delinquency|dispute|-|en|got a "final notice" for rent i paid on time. this is wrong and i want it corrected in writing
delinquency|dispute|-|es|me llego una carta de cobranza y yo no debo nada, tengo todos mis recibos
move|dispute|-|en|the move-out statement charges me for blinds that were broken at move-in, i have photos. i'm contesting it
move|dispute|-|es|me descontaron del deposito por las persianas y ya estaban rotas cuando llegue, tengo fotos
billing|dispute|-|en|charged for a fob i never got. not paying
billing|dispute|-|en|The renters insurance charge should not be there, I have my own policy and sent proof in January.
billing|dispute|-|en|my ledger shows a $1,200 balance but my bank shows the payment cleared on 4/1. please correct it
billing|dispute|-|es|me cobran seguro de inquilino y yo tengo mi propia poliza, ya mande el comprobante en enero
delinquency|dispute|-|en|i'm not late. the portal was down on the 1st and i have screenshots. take the late fee off
delinquency|dispute|-|es|no llegue tarde, el portal no servia el dia 1 y tengo capturas
# ---------------------------------------------------------------- accommodation
lease|accommodation|-|en|I'm a veteran with PTSD and my VA doctor wrote a note about my dog. How do I get the pet rent waived?
lease|accommodation|-|en|my daughter has cerebral palsy, the stairs are getting impossible. is there any way to move us to a ground floor place
lease|accommodation|-|en|the letter from my counselor about my cat is attached. she helps with my panic attacks
lease|accommodation|-|en|I'm recovering from chemo and need a bit more time to get the renewal paperwork done, my memory isn't great right now
lease|accommodation|-|es|tengo estres postraumatico y mi doctor del VA escribio una carta para mi perro
lease|accommodation|-|es|mi hija tiene paralisis cerebral y ya no puede con las escaleras, hay forma de cambiarnos abajo
maintenance|accommodation|L|en|my dad just moved in with me and he uses a walker, could a handrail go in by the toilet
maintenance|accommodation|LD|en|the step at my front door is too high for my scooter. can you put a small ramp there
maintenance|accommodation|D|en|I'm legally blind and the stove knobs have no markings, can someone add tactile dots
maintenance|accommodation|D|en|i'm hard of hearing and can't hear the fire alarm, need one with a flashing light
maintenance|accommodation|L|es|mi papa usa andadera, se podria poner un pasamanos en el baño
maintenance|accommodation|D|es|no escucho bien y la alarma de incendio no la oigo, necesito una con luz
general|accommodation|-|en|is there a way to get a parking spot closer to the door? I have a heart condition and walking is hard
general|accommodation|-|en|please send everything to me in writing, I have a cognitive disability and phone calls confuse me
general|accommodation|-|en|can my aide park in the visitor spot every day, she comes to help me because of my disability
general|accommodation|-|es|tengo un problema del corazon y no puedo caminar mucho, me dan un lugar mas cerca de la puerta
general|accommodation|-|es|por favor mandenme todo por escrito, tengo una discapacidad y me confundo por telefono
access|accommodation|-|en|the accessible door button at the lobby doesn't work and I can't open the heavy door from my wheelchair
access|accommodation|-|en|my hands shake from parkinsons and the fob reader is hard, could i get a keypad code instead
access|accommodation|-|es|el boton de la puerta para discapacitados no sirve y desde mi silla no puedo abrir
delinquency|accommodation|-|en|i get my disability check on the 3rd every month, can my due date be moved to match it
delinquency|accommodation|-|es|mi cheque de discapacidad llega el 3, se puede cambiar la fecha de pago
lease|accommodation|-|en|Can my emotional support bird stay? I know the lease says no birds.
general|accommodation|-|en|my service dog needs to come with me to the gym, the front desk said no
general|accommodation|-|en|I'm autistic and the fire alarm tests are really hard for me, can I get notice before them
maintenance|accommodation|D|en|I need the bathtub swapped for a walk-in shower, I can't lift my legs over it anymore after my surgery
# ---------------------------------------------------------------- legal
maintenance|legal|LD|en|The black mold in my kids' room has now been reported to the county health dept. An inspector is coming Tuesday.
maintenance|legal|D|en|no heat for 9 days. i called 311 and they're sending someone to cite the building
maintenance|legal|D|en|tenant union says the roaches violate the warranty of habitability. we're documenting everything
maintenance|legal|LD|es|el moho del cuarto de los niños ya lo reporte al departamento de salud, viene un inspector el martes
maintenance|legal|D|es|ya llame al 311 por la calefaccion, dicen que van a multar al edificio
delinquency|legal|-|en|per my attorney I'm paying rent into escrow until the repairs are made
delinquency|legal|-|en|you filed on me in eviction court, my legal aid lawyer will be at the hearing
delinquency|legal|-|en|i'm holding back this month's rent until someone fixes the ceiling. i looked it up and i'm allowed to
delinquency|legal|-|es|no les voy a pagar este mes hasta que arreglen el techo, ya investigue y tengo derecho
delinquency|legal|-|es|me demandaron para desalojarme, mi abogada de ayuda legal va a estar en la audiencia
lease|legal|-|en|You can't just change the lease terms mid-lease. I'm talking to a lawyer about this.
lease|legal|-|en|After I called the inspector you suddenly want to raise my rent 20%? That's retaliation and I'll be filing a complaint with the state.
lease|legal|-|en|what are my rights if you refuse to renew without a reason
lease|legal|-|en|I have consulted with counsel regarding the lease violation notice and will respond through them
lease|legal|-|es|no pueden cambiar el contrato a medio plazo, ya estoy hablando con un abogado
lease|legal|-|es|que derechos tengo si no me quieren renovar sin razon
move|legal|-|en|it's been 7 weeks and no itemized list and no deposit. i'm filing with the court next week
move|legal|-|en|you owe me $1,500 deposit plus penalties under state law. my attorney's letter is coming
move|legal|-|es|ya van 7 semanas y ni lista ni deposito, la proxima semana presento la demanda
general|legal|-|en|my car was towed illegally from my own spot, i'm taking you to small claims for the tow fee
general|legal|-|en|i slipped on the ice by the mailboxes that nobody salted and hurt my back. my lawyer will be in touch
general|legal|-|es|me resbale en el hielo de los buzones y me lastime la espalda, mi abogado los va a contactar
access|legal|-|en|you changed my locks while i was gone and i'm current on rent. that's an illegal lockout, i'm calling the police and a lawyer
access|legal|-|es|me cambiaron la chapa sin avisar y estoy al corriente, eso es ilegal, ya hable con un abogado
billing|legal|-|en|these junk fees are illegal under the new city ordinance, I've filed with the attorney general's office
maintenance|legal|D|en|the city code officer came by and said the railing is a violation. when will you fix it before they fine you
status_update|legal|-|en|following up on my heater ticket for the 6th time. if nothing happens by monday i'm going to housing court
delinquency|legal|-|en|my caseworker and lawyer say the late fees you're charging aren't legal for subsidized housing
lease|legal|-|en|the landlord entered my unit without notice twice. I know my rights and I'm documenting this for my attorney
move|legal|-|en|if my deposit isnt back by the deadline the law gives you, i'm suing for double
# ---------------------------------------------------------------- hardship
delinquency|hardship|-|en|i was furloughed from my government job and won't get paid until it ends
delinquency|hardship|-|en|my husband left and took the car and i can't get to work, i don't know how i'm paying rent
delinquency|hardship|-|en|I've had to pay for my son's funeral this month. I'm sorry. I don't have the rent.
delinquency|hardship|-|en|cancer treatment has me out of work, the bills are piling up and i'm behind
delinquency|hardship|-|en|they cut my shifts to 2 days a week. do you have any programs or resources?
delinquency|hardship|-|en|I'm waiting for my SNAP and emergency rental assistance approval, I applied on the 2nd
delinquency|hardship|-|en|i cant make rent. simple as that. i have nothing right now
delinquency|hardship|-|es|a mi esposo lo deportaron y me quede sola con los niños, no tengo para la renta
delinquency|hardship|-|es|estoy en tratamiento de cancer y no he podido trabajar, ya me atrase
delinquency|hardship|-|es|me bajaron a 2 dias por semana, hay algun programa de ayuda?
delinquency|hardship|-|es|no completo la renta, no tengo nada ahorita la verdad
delinquency|hardship|-|es|se murio mi hijo y gaste todo en el funeral, perdon
lease|hardship|-|en|With my hours cut I can't afford the renewal increase. Is there a cheaper unit I could transfer to?
move|hardship|-|en|I'm being forced to move in with family after losing my job, I can't afford to pay the lease break fee
delinquency|hardship|-|en|I'm a nurse and I got covid and was out 3 weeks without pay. I can't cover all of rent
delinquency|hardship|-|en|our house burned down.. i mean my moms house, and i've been sending her everything. i'm short this month and need help
delinquency|hardship|-|es|me dio covid y estuve 3 semanas sin trabajar sin pago, no alcanzo a pagar toda la renta
delinquency|hardship|-|en|my ex stopped paying child support and i just cant do the full rent anymore, what are my options
billing|hardship|-|en|can the pet fee be waived this month? i got hurt and haven't worked in 3 weeks, money's tight
# ---------------------------------------------------------------- complaint
general|complaint|-|en|I am formally complaining about your assistant manager. She humiliated me in front of other residents.
general|complaint|-|en|the maintenance supervisor made a comment about my body. i don't want him in my apartment ever again
general|complaint|-|en|Every time I call the office I get put on hold and then hung up on. I want to escalate this to corporate.
general|complaint|-|en|the people in 1B have been threatening my kids in the hallway and i've told you 4 times
general|complaint|-|en|guy next door keeps blocking my car in and laughing about it, I want something on record
general|complaint|-|en|i have never had such bad service from a property manager. who is your boss
general|complaint|-|es|quiero poner una queja formal contra la asistente de la gerente, me humillo enfrente de otros vecinos
general|complaint|-|es|cada que llamo a la oficina me dejan esperando y me cuelgan, quiero hablar con alguien de la corporacion
general|complaint|-|es|los del 1B amenazan a mis hijos en el pasillo y ya les he dicho 4 veces
status_update|complaint|-|en|Still no word on my AC. It's been 19 days. I'm done being polite about this.
status_update|complaint|-|en|how many times do I have to ask about the same leak?? 3 tickets. zero visits. completely unacceptable
status_update|complaint|-|es|ya van 19 dias sin aire y nadie me dice nada, ya me canse de ser amable
status_update|complaint|-|es|cuantas veces tengo que preguntar por la misma fuga? 3 reportes y nadie viene
maintenance|complaint|LD|en|the contractor who did my bathroom left tools in my tub and cracked the tile, and then argued with me. I want this escalated
maintenance|complaint|D|en|your guy came in without knocking while I was in the shower. I want to file a complaint, and my sink still drips
maintenance|complaint|LD|es|el de mantenimiento entro sin tocar mientras me bañaba, quiero poner una queja, y el lavabo del baño sigue goteando
billing|complaint|-|en|your billing department is a joke. three months of wrong statements and nobody takes responsibility. i want a manager
access|complaint|-|en|the gate has been broken for a month, we get our cars broken into, and management does nothing. I'm filing a complaint.
general|complaint|-|en|the night security guard is sleeping on the job every night. I have pictures. unacceptable
general|complaint|-|en|I'd like to speak with the property manager's supervisor about how I was treated today
general|complaint|-|es|el guardia de la noche se duerme todas las noches, tengo fotos, es inaceptable
general|complaint|-|en|Your leasing agent was condescending and rude to my elderly mother on the phone.
general|complaint|-|en|the neighbors dog attacks my dog every time we pass and the owner just laughs, I've reported this 3 times now
general|complaint|-|es|el perro del vecino ataca al mio cada vez que pasamos y el dueño nomas se rie, ya lo reporte 3 veces
lease|complaint|-|en|I was promised a renewal rate in writing and now the office denies it. I want to speak to whoever is above the manager.
move|complaint|-|en|nobody has answered a single email about my move-out in 3 weeks. this is terrible service
general|complaint|-|en|the office keeps "losing" my paperwork and blaming me. i want a formal complaint on file
status_update|complaint|-|en|You closed my work order without fixing anything. Again. I want to talk to someone in charge.
general|complaint|-|en|my neighbor screams slurs at me when we pass in the hall. i feel unsafe and want this handled
# ---------------------------------------------------------------- fair housing
general|fair_housing|-|en|funny how only the tenants with accents get the lease violation letters for noise
general|fair_housing|-|en|the manager asked if my "people" always cook with so many spices. we're Indian. it felt like a warning
general|fair_housing|-|en|the pool rules only get enforced on the black kids, the white kids do the same thing and nothing
general|fair_housing|-|en|staff told me they'd 'prefer' i didn't wear my religious head covering at the front desk job posting event
general|fair_housing|-|en|they said the playground is off limits to kids under 12 without a parent but only tell us, the mexican family
general|fair_housing|-|es|nomas a los que hablamos español nos mandan cartas por ruido
general|fair_housing|-|es|la gerente pregunto si mi "gente" siempre cocina asi, se sintio como una amenaza
general|fair_housing|-|es|las reglas de la alberca solo se las aplican a los niños latinos
lease|fair_housing|-|en|When I said I'm pregnant, the agent suddenly said the 1 bedroom wasn't available anymore
lease|fair_housing|-|en|they told me i'd need a bigger deposit because i'm from Nigeria
lease|fair_housing|-|en|the leasing office said they don't rent to people in wheelchairs on upper floors "for safety". i didn't ask for that
lease|fair_housing|-|en|my renewal was denied right after I told them my boyfriend is moving in, and he's Muslim. I don't think that's a coincidence
lease|fair_housing|-|en|agent said this building is "mostly young professionals" and we'd be happier somewhere with other families
lease|fair_housing|-|es|cuando dije que estaba embarazada de repente ya no habia departamento
lease|fair_housing|-|es|me pidieron un deposito mas grande porque soy de honduras
lease|fair_housing|-|es|nos dijeron que el edificio es para jovenes profesionistas y que estariamos mejor en otro lado con otras familias
lease|fair_housing|-|en|they asked me what church i go to on the application, is that even allowed
maintenance|fair_housing|D|en|every other unit on my floor got new appliances except the two Somali families. my stove barely works
maintenance|fair_housing|D|es|a todos les cambiaron los electrodomesticos menos a las familias latinas, mi estufa apenas sirve
access|fair_housing|-|en|why are we the only arab family that had to show ID at the gate every day this week
access|fair_housing|-|es|por que solo a nosotros los latinos nos piden identificacion en la entrada
general|fair_housing|-|en|the manager said single women shouldn't be out by the pool at night and took my fob away. the men still use it
general|fair_housing|-|en|a staff member told my son "go back to your country". we want this addressed
lease|fair_housing|-|en|told on the phone the unit was open, showed up in person and suddenly it's rented. i'm black. draw your own conclusions
general|fair_housing|-|en|my deaf son got yelled at by staff for not answering, they said he shouldn't live here if he can't follow rules
lease|fair_housing|-|en|the office said no more than 2 kids in a 2 bedroom, but the law lets us have 4 people
status_update|fair_housing|-|en|my repair has been "pending" for 2 months while my neighbors get same-day service. is it because i'm on section 8 and latino?
general|fair_housing|-|es|un empleado le dijo a mi hijo que se regresara a su pais, queremos que hagan algo
# ---------------------------------------------------------------- unclear
general|unclear|-|en|yo
general|unclear|-|en|ok but why
general|unclear|-|en|test
general|unclear|-|en|hello??? anyone
general|unclear|-|en|Please call me at your earliest.
general|unclear|-|en|is this frontdesk or the old number
general|unclear|-|en|.
general|unclear|-|en|i need to talk to somebody about a situation
general|unclear|-|en|re: the thing from yesterday
general|unclear|-|en|qwertyuiop
general|unclear|-|en|👍
general|unclear|-|en|can u help me
general|unclear|-|en|who do i talk to
general|unclear|-|en|lkjsdf 4b
general|unclear|-|en|my daughter got hurt on the playground equipment and also i think my lease has a mistake with the names
general|unclear|-|en|my roommate is stealing from me and the ceiling has a stain, i dont know who to talk to
general|unclear|-|es|bueno bueno, me escuchan
general|unclear|-|es|me marcan porfa
general|unclear|-|es|quien es
general|unclear|-|es|tengo un asunto, con quien lo puedo ver
general|unclear|-|es|??? q paso
general|unclear|-|es|esto es la oficina o ya cambio el numero
general|unclear|-|es|ayudaa
general|unclear|-|es|y lo de ayer?
general|unclear|-|en|?? is this maintenance or leasing or
# ---------------------------------------------------------------- routine, varied voice
maintenance|-|LDUEA|en|Hi! Kitchen disposal is jammed again (I didn't put anything weird down it I promise). No rush at all, I'm home Wed/Thu after 2 and you're welcome to let yourselves in if I'm out.
maintenance|-|D|en|shower has like no pressure
maintenance|-|LD|en|bathroom door won't latch, the little metal piece is loose
maintenance|-|DA|en|doorbell is dead. home saturday till 1
maintenance|-|LDE|en|the vanity drawer in the master bath broke off its slide. fine to come in when im out
maintenance|-|DU|en|fridge making a loud buzzing noise for 2 days, kinda getting worse
maintenance|-|LDUA|en|mildew in the laundry closet and it's spreading pretty fast, around all day tomorrow
maintenance|-|D|en|CAN SOMEBODY FIX MY DRYER IT TAKES 3 HOURS
maintenance|-|LD|en|there's a gap under the front door and bugs keep getting in
maintenance|-|-|en|maintenance needed in 508 please
maintenance|-|E|en|need maintenance, you can go in with the master key anytime
maintenance|-|LDE|en|the bedroom window latch broke and won't lock. please don't come in unless i'm home, i have 2 cats that bolt
maintenance|-|D|en|my heater's making a clicking sound but it's still blowing warm
maintenance|-|LD|en|Ceiling fan in the living room only runs on high
maintenance|-|DU|en|dishwasher door wont stay closed. no biggie whenever
maintenance|-|LDA|en|theres a drip coming from the ceiling of my closet, slow, one drop a minute or so. free anytime after 4
maintenance|-|D|en|toilet handle snapped off
maintenance|-|DEA|en|Our AC isn't keeping up, it's 81 in here with it set at 72. We both work days, ok to enter, any weekday 9-5
maintenance|-|LD|en|black gunk coming up from the bathtub drain, no backup, just slow and gross
maintenance|-|D|en|garbage disposal smells like death even after cleaning
maintenance|-|D|es|el refri hace mucho ruido y no enfria bien
maintenance|-|LDUA|es|se zafo la puerta del gabinete de la cocina, no hay prisa, estoy en casa el sabado
maintenance|-|LDE|es|la regadera del baño chico gotea toda la noche, pueden entrar con su llave
maintenance|-|D|es|la secadora tarda 3 horas en secar
maintenance|-|DA|es|no funciona el timbre, estoy el viernes todo el dia
maintenance|-|LD|es|hay una gotera en el closet de la recamara, poquita
maintenance|-|-|es|necesito mantenimiento en el 508 por favor
maintenance|-|LDE|es|la chapa de la ventana del cuarto se rompio, no entren si no estoy porque tengo gatos
maintenance|-|DU|es|el aire no da abasto, esta a 81 adentro, es urgente porque tengo a mis hijos
maintenance|-|LD|es|oigan el lavamanos del baño de visitas esta flojo, se mueve
maintenance|-|D|es|el AC is making un ruido raro, like clicking
maintenance|-|LD|es|la light del kitchen no prende
billing|-|-|en|can yall email me a PDF of my ledger
billing|-|-|en|Hi, what payment methods do you accept besides the portal?
billing|-|-|en|is the $25 "tech package" optional?
billing|-|-|en|why did autopay skip this month
billing|-|-|es|me pueden mandar mi estado de cuenta en PDF
billing|-|-|es|que formas de pago aceptan ademas del portal
delinquency|-|-|en|I get paid on the 9th, will have rent + late fee then
delinquency|-|-|en|behind by one month, I'd like to get a payment arrangement going
delinquency|-|-|es|me pagan el 9, ese dia pago la renta con el recargo
delinquency|-|-|es|ando atrasado un mes, quisiera hacer un arreglo de pagos
lease|-|-|en|whats the earliest i can sign my renewal
lease|-|-|en|can i add my boyfriend as an occupant but not a leaseholder
lease|-|-|es|cuando es lo mas pronto que puedo firmar la renovacion
lease|-|-|es|puedo agregar a mi novio como ocupante nomas
move|-|-|en|picking up keys tmrw for 3C, what time?
move|-|-|en|if I move out early do I still get my deposit back
move|-|-|es|mañana recojo las llaves del 3C, a que hora?
move|-|-|es|si me salgo antes me regresan el deposito?
access|-|-|en|garage clicker battery died i think, do you have replacements
access|-|-|en|locked out of the laundry room, my card is blocked
access|-|-|es|creo que se le acabo la pila al control del garage, tienen repuesto
access|-|-|es|no puedo entrar a la lavanderia, mi tarjeta esta bloqueada
status_update|-|-|en|hey just checking if anyone is coming for the toilet today or tomorrow
status_update|-|-|en|Can you tell me where things are with my window repair request?
status_update|-|-|en|u guys still sending someone? i took off work
status_update|-|-|en|it's been a few days, any idea on timing for the dryer fix
status_update|-|-|en|eta on maint?
status_update|-|-|es|todavia van a mandar a alguien? pedi el dia en el trabajo
status_update|-|-|es|me pueden decir como va lo de mi ventana
status_update|-|-|es|siguen en camino los de mantenimiento o siempre no?
status_update|-|-|es|hola, pa cuando el tecnico del AC?
general|-|-|en|where can I leave a package for a neighbor
general|-|-|en|love the new gym equipment, thank you!!
general|-|-|en|can I put a holiday wreath on my door
general|-|-|en|is there overnight parking for a moving pod
general|-|-|es|donde puedo dejarle un paquete a un vecino
general|-|-|es|me encanta el gimnasio nuevo, gracias!!
general|-|-|es|puedo poner una corona navideña en la puerta
general|-|-|en|ok thank you so much 😊
# ---------------------------------------------------------------- two topics
maintenance|-|LD|en|bathroom faucet is loose and wobbles. also, do you have my package from fedex?
billing|-|-|en|whats this $15 charge and also when do they clean the pool
delinquency|-|-|en|rent will be there tuesday, and could someone check my dryer sometime
status_update|-|-|en|any update on my oven ticket? also i'd like to renew for another year
lease|-|-|es|quiero renovar el contrato y tambien se me tapo el lavabo
maintenance|emergency|LD|en|I wanted to ask about the renewal but right now water is shooting out under my kitchen sink and I can't stop it
billing|dispute|-|en|hey 2 things, the gate code please, and also the $120 cleaning charge is wrong, I cleaned everything
delinquency|hardship|-|es|dos cosas, mi fob no abre, y perdi mi trabajo asi que no voy a poder pagar la renta completa
maintenance|emergency|D|es|queria preguntar por el paquete pero huele mucho a gas afuera de mi puerta
general|complaint|-|en|pool hours? and also I want to make a complaint about the guy in 2F who keeps harassing my wife
access|-|-|es|perdi mi fob y tambien quiero saber a que hora abre el gym
move|-|-|en|giving notice for end of next month, and can i get a copy of my last receipt
"""

HANDWRITTEN = parse_block(BLOCK)
