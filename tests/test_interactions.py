"""PLOVER interactions: types, actors from titles and earlier mentions, recipients, negation."""
from tacitus import extract
from tacitus.eval.score import actor_code


def triples(text, published="2025-03-06"):
    r = extract(text, published=published)
    for i in r.interactions:
        for ev in i.evidence:
            assert text[ev.start:ev.end] == ev.text
    return {(i.event_type, actor_code(i.actor), actor_code(i.recipient), i.negated) for i in r.interactions}


def test_a_call_to_several_leaders_is_one_interaction_each():
    got = triples("Kenyan President William Ruto spoke by phone with Congo's President Felix Tshisekedi. "
                  "Later he had calls with French President Emmanuel Macron and Turkish President Recep Tayyip Erdogan.")
    assert {("CONSULT", "KEN", "COD", False), ("CONSULT", "KEN", "FRA", False),
            ("CONSULT", "KEN", "TUR", False)} <= got


def test_later_mentions_and_counterparts_resolve_to_their_country():
    got = triples("Egypt's Foreign Minister Badr Abdelatty met his Somali counterpart, Ahmed Moallim Fiqi, in Cairo. "
                  "Mr Fiqi accused Ethiopia of violating Somalia's sovereignty.")
    assert ("CONSULT", "EGY", "SOM", False) in got
    assert ("ACCUSE", "SOM", "ETH", False) in got


def test_both_sides_are_the_parties_of_the_story():
    got = triples("Kyrgyz and Tajik border guards clashed near Batken on Wednesday. The United Nations urged both "
                  "sides to show restraint.")
    assert {("REQUEST", "United Nations", "KGZ", False), ("REQUEST", "United Nations", "TJK", False)} <= got
    assert not any(t[0] != "REQUEST" for t in got)  # "to show restraint" is part of the request


def test_seats_of_power_organisations_and_negation():
    got = triples("The Kremlin did not condemn the strike. The African Union called on Rwanda to withdraw its troops.")
    assert ("ACCUSE", "RUS", None, True) in got
    assert ("REQUEST", "African Union", "RWA", False) in got


def test_descriptions_are_not_interactions():
    assert triples("Forces backed by Rwanda entered the town on Monday.", "2025-01-28") == set()


def test_a_state_body_without_a_country_speaks_for_the_story_s_state():
    got = triples("Four police officers were killed when their vehicle struck a roadside bomb in Mandera, Kenya, "
                  "on Wednesday. Police blamed al-Shabaab.", "2024-07-17")
    assert ("ACCUSE", "KEN", "Al Shabaab", False) in got


def test_condemning_the_act_accuses_whoever_did_it():
    got = triples("An Israeli air strike killed six people in Nabatieh in Lebanon on Wednesday. Lebanon's prime "
                  "minister condemned the strike.", "2024-10-17")
    assert ("ACCUSE", "LBN", "ISR", False) in got


def test_calling_an_act_a_crime_is_an_accusation_not_a_phone_call():
    got = triples("Gunmen of the Gran Grif gang killed 70 people in Pont-Sonde in Haiti on Thursday. The prime "
                  "minister called the killings a massacre.", "2024-10-05")
    assert ("ACCUSE", "HTI", "Gran Grif Gang", False) in got
    assert not any(t[0] == "CONSULT" for t in got)


def test_acts_named_by_a_verb_and_its_object():
    got = triples("Authorities imposed a curfew in Imphal in India and suspended mobile internet. "
                  "Afghanistan summoned Pakistan's charge d'affaires in Kabul. The army said its troops had "
                  "withdrawn to new positions.", "2023-05-05")
    assert {("COERCE", "IND", None, False), ("ACCUSE", "AFG", "PAK", False)} <= got
    assert any(t[0] == "RETREAT" for t in got)


def test_pronouns_and_the_group_point_back():
    got = triples("The ELN attacked a base in Arauca in Colombia on Tuesday. President Gustavo Petro suspended "
                  "peace talks with the group, accusing it of war crimes.", "2025-01-22")
    assert {("REJECT", "COL", "ELN: National Liberation Army", False),
            ("ACCUSE", "COL", "ELN: National Liberation Army", False)} <= got


