//! The public API and the output contract: spans, UTF-16 offsets, errors.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::js_slice;
use mizan::output::{EntityKind, OffsetUnit, SCHEMA_VERSION};
use mizan::{Analyzer, Error, Options};

const ARTICLE: &str = "الرئيس الروسي فلاديمير بوتين يستقبل المبعوث الأمريكي الخاص ستيف ويتكوف في موسكو.\n\
قال بوتين إن روسيا والولايات المتحدة الأمريكية تقتربان.";

#[test]
fn finds_people_places_and_merges_them() {
    let a = Analyzer::default().analyze(ARTICLE).unwrap();
    assert_eq!(a.schema_version, SCHEMA_VERSION);
    assert_eq!(a.offset_unit, OffsetUnit::Utf8);
    let putin = a.entities.iter().find(|e| e.name == "فلاديمير بوتين").expect("Putin");
    assert_eq!(putin.kind, EntityKind::Person);
    let forms: Vec<&str> = putin.mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(forms.contains(&"بوتين"), "the surname joins the person: {forms:?}");
    assert!(a.entities.iter().any(|e| e.name == "ستيف ويتكوف" && e.kind == EntityKind::Person));
    let russia = a.entities.iter().find(|e| e.latin.as_deref() == Some("Russia")).expect("Russia");
    assert!(russia.mentions.iter().any(|m| m.text == "الروسي"), "the nisba points at Russia");
    assert!(a.entities.iter().any(|e| e.name == "موسكو" && e.kind == EntityKind::Location));
    assert!(putin.roles.iter().any(|r| r.title.contains("الرئيس الروسي")));
    // Every span is the text it claims to be.
    for e in &a.entities {
        for m in &e.mentions {
            assert_eq!(&ARTICLE[m.start as usize..m.end as usize], m.text);
        }
    }
}

#[test]
fn utf16_spans_slice_like_javascript_with_emoji_tashkeel_and_latin() {
    let text = "😀👍🏽 Breaking: قالَ الرئيـــسُ الروسيُّ فلاديميرُ بوتينَ (Putin) في مُوسْكو 🇷🇺 اليوم.";
    let a = Analyzer::default().analyze(text).unwrap().to_utf16(text);
    assert_eq!(a.offset_unit, OffsetUnit::Utf16);
    assert_eq!(a.length as usize, text.encode_utf16().count());
    let mut n = 0;
    for e in &a.entities {
        for m in &e.mentions {
            assert_eq!(js_slice(text, m.start, m.end), m.text, "mention {m:?}");
            n += 1;
        }
        for r in &e.roles {
            assert!(r.start <= r.end && r.end <= a.length);
        }
    }
    assert!(n >= 3, "found mentions in the decorated text: {n}");
    assert!(a
        .entities
        .iter()
        .any(|e| e.kind == EntityKind::Person && e.mentions.iter().any(|m| m.text.contains("بوتينَ"))));
    for s in &a.sentences {
        assert!(s.start < s.end && s.end <= a.length);
    }
}

#[test]
fn empty_and_blank_inputs_give_empty_results() {
    for t in ["", "   \n\n\t", "...", "😀"] {
        let a = Analyzer::default().analyze(t).unwrap();
        assert!(a.entities.is_empty(), "{t:?}");
    }
}

#[test]
fn too_large_input_is_a_clear_error() {
    let an = Analyzer::new(Options { max_bytes: 10, ..Options::default() }).unwrap();
    match an.analyze("روسيا وأمريكا") {
        Err(Error::InputTooLarge { bytes, limit }) => {
            assert_eq!(limit, 10);
            assert!(bytes > 10);
        }
        other => panic!("expected InputTooLarge, got {other:?}"),
    }
    let msg = Error::InputTooLarge { bytes: 11, limit: 10 }.to_string();
    assert!(msg.contains("exceeds the limit"), "{msg}");
}

