"""Rules taught by what the second batch of forms still missed: a release speaking as "we", a
military statement's own words ("Indian-sponsored"), "expects X to", a passive deployment told by
a speaker, a rejection that names whose words it rejects, a demand that officers be charged
(texts differ from the corpus)."""
from .test_batch_forms import events, triples


def test_a_release_speaking_as_we_calls_on_others_in_its_own_name():
    text = ("GOMA — Fighting near Sake on Monday sent 30 wounded people to our hospital. The Norwegian Refugee "
            "Council calls on all armed groups to respect civilians. We also call on donors to fund shelter.")
    assert ("REQUEST", "Norwegian Refugee Council", None) in triples(text, "2026-05-06")


def test_a_speaker_who_calls_attackers_sponsored_by_a_state_accuses_that_state():
    text = ("KABUL — A statement from the Afghan army's press office said on Monday that \"Pakistan-backed "
            "militants\" attacked a checkpoint in Khost.")
    assert ("ACCUSE", "AFG", "PAK") in triples(text, "2026-05-06")


def test_a_reporter_calling_a_group_state_backed_accuses_no_one():
    text = "BAGHDAD — Iran-backed militias fired rockets at a base in Anbar on Monday, wounding two guards."
    assert not {t for t in triples(text, "2026-05-06") if t[0] == "ACCUSE"}


def test_expects_another_to_act_is_a_request_and_a_forecast_is_no_event():
    text = ("ADDIS ABABA — Ethiopia expects the Eritrean government to withdraw its troops from the border, the "
            "foreign ministry said on Monday.")
    assert ("REQUEST", "ETH", "ERI") in triples(text, "2026-05-06")
    assert events("MOGADISHU — Analysts expect al-Shabaab to launch an offensive on Baidoa before the rains.",
                  "2026-05-06") == []


def test_troops_sent_said_by_a_minister_in_a_second_verb_are_his_states_deployment():
    text = ("LIMA — Gunmen seized three engineers near Pataz on Sunday. Peru's interior minister blamed illegal "
            "miners and said police had been sent to the district.")
    assert ("MOBILIZE", "PER", None) in triples(text, "2026-05-06")


def test_a_rejection_names_whose_words_it_rejects():
    text = ("KIGALI — Rwanda on Monday dismissed Kinshasa's accusations that it arms the M23, calling them "
            "baseless.")
    got = triples(text, "2026-05-06")
    assert ("REJECT", "RWA", "COD") in got
    assert ("SUPPORT", "RWA", "M23: March 23 Movement") not in got  # the content of an accusation is no act


def test_an_armed_groups_statement_rejects_the_lies_of_the_government():
    text = ("BOGOTA — Rebels of the ELN attacked a patrol in Arauca on Sunday. In a statement on Monday the ELN "
            "did not say whether it had lost fighters but said it \"rejects the lies of a government that wants "
            "war\".")
    assert ("REJECT", "ELN: National Liberation Army", "COL") in triples(text, "2026-05-06")


def test_a_demand_that_officers_be_charged_is_aimed_at_the_state():
    text = ("MOMBASA, Kenya — Police shot dead a hawker in Mombasa on Monday. The Law Society of Kenya "
            "condemned the killing and demanded that the officers responsible be prosecuted.")
    assert ("REQUEST", "KEN", "KEN") in triples(text, "2026-05-06")