def test_history_is_not_coded():
    got = triples("Relations have deteriorated since the Taliban returned to power in 2021, with Pakistan "
                  "accusing Kabul of sheltering fighters. Kenya sent troops into Somalia in 2011. "
                  "Aid agencies have repeatedly called on both sides to stop.", "2024-12-25")
    assert got == set()


def test_a_warning_is_a_threat_only_when_it_announces_an_act():
    assert ("THREATEN", "UGA", None, False) in triples(
        "Ugandan police spokesman Patrick Onyango warned that officers would disperse any gathering.", "2025-09-09")
    assert not any(t[0] == "THREATEN" for t in triples(
        "The UN warned of a humanitarian disaster in Gaza.", "2025-09-09"))


def test_several_actors_and_mutual_acts():
    got = triples("Russian and Ukrainian delegations met in Istanbul on Monday and agreed to exchange prisoners. "
                  "The European Union and the United States urged the authorities to respect the deal.",
                  "2025-06-03")
    assert {("CONSULT", "RUS", "UKR", False), ("CONSULT", "UKR", "RUS", False), ("AGREE", "RUS", "UKR", False),
            ("AGREE", "UKR", "RUS", False)} <= got
    assert {t[1] for t in got if t[0] == "REQUEST"} == {"European Union", "USA"}


def test_known_leaders_and_a_rejected_accusation_answers_the_accuser():
    got = triples("Bangkok accused Phnom Penh of laying new landmines, a charge Cambodia rejected. President "
                  "Donald Trump spoke by phone with Hun Manet.", "2025-07-25")
    assert {("ACCUSE", "THA", "KHM", False), ("REJECT", "KHM", "THA", False)} <= got
    assert ("CONSULT", "USA", "KHM", False) in got


def test_recalled_envoys_closed_borders_and_the_n_states_named_together():
    got = triples("Chad, Sudan and Libya recalled their ambassadors from Egypt on Monday. In a statement, the three "
                  "governments called the raid an act of aggression. Egypt responded by recalling its envoys to Chad "
                  "and Libya and closing its airspace to flights from Sudan.")
    assert {("SANCTION", iso3, "EGY", False) for iso3 in ("TCD", "SDN", "LBY")} <= got
    assert {("SANCTION", "EGY", "TCD", False), ("SANCTION", "EGY", "LBY", False),
            ("SANCTION", "EGY", "SDN", False)} <= got


def test_rejections_answer_whoever_spoke_or_accused():
    got = triples("Peru's army said the helicopter had crossed into Peruvian airspace. Ecuador's government rejected "
                  "that account and accused Peru of provocation. Peru's foreign ministry called the accusations baseless.")
    assert ("REJECT", "ECU", "PER", False) in got
    assert ("ACCUSE", "ECU", "PER", False) in got
    assert ("REJECT", "PER", "ECU", False) in got


def test_each_accused_the_other_and_said_were_responsible():
    got = triples("Kyrgyzstan and Tajikistan agreed on Friday to a ceasefire, but within hours each accused the other "
                  "of breaking it. Tajikistan's foreign ministry said it remained committed and that Kyrgyz troops were "
                  "responsible for the shooting.")
    assert {("AGREE", "KGZ", "TJK", False), ("AGREE", "TJK", "KGZ", False), ("ACCUSE", "KGZ", "TJK", False),
            ("ACCUSE", "TJK", "KGZ", False)} <= got
    assert sum(1 for t in got if t[:3] == ("ACCUSE", "TJK", "KGZ")) == 1  # a set; the count is in the scorer


def test_words_apart_from_their_cue_and_threats_by_refusal():
    got = triples("Secretary of State Marco Rubio said he had spoken over the weekend with Indian Prime Minister "
                  "Narendra Modi. Israeli Prime Minister Benjamin Netanyahu said Israel would not allow Syrian forces "
                  "to deploy near the border.")
    assert ("CONSULT", "USA", "IND", False) in got
    assert ("THREATEN", "ISR", "SYR", False) in got


def test_a_verbal_protest_is_an_accusation_and_no_demonstration():
    r = extract("Sudan's foreign ministry protested to Britain on Monday over a conference in London.",
                published="2025-04-14")
    assert [(i.event_type, actor_code(i.actor), actor_code(i.recipient)) for i in r.interactions] == [
        ("ACCUSE", "SDN", "GBR")]
    assert r.events == []