#[test]
fn bad_options_are_refused_with_a_message() {
    let e = Analyzer::new(Options { reference_date: Some("yesterday".into()), ..Options::default() }).unwrap_err();
    assert!(e.to_string().contains("referenceDate"), "{e}");
    let e = Analyzer::new(Options { max_bytes: 0, ..Options::default() }).unwrap_err();
    assert!(e.to_string().contains("maxBytes"), "{e}");
    let unknown = serde_json::from_str::<Options>(r#"{"tokenz": true}"#).unwrap_err();
    assert!(unknown.to_string().contains("unknown field `tokenz`"), "{unknown}");
}

#[test]
fn reference_date_resolves_relative_dates() {
    let an = Analyzer::new(Options { reference_date: Some("2025-08-07".into()), ..Options::default() }).unwrap();
    let a = an.analyze("وصل الوفد أمس إلى القاهرة.").unwrap();
    let d = a.entities.iter().find(|e| e.kind == EntityKind::Date).expect("a date");
    assert_eq!(d.value.as_deref(), Some("2025-08-06"));
}

#[test]
fn tokens_carry_their_segmentation() {
    let an = Analyzer::new(Options { tokens: true, ..Options::default() }).unwrap();
    let text = "وبوتين قال لبوتين بوتين";
    let a = an.analyze(text).unwrap();
    let toks = a.tokens.expect("tokens asked for");
    assert_eq!(toks.len(), 4);
    assert_eq!(toks[2].proclitics, vec!["ل"]);
    assert_eq!(toks[2].stem, "بوتين");
    assert_eq!(toks[0].proclitics, vec!["و"]);
}

#[test]
fn json_round_trip_keeps_the_contract() {
    let a = Analyzer::default().analyze(ARTICLE).unwrap().to_utf16(ARTICLE);
    let v = serde_json::to_value(&a).unwrap();
    for key in ["schemaVersion", "sentences", "entities", "events", "quotes", "stance", "summary", "table", "document"]
    {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let e = &v["entities"][0];
    for key in ["id", "kind", "name", "latin", "mentions", "roles", "affiliation", "salience"] {
        assert!(e.get(key).is_some(), "entity missing {key}");
    }
    let back: mizan::Analysis = serde_json::from_value(v).unwrap();
    assert_eq!(back, a);
}

#[test]
fn clitic_forms_of_a_name_join_the_same_person() {
    let text = "التقى الرئيس الروسي فلاديمير بوتين الوفد. وقال مسؤولون إن لبوتين رأيا آخر، وإن وبوتين ومستشاريه اتفقوا. ووصف بوتين اللقاء.";
    let a = Analyzer::default().analyze(text).unwrap();
    let people: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    assert_eq!(people.len(), 1, "one person: {:?}", people.iter().map(|p| &p.name).collect::<Vec<_>>());
    let texts: Vec<&str> = people[0].mentions.iter().map(|m| m.text.as_str()).collect();
    // "لبوتين" and "وبوتين" are mentions of بوتين, their clitics outside the span.
    assert_eq!(texts.iter().filter(|t| **t == "بوتين").count(), 3, "{texts:?}");
    let starts: Vec<u32> = people[0].mentions.iter().map(|m| m.start).collect();
    assert!(starts.contains(&(text.find("لبوتين").unwrap() as u32 + 2)), "the ل is outside the span");
    assert!(starts.contains(&(text.find("وبوتين").unwrap() as u32 + 2)), "the و is outside the span");
}

fn people(text: &str) -> Vec<String> {
    let a = Analyzer::default().analyze(text).unwrap();
    a.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.clone()).collect()
}

#[test]
fn a_clear_given_name_and_an_unknown_family_name_are_a_person_without_a_title() {
    let found = people("وقال المتحدث إن الاتفاق يلقى دعم الكتلة، بينما نواف القحيطاني يعارضه بشدة منذ أسابيع.");
    assert!(found.iter().any(|p| p == "نواف القحيطاني"), "{found:?}");
    // "خلف" here is "behind", and "علي" a preposition: neither starts a name.
    let found = people("أنهى العداء السباق خلف الزعبلاوي بدقيقة واحدة. وتعتمد النتيجة على الحكام.");
    assert!(!found.iter().any(|p| p.starts_with("خلف")), "{found:?}");
}

#[test]
fn an_accusative_title_or_a_plural_verb_does_not_end_a_name() {
    let found = people("وكان مجلس الوزراء قد عين الدكتور نبيل الحمصاني مفتيا للمدينة في العام الماضي.");
    assert!(found.iter().all(|p| !p.ends_with("مفتيا")), "{found:?}");
    let found = people("وقالت الأسرة إن كارولينا وزوجها يحتفلان بالمولود الجديد.");
    assert!(found.iter().all(|p| !p.contains("يحتفلان")), "{found:?}");
}

#[test]
fn a_noun_with_a_possessive_pronoun_is_no_name() {
    let found = people("وحضر الأمير هنري وزوجته الأميرة سارة حفل الافتتاح في المدينة.");
    assert!(found.iter().all(|p| !p.contains("زوجته")), "{found:?}");
}

/// The person entities of a text, each with the texts of its mentions.
fn people_mentions(text: &str) -> Vec<(String, Vec<String>)> {
    let a = Analyzer::default().analyze(text).unwrap();
    a.entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.name.clone(), e.mentions.iter().map(|m| m.text.clone()).collect()))
        .collect()
}