def test_what_is_not_a_political_act():
    got = triples("In March, the United States determined that the group had committed war crimes and imposed "
                  "sanctions on its commander. Real Madrid coach Carlo Ancelotti urged his rivals to accept the result. "
                  "The RSF denied that its fighters had harmed civilians.", published="2025-07-20")
    assert not any(t[0] == "SANCTION" for t in got)  # dated four months back: history
    assert not any(t[1] == "ESP" for t in got)  # a capital inside a club's name is no state
    assert ("REJECT", "Rapid Support Forces", None, False) in got  # nobody accused: no recipient


def test_a_term_of_a_deal_is_no_act_of_its_own():
    got = triples("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday, "
                  "committing their governments to withdraw Rwandan troops from eastern Congo.")
    assert not any(t[0] == "RETREAT" for t in got)
    assert ("AGREE", "COD", "RWA", False) in got and not any(t[2] == "USA" for t in got)


def test_condemned_strikes_point_at_the_strike_not_the_deadliest_clash():
    got = triples("Clan militias clashed in Sweida on Monday, killing 40 people. Israeli warplanes struck Damascus on "
                  "Tuesday, killing three people. Egypt condemned the strikes.", published="2025-07-16")
    assert ("ACCUSE", "EGY", "ISR", False) in got


def test_police_withdrawing_and_ordered_deployments():
    got = triples("Gunmen attacked the town of Mirebalais on Monday. Police said officers had been outnumbered and "
                  "had withdrawn. The prime minister ordered the deployment of extra police units to the region.",
                  published="2025-04-01")
    assert ("RETREAT", "HTI", None, False) in got
    assert ("MOBILIZE", "HTI", None, False) in got


def test_hosted_talks_are_consultations_with_and_between_the_parties():
    got = triples("Bahrain hosted a new round of talks between Sudan's government and the Rapid Support Forces "
                  "on Monday. Heavy fighting between the RSF and Misseriya fighters killed 12 people near Babanusa "
                  "on Sunday. The European Union urged both parties to extend the truce.")
    rsf = "Rapid Support Forces"
    assert {("CONSULT", "BHR", "SDN", False), ("CONSULT", "BHR", rsf, False), ("CONSULT", "SDN", rsf, False),
            ("CONSULT", rsf, "SDN", False)} <= got
    # "both parties" are the parties to the talks, not the sides of the day's fighting
    assert {("REQUEST", "European Union", "SDN", False), ("REQUEST", "European Union", rsf, False)} <= got


def test_separate_or_earlier_talks_are_not_meetings_of_the_parties():
    got = triples("Kenya has been hosting separate talks between Ethiopia and Eritrea for several months.")
    assert not any(t == "CONSULT" for t, *_ in got)
    got = triples("Turkey, which hosted earlier talks between Somalia and Ethiopia, said it was ready to help.")
    assert not any(t == "CONSULT" for t, *_ in got)


def test_a_rejection_answers_whoever_asked_the_one_rejecting():
    got = triples("The army blamed the RSF for the attack. The UN envoy called on Chad to stop arming the "
                  "paramilitaries. Chad's foreign ministry rejected the charge.")
    assert ("REJECT", "TCD", "United Nations", False) in got
    got = triples("Norway urged both sides to join talks in Oslo. The ELN said it would not attend any talks.")
    assert ("REJECT", "ELN: National Liberation Army", "Norway", False) in {
        (t, a, "Norway" if r == "NOR" else r, n) for t, a, r, n in got}


def test_its_envoy_after_naming_a_state_and_a_relative_recipient():
    got = triples("Niger's junta accused Benin of hosting French troops and summoned its ambassador.")
    assert ("ACCUSE", "NER", "BEN", False) in got
    assert ("ACCUSE", "NER", None, False) not in got
    got = triples("Somalia asked the UN Security Council to act against Ethiopia, which it accuses of arming clans.")
    assert ("ACCUSE", "SOM", "ETH", False) in got


def test_own_forces_are_no_recipient_but_a_governor_may_ask_the_government():
    got = triples("Chad said it was withdrawing its soldiers from the Lake Chad region.")
    assert ("RETREAT", "TCD", None, False) in got
    got = triples("Gunmen killed 12 villagers in Zamfara on Monday. Governor Dauda Lawal urged the federal "
                  "government to send more troops.")
    assert ("REQUEST", "NGA", "NGA", False) in got


def test_an_organisation_named_by_its_apposition_and_the_electoral_commission():
    got = triples("Israeli jets struck a car near Tyre on Monday, killing two Hezbollah fighters. The UN "
                  "peacekeeping force in Lebanon, UNIFIL, urged both sides to stop.")
    assert any(t == "REQUEST" and a.startswith("UNIFIL") for t, a, _, _ in got)
    got = triples("Riot police dispersed a march in Harare on Monday. The opposition leader accused the electoral "
                  "commission of rigging the count.")
    assert ("ACCUSE", "ZWE", "ZWE", False) in got


def test_support_in_other_words_and_who_fired_first():
    got = triples("Niger's junta reaffirmed its support for Mali. Chad expressed its solidarity with Sudan. "
                  "Kyrgyzstan's border service said Tajik guards had fired first.")
    assert {("SUPPORT", "NER", "MLI", False), ("SUPPORT", "TCD", "SDN", False), ("ACCUSE", "KGZ", "TJK", False)} <= got


def test_a_conjoined_appeal_is_aimed_at_whom_the_caller_spoke_with():
    got = triples("The British foreign secretary spoke by phone with President Ruto on Monday and urged calm, "
                  "the Foreign Office said.")
    assert ("CONSULT", "GBR", "KEN", False) in got
    assert ("REQUEST", "GBR", "KEN", False) in got


def test_what_is_asked_for_is_no_recipient_and_a_reported_request_counts():
    got = triples("Somalia's government asked the African Union for more troops. Cameroon condemned the raid and "
                  "said it had asked Nigeria to close the border.")
    assert ("REQUEST", "SOM", "African Union", False) in got
    assert not any(t[0] == "REQUEST" and t[1] == "SOM" and t[2] != "African Union" for t in got)
    assert ("REQUEST", "CMR", "NGA", False) in got


def test_met_demands_is_no_meeting_and_a_federation_is_the_countrys_own():
    got = triples("Peru's ombudsman urged the government and the farmers' federation to open talks. The federation "
                  "said it would keep protesting until the government met its demands.")
    assert not any(t[0] == "CONSULT" for t in got)
    r = extract("Peru's ombudsman urged the government and the farmers' federation to open talks.",
                published="2026-02-18")
    assert sorted(i.recipient.name for i in r.interactions) == ["Civil Society (Peru)", "Government of Peru"]


def test_condemning_an_unclaimed_bombing_accuses_no_one_known():
    got = triples("A bomb exploded in a mosque in Kunduz on Friday, killing nine worshippers. No group claimed the "
                  "attack. The UN mission condemned the bombing.", published="2026-02-07")
    assert ("ACCUSE", "United Nations", None, False) in got
    assert not any(t[0] == "ACCUSE" and t[2] == "AFG" for t in got)


def test_a_vow_to_retaliate_is_aimed_at_the_other_side_and_a_de_facto_force_is_its_state():
    got = triples("US aircraft struck Houthi radar sites near Hodeidah on Sunday, killing three people. The Houthis' "
                  "leader vowed to retaliate.", published="2026-03-09")
    assert ("THREATEN", "YEM", "USA", False) in got


def test_mediation_in_the_past_is_history_and_both_of_them_are_the_two_sides():
    got = triples("Indian and Pakistani troops clashed near Uri on Monday, killing two soldiers. Qatar, which has "
                  "mediated between the two countries in the past, urged both of them to show restraint.",
                  published="2026-03-10")
    assert not any(t[0] == "CONSULT" for t in got)
    assert {("REQUEST", "QAT", "IND", False), ("REQUEST", "QAT", "PAK", False)} <= got


def test_separate_talks_and_a_call_to_two_presidents():
    got = triples("Kenyan President William Ruto accused Ethiopia of massing troops. Egypt's foreign minister held "
                  "separate talks with Kenyan and Ethiopian delegations on Monday. Later Ruto spoke by phone with "
                  "Tinubu and Ghanaian President John Mahama.", published="2026-03-10")
    assert {("CONSULT", "EGY", "KEN", False), ("CONSULT", "EGY", "ETH", False)} <= got
    assert ("CONSULT", "KEN", "GHA", False) in got


def test_a_states_partners_are_not_the_state_and_unprovoked_fire_accuses():
    got = triples("Poland's foreign minister called on Poland's partners to send more air defence.")
    assert ("REQUEST", "POL", "POL", False) not in got
    got = triples("Pakistan's army said on Monday that Afghan forces had opened fire without provocation on its "
                  "border posts near Chaman.", published="2026-03-10")
    assert ("ACCUSE", "PAK", "AFG", False) in got