#[test]
fn shortened_names_and_spelling_variants_join_their_person() {
    // The headline drops the father's name; later the compound family name stands alone.
    let found = people_mentions(
        "انتخاب نبيل عبد الحميد رئيسا للجمعية\n\nانتخبت الجمعية العامة الدكتور نبيل سعيد عبد الحميد رئيسا لها. \
         وقال عبد الحميد إنه سيعمل مع الأعضاء.",
    );
    let nabil: Vec<_> = found.iter().filter(|(_, m)| m.iter().any(|t| t.contains("عبد الحميد"))).collect();
    assert_eq!(nabil.len(), 1, "{found:?}");
    assert_eq!(nabil[0].0, "نبيل سعيد عبد الحميد", "{found:?}");
}

#[test]
fn a_surname_that_begins_with_a_clitic_letter_stays_whole_once_named_in_full() {
    // "بلانكو" alone reads as ب + "لانكو"; "خوان بلانكو" shows it is a name.
    let p = people_mentions("بلانكو يغادر الفريق\n\nأعلن المدرب خوان بلانكو رحيله عن النادي. وقال إن بلانكو سيعود قريبا.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "خوان بلانكو");
    assert_eq!(p[0].1.iter().filter(|m| *m == "بلانكو").count(), 2, "{p:?}");
}

#[test]
fn a_rare_word_before_a_cut_one_word_name_is_its_first_word() {
    // The headline reads "بلاتر" as ب + "لاتر"; the full name later must not lose "سيب".
    let p = people_mentions(
        "بلاتر يعترف بخطأ اختيار قطر لاحتضان مونديال 2022 في الصيف\n\n\
         صرح سيب بلاتر رئيس الفيفا لقناة سويسرية بأن اختيار قطر كان خطأ.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "سيب بلاتر", "{p:?}");
    assert!(p[0].1.iter().all(|m| m != "لاتر"), "{p:?}");
    // A common word before a name with a preposition stays out ("التقى الوزير ببوتين").
    let p = people_mentions("التقى الوزير ببوتين في موسكو أمس. وقال فلاديمير بوتين إن اللقاء مثمر.");
    assert!(p.iter().all(|(n, _)| n == "فلاديمير بوتين"), "{p:?}");
}

#[test]
fn a_name_stops_before_a_verb_or_a_noun_never_seen() {
    let p = people_mentions(
        "مارسيل خليفة يهدي أمسيته إلى الشاعر\n\n\
         استهل الفنان اللبناني مارسيل خليفة حفلة أقامها في قرطاج بأغنية. \
         ثم قدم نجلاه بشار ورامي خليفة معزوفات منفردة.",
    );
    for (name, forms) in &p {
        for w in ["يهدي", "حفلة", "معزوفات"] {
            assert!(!name.contains(w) && forms.iter().all(|f| !f.contains(w)), "{w} in {p:?}");
        }
    }
    assert!(p.iter().any(|(n, _)| n == "مارسيل خليفة"), "{p:?}");
}

#[test]
fn no_name_before_a_title_in_the_genitive() {
    let p = people_mentions("وسردت الفرقة في دليل الحفل سيرة الفنانة الراحلة في الحفل.");
    assert!(p.is_empty(), "{p:?}");
    let p = people_mentions("وقدمت الفرقة حفل تكريم للفنانة الراحلة على مسرح الأوبرا.");
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn a_name_after_called() {
    let p = people_mentions("وكانت السيدة المصرية وتدعى سماح السيد سليم قد وصلت إلى مطار القاهرة الخميس الماضي.");
    assert_eq!(p.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), vec!["سماح السيد سليم"], "{p:?}");
    let p = people_mentions("وأصيب شاب يدعى كريم عادل في الحادث.");
    assert_eq!(p.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), vec!["كريم عادل"], "{p:?}");
}

#[test]
fn a_given_name_read_as_a_clitic_and_compound_given_names() {
    let p = people_mentions("وقالت المخرجة ليلى بوزيد إن الفيلم جاهز. وأضافت بوزيد أن التصوير انتهى.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "ليلى بوزيد", "{p:?}");
    let p = people_mentions("وقال رجل الأعمال حسام الدين المنياوي إن الشركة ستتوسع. وأضاف المنياوي أن الأرباح ارتفعت.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "حسام الدين المنياوي", "{p:?}");
    assert_eq!(p[0].1.len(), 2, "{p:?}");
}

#[test]
fn a_short_name_in_parentheses_is_the_organisation_before_it() {
    let a = Analyzer::default()
        .analyze("عنوان\n\nوتوقع صندوق النقد الدولي (IMF) نمو الاقتصاد. وقال صندوق النقد إن التضخم تراجع.")
        .unwrap();
    let orgs: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityKind::Organization).collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    assert!(orgs[0].mentions.iter().any(|m| m.text == "IMF"), "{orgs:?}");
}

#[test]
fn occupations_are_roles() {
    let a = Analyzer::default()
        .analyze("استعرض الهاكر الألماني هوغو تيسو تطبيقا جديدا. وغنى الموسيقي اللبناني مارسيل خليفة في قرطاج.")
        .unwrap();
    let role = |name: &str| {
        let e = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name}: {:?}", a.entities));
        e.roles.iter().map(|r| r.title.clone()).collect::<Vec<_>>()
    };
    assert_eq!(role("هوغو تيسو"), vec!["الهاكر الألماني"]);
    assert_eq!(role("مارسيل خليفة"), vec!["الموسيقي اللبناني"]);
}

#[test]
fn shorter_and_longer_forms_of_a_name_are_one_person() {
    // The given name first, then the full name.
    let p = people_mentions("الجائزة الأولى إلى سارة\n\nفازت الكاتبة سارة مونتيرو بجائزة الرواية هذا العام.");
    assert_eq!(p.len(), 1, "{p:?}");
    // A final ة or ا in a transliterated name.
    let p = people_mentions("وقال رامي كوجة إن الفريق مستعد. وأضاف رامي كوجا أن المباراة صعبة.");
    assert_eq!(p.len(), 1, "{p:?}");
    // A middle name left out, and the compound family name alone.
    let p = people_mentions(
        "اختار المجلس منصور حامد عبد الرحيم رئيسا للجنة. وكان منصور عبد الرحيم قد عمل قاضيا. وقال عبد الرحيم إنه سعيد.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
}

#[test]
fn a_place_name_two_countries_share_is_read_by_the_article_s_countries() {
    let place = |text: &str| -> Vec<Option<String>> {
        let a = Analyzer::default().analyze(text).unwrap();
        a.entities.iter().filter(|e| e.mentions.iter().any(|m| m.text == "عمان")).map(|e| e.latin.clone()).collect()
    };
    // Jordan named: Amman, its capital.
    let got = place("وصل وزير الخارجية الأردني إلى عمان قادما من بغداد بعد جولة في المنطقة.");
    assert_eq!(got, [Some("Amman".to_string())], "{got:?}");
    // Nothing to choose by: the country.
    let got = place("وقعت عمان اتفاقية تجارية جديدة هذا الأسبوع.");
    assert_eq!(got, [Some("Oman".to_string())], "{got:?}");
}

#[test]
fn a_country_and_its_own_capital_are_no_pair_in_the_topic() {
    let text = "الأردن يطلق خطة لتعزيز السياحة\n\nعمان، 4 مارس 2026 -\n\
أطلقت الحكومة الأردنية في عمان خطة جديدة لتعزيز السياحة. وقالت الوزارة إن السياحة الأردنية \
شهدت نموا كبيرا في عمان. ويأمل الأردن أن تجذب السياحة مليون زائر إضافي.";
    let a = Analyzer::default().analyze(text).unwrap();
    assert!(!a.stance.topic.contains(" بين "), "no relations between Jordan and Amman: {}", a.stance.topic);
    assert!(a.stance.topic.contains("الأردن"), "topic {}", a.stance.topic);
}

#[test]
fn a_topic_noun_already_in_the_entity_name_is_not_repeated() {
    let text = "البنك المركزي المصري يخفض أسعار الفائدة\n\n\
قرر البنك المركزي المصري خفض أسعار الفائدة. وقال البنك المركزي المصري إن التضخم تراجع.";
    let a = Analyzer::default().analyze(text).unwrap();
    assert!(!a.stance.topic.contains("بنك البنك"), "topic {}", a.stance.topic);
}

#[test]
fn a_name_with_and_without_its_article_is_one_entity() {
    let a =
        Analyzer::default().analyze("ارتفع سعر الدولار أمس. وقال متعاملون إن دولار واحد يساوي الآن عشرين ليرة.").unwrap();
    let dollars: Vec<_> = a.entities.iter().filter(|e| e.mentions.iter().any(|m| m.text.contains("دولار"))).collect();
    assert_eq!(dollars.len(), 1, "{:?}", dollars.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn the_currency_word_of_an_amount_is_no_entity_of_its_own() {
    let a = Analyzer::default().analyze("عنوان\n\nبلغت الصادرات 53 مليار دولار العام الماضي.").unwrap();
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"دولار"), "{names:?}");
    assert!(names.contains(&"53 مليار دولار"), "{names:?}");
    // Named for itself it is the currency.
    let a = Analyzer::default()
        .analyze("عنوان\n\nوارتفع سعر الدولار أمام الجنيه بعد أن بلغت الصادرات 53 مليار دولار.")
        .unwrap();
    assert!(a.entities.iter().any(|e| e.kind == EntityKind::Misc && e.name.contains("دولار")), "{:?}", a.entities);
}

#[test]
fn compound_given_names_and_names_after_and() {
    let p =
        people("عنوان\n\nوقال النائب عبد الرحيم شهيد إن الحكومة فشلت. وقال الوزير عبد الله سعيد إن الميزانية جاهزة.");
    assert!(p.contains(&"عبد الرحيم شهيد".to_string()), "{p:?}");
    assert!(p.contains(&"عبد الله سعيد".to_string()), "{p:?}");
    let p = people("عنوان\n\nوحضر اللقاء وزير الخارجية الأمريكي جون كيري ونظيره الفرنسي وجان مارك إيرولت.");
    assert!(p.contains(&"جان مارك إيرولت".to_string()), "{p:?}");
}

#[test]
fn a_name_ends_before_an_event_word_or_a_verb_of_saying() {
    let p = people("عنوان\n\nويعقد الرئيس عباس قمة ثلاثية مع الملك عبد الله.");
    assert!(p.contains(&"عباس".to_string()), "{p:?}");
    let p = people("الوزير المصري خالد العمري يلتقي نظيره الأردني في عمان\n\nوالتقى الوزيران أمس.");
    assert!(p.contains(&"خالد العمري".to_string()), "{p:?}");
}

#[test]
fn ali_at_the_end_of_a_name() {
    let p = people("عنوان\n\nوقال وزير المالية أحمد علي إن الميزانية جاهزة.");
    assert!(p.contains(&"أحمد علي".to_string()), "{p:?}");
    let p = people("عنوان\n\nوأكد الوزير أحمد حسن علي أهمية الحوار.");
    assert!(!p.iter().any(|n| n.ends_with("علي")), "before a noun it is the preposition: {p:?}");
}

#[test]
fn regnal_numbers_and_objects_after_a_name() {
    let a = Analyzer::default().analyze("عنوان\n\nواستقبل الملك عبدالله الثاني الوفد.").unwrap();
    let k = a.entities.iter().find(|e| e.kind == EntityKind::Person).unwrap();
    assert_eq!((k.name.as_str(), k.latin.as_deref()), ("عبدالله الثاني", Some("Abdullah II")));
    let p = people("عنوان\n\nوأبلغ الرئيس عباس الوفد بالقرار.");
    assert_eq!(p, ["عباس"]);
}

#[test]
fn a_bare_given_name_speaking() {
    let a = Analyzer::default().analyze("عنوان\n\nوقال خالد: \"الوضع صعب\". وقال مصدر أمني إن المعبر مغلق.").unwrap();
    let p: Vec<&str> = a.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(p, ["خالد"]);
    assert_eq!(a.quotes.len(), 2);
}

#[test]
fn a_spokesman_for_a_body_and_a_given_name_with_allah() {
    let a = Analyzer::default()
        .analyze("عنوان\n\nوقال المتحدث باسم حكومة طالبان ذبيح الله مجاهد إن الحدود مغلقة.")
        .unwrap();
    let p = a.entities.iter().find(|e| e.kind == EntityKind::Person).expect("the spokesman");
    assert_eq!(p.name, "ذبيح الله مجاهد");
    assert!(p.roles.iter().any(|r| r.title == "المتحدث باسم حكومة طالبان"), "{:?}", p.roles);
}

#[test]
fn a_surname_that_is_a_country_s_adjective_speaking_alone() {
    let a = Analyzer::default()
        .analyze("عنوان\n\nوالتقى رئيس الوزراء العراقي محمد شياع السوداني وفدا أمريكيا. وقال السوداني إن العراق يريد الاستقرار.")
        .unwrap();
    let p = a.entities.iter().find(|e| e.name == "محمد شياع السوداني").expect("the prime minister");
    assert_eq!(a.quotes[0].speaker.as_deref(), Some(p.id.as_str()));
    assert!(a.entities.iter().all(|e| e.name != "السودان"), "no Sudan here");
}

#[test]
fn a_document_ending_in_a_title_and_a_body_does_not_panic() {
    let a = mizan::Analyzer::default();
    for text in ["رئيس اللجنة", "وقال رئيس الاتحاد", "عنوان\n\nوقالت الأمينة العامة للجنة الأولمبية"]
    {
        assert!(a.analyze(text).is_ok(), "{text}");
    }
}

#[test]
fn a_verb_an_adverb_or_a_future_verb_is_no_word_of_a_name_and_a_royal_house_is() {
    // A verb of an event before the subject's name ("التقى زيباري").
    let found = people("وعلى هامش الاجتماع التقى زيباري نظيره الكويتي الشيخ صباح الخالد الحمد الصباح.");
    assert!(found.iter().all(|p| !p.starts_with("التقى")), "{found:?}");
    // An adverb made from an adjective before a name the article gives in full.
    let found = people(
        "وأظهرت النتائج تقدم القائمة العراقية بزعامة إياد علاوي. وأجرى الرئيس الأمريكي باراك أوباما اتصالا هاتفيا بعلاوي هنأه فيه.",
    );
    assert!(found.iter().all(|p| !p.contains("هاتفيا")), "{found:?}");
    // A common word with the future particle ends the name before it.
    let found = people("وقال مصدر إن ستافان دي ميستورا سيخلف الإبراهيمي في المنصب.");
    assert!(found.iter().all(|p| !p.contains("سيخلف")), "{found:?}");
    // Two listed surnames side by side are two people.
    let found = people("واستقبل بوتين أردوغان في موسكو أمس.");
    assert!(found.len() == 2 && found.iter().all(|p| !p.contains(' ')), "{found:?}");
    // A verbal noun before a listed given name ("تعيين أحمد سالم") opens no name.
    let found = people("وقرر الرئيس المصري تعيين أحمد سالم وزيرا للخارجية.");
    assert!(found.iter().any(|p| p == "أحمد سالم"), "{found:?}");
    let found = people("وأعلن الحزب ترشيح أحمد سالم لمنصب الرئيس.");
    assert!(found.iter().any(|p| p == "أحمد سالم"), "{found:?}");
    // A title whose genitive runs on through several joined by و.
    let found = people("وقع وزير الطاقة والمعادن والماء والبيئة المغربي عبد القادر عمارة مذكرة تفاهم.");
    assert!(found.iter().any(|p| p == "عبد القادر عمارة"), "{found:?}");
    // "آل مكتوم" after the name is part of it.
    let found = people("استقبل الشيخ محمد بن راشد آل مكتوم أمس وفدا من رجال الأعمال.");
    assert!(found.iter().any(|p| p == "محمد بن راشد آل مكتوم"), "{found:?}");
}

#[test]
fn the_name_repairs_leave_real_names_whole() {
    // Each line is read with one person, named in full ("سيف" is no future verb, "ناديا" no
    // adverb, "لوي" no ل + noun, "علي" a father's name, "خلف" after a title's genitive a name).
    for (text, name) in [
        ("وقال المحامي أحمد سيف إن موكله بريء.", "أحمد سيف"),
        ("وقال رئيس المجلس الوطني السوري عبد الباسط سيدا إن النظام يتهاوى.", "عبد الباسط سيدا"),
        ("وقال رئيس الاتحاد خلف الدوسري إن البطولة ستقام.", "خلف الدوسري"),
        ("وقالت الناشطة ناديا أحمد إن الوضع خطير.", "ناديا أحمد"),
        ("وقال محمد علي كلاي إنه الأعظم.", "محمد علي كلاي"),
        ("وقال المخرج جان لوي دوبريه إن الفيلم جاهز.", "جان لوي دوبريه"),
        ("وقال الأمير محمد آل نهيان إن العلاقات متينة.", "محمد آل نهيان"),
    ] {
        let found = people(&format!("عنوان\n\n{text}"));
        assert_eq!(found, [name], "{text}");
    }
    // "آل" as a verb with a definite object joins no name.
    let found = people("عنوان\n\nوبعد وفاة الملك عبد الله آل الحكم إلى شقيقه سلمان.");
    assert!(found.iter().all(|p| !p.contains("الحكم")), "{found:?}");
    // A place the gazetteer names is not taken into a rule's person.
    let found = people("عنوان\n\nوقال قائد الشرطة دبي آمنة.");
    assert!(found.iter().all(|p| !p.contains("دبي")), "{found:?}");
}