def test_the_military_is_the_one_named_before_and_a_spokesman_speaks_for_his_government():
    got = triples("Pakistani and Afghan forces clashed on Monday, Pakistan's military said. Afghan shelling killed "
                  "four civilians in Kurram. The military's media wing said Afghan forces had fired first. "
                  "Zabihullah Mujahid, the spokesman of the Taliban government, said Pakistan had shelled a village. "
                  "He accused Islamabad of violating Afghan airspace.", published="2026-03-10")
    assert {("ACCUSE", "PAK", "AFG", False), ("ACCUSE", "AFG", "PAK", False)} <= got


def test_the_two_leaders_after_a_call_and_a_call_in_which_one_told_the_other():
    got = triples("Kenyan President William Ruto spoke by phone with Ugandan President Yoweri Museveni on Monday, and "
                  "the two leaders agreed to reopen the border. Turkish President Recep Tayyip Erdogan told Vladimir "
                  "Putin in a phone call that Ankara would host talks.", published="2026-03-10")
    assert {("AGREE", "KEN", "UGA", False), ("AGREE", "UGA", "KEN", False), ("CONSULT", "TUR", "RUS", False)} <= got


def test_a_visit_to_a_town_and_a_crowd_appealing_to_the_public_are_not_coded():
    got = triples("Nigeria's governor of Borno, Babagana Zulum, visited the town on Tuesday. Doctors in Maiduguri, "
                  "Nigeria, appealed for blood donations.", published="2026-03-10")
    assert not {t for t in got if t[0] in ("CONSULT", "REQUEST")}


def test_a_claimed_bombing_and_the_kidnappers_are_the_group_and_the_council_is_the_security_council():
    got = triples("A suicide bomber killed 20 people at a mosque in Kunduz on Friday. Islamic State Khorasan claimed "
                  "responsibility. Pakistan condemned the bombing.", published="2026-03-07")
    assert ("ACCUSE", "PAK", "Islamic State (Khorasan)", False) in got
    got = triples("Ambazonian separatists abducted nine pupils in Bafut on Monday. UNICEF called on the kidnappers "
                  "to free them.", published="2026-03-10")
    assert ("REQUEST", "United Nations Children's Fund", "Ambazonian Separatists", False) in got
    got = triples("Mali's envoy to the United Nations urged the UN Security Council on Friday to end the mission. "
                  "Later he asked the council to lift sanctions.", published="2026-03-07")
    assert ("REQUEST", "MLI", "United Nations Security Council", False) in got
    assert ("REQUEST", "MLI", "United Nations", False) not in got


def test_the_heads_of_the_two_countries_services_met_and_a_side_with_a_country_is_that_country():
    got = triples("Uzbek and Kyrgyz border guards exchanged fire on Sunday. The Uzbek foreign ministry accused Kyrgyz "
                  "forces of firing first. The heads of the two countries' border services met on Monday and agreed "
                  "to withdraw troops, the Uzbek side said.", published="2026-03-10")
    assert {("CONSULT", "UZB", "KGZ", False), ("CONSULT", "KGZ", "UZB", False),
            ("AGREE", "UZB", "KGZ", False), ("AGREE", "KGZ", "UZB", False)} <= got


def test_calls_named_by_a_noun_received_calls_and_talks_on_a_trip():
    got = triples("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani discussed the fighting in a phone call "
                  "with his Egyptian counterpart. Ethiopian Prime Minister Abiy Ahmed received a phone call from "
                  "Kenyan President William Ruto on Friday. Somalia's president flew to Nairobi on Saturday for talks "
                  "with Ruto.", published="2026-03-10")
    assert {("CONSULT", "QAT", "EGY", False), ("CONSULT", "KEN", "ETH", False), ("CONSULT", "SOM", "KEN", False)} <= got
    assert ("CONSULT", "QAT", None, False) not in got


def test_the_three_leaders_and_the_united_states_is_no_party():
    got = triples("Fighting between the army and the RSF killed 30 people in El Fasher on Monday. Egypt's president "
                  "spoke by phone with the leaders of Saudi Arabia and the UAE, and the three leaders agreed to push "
                  "for a truce. Sudan's foreign minister asked the United States to pressure the RSF.",
                  published="2026-03-10")
    assert {("AGREE", "SAU", "ARE", False), ("AGREE", "ARE", "EGY", False), ("AGREE", "EGY", "SAU", False)} <= got
    assert ("REQUEST", "SDN", "USA", False) in got
    assert not {t for t in got if t[0] == "REQUEST" and t[2] == "Rapid Support Forces"}


def test_a_host_of_two_presidents_aid_for_a_province_and_companies_ordered_out():
    got = triples("Kenya's president hosted the presidents of Congo and Rwanda in Nairobi on Monday. Britain "
                  "pledged 12 million pounds in aid to Sudan, and the EU announced 5 million euros in humanitarian "
                  "assistance for Darfur. India's home minister ordered 10 companies of paramilitary police to "
                  "Manipur.", published="2026-03-10")
    assert {("CONSULT", "KEN", "COD", False), ("CONSULT", "KEN", "RWA", False), ("CONSULT", "COD", "RWA", False),
            ("AID", "GBR", "SDN", False), ("AID", "European Union", "SDN", False), ("MOBILIZE", "IND", None, False)} <= got


def test_a_name_taken_for_an_auxiliary_a_hyphenated_group_and_a_year_that_names_a_deal():
    got = triples("Fighting killed 20 people in Malakal on Monday. IGAD called on the government and the opposition "
                  "SPLM-IO to respect the 2018 peace agreement.", published="2026-03-10")
    assert {("REQUEST", "Intergovernmental Authority on Development", "SSD", False),
            ("REQUEST", "Intergovernmental Authority on Development",
             "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition", False)} <= got


def test_a_un_mission_named_in_full_and_a_report_that_speaks_for_its_author():
    got = triples("Gunmen killed nine villagers near Yei on Monday. The United Nations Mission in South Sudan "
                  "condemned the killings.", published="2026-03-10")
    assert got == {("ACCUSE", "UNMISS: United Nations Mission in South Sudan", None, False)}
    got = triples("The UN refugee agency said in a report on Monday that 300 people had fled Sudan. The report "
                  "urged Chad to keep its border open.", published="2026-03-10")
    assert ("REQUEST", "United Nations", "TCD", False) in got


def test_them_after_both_governments_a_closed_crossing_and_a_standing_denial():
    got = triples("Indian and Pakistani troops exchanged fire near Kotli on Sunday. Iran said it was in contact with "
                  "both governments and urged them to show restraint. The Wagah crossing was closed by Pakistani "
                  "authorities on Monday. Ties have worsened since 2019 over Indian accusations that Pakistan "
                  "shelters militants, a charge Islamabad denies.", published="2026-03-10")
    assert {("REQUEST", "IRN", "IND", False), ("REQUEST", "IRN", "PAK", False), ("SANCTION", "PAK", "IND", False)} <= got
    assert not {t for t in got if t[0] == "REJECT"}
    got = triples("Congo accused Rwanda on Monday of backing the rebels, a charge Kigali denies.", published="2026-03-10")
    assert {("ACCUSE", "COD", "RWA", False), ("REJECT", "RWA", "COD", False)} <= got


def test_naming_words_accuse_and_refusals_and_disowned_attacks_reject():
    got = triples("Police arrested 30 protesters in Lagos on Monday. Amnesty International called the arrests "
                  "unlawful. President Petro called the Clan del Golfo a mafia and said he would not resume talks "
                  "with the group. The Pakistani Taliban said they were not behind the blast.", published="2026-03-10")
    assert ("ACCUSE", "Amnesty International", "NGA", False) in got
    assert {("ACCUSE", "COL", "Clan del Golfo", False), ("REJECT", "COL", "Clan del Golfo", False)} <= got
    assert not {t for t in got if t[0] == "CONSULT"}
    assert ("REJECT", "TTP: Tehreek-i-Taliban Pakistan", None, False) in got


def test_the_government_keeping_the_internet_off_and_food_sent_to_displaced_people():
    got = triples("Fighting in Bahir Dar killed 12 people on Sunday, as the government kept mobile internet switched "
                  "off. The World Food Programme said it was sending food to 20,000 displaced people in the region.",
                  published="2026-03-10")
    assert {("COERCE", "ETH", None, False), ("AID", "World Food Programme", "ETH", False)} <= got
