"""Synthetic boards of needs and offers for benchmarks of search, matching and site builds.

The texts are composed from about forty domain themes typical of Alpine SMEs (each with real
NACE divisions, domain terms in five languages, usual partnership types and a TRL range),
sentence templates and generic business words, so full-text search and matching see texts
that overlap the way real listings do. Output is deterministic for a seed.

    python benchmarks/synth.py OUT_DIR --count 10000 [--seed 1] [--today 2026-11-26]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pycountry

LANGUAGES = ("en", "fr", "de", "it", "sl")
SHARD_SIZE = 1000
TODAY = date(2026, 11, 26)
DESCRIPTION_MIN, DESCRIPTION_MAX = 600, 2500
SUMMARY_MIN, SUMMARY_MAX = 100, 400
TITLE_MIN, TITLE_MAX = 10, 120
WRAP = 88


@dataclass(frozen=True)
class Theme:
    """A domain: NACE divisions, partnership types, TRL range and terms per language (first = label)."""

    key: str
    sectors: tuple[str, ...]
    partnership: tuple[str, ...]
    trl: tuple[int, int]
    kind: str  # t: technology, b: business, r: research-heavy
    terms: dict[str, tuple[str, ...]]


def _theme(sectors: str, partnership: str, trl: str, kind: str, *terms: str) -> Theme:
    """Build a theme from compact text: codes and types split on spaces, terms on commas."""
    low, high = (int(x) for x in trl.split("-"))
    by_lang = {lang: tuple(t.strip() for t in text.split(",")) for lang, text in zip(LANGUAGES, terms, strict=True)}
    return Theme(by_lang["en"][0], tuple(sectors.split()), tuple(partnership.split()), (low, high), kind, by_lang)


THEMES: tuple[Theme, ...] = (
    _theme(
        "C25 C28 C33",
        "subcontracting manufacturing technical-cooperation supplier",
        "5-9",
        "t",
        "precision micro-machining, micro-milling, Swiss-type turning, CNC machining, titanium parts, tight tolerances,"
        " micro-drilling, bar turning, surface finish, medical implants, watch components, stainless steel,"
        " 5-axis milling, deburring, metrology, CMM inspection, small batches, cutting tools, tool wear,"
        " PEEK machining",
        "micro-usinage de précision, décolletage, fraisage CNC, pièces en titane, tolérances serrées, état de surface,"
        " contrôle tridimensionnel, petites séries, composants horlogers, acier inoxydable",
        "Mikrozerspanung, Präzisionsdrehteile, CNC-Fräsen, Langdrehen, Titanbauteile, enge Toleranzen,"
        " Oberflächengüte, Kleinserien, Uhrenkomponenten, Messtechnik",
        "microlavorazioni di precisione, tornitura a fantina mobile, fresatura CNC, componenti in titanio,"
        " tolleranze strette, finitura superficiale, piccole serie, componenti per orologeria, metrologia,"
        " acciaio inox",
        "mikroobdelava, natančna obdelava, CNC rezkanje, struženje, titanovi deli, ozke tolerance, kakovost površine,"
        " male serije, meroslovje, nerjavno jeklo",
    ),
    _theme(
        "C25 C28 C33 C32",
        "subcontracting manufacturing technical-cooperation",
        "5-9",
        "t",
        "laser welding, micro-welding, fibre laser, pulsed laser, seam welding, hermetic sealing, welding robot,"
        " stainless steel, aluminium alloys, titanium, weld inspection, heat-affected zone, battery tabs,"
        " laser cladding, beam shaping, process monitoring, jigs and fixtures, ISO 3834, spot welding",
        "soudage laser, micro-soudage, laser à fibre, laser pulsé, soudure étanche, robot de soudage,"
        " alliages d'aluminium, contrôle des soudures, rechargement laser, zone affectée thermiquement",
        "Laserschweißen, Mikroschweißen, Faserlaser, gepulster Laser, Schweißnaht, Schweißroboter,"
        " Aluminiumlegierungen, Nahtprüfung, Laserauftragschweißen, Wärmeeinflusszone",
        "saldatura laser, microsaldatura, laser a fibra, laser pulsato, cordone di saldatura, robot di saldatura,"
        " leghe di alluminio, controllo delle saldature, riporto laser, zona termicamente alterata",
        "lasersko varjenje, mikrovarjenje, vlakenski laser, pulzni laser, zvar, varilni robot, aluminijeve zlitine,"
        " kontrola zvarov, lasersko navarjanje, toplotno vplivana cona",
    ),
    _theme(
        "F41 C16 F43 M71",
        "technical-cooperation commercial manufacturing subcontracting",
        "5-9",
        "t",
        "wood construction, timber frame, cross-laminated timber, CLT panels, glulam beams, prefabricated modules,"
        " timber facades, building envelope, passive house, chalet construction, carpentry, structural engineering,"
        " fire safety, BIM modelling, acoustic insulation, roof trusses, multi-storey timber, Alpine larch,"
        " wood-concrete composite",
        "construction bois, ossature bois, bois lamellé-croisé, panneaux CLT, lamellé-collé, modules préfabriqués,"
        " bardage bois, charpente, maison passive, mélèze des Alpes",
        "Holzbau, Holzrahmenbau, Brettsperrholz, Brettschichtholz, Vorfertigung, Holzfassade, Zimmerei, Passivhaus,"
        " Dachstuhl, Lärchenholz",
        "costruzioni in legno, telaio in legno, pannelli X-lam, legno lamellare, moduli prefabbricati,"
        " facciata in legno, carpenteria, casa passiva, larice alpino, involucro edilizio",
        "lesena gradnja, leseni okvir, križno lepljen les, lepljeni nosilci, montažni moduli, lesena fasada,"
        " tesarstvo, pasivna hiša, macesen, ovoj stavbe",
    ),
    _theme(
        "C16 A02 C28",
        "supplier technical-cooperation commercial manufacturing",
        "4-9",
        "t",
        "timber drying, kiln drying, sawmill, moisture content, vacuum drying, heat treatment, thermowood,"
        " drying schedule, spruce, beech, hardwood lumber, wood chips, sawn timber, grading, biomass boiler,"
        " energy recovery, humidity sensors, wood cracking, dehumidification kiln",
        "séchage du bois, séchoir, scierie, taux d'humidité, séchage sous vide, bois traité thermiquement, épicéa,"
        " hêtre, bois scié, plaquettes forestières",
        "Holztrocknung, Trockenkammer, Sägewerk, Holzfeuchte, Vakuumtrocknung, Thermoholz, Fichte, Buche,"
        " Schnittholz, Hackschnitzel",
        "essiccazione del legno, essiccatoio, segheria, umidità del legno, essiccazione sottovuoto,"
        " legno termotrattato, abete rosso, faggio, legname segato, cippato",
        "sušenje lesa, sušilnica, žaga, vlažnost lesa, vakuumsko sušenje, termično obdelan les, smreka, bukev,"
        " žagan les, lesni sekanci",
    ),
    _theme(
        "C10 A01 G46",
        "commercial supplier services technical-cooperation",
        "5-9",
        "b",
        "alpine cheese, raw milk, cheese dairy, mountain pasture, ripening cellar, hard cheese, rind treatment,"
        " PDO label, whey valorisation, lactic cultures, cheese wheels, cold chain, export distribution,"
        " organic milk, Comté, Fontina, Bergkäse, traceability, affinage",
        "fromage d'alpage, lait cru, fromagerie, cave d'affinage, pâte dure, AOP, lactosérum, ferments lactiques,"
        " meules, alpage",
        "Bergkäse, Rohmilch, Käserei, Reifekeller, Hartkäse, Käselaib, Molke, Milchsäurekulturen, Almwirtschaft,"
        " Sennerei",
        "formaggio d'alpeggio, latte crudo, caseificio, cantina di stagionatura, formaggio a pasta dura, DOP,"
        " siero di latte, fermenti lattici, forme di formaggio, malga",
        "planinski sir, surovo mleko, sirarna, zorilnica, trdi sir, zaščiteno poreklo, sirotka,"
        " mlečnokislinske kulture, hlebci sira, planina",
    ),
    _theme(
        "C11 A01 G46 I56",
        "commercial supplier services",
        "6-9",
        "b",
        "wine, mountain viticulture, vineyard, winery, indigenous grape varieties, sparkling wine, barrel ageing,"
        " oenology, wine export, wine distribution, organic wine, bottling line, cellar door, wine tourism,"
        " Pinot Noir, Riesling, sulphite reduction, harvest logistics, terroir",
        "vin, viticulture de montagne, vignoble, cave viticole, cépages autochtones, vin effervescent,"
        " élevage en fût, œnologie, mise en bouteille, œnotourisme",
        "Wein, Bergweinbau, Weinberg, Weingut, autochthone Rebsorten, Schaumwein, Fassausbau, Önologie,"
        " Flaschenabfüllung, Weintourismus",
        "vino, viticoltura di montagna, vigneto, cantina, vitigni autoctoni, spumante, affinamento in botte,"
        " enologia, imbottigliamento, enoturismo",
        "vino, gorsko vinogradništvo, vinograd, vinska klet, avtohtone sorte, peneče vino, zorenje v sodih,"
        " enologija, polnjenje steklenic, vinski turizem",
    ),
    _theme(
        "C20 A01 C21 G46",
        "commercial supplier licensing research-cooperation",
        "4-9",
        "t",
        "herbal cosmetics, alpine plants, plant extracts, essential oils, natural skincare, organic certification,"
        " edelweiss extract, arnica, cold-pressed oils, active ingredients, formulation, stability testing,"
        " private label, COSMOS standard, emulsions, antioxidants, wild harvesting, distillation, packaging design",
        "cosmétique naturelle, plantes alpines, extraits végétaux, huiles essentielles, soins de la peau,"
        " certification bio, extrait d'edelweiss, arnica, formulation, marque blanche",
        "Naturkosmetik, Alpenkräuter, Pflanzenextrakte, ätherische Öle, Hautpflege, Bio-Zertifizierung,"
        " Edelweiß-Extrakt, Arnika, Formulierung, Eigenmarke",
        "cosmetica naturale, erbe alpine, estratti vegetali, oli essenziali, cura della pelle,"
        " certificazione biologica, estratto di stella alpina, arnica, formulazione, conto terzi",
        "naravna kozmetika, alpske rastline, rastlinski izvlečki, eterična olja, nega kože, ekološki certifikat,"
        " planika, arnika, formulacija, blagovna znamka",
    ),
    _theme(
        "C28 H49 F42 M71",
        "technical-cooperation commercial services supplier",
        "6-9",
        "t",
        "ropeways, cable cars, chairlifts, gondola lifts, haul rope, rope inspection, pylons, drive station,"
        " grip testing, ski resort, condition monitoring, urban cable car, maintenance planning,"
        " safety certification, sheave assemblies, magnetic rope testing, brake systems, passenger flow",
        "remontées mécaniques, téléphérique, télésiège, télécabine, câble porteur, pylônes, station de ski,"
        " contrôle magnétique des câbles, maintenance, sécurité des installations",
        "Seilbahnen, Seilbahn, Sesselbahn, Gondelbahn, Förderseil, Seilprüfung, Stützen, Skigebiet,"
        " Zustandsüberwachung, Instandhaltung",
        "impianti a fune, funivia, seggiovia, cabinovia, fune portante, controllo magnetoinduttivo, sostegni,"
        " comprensorio sciistico, manutenzione, sicurezza degli impianti",
        "žičnice, kabinska žičnica, sedežnica, vlečna vrv, pregled vrvi, stebri, smučišče, spremljanje stanja,"
        " vzdrževanje, varnost naprav",
    ),
    _theme(
        "C28 D35 M71 C33",
        "technical-cooperation subcontracting supplier services",
        "5-9",
        "t",
        "hydropower turbines, small hydropower, Pelton turbine, Francis turbine, Kaplan turbine,"
        " runner refurbishment, sediment abrasion, penstock, generator, hydraulic efficiency, CFD simulation,"
        " run-of-river plant, fish passage, turbine governor, cavitation, hard coatings, plant automation,"
        " water intake",
        "turbines hydroélectriques, petite hydroélectricité, turbine Pelton, turbine Francis,"
        " réhabilitation de roues, abrasion sédimentaire, conduite forcée, centrale au fil de l'eau, cavitation,"
        " rendement hydraulique",
        "Wasserkraftturbinen, Kleinwasserkraft, Pelton-Turbine, Francis-Turbine, Laufradsanierung,"
        " Sedimentabrasion, Druckrohrleitung, Laufwasserkraftwerk, Kavitation, Wirkungsgrad",
        "turbine idroelettriche, mini idroelettrico, turbina Pelton, turbina Francis, revisione giranti,"
        " abrasione da sedimenti, condotta forzata, centrale ad acqua fluente, cavitazione, rendimento idraulico",
        "hidroturbine, male hidroelektrarne, Peltonova turbina, Francisova turbina, obnova gonilnikov,"
        " abrazija sedimentov, tlačni cevovod, pretočna elektrarna, kavitacija, izkoristek",
    ),
    _theme(
        "C26 M72 M71",
        "research-cooperation technical-cooperation commercial",
        "3-8",
        "r",
        "avalanche sensing, avalanche detection, snowpack monitoring, infrasound arrays, radar detection,"
        " snow depth sensors, slope stability, road safety, early warning, avalanche forecasting, seismic sensors,"
        " remote triggering, risk mapping, mountain roads, snow science, data telemetry, rockfall detection",
        "détection d'avalanches, manteau neigeux, capteurs de hauteur de neige, infrason, radar, alerte précoce,"
        " prévision des avalanches, routes de montagne, cartographie des risques, chutes de pierres",
        "Lawinendetektion, Schneedecke, Schneehöhensensoren, Infraschall, Radardetektion, Frühwarnung,"
        " Lawinenwarnung, Bergstraßen, Gefahrenkarten, Steinschlag",
        "rilevamento valanghe, manto nevoso, sensori di altezza neve, infrasuoni, radar, allerta precoce,"
        " previsione valanghe, strade di montagna, mappatura del rischio, caduta massi",
        "zaznavanje plazov, snežna odeja, senzorji višine snega, infrazvok, radar, zgodnje opozarjanje,"
        " napovedovanje plazov, gorske ceste, kartiranje tveganj, padajoče kamenje",
    ),
    _theme(
        "C26 M72 J63",
        "commercial supplier technical-cooperation services",
        "5-9",
        "t",
        "weather stations, automatic weather station, anemometer, precipitation gauge, snow sensors,"
        " solar radiation, data logger, LoRaWAN, microclimate, mountain meteorology, calibration,"
        " wind measurement, forecasting data, ice detection, solar power supply, remote sites, open data API",
        "stations météorologiques, station météo automatique, anémomètre, pluviomètre, enregistreur de données,"
        " microclimat, météorologie de montagne, étalonnage, mesure du vent, site isolé",
        "Wetterstationen, automatische Wetterstation, Anemometer, Niederschlagsmesser, Datenlogger, Mikroklima,"
        " Bergmeteorologie, Kalibrierung, Windmessung, Vereisungserkennung",
        "stazioni meteorologiche, stazione meteo automatica, anemometro, pluviometro, datalogger, microclima,"
        " meteorologia di montagna, taratura, misura del vento, siti remoti",
        "vremenske postaje, avtomatska vremenska postaja, anemometer, dežemer, zapisovalnik podatkov, mikroklima,"
        " gorska meteorologija, umerjanje, merjenje vetra, oddaljene lokacije",
    ),
    _theme(
        "J62 J63",
        "commercial services technical-cooperation investment",
        "5-9",
        "b",
        "cloud software, SaaS platform, software development, web application, cloud hosting, GDPR compliance,"
        " API integration, microservices, Kubernetes, DevOps, data migration, ERP integration, mobile app,"
        " user experience, multi-tenant, open source, managed services, data sovereignty",
        "logiciel cloud, plateforme SaaS, développement logiciel, application web, hébergement cloud,"
        " conformité RGPD, intégration API, application mobile, infogérance, souveraineté des données",
        "Cloud-Software, SaaS-Plattform, Softwareentwicklung, Webanwendung, Cloud-Hosting, DSGVO-Konformität,"
        " API-Integration, mobile App, Datenmigration, Datensouveränität",
        "software cloud, piattaforma SaaS, sviluppo software, applicazione web, hosting cloud, conformità GDPR,"
        " integrazione API, app mobile, migrazione dati, sovranità dei dati",
        "programska oprema v oblaku, platforma SaaS, razvoj programske opreme, spletna aplikacija,"
        " gostovanje v oblaku, skladnost z GDPR, integracija API, mobilna aplikacija, selitev podatkov,"
        " suverenost podatkov",
    ),
    _theme(
        "C26 J62 C27",
        "technical-cooperation supplier manufacturing commercial",
        "4-9",
        "t",
        "IoT sensors, wireless sensors, LoRaWAN, NB-IoT, edge computing, low-power electronics, sensor network,"
        " predictive maintenance, embedded firmware, gateway, asset tracking, energy harvesting,"
        " remote monitoring, vibration sensors, digital twin, dashboard, battery life, MQTT",
        "capteurs IoT, capteurs sans fil, réseau de capteurs, maintenance prédictive,"
        " électronique basse consommation, logiciel embarqué, passerelle, suivi d'actifs, télésurveillance,"
        " jumeau numérique",
        "IoT-Sensoren, Funksensoren, Sensornetzwerk, vorausschauende Wartung, Low-Power-Elektronik,"
        " Embedded-Firmware, Gateway, Fernüberwachung, Energy Harvesting, digitaler Zwilling",
        "sensori IoT, sensori wireless, rete di sensori, manutenzione predittiva, elettronica a basso consumo,"
        " firmware embedded, gateway, monitoraggio remoto, tracciamento asset, gemello digitale",
        "senzorji IoT, brezžični senzorji, senzorsko omrežje, prediktivno vzdrževanje, nizkoenergijska elektronika,"
        " vgrajena programska oprema, prehod, oddaljeni nadzor, sledenje sredstev, digitalni dvojček",
    ),
    _theme(
        "C26 J62 C28",
        "technical-cooperation licensing commercial research-cooperation",
        "4-9",
        "t",
        "machine vision, image processing, defect detection, quality inspection, deep learning,"
        " industrial cameras, 3D scanning, hyperspectral imaging, surface inspection, optical sorting,"
        " robot guidance, inline inspection, lighting design, measurement accuracy, anomaly detection,"
        " wood surfaces, OCR",
        "vision industrielle, traitement d'images, détection de défauts, contrôle qualité, apprentissage profond,"
        " caméras industrielles, numérisation 3D, imagerie hyperspectrale, tri optique, guidage de robots",
        "industrielle Bildverarbeitung, Bildverarbeitung, Fehlererkennung, Qualitätsprüfung, Deep Learning,"
        " Industriekameras, 3D-Scan, Oberflächenprüfung, optische Sortierung, Roboterführung",
        "visione artificiale, elaborazione immagini, rilevamento difetti, controllo qualità, deep learning,"
        " telecamere industriali, scansione 3D, ispezione superficiale, selezione ottica, guida robot",
        "strojni vid, obdelava slik, zaznavanje napak, kontrola kakovosti, globoko učenje, industrijske kamere,"
        " 3D skeniranje, pregled površin, optično sortiranje, vodenje robotov",
    ),
    _theme(
        "C32 C26 M72 C21",
        "licensing manufacturing research-cooperation subcontracting",
        "3-9",
        "t",
        "medical devices, MDR compliance, ISO 13485, clinical evaluation, wearable device, orthopaedic implants,"
        " surgical instruments, biocompatibility, sterilisation, CE marking, risk management,"
        " usability engineering, notified body, diagnostic device, cleanroom assembly, post-market surveillance,"
        " rehabilitation, home care",
        "dispositifs médicaux, conformité MDR, évaluation clinique, dispositif portable, implants orthopédiques,"
        " instruments chirurgicaux, biocompatibilité, stérilisation, marquage CE, salle blanche",
        "Medizinprodukte, MDR-Konformität, klinische Bewertung, tragbares Gerät, orthopädische Implantate,"
        " chirurgische Instrumente, Biokompatibilität, Sterilisation, CE-Kennzeichnung, Reinraummontage",
        "dispositivi medici, conformità MDR, valutazione clinica, dispositivo indossabile, impianti ortopedici,"
        " strumenti chirurgici, biocompatibilità, sterilizzazione, marcatura CE, camera bianca",
        "medicinski pripomočki, skladnost z MDR, klinična ocena, nosljiva naprava, ortopedski vsadki,"
        " kirurški instrumenti, biokompatibilnost, sterilizacija, oznaka CE, čisti prostor",
    ),
    _theme(
        "C13 C14 G46 C22",
        "supplier manufacturing commercial technical-cooperation",
        "5-9",
        "t",
        "outdoor textiles, technical fabrics, recycled polyamide, membranes, waterproof breathable, merino wool,"
        " PFC-free coating, knitwear, climbing ropes, garment manufacturing, laminates, durability testing,"
        " mountain apparel, textile recycling, bluesign, insulation fill, seam taping",
        "textiles techniques, tissus outdoor, polyamide recyclé, membrane imperméable respirante, laine mérinos,"
        " enduction sans PFC, confection, cordes d'escalade, vêtements de montagne, recyclage textile",
        "technische Textilien, Outdoor-Bekleidung, recyceltes Polyamid, Membranen, Merinowolle,"
        " PFC-freie Beschichtung, Strickwaren, Kletterseile, Konfektion, Textilrecycling",
        "tessuti tecnici, abbigliamento outdoor, poliammide riciclata, membrane, lana merino,"
        " trattamento senza PFC, maglieria, corde da arrampicata, confezione, riciclo tessile",
        "tehnične tekstilije, gorniška oblačila, reciklirani poliamid, membrane, merino volna, premaz brez PFC,"
        " pletenine, plezalne vrvi, konfekcija, recikliranje tekstila",
    ),
    _theme(
        "C32 C16 C20 G46",
        "supplier manufacturing technical-cooperation commercial",
        "5-9",
        "t",
        "ski manufacturing, ski cores, touring skis, freeride skis, composites, flax fibre, bio-based resin,"
        " wood cores, ski bindings, sidewall, base material, hot press, snowboard, prototyping, field testing,"
        " carbon laminate, ski recycling, edge steel",
        "fabrication de skis, noyau bois, skis de randonnée, composites, fibre de lin, résine biosourcée,"
        " fixations, semelle, presse à chaud, recyclage des skis",
        "Skiproduktion, Holzkern, Tourenski, Verbundwerkstoffe, Flachsfaser, biobasiertes Harz, Skibindung,"
        " Belag, Heißpresse, Skirecycling",
        "produzione di sci, anima in legno, sci da scialpinismo, compositi, fibra di lino, resina biobased,"
        " attacchi da sci, soletta, pressa a caldo, riciclo degli sci",
        "proizvodnja smuči, lesno jedro, turne smuči, kompoziti, lanena vlakna, biološka smola, smučarske vezi,"
        " drsna ploskev, vroča stiskalnica, recikliranje smuči",
    ),
    _theme(
        "C30 C27 C29 C25",
        "supplier manufacturing technical-cooperation commercial",
        "4-9",
        "t",
        "e-bike components, electric motors, mid-drive motor, battery integration, motor controller,"
        " torque sensor, e-MTB, drivetrain, frame manufacturing, aluminium frames, carbon frames, cargo bikes,"
        " bike sharing, firmware updates, hub motor, thermal management, display units",
        "composants de vélo électrique, moteur pédalier, batterie intégrée, contrôleur moteur, capteur de couple,"
        " VTT électrique, transmission, cadres en aluminium, vélo cargo, vélos en libre-service",
        "E-Bike-Komponenten, Mittelmotor, Akku-Integration, Motorsteuerung, Drehmomentsensor, E-Mountainbike,"
        " Antriebsstrang, Aluminiumrahmen, Lastenrad, Bikesharing",
        "componenti per e-bike, motore centrale, integrazione batteria, controller motore, sensore di coppia,"
        " e-MTB, trasmissione, telai in alluminio, cargo bike, bike sharing",
        "komponente za električna kolesa, sredinski motor, integracija baterije, krmilnik motorja, senzor navora,"
        " električno gorsko kolo, pogonski sklop, aluminijasti okvirji, tovorno kolo, izposoja koles",
    ),
    _theme(
        "C28 F43 D35",
        "supplier commercial technical-cooperation manufacturing",
        "5-9",
        "t",
        "heat pumps, air-to-water heat pump, ground-source heat pump, waste heat recovery, natural refrigerants,"
        " propane R290, CO2 heat pump, hydronic heating, building retrofit, district heating, hotel energy,"
        " heat exchangers, compressors, energy efficiency, smart controls, high-temperature heat pump, cold climate",
        "pompes à chaleur, pompe à chaleur air-eau, géothermie, récupération de chaleur, réfrigérants naturels,"
        " chauffage hydraulique, rénovation énergétique, réseau de chaleur, échangeurs thermiques,"
        " efficacité énergétique",
        "Wärmepumpen, Luft-Wasser-Wärmepumpe, Erdwärmepumpe, Abwärmenutzung, natürliche Kältemittel,"
        " Heizungssanierung, Fernwärme, Wärmetauscher, Verdichter, Energieeffizienz",
        "pompe di calore, pompa di calore aria-acqua, geotermia, recupero di calore, refrigeranti naturali,"
        " riqualificazione energetica, teleriscaldamento, scambiatori di calore, compressori, efficienza energetica",
        "toplotne črpalke, toplotna črpalka zrak-voda, geotermalna energija, rekuperacija toplote,"
        " naravna hladiva, energetska prenova, daljinsko ogrevanje, toplotni izmenjevalniki, kompresorji,"
        " energetska učinkovitost",
    ),
    _theme(
        "F43 C23 C16 C22",
        "supplier commercial technical-cooperation manufacturing",
        "5-9",
        "t",
        "building insulation, thermal insulation, wood fibre boards, sheep wool insulation, hemp insulation,"
        " vacuum panels, external insulation, moisture control, airtightness, energy renovation, thermal bridges,"
        " mineral wool, blown insulation, acoustic panels, vapour barrier, U-value, bio-based materials",
        "isolation des bâtiments, isolation thermique, panneaux fibre de bois, laine de mouton, isolant chanvre,"
        " isolation par l'extérieur, étanchéité à l'air, ponts thermiques, pare-vapeur, matériaux biosourcés",
        "Gebäudedämmung, Wärmedämmung, Holzfaserdämmplatten, Schafwolldämmung, Hanfdämmung, Außendämmung,"
        " Luftdichtheit, Wärmebrücken, Dampfbremse, nachwachsende Dämmstoffe",
        "isolamento degli edifici, isolamento termico, pannelli in fibra di legno, lana di pecora,"
        " isolante in canapa, cappotto termico, tenuta all'aria, ponti termici, barriera al vapore,"
        " materiali biobased",
        "izolacija stavb, toplotna izolacija, lesnovlaknene plošče, ovčja volna, konopljina izolacija,"
        " fasadna izolacija, zrakotesnost, toplotni mostovi, parna zapora, naravni materiali",
    ),
    _theme(
        "E38 C22 C20",
        "technical-cooperation supplier research-cooperation commercial",
        "3-9",
        "t",
        "plastics recycling, circular economy, recycled polymers, mechanical recycling, chemical recycling,"
        " sorting technology, post-consumer waste, regranulate, injection moulding, polyolefins, PET bottles,"
        " compounding, material traceability, design for recycling, packaging waste, near-infrared sorting,"
        " bio-based plastics",
        "recyclage des plastiques, économie circulaire, polymères recyclés, recyclage mécanique,"
        " recyclage chimique, tri des déchets, régénéré, injection plastique, écoconception, déchets d'emballages",
        "Kunststoffrecycling, Kreislaufwirtschaft, Rezyklat, mechanisches Recycling, chemisches Recycling,"
        " Sortiertechnik, Regranulat, Spritzguss, recyclinggerechtes Design, Verpackungsabfälle",
        "riciclo della plastica, economia circolare, polimeri riciclati, riciclo meccanico, riciclo chimico,"
        " selezione dei rifiuti, granulo rigenerato, stampaggio a iniezione, ecodesign, rifiuti da imballaggio",
        "recikliranje plastike, krožno gospodarstvo, reciklirani polimeri, mehansko recikliranje,"
        " kemično recikliranje, sortiranje odpadkov, regranulat, brizganje plastike, ekodizajn, odpadna embalaža",
    ),
    _theme(
        "H49 H52 H53",
        "services commercial supplier",
        "7-9",
        "b",
        "logistics, freight transport, cold chain logistics, last-mile delivery, warehousing,"
        " cross-border shipping, route optimisation, pallet transport, rail freight, customs clearance,"
        " fleet management, electric trucks, consolidation hub, track and trace, mountain deliveries,"
        " transport management system, returns handling",
        "logistique, transport de marchandises, chaîne du froid, livraison du dernier kilomètre, entreposage,"
        " transport transfrontalier, optimisation des tournées, fret ferroviaire, dédouanement, gestion de flotte",
        "Logistik, Güterverkehr, Kühllogistik, letzte Meile, Lagerhaltung, grenzüberschreitender Versand,"
        " Tourenoptimierung, Schienengüterverkehr, Zollabfertigung, Flottenmanagement",
        "logistica, trasporto merci, catena del freddo, consegna dell'ultimo miglio, magazzinaggio,"
        " spedizioni transfrontaliere, ottimizzazione dei percorsi, trasporto ferroviario, sdoganamento,"
        " gestione flotte",
        "logistika, tovorni promet, hladna veriga, dostava zadnjega kilometra, skladiščenje, čezmejni prevoz,"
        " optimizacija poti, železniški tovorni promet, carinjenje, upravljanje voznega parka",
    ),
    _theme(
        "N79 J62 I55",
        "commercial services technical-cooperation investment",
        "6-9",
        "b",
        "tourism booking, online booking engine, channel manager, hotel reservations, ski pass sales,"
        " dynamic pricing, tour operator, destination marketing, guest experience, revenue management,"
        " travel packages, mountain huts, booking platform, mobile ticketing, visitor flows, holiday apartments,"
        " guest card",
        "réservation touristique, moteur de réservation, gestionnaire de canaux, réservations hôtelières,"
        " forfaits de ski, tarification dynamique, voyagiste, marketing de destination, refuges de montagne,"
        " locations de vacances",
        "Tourismusbuchung, Buchungsmaschine, Channel-Manager, Hotelreservierung, Skipassverkauf,"
        " dynamische Preise, Reiseveranstalter, Destinationsmarketing, Berghütten, Ferienwohnungen",
        "prenotazioni turistiche, motore di prenotazione, channel manager, prenotazioni alberghiere,"
        " vendita skipass, prezzi dinamici, tour operator, marketing territoriale, rifugi alpini,"
        " appartamenti vacanza",
        "turistične rezervacije, rezervacijski sistem, upravljanje kanalov, hotelske rezervacije,"
        " prodaja smučarskih vozovnic, dinamične cene, organizator potovanj, trženje destinacije,"
        " planinske koče, apartmaji",
    ),
    _theme(
        "J62 M72 J63",
        "research-cooperation technical-cooperation licensing commercial",
        "3-8",
        "r",
        "AI forecasting, demand forecasting, machine learning, time series, energy forecasting,"
        " predictive analytics, neural networks, data platform, explainable AI, anomaly detection,"
        " snow forecasting, visitor forecasting, model training, GPU computing, data labelling,"
        " decision support, weather data",
        "prévision par IA, prévision de la demande, apprentissage automatique, séries temporelles,"
        " prévision énergétique, analyse prédictive, réseaux de neurones, IA explicable, aide à la décision,"
        " données météo",
        "KI-Prognose, Bedarfsprognose, maschinelles Lernen, Zeitreihen, Energieprognose, prädiktive Analytik,"
        " neuronale Netze, erklärbare KI, Entscheidungsunterstützung, Wetterdaten",
        "previsioni con IA, previsione della domanda, apprendimento automatico, serie temporali,"
        " previsione energetica, analisi predittiva, reti neurali, IA spiegabile, supporto decisionale, dati meteo",
        "napovedovanje z UI, napovedovanje povpraševanja, strojno učenje, časovne vrste,"
        " napovedovanje porabe energije, prediktivna analitika, nevronske mreže, razložljiva UI,"
        " podpora odločanju, vremenski podatki",
    ),
    _theme(
        "C25 C28 C22 M72",
        "subcontracting manufacturing technical-cooperation research-cooperation",
        "4-9",
        "t",
        "additive manufacturing, 3D printing, metal powder bed fusion, selective laser melting, polymer printing,"
        " topology optimisation, lattice structures, rapid prototyping, post-processing, tooling inserts,"
        " conformal cooling, titanium powder, binder jetting, spare parts on demand, design for AM,"
        " part qualification",
        "fabrication additive, impression 3D, fusion laser sur lit de poudre, prototypage rapide,"
        " optimisation topologique, structures lattices, post-traitement, inserts d'outillage,"
        " refroidissement conforme, pièces de rechange",
        "additive Fertigung, 3D-Druck, Laserstrahlschmelzen, Pulverbettverfahren, Rapid Prototyping,"
        " Topologieoptimierung, Gitterstrukturen, Nachbearbeitung, konturnahe Kühlung, Ersatzteile",
        "manifattura additiva, stampa 3D, fusione laser a letto di polvere, prototipazione rapida,"
        " ottimizzazione topologica, strutture reticolari, post-lavorazione, inserti per stampi,"
        " raffreddamento conformato, ricambi",
        "aditivna proizvodnja, 3D tiskanje, lasersko taljenje prahu, hitra izdelava prototipov,"
        " topološka optimizacija, mrežaste strukture, naknadna obdelava, konformno hlajenje, nadomestni deli,"
        " kovinski prah",
    ),
    _theme(
        "C26 C27 M72",
        "research-cooperation technical-cooperation licensing supplier",
        "3-9",
        "r",
        "photonics, laser sources, optical coatings, fibre optics, spectroscopy, LiDAR, optical sensors,"
        " micro-optics, ultrafast lasers, optical design, thin films, quantum sensing, infrared detectors,"
        " light guides, laser diodes, optical metrology, LED modules",
        "photonique, sources laser, revêtements optiques, fibre optique, spectroscopie, capteurs optiques,"
        " micro-optique, lasers ultrarapides, conception optique, couches minces",
        "Photonik, Laserquellen, optische Beschichtungen, Glasfaser, Spektroskopie, optische Sensoren,"
        " Mikrooptik, Ultrakurzpulslaser, Optikdesign, Dünnschichten",
        "fotonica, sorgenti laser, rivestimenti ottici, fibra ottica, spettroscopia, sensori ottici, microottica,"
        " laser ultraveloci, progettazione ottica, film sottili",
        "fotonika, laserski viri, optične prevleke, optična vlakna, spektroskopija, optični senzorji, mikrooptika,"
        " ultrahitri laserji, optično načrtovanje, tanke plasti",
    ),
    _theme(
        "C27 C29 C30 E38",
        "manufacturing supplier technical-cooperation joint-venture",
        "4-9",
        "t",
        "battery packs, lithium-ion cells, battery management system, cell balancing, thermal runaway,"
        " second-life batteries, energy storage, pack assembly, module design, cell testing, battery recycling,"
        " safety testing, off-grid storage, LFP chemistry, charging systems, state of health",
        "packs batteries, cellules lithium-ion, système de gestion de batterie, emballement thermique,"
        " batteries de seconde vie, stockage d'énergie, assemblage de packs, recyclage des batteries,"
        " tests de sécurité, bornes de recharge",
        "Batteriepacks, Lithium-Ionen-Zellen, Batteriemanagementsystem, thermisches Durchgehen,"
        " Second-Life-Batterien, Energiespeicher, Modulmontage, Batterierecycling, Sicherheitsprüfung, Ladesysteme",
        "pacchi batteria, celle agli ioni di litio, sistema di gestione batteria, fuga termica,"
        " batterie second life, accumulo di energia, assemblaggio moduli, riciclo batterie, prove di sicurezza,"
        " sistemi di ricarica",
        "baterijski paketi, litij-ionske celice, sistem za upravljanje baterij, toplotni pobeg,"
        " baterije druge življenjske dobe, shranjevanje energije, sestava modulov, recikliranje baterij,"
        " varnostno testiranje, polnilni sistemi",
    ),
    _theme(
        "E36 E37 C28 M71",
        "technical-cooperation supplier services research-cooperation",
        "4-9",
        "t",
        "water treatment, drinking water, wastewater treatment, membrane filtration, UV disinfection,"
        " micropollutants, sludge treatment, water reuse, leak detection, water network, ozone treatment,"
        " constructed wetlands, hut sanitation, water quality monitoring, pumping stations,"
        " decentralised treatment",
        "traitement de l'eau, eau potable, traitement des eaux usées, filtration membranaire, désinfection UV,"
        " micropolluants, boues d'épuration, réutilisation de l'eau, recherche de fuites, qualité de l'eau",
        "Wasseraufbereitung, Trinkwasser, Abwasserbehandlung, Membranfiltration, UV-Desinfektion,"
        " Mikroverunreinigungen, Klärschlamm, Wasserwiederverwendung, Leckortung, Wasserqualität",
        "trattamento delle acque, acqua potabile, depurazione delle acque reflue, filtrazione a membrana,"
        " disinfezione UV, microinquinanti, fanghi di depurazione, riuso delle acque, ricerca perdite,"
        " qualità dell'acqua",
        "čiščenje vode, pitna voda, čiščenje odpadnih voda, membranska filtracija, UV dezinfekcija,"
        " mikroonesnaževala, blato čistilnih naprav, ponovna uporaba vode, iskanje puščanj, kakovost vode",
    ),
    _theme(
        "C17 C22 C10",
        "supplier manufacturing technical-cooperation commercial",
        "5-9",
        "t",
        "food packaging, compostable packaging, barrier films, paper-based packaging, modified atmosphere,"
        " vacuum packaging, shelf life, labelling, mono-material, packaging machinery, cheese packaging,"
        " recyclable trays, food contact materials, printing inks, reusable containers, bio-based films",
        "emballage alimentaire, emballage compostable, films barrière, emballage papier, atmosphère modifiée,"
        " emballage sous vide, durée de conservation, étiquetage, mono-matériau, contenants réutilisables",
        "Lebensmittelverpackung, kompostierbare Verpackung, Barrierefolien, papierbasierte Verpackung,"
        " Schutzatmosphäre, Vakuumverpackung, Haltbarkeit, Etikettierung, Monomaterial, Mehrwegbehälter",
        "imballaggio alimentare, imballaggi compostabili, film barriera, imballaggi in carta,"
        " atmosfera modificata, confezionamento sottovuoto, shelf life, etichettatura, monomateriale,"
        " contenitori riutilizzabili",
        "embalaža za živila, kompostabilna embalaža, zaporne folije, papirna embalaža, modificirana atmosfera,"
        " vakuumsko pakiranje, rok uporabnosti, etiketiranje, monomaterial, povratna embalaža",
    ),
    _theme(
        "A01 C28 J62",
        "technical-cooperation research-cooperation commercial supplier",
        "3-9",
        "t",
        "agritech, precision farming, mountain agriculture, farm management software, soil sensors,"
        " irrigation control, livestock monitoring, vertical farming, agricultural drones, smart greenhouse,"
        " crop yield, dairy farming, pasture management, robotic milking, agricultural robotics,"
        " variable rate application",
        "agritech, agriculture de précision, agriculture de montagne, logiciel de gestion agricole,"
        " capteurs de sol, irrigation, suivi du bétail, serre connectée, élevage laitier, gestion des pâturages",
        "Agrartechnik, Präzisionslandwirtschaft, Berglandwirtschaft, Agrarsoftware, Bodensensoren,"
        " Bewässerungssteuerung, Herdenüberwachung, intelligentes Gewächshaus, Milchviehhaltung, Weidemanagement",
        "agritech, agricoltura di precisione, agricoltura di montagna, software gestionale agricolo,"
        " sensori del suolo, irrigazione, monitoraggio del bestiame, serra intelligente, allevamento da latte,"
        " gestione dei pascoli",
        "kmetijska tehnologija, precizno kmetijstvo, gorsko kmetijstvo, programska oprema za kmetije,"
        " talni senzorji, namakanje, spremljanje živine, pametni rastlinjak, mlečna živinoreja,"
        " upravljanje pašnikov",
    ),
    _theme(
        "I55 I56 N79",
        "commercial services joint-venture investment",
        "7-9",
        "b",
        "alpine hospitality, hotel management, mountain hotel, wellness area, restaurant kitchen,"
        " regional products, staff housing, seasonal staff, guest satisfaction, sustainable tourism,"
        " hotel renovation, food and beverage, catering equipment, energy costs, farm stays, event hosting",
        "hôtellerie alpine, gestion hôtelière, hôtel de montagne, espace bien-être, cuisine de restaurant,"
        " produits régionaux, personnel saisonnier, tourisme durable, rénovation d'hôtel, restauration",
        "alpine Hotellerie, Hotelmanagement, Berghotel, Wellnessbereich, Gastronomieküche, regionale Produkte,"
        " Saisonpersonal, nachhaltiger Tourismus, Hotelrenovierung, Gastronomie",
        "ospitalità alpina, gestione alberghiera, hotel di montagna, area benessere, cucina professionale,"
        " prodotti tipici, personale stagionale, turismo sostenibile, ristrutturazione alberghiera, ristorazione",
        "alpsko gostinstvo, vodenje hotela, gorski hotel, wellness center, profesionalna kuhinja,"
        " lokalni izdelki, sezonski delavci, trajnostni turizem, prenova hotela, gostinstvo",
    ),
    _theme(
        "D35 C20 C27 C28",
        "research-cooperation joint-venture technical-cooperation investment",
        "3-8",
        "r",
        "green hydrogen, electrolyser, PEM stacks, fuel cells, hydrogen storage, power-to-gas,"
        " renewable electricity, hydrogen refuelling, off-grid power, catalyst coatings, hydrogen compressors,"
        " hydrogen mobility, mountain huts, energy autonomy, safety standards, hydrogen valleys",
        "hydrogène vert, électrolyseur, piles à combustible, stockage d'hydrogène, power-to-gas,"
        " électricité renouvelable, station de recharge hydrogène, site isolé, mobilité hydrogène,"
        " autonomie énergétique",
        "grüner Wasserstoff, Elektrolyseur, PEM-Stacks, Brennstoffzellen, Wasserstoffspeicher, Power-to-Gas,"
        " erneuerbarer Strom, Wasserstofftankstelle, Inselnetz, Wasserstoffmobilität",
        "idrogeno verde, elettrolizzatore, celle a combustibile, stoccaggio di idrogeno, power-to-gas,"
        " energia rinnovabile, stazione di rifornimento, rete isolata, mobilità a idrogeno, autonomia energetica",
        "zeleni vodik, elektrolizer, gorivne celice, shranjevanje vodika, power-to-gas, obnovljiva elektrika,"
        " polnilnica vodika, otočno omrežje, vodikova mobilnost, energetska samooskrba",
    ),
    _theme(
        "C32 C22 C25 G46",
        "commercial supplier manufacturing licensing",
        "5-9",
        "t",
        "mountain sports equipment, climbing hardware, carabiners, ice axes, crampons, avalanche transceivers,"
        " helmets, harnesses, trekking poles, ski touring gear, EN standards, product testing, forged aluminium,"
        " retail distribution, outdoor brands, rental equipment",
        "équipement de montagne, matériel d'escalade, mousquetons, piolets, crampons,"
        " détecteurs de victimes d'avalanche, casques, baudriers, bâtons de randonnée, location de matériel",
        "Bergsportausrüstung, Kletterausrüstung, Karabiner, Eispickel, Steigeisen, Lawinenverschüttetensuchgerät,"
        " Helme, Klettergurte, Wanderstöcke, Verleihausrüstung",
        "attrezzatura da montagna, attrezzatura da arrampicata, moschettoni, piccozze, ramponi, ARTVA, caschi,"
        " imbracature, bastoncini da trekking, noleggio attrezzatura",
        "gorniška oprema, plezalna oprema, vponke, cepini, dereze, plazovne žolne, čelade, plezalni pasovi,"
        " pohodne palice, izposoja opreme",
    ),
    _theme(
        "D35 C27 F43",
        "commercial supplier technical-cooperation investment",
        "5-9",
        "t",
        "solar photovoltaics, smart grid, rooftop PV, agrivoltaics, energy communities, inverters,"
        " grid balancing, demand response, self-consumption, bifacial modules, snow load,"
        " energy management system, microgrid, storage integration, power electronics, mountain solar parks",
        "photovoltaïque, réseau intelligent, panneaux solaires en toiture, agrivoltaïsme,"
        " communautés énergétiques, onduleurs, autoconsommation, gestion de l'énergie, micro-réseau,"
        " centrale solaire de montagne",
        "Photovoltaik, intelligentes Stromnetz, Dach-PV, Agri-PV, Energiegemeinschaften, Wechselrichter,"
        " Eigenverbrauch, Energiemanagementsystem, Microgrid, alpine Solaranlagen",
        "fotovoltaico, rete intelligente, fotovoltaico su tetto, agrivoltaico, comunità energetiche, inverter,"
        " autoconsumo, sistema di gestione dell'energia, microrete, impianti solari alpini",
        "fotovoltaika, pametno omrežje, sončna elektrarna na strehi, agrivoltaika, energetske skupnosti,"
        " razsmerniki, samooskrba, sistem upravljanja energije, mikroomrežje, alpske sončne elektrarne",
    ),
    _theme(
        "J62 J63 M70",
        "services commercial technical-cooperation",
        "6-9",
        "b",
        "cybersecurity, penetration testing, security audit, ransomware protection, NIS2 compliance,"
        " OT security, incident response, identity management, security awareness, managed detection,"
        " encryption, zero trust, backup strategy, vulnerability scanning, ISO 27001, industrial control systems",
        "cybersécurité, test d'intrusion, audit de sécurité, protection contre les rançongiciels,"
        " conformité NIS2, sécurité OT, réponse aux incidents, gestion des identités,"
        " sensibilisation à la sécurité, chiffrement",
        "Cybersicherheit, Penetrationstest, Sicherheitsaudit, Ransomware-Schutz, NIS2-Konformität, OT-Sicherheit,"
        " Incident Response, Identitätsmanagement, Verschlüsselung, Datensicherung",
        "sicurezza informatica, penetration test, audit di sicurezza, protezione ransomware, conformità NIS2,"
        " sicurezza OT, risposta agli incidenti, gestione delle identità, crittografia, backup",
        "kibernetska varnost, penetracijsko testiranje, varnostni pregled, zaščita pred ransomwareom,"
        " skladnost z NIS2, varnost OT, odzivanje na incidente, upravljanje identitet, šifriranje,"
        " varnostne kopije",
    ),
    _theme(
        "C10 G46 G47",
        "commercial supplier manufacturing services",
        "6-9",
        "b",
        "chocolate, confectionery, pralines, cocoa sourcing, bean-to-bar, tempering machines, sugar reduction,"
        " gift boxes, private label, shelf-stable snacks, nut pastes, mountain honey, biscuits, alpine herbs,"
        " fair trade, seasonal collections",
        "chocolat, confiserie, pralines, approvisionnement en cacao, tempéreuse, réduction du sucre,"
        " coffrets cadeaux, marque distributeur, biscuits, miel de montagne",
        "Schokolade, Süßwaren, Pralinen, Kakaobeschaffung, Temperiermaschine, Zuckerreduktion, Geschenkboxen,"
        " Handelsmarke, Gebäck, Bergblütenhonig",
        "cioccolato, dolciaria, praline, approvvigionamento di cacao, temperatrice, riduzione degli zuccheri,"
        " confezioni regalo, marchio del distributore, biscotti, miele di montagna",
        "čokolada, slaščice, pralineji, nabava kakava, temperirni stroj, zmanjšanje sladkorja, darilne škatle,"
        " trgovska znamka, piškoti, gorski med",
    ),
    _theme(
        "C11 G46 I56",
        "commercial supplier services",
        "6-9",
        "b",
        "craft brewing, craft beer, alpine spirits, herbal liqueur, distillery, fruit brandy, gin botanicals,"
        " brewing equipment, kegs, canning line, hop sourcing, non-alcoholic drinks, mineral water, apple juice,"
        " cider, beverage distribution",
        "brasserie artisanale, bière artisanale, spiritueux alpins, liqueur de plantes, distillerie,"
        " eau-de-vie de fruits, gin, équipement de brassage, cidre, jus de pomme",
        "Craft-Bier, Brauerei, alpine Spirituosen, Kräuterlikör, Destillerie, Obstbrand, Gin-Botanicals,"
        " Brauanlage, Apfelsaft, Mineralwasser",
        "birrificio artigianale, birra artigianale, distillati alpini, liquore alle erbe, distilleria, grappa,"
        " gin botanico, impianto di birrificazione, succo di mela, acqua minerale",
        "obrtna pivovarna, obrtno pivo, alpske žgane pijače, zeliščni liker, destilarna, sadno žganje, gin,"
        " oprema za varjenje piva, jabolčni sok, mineralna voda",
    ),
    _theme(
        "A02 D35 C16",
        "supplier commercial technical-cooperation",
        "5-9",
        "b",
        "forest biomass, wood pellets, forest wood chips, forestry, sustainable forest management, bark beetle,"
        " timber harvesting, cable yarding, biomass heating, district heating plant, forest roads,"
        " PEFC certification, logging machinery, carbon credits, forest inventory, torrefaction",
        "biomasse forestière, granulés de bois, plaquettes forestières, sylviculture, gestion forestière durable,"
        " scolytes, exploitation forestière, câble-mât, chaufferie bois, certification PEFC",
        "Waldbiomasse, Holzpellets, Hackschnitzel, Forstwirtschaft, nachhaltige Waldbewirtschaftung,"
        " Borkenkäfer, Holzernte, Seilkran, Biomasseheizwerk, PEFC-Zertifizierung",
        "biomassa forestale, pellet di legno, cippato, selvicoltura, gestione forestale sostenibile, bostrico,"
        " utilizzazioni forestali, gru a cavo, centrale a biomassa, certificazione PEFC",
        "gozdna biomasa, lesni peleti, sekanci, gozdarstvo, trajnostno gospodarjenje z gozdovi, podlubniki,"
        " sečnja, žični žerjav, kotlovnica na biomaso, certifikat PEFC",
    ),
    _theme(
        "C30 M71 M74",
        "services technical-cooperation commercial research-cooperation",
        "4-9",
        "t",
        "drones, aerial survey, photogrammetry, LiDAR mapping, thermal imaging, infrastructure inspection,"
        " BVLOS flights, glacier monitoring, search and rescue, payload integration, orthophotos,"
        " 3D terrain models, power line inspection, forest mapping, flight planning, drone delivery",
        "drones, relevés aériens, photogrammétrie, cartographie LiDAR, imagerie thermique,"
        " inspection d'ouvrages, surveillance des glaciers, secours en montagne, orthophotos,"
        " modèles numériques de terrain",
        "Drohnen, Luftbildvermessung, Photogrammetrie, LiDAR-Kartierung, Wärmebildtechnik, Bauwerksinspektion,"
        " Gletscherbeobachtung, Bergrettung, Orthofotos, digitale Geländemodelle",
        "droni, rilievi aerei, fotogrammetria, mappatura LiDAR, termografia, ispezione infrastrutture,"
        " monitoraggio dei ghiacciai, soccorso alpino, ortofoto, modelli digitali del terreno",
        "droni, aerofotografija, fotogrametrija, LiDAR kartiranje, termografija, pregled infrastrukture,"
        " spremljanje ledenikov, gorsko reševanje, ortofoto, digitalni modeli reliefa",
    ),
    _theme(
        "C26 C27 C33",
        "subcontracting manufacturing supplier",
        "6-9",
        "t",
        "electronics manufacturing, PCB assembly, SMT line, box build, cable harnesses, conformal coating,"
        " functional testing, component sourcing, EMS provider, prototype boards, lead-free soldering,"
        " AOI inspection, obsolescence management, power electronics, rugged electronics, low-volume production",
        "sous-traitance électronique, assemblage de cartes, ligne CMS, intégration de produits,"
        " faisceaux de câbles, vernis de tropicalisation, test fonctionnel, approvisionnement de composants,"
        " prototypes de cartes, brasage sans plomb",
        "Elektronikfertigung, Leiterplattenbestückung, SMT-Linie, Gerätebau, Kabelkonfektion, Schutzlackierung,"
        " Funktionsprüfung, Bauteilbeschaffung, Prototypen-Leiterplatten, bleifreies Löten",
        "produzione elettronica, assemblaggio schede, linea SMT, box build, cablaggi, tropicalizzazione,"
        " collaudo funzionale, approvvigionamento componenti, prototipi di schede, saldatura senza piombo",
        "proizvodnja elektronike, sestavljanje tiskanih vezij, linija SMT, sestava naprav, kabelski snopi,"
        " zaščitni lak, funkcionalno testiranje, nabava komponent, prototipna vezja, brezsvinčno spajkanje",
    ),
    _theme(
        "B08 C23 F43",
        "supplier commercial manufacturing",
        "6-9",
        "b",
        "natural stone, granite, marble, slate roofing, quarrying, stone cutting, waterjet cutting,"
        " dry stone walls, stone facades, gneiss, polishing, stone tiles, stone waste recycling,"
        " monument restoration, CNC stone processing, paving",
        "pierre naturelle, granit, marbre, lauzes, carrière, taille de pierre, découpe jet d'eau,"
        " murs en pierre sèche, façades en pierre, restauration de monuments",
        "Naturstein, Granit, Marmor, Schieferdach, Steinbruch, Steinbearbeitung, Wasserstrahlschneiden,"
        " Trockenmauern, Steinfassaden, Denkmalpflege",
        "pietra naturale, granito, marmo, coperture in pietra, cava, lavorazione della pietra,"
        " taglio a getto d'acqua, muri a secco, facciate in pietra, restauro monumentale",
        "naravni kamen, granit, marmor, skrilasta kritina, kamnolom, obdelava kamna, rezanje z vodnim curkom,"
        " suhozidi, kamnite fasade, obnova spomenikov",
    ),
    _theme(
        "Q86 J62 M72",
        "research-cooperation commercial licensing technical-cooperation",
        "4-9",
        "r",
        "digital health, telemedicine, remote patient monitoring, electronic health records, mobile health app,"
        " elderly care, fall detection, chronic disease management, health data interoperability, HL7 FHIR,"
        " clinical decision support, rural healthcare, rehabilitation app, medical chatbot, care coordination",
        "santé numérique, télémédecine, télésurveillance des patients, dossier médical électronique,"
        " application de santé, soins aux personnes âgées, détection de chutes, maladies chroniques,"
        " interopérabilité, santé en zone rurale",
        "digitale Gesundheit, Telemedizin, Fernüberwachung von Patienten, elektronische Patientenakte,"
        " Gesundheits-App, Altenpflege, Sturzerkennung, chronische Erkrankungen, Interoperabilität,"
        " ländliche Versorgung",
        "sanità digitale, telemedicina, telemonitoraggio dei pazienti, fascicolo sanitario elettronico,"
        " app per la salute, assistenza agli anziani, rilevamento cadute, malattie croniche, interoperabilità,"
        " sanità nelle aree rurali",
        "digitalno zdravje, telemedicina, oddaljeno spremljanje bolnikov, elektronski zdravstveni zapis,"
        " zdravstvena aplikacija, oskrba starejših, zaznavanje padcev, kronične bolezni, interoperabilnost,"
        " podeželsko zdravstvo",
    ),
    _theme(
        "C25 C20 M72",
        "subcontracting technical-cooperation supplier research-cooperation",
        "4-9",
        "t",
        "surface treatment, PVD coatings, hard chrome replacement, anodising, electroplating, thermal spraying,"
        " corrosion protection, wear resistance, cutting tool coatings, DLC coatings, passivation,"
        " powder coating, coating thickness, salt spray testing, REACH compliance, plasma nitriding",
        "traitement de surface, revêtements PVD, substitution du chrome dur, anodisation, galvanoplastie,"
        " projection thermique, protection anticorrosion, résistance à l'usure, revêtements DLC, thermolaquage",
        "Oberflächentechnik, PVD-Beschichtungen, Hartchromersatz, Eloxieren, Galvanik, thermisches Spritzen,"
        " Korrosionsschutz, Verschleißschutz, DLC-Beschichtungen, Pulverbeschichtung",
        "trattamenti superficiali, rivestimenti PVD, sostituzione cromo duro, anodizzazione, galvanica,"
        " spruzzatura termica, protezione dalla corrosione, resistenza all'usura, rivestimenti DLC,"
        " verniciatura a polvere",
        "površinska obdelava, prevleke PVD, nadomestitev trdega kroma, eloksiranje, galvanizacija,"
        " termično naprševanje, protikorozijska zaščita, obrabna obstojnost, prevleke DLC, prašno lakiranje",
    ),
    _theme(
        "C28 E36 R93",
        "supplier technical-cooperation services commercial",
        "5-9",
        "t",
        "snowmaking, snow guns, fan guns, snow lances, water reservoirs, snowmaking pumps,"
        " energy-efficient snowmaking, snow depth measurement, slope grooming, snow farming, technical snow,"
        " ski slope management, GNSS snow measurement, compressed air, cooling towers, resort operations",
        "neige de culture, enneigeurs, canons à neige, perches à neige, retenues collinaires,"
        " stations de pompage, damage des pistes, stockage de neige, gestion des pistes,"
        " mesure de hauteur de neige",
        "technische Beschneiung, Schneeerzeuger, Propellermaschinen, Schneilanzen, Speicherteich, Pumpstation,"
        " Pistenpräparierung, Snowfarming, Pistenmanagement, Schneehöhenmessung",
        "innevamento programmato, generatori di neve, cannoni a ventola, lance da neve, bacini di accumulo,"
        " stazioni di pompaggio, battitura piste, conservazione della neve, gestione piste, misurazione neve",
        "umetno zasneževanje, snežni topovi, ventilatorski topovi, snežne lance, akumulacijska jezera, črpališča,"
        " teptanje prog, hranjenje snega, upravljanje smučišč, merjenje višine snega",
    ),
)

# Sentence templates per language. Slots: {t} {t2} {t3} theme terms, {x} {x2} terms of a second
# theme, {g} {g2} generic business words, {label} theme label, {size} organisation size with article,
# {where} place, {market} market with preposition, {p} partnership, {org} name, and numbers.
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "title_offer": (
            "{t} for {t2} and {t3}",
            "{t} services: {t2} and {t3}",
            "Offering {t} and {t2} to partners {market}",
            "{t} with {t2} for {x}",
            "Experienced partner for {t} and {t2}",
            "{t} and {g} {where}",
            "New {t} solution for {x}",
            "Licence available: {t} technology for {t2}",
            "{t} from prototype to series production",
        ),
        "title_need": (
            "Looking for a partner in {t} and {t2}",
            "Seeking a supplier of {t} for {t2}",
            "{t} needed for a project on {x}",
            "Wanted: {t} expertise for {t2}",
            "Partner sought for {t} and {t2} {where}",
            "Subcontractor for {t} and {t2} wanted",
            "Research partner for {t} applied to {x}",
            "Looking for {t} with {g}",
        ),
        "summary_offer": (
            "We are {size} {where} offering {t} and {t2} to customers {market}.",
            "Our team combines {t}, {t2} and {t3} with a strong focus on {g}.",
            "We offer {t} for {x}, with {g} and {g2} included.",
            "Open to {p} with companies working on {t2} or {x}.",
            "Short lead times, {g} and proven experience in {t}.",
        ),
        "summary_need": (
            "We are {size} {where} looking for a partner in {t} and {t2}.",
            "We need {t} for a project on {x}, with a focus on {g}.",
            "We seek {p} with a company experienced in {t} and {t3}.",
            "The partner should master {t2} and offer {g}.",
            "Delivery is planned for {year2}; {g} and {g2} matter most.",
        ),
        "intro": (
            "We are {size} {where}, working in {label} for more than {n} years.",
            "Our team of {staff} people develops {t} and {t2} for customers {market}.",
            "Since {year} we have specialised in {t}, {t2} and {g}.",
            "We work with customers {market} and invest steadily in {g} and {g2}.",
        ),
        "org": (
            "{org} is known {where} for {t} and reliable {g}.",
            "At {org}, {t} and {t2} are our core business.",
        ),
        "body_offer": (
            "We offer {t} covering {t2}, {t3} and {g}.",
            "Our {t} process is proven in series production and meets strict requirements on {g}.",
            "Customers use our {t} for {x}, where {t2} and {g} are critical.",
            "We handle projects from prototypes to small series, including {t2} and {g}.",
            "The technology improves {g} by up to {pct} % compared with conventional {t2}.",
            "Our equipment includes {t}, {t2} and a dedicated lab for {t3}.",
            "We have delivered {t} projects in {k} countries, often combined with {x}.",
            "Our engineers support you with {g}, {t2} and {g2}.",
            "All work is documented for {g}, and we adapt {t} to your specifications.",
            "Typical applications include {x}, {t2} and {t3}.",
            "We combine {t} with {g} to shorten time to market for our customers.",
            "Our quality system covers {g} and {g2}, and every batch is fully traceable.",
        ),
        "body_need": (
            "We are looking for a partner able to provide {t} and {t2}.",
            "The project concerns {x} and needs expertise in {t} and {g}.",
            "Today we buy {t} from distant suppliers and want a partner closer to our site.",
            "Our current solution for {t2} no longer meets our requirements on {g}.",
            "We expect the partner to take responsibility for {t} and {g2}.",
            "The first order covers about {units} units, with {g} as a key requirement.",
            "We plan a pilot in {year2} and need {t3} to be ready by then.",
            "Experience with {t2} and {t3} in demanding Alpine conditions is an advantage.",
            "The solution must be compatible with our existing equipment and meet our standards on {g}.",
            "Ideally the partner already works with {t3} and understands {x}.",
            "Volumes are expected to grow after a successful test phase with {t}.",
        ),
        "list_offer": ("What we offer:", "Our main capabilities:", "Key features:"),
        "list_need": ("The partner should offer:", "Requirements:", "We are looking for:"),
        "item": ("**{t}** with {g}", "{t} for {x}", "experience in {t} and {t2}", "{g} and {g2}", "{t} and {t2}"),
        "partner": (
            "We seek {p} with companies or research organisations {market}.",
            "The cooperation could start with a pilot project on {t} and grow into a long-term partnership.",
            "We are happy to meet at trade fairs or to welcome you at our site {where}.",
            "Partners should be able to work in English; other languages are welcome.",
        ),
        "closing": (
            "Budget and timeline will be agreed with the partner; {g} is a priority.",
            "Please contact us with a short description of your experience in {t}.",
            "We also welcome ideas on {x} and {g}.",
        ),
        "cross": (
            "We also see opportunities in {x} and {x2}.",
            "A link to {x} is possible, since our work on {t} also touches {x2}.",
        ),
        "trl_offer": ("The technology has reached TRL {trl} and has been validated with pilot customers.",),
        "trl_need": ("Solutions should be at least at TRL {trl}.",),
        "link": ("More information: [{domain}]({website}).",),
        "generic": (
            "quality assurance, short lead times, certification, cost reduction, energy efficiency, sustainability,"
            " digitalisation, traceability, after-sales service, small series, prototypes, technical documentation,"
            " export markets, supply chain resilience, reliability, maintenance, staff training, project management,"
            " product development, carbon footprint, pilot projects, market access, distribution network,"
            " customer support, ISO 9001, EU funding",
        ),
        "market": (
            "in the Alpine regions, across Europe, in the DACH countries, in northern Italy, in the Alpine arc,"
            " in Central Europe",
        ),
    },
    "fr": {
        "title_offer": (
            "{t} pour {t2} et {t3}",
            "Offre : {t} et {t2}",
            "Savoir-faire en {t} pour {x}",
            "{t} et {g} {where}",
            "Solution en {t} pour {t2}",
        ),
        "title_need": (
            "Recherche partenaire en {t} et {t2}",
            "Recherche fournisseur en {t} pour {t2}",
            "Besoin en {t} pour un projet en {x}",
            "Partenaire recherché : {t} et {t2}",
            "Sous-traitant en {t} recherché {where}",
        ),
        "summary_offer": (
            "Nous sommes {size} {where} et proposons {t} et {t2} à des clients {market}.",
            "Notre équipe maîtrise {t}, {t2} et {t3}, avec un accent fort sur {g}.",
            "Nous proposons {t} pour {x}, avec {g} et {g2}.",
            "Ouverts à {p} avec des partenaires actifs en {t2}.",
        ),
        "summary_need": (
            "Nous sommes {size} {where} et recherchons un partenaire en {t} et {t2}.",
            "Pour un projet en {x}, nous avons besoin de {t} avec un accent sur {g}.",
            "Nous souhaitons {p} avec une entreprise expérimentée en {t} et {t3}.",
            "Le partenaire devra maîtriser {t2} et garantir {g}.",
        ),
        "intro": (
            "Nous sommes {size} {where}, spécialisés en {label} depuis plus de {n} ans.",
            "Notre équipe de {staff} personnes développe des solutions en {t} et {t2}.",
            "Depuis {year}, nous nous concentrons sur {t}, {t2} et {g}.",
            "Nous travaillons avec des clients {market} et investissons dans {g} et {g2}.",
        ),
        "org": ("{org} est reconnue {where} pour son savoir-faire en {t} et {g}.",),
        "body_offer": (
            "Nous proposons {t}, y compris {t2}, {t3} et {g}.",
            "Notre procédé de {t} est éprouvé en production série et répond à des exigences élevées en {g}.",
            "Nos clients utilisent notre savoir-faire en {t} pour {x}, où {t2} et {g} sont essentiels.",
            "Nous accompagnons les projets du prototype à la petite série, avec {g} et {t2}.",
            "La technologie améliore {g} jusqu'à {pct} % par rapport aux solutions classiques.",
            "Notre parc comprend {t}, {t2} et un laboratoire dédié à {t3}.",
            "Les applications typiques sont {x}, {t2} et {t3}.",
            "Nous associons {t} et {g} pour réduire le délai de mise sur le marché de nos clients.",
            "Notre système qualité couvre {g} et {g2} ; chaque lot est entièrement traçable.",
        ),
        "body_need": (
            "Nous recherchons un partenaire capable de fournir {t} et {t2}.",
            "Le projet porte sur {x} et demande des compétences en {t} et {g}.",
            "Aujourd'hui nous achetons {t} auprès de fournisseurs éloignés et souhaitons un partenaire plus proche.",
            "Notre solution actuelle pour {t2} ne répond plus à nos exigences en {g}.",
            "La première commande porte sur environ {units} unités ; {g} est un critère clé.",
            "Un projet pilote est prévu en {year2} et {t3} devra être prêt d'ici là.",
            "La solution doit être compatible avec nos installations et respecter nos exigences en {g}.",
            "Idéalement, le partenaire travaille déjà avec {t3} et connaît {x}.",
            "Les volumes augmenteront après une phase de test réussie en {t}.",
        ),
        "list_offer": ("Notre offre :", "Nos compétences :", "En bref :"),
        "list_need": ("Le partenaire devrait proposer :", "Exigences :", "Nous recherchons :"),
        "item": ("**{t}** avec {g}", "{t} pour {x}", "expérience en {t} et {t2}", "{g} et {g2}"),
        "partner": (
            "Nous recherchons {p} avec des entreprises ou des laboratoires {market}.",
            "La coopération peut démarrer par un projet pilote en {t} puis évoluer vers un partenariat durable.",
            "Nous serons heureux de vous rencontrer sur un salon ou dans nos locaux {where}.",
        ),
        "closing": (
            "Le budget et le calendrier seront définis avec le partenaire ; {g} est une priorité.",
            "Merci de nous contacter avec une courte présentation de votre expérience en {t}.",
            "Nous accueillons aussi les idées sur {x} et {g}.",
        ),
        "cross": (
            "Nous voyons aussi des opportunités en {x} et {x2}.",
            "Un lien avec {x} est possible, car notre travail en {t} touche aussi {x2}.",
        ),
        "trl_offer": ("La technologie a atteint le TRL {trl} et a été validée en conditions réelles.",),
        "trl_need": ("Les solutions doivent avoir atteint au moins le TRL {trl}.",),
        "link": ("Plus d'informations : [{domain}]({website}).",),
        "generic": (
            "assurance qualité, délais de livraison, certification, réduction des coûts, efficacité énergétique,"
            " développement durable, numérisation, traçabilité, service après-vente, petites séries, prototypes,"
            " documentation technique, marchés export, chaîne d'approvisionnement, fiabilité, maintenance,"
            " formation, gestion de projet, innovation, empreinte carbone, projet pilote",
        ),
        "market": (
            "dans l'arc alpin, dans toute l'Europe, dans les pays alpins, en Italie du Nord, en Suisse romande,"
            " en Auvergne-Rhône-Alpes",
        ),
    },
    "de": {
        "title_offer": (
            "{t} für {t2} und {t3}",
            "Wir bieten {t} und {t2}",
            "Know-how in {t} für {x}",
            "{t} und {g} {where}",
            "Lösungen für {t} und {t2}",
        ),
        "title_need": (
            "Partner für {t} und {t2} gesucht",
            "Lieferant für {t} gesucht",
            "Suche Kooperation in {t} für {x}",
            "{t} für ein Projekt im Bereich {x} gesucht",
            "Zulieferer für {t} und {t2} {where} gesucht",
        ),
        "summary_offer": (
            "Wir sind {size} {where} und bieten {t} und {t2} für Kunden {market}.",
            "Unser Team verbindet {t}, {t2} und {t3} mit einem klaren Fokus auf {g}.",
            "Wir bieten {t} für {x}, einschließlich {g} und {g2}.",
            "Offen für {p} mit Partnern aus dem Bereich {t2}.",
        ),
        "summary_need": (
            "Wir sind {size} {where} und suchen einen Partner für {t} und {t2}.",
            "Für ein Projekt im Bereich {x} benötigen wir {t} mit Fokus auf {g}.",
            "Gesucht wird {p} mit einem Unternehmen, das Erfahrung in {t} und {t3} hat.",
            "Der Partner sollte {t2} beherrschen und {g} bieten.",
        ),
        "intro": (
            "Wir sind {size} {where} und seit über {n} Jahren im Bereich {label} tätig.",
            "Unser Team aus {staff} Personen entwickelt Lösungen für {t} und {t2}.",
            "Seit {year} haben wir uns auf {t}, {t2} und {g} spezialisiert.",
            "Wir arbeiten mit Kunden {market} und investieren laufend in {g} und {g2}.",
        ),
        "org": ("{org} steht {where} für {t} und {g}.",),
        "body_offer": (
            "Wir bieten {t} einschließlich {t2}, {t3} und {g}.",
            "Unser Verfahren für {t} ist in der Serienfertigung erprobt und erfüllt hohe Anforderungen an {g}.",
            "Kunden nutzen unsere Lösungen für {t} im Bereich {x}, wo {t2} und {g} entscheidend sind.",
            "Wir begleiten Projekte vom Prototyp bis zur Kleinserie, inklusive {t2} und {g}.",
            "Die Technologie verbessert {g} um bis zu {pct} % gegenüber herkömmlichen Verfahren.",
            "Unsere Ausstattung umfasst {t}, {t2} und ein eigenes Labor für {t3}.",
            "Typische Anwendungen sind {x}, {t2} und {t3}.",
            "Wir verbinden {t} mit {g} und verkürzen so die Markteinführung für unsere Kunden.",
            "Unser Qualitätssystem deckt {g} und {g2} ab; jede Charge ist vollständig rückverfolgbar.",
        ),
        "body_need": (
            "Wir suchen einen Partner, der {t} und {t2} liefern kann.",
            "Das Projekt betrifft {x} und erfordert Know-how in {t} und {g}.",
            "Derzeit beziehen wir {t} von weit entfernten Lieferanten und suchen einen Partner in der Nähe.",
            "Unsere bisherige Lösung für {t2} erfüllt die Anforderungen an {g} nicht mehr.",
            "Die erste Bestellung umfasst etwa {units} Einheiten; {g} ist dabei entscheidend.",
            "Ein Pilotprojekt ist für {year2} geplant; bis dahin muss {t3} verfügbar sein.",
            "Die Lösung muss mit unseren Anlagen kompatibel sein und unsere Anforderungen an {g} erfüllen.",
            "Idealerweise arbeitet der Partner bereits mit {t3} und kennt den Bereich {x}.",
            "Nach einer erfolgreichen Testphase mit {t} sollen die Mengen steigen.",
        ),
        "list_offer": ("Unser Angebot:", "Unsere Kompetenzen:", "Leistungen im Überblick:"),
        "list_need": ("Der Partner sollte bieten:", "Anforderungen:", "Wir suchen:"),
        "item": ("**{t}** mit {g}", "{t} für {x}", "Erfahrung mit {t} und {t2}", "{g} und {g2}"),
        "partner": (
            "Wir suchen {p} mit Unternehmen oder Forschungseinrichtungen {market}.",
            "Die Zusammenarbeit kann mit einem Pilotprojekt zu {t} beginnen und langfristig ausgebaut werden.",
            "Wir treffen Sie gerne auf Fachmessen oder bei einem Besuch {where}.",
        ),
        "closing": (
            "Budget und Zeitplan werden mit dem Partner abgestimmt; {g} hat Priorität.",
            "Bitte kontaktieren Sie uns mit einer kurzen Beschreibung Ihrer Erfahrung mit {t}.",
            "Wir freuen uns auch über Ideen zu {x} und {g}.",
        ),
        "cross": (
            "Wir sehen zudem Chancen im Bereich {x} und {x2}.",
            "Eine Verbindung zu {x} ist möglich, da unsere Arbeit an {t} auch {x2} berührt.",
        ),
        "trl_offer": ("Die Technologie hat TRL {trl} erreicht und wurde mit Pilotkunden validiert.",),
        "trl_need": ("Lösungen sollten mindestens TRL {trl} erreicht haben.",),
        "link": ("Weitere Informationen: [{domain}]({website}).",),
        "generic": (
            "Qualitätssicherung, kurze Lieferzeiten, Zertifizierung, Kostensenkung, Energieeffizienz, Nachhaltigkeit,"
            " Digitalisierung, Rückverfolgbarkeit, Kundendienst, Kleinserien, Prototypen, technische Dokumentation,"
            " Exportmärkte, Lieferkette, Zuverlässigkeit, Wartung, Schulung, Projektmanagement, Innovation,"
            " CO2-Bilanz, Pilotprojekte",
        ),
        "market": ("im Alpenraum, in ganz Europa, in der DACH-Region, in Norditalien, in den Alpenländern, in Bayern",),
    },
    "it": {
        "title_offer": (
            "{t} per {t2} e {t3}",
            "Offriamo {t} e {t2}",
            "Competenze in {t} per {x}",
            "{t} e {g} {where}",
            "Soluzioni di {t} per {t2}",
        ),
        "title_need": (
            "Cercasi partner per {t} e {t2}",
            "Cerchiamo fornitore di {t} per {t2}",
            "{t} per un progetto di {x}",
            "Partner cercato: {t} e {t2}",
            "Subfornitore per {t} cercato {where}",
        ),
        "summary_offer": (
            "Siamo {size} {where} e offriamo {t} e {t2} a clienti {market}.",
            "Il nostro team unisce {t}, {t2} e {t3} con grande attenzione a {g}.",
            "Offriamo {t} per {x}, con {g} e {g2}.",
            "Disponibili per {p} con partner attivi in {t2}.",
        ),
        "summary_need": (
            "Siamo {size} {where} e cerchiamo un partner per {t} e {t2}.",
            "Per un progetto di {x} ci servono {t} con particolare attenzione a {g}.",
            "Cerchiamo {p} con un'azienda esperta in {t} e {t3}.",
            "Il partner dovrebbe padroneggiare {t2} e garantire {g}.",
        ),
        "intro": (
            "Siamo {size} {where}, attivi nel settore {label} da oltre {n} anni.",
            "Il nostro team di {staff} persone sviluppa soluzioni di {t} e {t2}.",
            "Dal {year} ci siamo specializzati in {t}, {t2} e {g}.",
            "Lavoriamo con clienti {market} e investiamo costantemente in {g} e {g2}.",
        ),
        "org": ("{org} è un riferimento {where} per {t} e {g}.",),
        "body_offer": (
            "Offriamo {t}, comprendendo {t2}, {t3} e {g}.",
            "Il nostro processo di {t} è collaudato nella produzione in serie e soddisfa requisiti elevati di {g}.",
            "I clienti utilizzano le nostre soluzioni di {t} per {x}, dove {t2} e {g} sono decisivi.",
            "Seguiamo i progetti dal prototipo alle piccole serie, con {g} e {t2}.",
            "La tecnologia migliora {g} fino al {pct} % rispetto alle soluzioni tradizionali.",
            "La nostra dotazione comprende {t}, {t2} e un laboratorio dedicato a {t3}.",
            "Le applicazioni tipiche sono {x}, {t2} e {t3}.",
            "Uniamo {t} e {g} per ridurre il time-to-market dei nostri clienti.",
            "Il nostro sistema qualità copre {g} e {g2}; ogni lotto è completamente tracciabile.",
        ),
        "body_need": (
            "Cerchiamo un partner in grado di fornire {t} e {t2}.",
            "Il progetto riguarda {x} e richiede competenze in {t} e {g}.",
            "Oggi acquistiamo {t} da fornitori lontani e vorremmo un partner più vicino.",
            "La nostra soluzione attuale per {t2} non soddisfa più i requisiti di {g}.",
            "Il primo ordine riguarda circa {units} unità; {g} è un requisito chiave.",
            "Un progetto pilota è previsto nel {year2} e {t3} dovrà essere pronto per allora.",
            "La soluzione deve essere compatibile con i nostri impianti e rispettare i requisiti di {g}.",
            "Idealmente il partner lavora già con {t3} e conosce il settore {x}.",
            "I volumi cresceranno dopo una fase di test positiva con {t}.",
        ),
        "list_offer": ("La nostra offerta:", "Competenze principali:", "In sintesi:"),
        "list_need": ("Il partner dovrebbe offrire:", "Requisiti:", "Cerchiamo:"),
        "item": ("**{t}** con {g}", "{t} per {x}", "esperienza in {t} e {t2}", "{g} e {g2}"),
        "partner": (
            "Cerchiamo {p} con aziende o centri di ricerca {market}.",
            "La collaborazione può iniziare con un progetto pilota su {t} e diventare una partnership duratura.",
            "Saremo lieti di incontrarvi in fiera o presso la nostra sede {where}.",
        ),
        "closing": (
            "Budget e tempi saranno concordati con il partner; {g} è una priorità.",
            "Contattateci con una breve descrizione della vostra esperienza in {t}.",
            "Accogliamo volentieri anche idee su {x} e {g}.",
        ),
        "cross": (
            "Vediamo inoltre opportunità nel campo di {x} e {x2}.",
            "È possibile un collegamento con {x}, perché il nostro lavoro su {t} tocca anche {x2}.",
        ),
        "trl_offer": ("La tecnologia ha raggiunto il TRL {trl} ed è stata validata sul campo.",),
        "trl_need": ("Le soluzioni devono avere almeno TRL {trl}.",),
        "link": ("Maggiori informazioni: [{domain}]({website}).",),
        "generic": (
            "controllo qualità, tempi di consegna, certificazione, riduzione dei costi, efficienza energetica,"
            " sostenibilità, digitalizzazione, tracciabilità, assistenza post-vendita, piccole serie, prototipi,"
            " documentazione tecnica, mercati esteri, filiera, affidabilità, manutenzione, formazione,"
            " gestione dei progetti, innovazione, impronta di carbonio, progetto pilota",
        ),
        "market": (
            "nell'arco alpino, in tutta Europa, nei paesi DACH, nel Nord Italia, in Svizzera e in Austria,"
            " nelle regioni alpine",
        ),
    },
    "sl": {
        "title_offer": (
            "{t} za {t2} in {t3}",
            "Ponujamo {t} in {t2}",
            "Znanje s področja {t} za {x}",
            "{t} in {g} {where}",
            "Rešitve za {t} in {t2}",
        ),
        "title_need": (
            "Iščemo partnerja za {t} in {t2}",
            "Iščemo dobavitelja: {t} za {t2}",
            "Potrebujemo {t} za projekt s področja {x}",
            "Iščemo podizvajalca za {t} {where}",
            "Partner za {t} in {t2}",
        ),
        "summary_offer": (
            "Smo {size} {where} in ponujamo {t} ter {t2} za stranke {market}.",
            "Naša ekipa združuje {t}, {t2} in {t3} s poudarkom na {g}.",
            "Ponujamo {t} za {x}; poudarek je na {g} in {g2}.",
            "Odprti smo za {p} s partnerji s področja {t2}.",
        ),
        "summary_need": (
            "Smo {size} {where} in iščemo partnerja za {t} in {t2}.",
            "Za projekt s področja {x} potrebujemo {t} s poudarkom na {g}.",
            "Želimo si {p} s podjetjem z izkušnjami na področju {t} in {t3}.",
            "Partner naj obvlada {t2} in zagotovi {g}.",
        ),
        "intro": (
            "Smo {size} {where} in se že več kot {n} let ukvarjamo s področjem {label}.",
            "Naša ekipa s {staff} sodelavci razvija rešitve za {t} in {t2}.",
            "Od leta {year} smo specializirani za {t}, {t2} in {g}.",
            "Sodelujemo s strankami {market} in stalno vlagamo v {g} in {g2}.",
        ),
        "org": ("{org} je {where} znan partner na področju {t} in {g}.",),
        "body_offer": (
            "Ponujamo {t}, vključno s {t2}, {t3} in {g}.",
            "Naš postopek za {t} je preizkušen v serijski proizvodnji in izpolnjuje visoke zahteve glede {g}.",
            "Stranke uporabljajo naše rešitve za {t} na področju {x}, kjer sta {t2} in {g} ključna.",
            "Projekte vodimo od prototipa do male serije, vključno z {g} in {t2}.",
            "Tehnologija izboljša {g} do {pct} % v primerjavi z običajnimi rešitvami.",
            "Naša oprema obsega {t}, {t2} in lasten laboratorij za {t3}.",
            "Tipična področja uporabe so {x}, {t2} in {t3}.",
            "Združujemo {t} in {g} ter strankam skrajšamo čas do trga.",
            "Naš sistem kakovosti pokriva {g} in {g2}; vsaka serija je popolnoma sledljiva.",
        ),
        "body_need": (
            "Iščemo partnerja, ki lahko zagotovi {t} in {t2}.",
            "Projekt zadeva {x} in zahteva znanje s področja {t} in {g}.",
            "Danes kupujemo {t} pri oddaljenih dobaviteljih in iščemo partnerja v bližini.",
            "Naša sedanja rešitev za {t2} ne izpolnjuje več zahtev glede {g}.",
            "Prvo naročilo obsega približno {units} enot; {g} je ključna zahteva.",
            "Pilotni projekt načrtujemo v letu {year2}, do takrat mora biti {t3} pripravljen.",
            "Rešitev mora biti združljiva z našo obstoječo opremo in izpolnjevati zahteve glede {g}.",
            "Idealno je, da partner že dela s {t3} in pozna področje {x}.",
            "Po uspešni testni fazi s {t} se bodo količine povečale.",
        ),
        "list_offer": ("Naša ponudba:", "Ključne zmogljivosti:", "Na kratko:"),
        "list_need": ("Partner naj ponudi:", "Zahteve:", "Iščemo:"),
        "item": ("**{t}** in {g}", "{t} za {x}", "izkušnje na področju {t} in {t2}", "{g} in {g2}"),
        "partner": (
            "Iščemo {p} s podjetji ali raziskovalnimi organizacijami {market}.",
            "Sodelovanje se lahko začne s pilotnim projektom na področju {t} in preraste v dolgoročno partnerstvo.",
            "Z veseljem se srečamo na sejmu ali pri nas {where}.",
        ),
        "closing": (
            "Proračun in časovnico bomo uskladili s partnerjem; {g} je prednostna naloga.",
            "Prosimo, pošljite nam kratek opis vaših izkušenj na področju {t}.",
            "Veseli bomo tudi idej glede {x} in {g}.",
        ),
        "cross": (
            "Priložnosti vidimo tudi na področju {x} in {x2}.",
            "Možna je povezava s področjem {x}, saj naše delo na področju {t} zajema tudi {x2}.",
        ),
        "trl_offer": ("Tehnologija je dosegla TRL {trl} in je bila preizkušena v realnem okolju.",),
        "trl_need": ("Rešitve morajo biti vsaj na ravni TRL {trl}.",),
        "link": ("Več informacij: [{domain}]({website}).",),
        "generic": (
            "zagotavljanje kakovosti, dobavni roki, certificiranje, zniževanje stroškov, energetska učinkovitost,"
            " trajnost, digitalizacija, sledljivost, poprodajne storitve, male serije, prototipi,"
            " tehnična dokumentacija, izvozni trgi, dobavna veriga, zanesljivost, vzdrževanje, usposabljanje,"
            " vodenje projektov, inovacije, ogljični odtis, pilotni projekt",
        ),
        "market": (
            "v alpskem prostoru, po vsej Evropi, v državah DACH, v severni Italiji, v srednji Evropi, na Balkanu",
        ),
    },
}

SIZES: dict[str, dict[str, str]] = {
    "en": {
        "micro": "a micro-enterprise",
        "small": "a small company",
        "medium": "a medium-sized company",
        "large": "a large industrial group",
        "research": "a research institute",
        "public": "a public body",
    },
    "fr": {
        "micro": "une micro-entreprise",
        "small": "une petite entreprise",
        "medium": "une entreprise de taille moyenne",
        "large": "un grand groupe industriel",
        "research": "un organisme de recherche",
        "public": "un organisme public",
    },
    "de": {
        "micro": "ein Kleinstunternehmen",
        "small": "ein kleines Unternehmen",
        "medium": "ein mittelständisches Unternehmen",
        "large": "ein großes Industrieunternehmen",
        "research": "ein Forschungsinstitut",
        "public": "eine öffentliche Einrichtung",
    },
    "it": {
        "micro": "una microimpresa",
        "small": "una piccola impresa",
        "medium": "un'impresa di medie dimensioni",
        "large": "un grande gruppo industriale",
        "research": "un istituto di ricerca",
        "public": "un ente pubblico",
    },
    "sl": {
        "micro": "mikro podjetje",
        "small": "malo podjetje",
        "medium": "srednje veliko podjetje",
        "large": "velika industrijska skupina",
        "research": "raziskovalna organizacija",
        "public": "javni zavod",
    },
}

PARTNERSHIP_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "commercial": "a commercial agreement",
        "licensing": "a licence agreement",
        "joint-venture": "a joint venture",
        "research-cooperation": "research cooperation",
        "technical-cooperation": "technical cooperation",
        "subcontracting": "a subcontracting agreement",
        "manufacturing": "a manufacturing agreement",
        "supplier": "a supplier agreement",
        "investment": "a financial investment",
        "services": "a services agreement",
    },
    "fr": {
        "commercial": "un accord commercial",
        "licensing": "un accord de licence",
        "joint-venture": "une coentreprise",
        "research-cooperation": "une coopération de recherche",
        "technical-cooperation": "une coopération technique",
        "subcontracting": "un accord de sous-traitance",
        "manufacturing": "un accord de fabrication",
        "supplier": "un accord de fourniture",
        "investment": "un investissement financier",
        "services": "un accord de services",
    },
    "de": {
        "commercial": "eine Handelsvereinbarung",
        "licensing": "eine Lizenzvereinbarung",
        "joint-venture": "ein Joint Venture",
        "research-cooperation": "eine Forschungskooperation",
        "technical-cooperation": "eine technische Zusammenarbeit",
        "subcontracting": "eine Auftragsfertigung",
        "manufacturing": "eine Fertigungsvereinbarung",
        "supplier": "eine Liefervereinbarung",
        "investment": "eine Finanzbeteiligung",
        "services": "eine Dienstleistungsvereinbarung",
    },
    "it": {
        "commercial": "un accordo commerciale",
        "licensing": "un accordo di licenza",
        "joint-venture": "una joint venture",
        "research-cooperation": "una cooperazione di ricerca",
        "technical-cooperation": "una cooperazione tecnica",
        "subcontracting": "un accordo di subfornitura",
        "manufacturing": "un accordo di produzione",
        "supplier": "un accordo di fornitura",
        "investment": "un investimento finanziario",
        "services": "un accordo di servizi",
    },
    "sl": {
        "commercial": "poslovni dogovor",
        "licensing": "licenčni sporazum",
        "joint-venture": "skupno podjetje",
        "research-cooperation": "raziskovalno sodelovanje",
        "technical-cooperation": "tehnično sodelovanje",
        "subcontracting": "podizvajalsko pogodbo",
        "manufacturing": "proizvodni sporazum",
        "supplier": "dobaviteljski sporazum",
        "investment": "finančno naložbo",
        "services": "dogovor o storitvah",
    },
}
PARTNERSHIP_TYPES = tuple(PARTNERSHIP_PHRASES["en"])

# The country with its preposition, per language of the text.
IN_COUNTRY: dict[str, dict[str, str]] = {
    "en": {
        "FR": "in France",
        "IT": "in Italy",
        "DE": "in Germany",
        "AT": "in Austria",
        "SI": "in Slovenia",
        "CH": "in Switzerland",
    },
    "fr": {
        "FR": "en France",
        "IT": "en Italie",
        "DE": "en Allemagne",
        "AT": "en Autriche",
        "SI": "en Slovénie",
        "CH": "en Suisse",
    },
    "de": {
        "FR": "in Frankreich",
        "IT": "in Italien",
        "DE": "in Deutschland",
        "AT": "in Österreich",
        "SI": "in Slowenien",
        "CH": "in der Schweiz",
    },
    "it": {
        "FR": "in Francia",
        "IT": "in Italia",
        "DE": "in Germania",
        "AT": "in Austria",
        "SI": "in Slovenia",
        "CH": "in Svizzera",
    },
    "sl": {
        "FR": "v Franciji",
        "IT": "v Italiji",
        "DE": "v Nemčiji",
        "AT": "v Avstriji",
        "SI": "v Sloveniji",
        "CH": "v Švici",
    },
}

# Real ISO 3166-2 codes per country with the languages spoken there (first = most common).
REGIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "FR": (("FR-ARA", "fr"), ("FR-PAC", "fr"), ("FR-BFC", "fr"), ("FR-GES", "fr")),
    "IT": (("IT-21", "it"), ("IT-23", "it"), ("IT-25", "it"), ("IT-32", "it de"), ("IT-34", "it"), ("IT-36", "it")),
    "DE": (("DE-BY", "de"), ("DE-BW", "de")),
    "AT": (("AT-2", "de"), ("AT-4", "de"), ("AT-5", "de"), ("AT-6", "de"), ("AT-7", "de"), ("AT-8", "de")),
    "SI": (
        ("SI-061", "sl"),
        ("SI-070", "sl"),
        ("SI-052", "sl"),
        ("SI-011", "sl"),
        ("SI-084", "sl"),
        ("SI-102", "sl"),
        ("SI-122", "sl"),
    ),
    "CH": (
        ("CH-VS", "fr de"),
        ("CH-GR", "de it"),
        ("CH-TI", "it"),
        ("CH-BE", "de fr"),
        ("CH-ZH", "de"),
        ("CH-VD", "fr"),
        ("CH-LU", "de"),
        ("CH-SG", "de"),
    ),
}
COUNTRY_WEIGHTS = {"FR": 20, "IT": 22, "DE": 14, "AT": 18, "SI": 10, "CH": 16}
COUNTRY_LANGUAGE = {"FR": "fr", "IT": "it", "DE": "de", "AT": "de", "SI": "sl", "CH": "de"}
SIZE_WEIGHTS = {"micro": 22, "small": 33, "medium": 22, "large": 8, "research": 10, "public": 5}
STAFF = {
    "micro": (2, 9),
    "small": (10, 49),
    "medium": (50, 249),
    "large": (250, 2500),
    "research": (15, 400),
    "public": (8, 150),
}

# Material for fictional organisation names: invented place-like roots, trade words, legal forms.
NAME_PARTS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "head": ("Val", "Mont", "Bel", "Roche", "Clair", "Pré", "Sapin", "Cime", "Lac", "Font", "Combe", "Serre"),
        "tail": ("neige", "bois", "ris", "vert", "lune", "mont", "rive", "pierre", "val", "sol"),
        "family": (
            "Girard",
            "Favre",
            "Blanc",
            "Perrin",
            "Roux",
            "Bonnet",
            "Chevalier",
            "Morel",
            "Fournier",
            "Gauthier",
            "Baud",
            "Jacquier",
            "Mollard",
            "Tissot",
        ),
        "word": (
            "Mécanique",
            "Technologies",
            "Industries",
            "Solutions",
            "Systèmes",
            "Innovation",
            "Ingénierie",
            "Atelier",
            "Conseil",
            "Énergie",
            "Services",
            "Précision",
        ),
        "form": ("SAS", "SARL", "SA", "SAS", "SARL"),
        "research": ("Institut de recherche {root}", "Laboratoire {root} Innovation", "Centre technique {root}"),
        "public": ("Agence de développement {root}", "Syndicat intercommunal {root}"),
    },
    "de": {
        "head": ("Alp", "Berg", "Tann", "Edel", "Gams", "Firn", "Wald", "Stein", "Sonn", "Kar", "Hoch", "Lärch"),
        "tail": ("stein", "hof", "tal", "werk", "grat", "horn", "bach", "feld", "licht", "eck"),
        "family": (
            "Huber",
            "Gruber",
            "Wagner",
            "Hofer",
            "Steiner",
            "Moser",
            "Berger",
            "Pichler",
            "Bauer",
            "Egger",
            "Brunner",
            "Haller",
            "Kofler",
            "Schwarz",
        ),
        "word": (
            "Technik",
            "Systeme",
            "Präzision",
            "Werke",
            "Solutions",
            "Engineering",
            "Innovation",
            "Sensorik",
            "Maschinenbau",
            "Energie",
            "Dienstleistungen",
            "Manufaktur",
        ),
        "form": ("GmbH", "GmbH", "AG", "KG", "GmbH & Co. KG"),
        "research": ("Forschungszentrum {root}", "Institut für angewandte Technik {root}", "Technologiezentrum {root}"),
        "public": ("Standortagentur {root}", "Gemeindewerke {root}"),
    },
    "it": {
        "head": ("Val", "Monte", "Alpi", "Cima", "Lago", "Sasso", "Bosco", "Rocca", "Neve", "Stella", "Pian", "Colle"),
        "tail": ("verde", "chiara", "bianca", "alta", "rossa", "nova", "fonte", "sole", "fiore", "ferro"),
        "family": (
            "Rossi",
            "Bianchi",
            "Ferrari",
            "Colombo",
            "Fontana",
            "Bernardi",
            "Gallo",
            "Costa",
            "Rinaldi",
            "Moretti",
            "Zanella",
            "Pedrotti",
            "Dal Bosco",
            "Bortolotti",
        ),
        "word": (
            "Tecnologie",
            "Meccanica",
            "Sistemi",
            "Industrie",
            "Energia",
            "Innovazione",
            "Ingegneria",
            "Automazione",
            "Servizi",
            "Laboratori",
            "Soluzioni",
            "Officine",
        ),
        "form": ("S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.r.l."),
        "research": ("Fondazione Ricerca {root}", "Centro Ricerche {root}", "Istituto Tecnologico {root}"),
        "public": ("Agenzia per lo sviluppo {root}", "Consorzio {root} Sviluppo"),
    },
    "sl": {
        "head": ("Gor", "Sneg", "Jel", "Bor", "Kam", "Lip", "Rob", "Hrast", "Vrh", "Breg", "Potok", "Sol"),
        "tail": ("ica", "nik", "ovec", "ana", "ar", "ina", "ko", "ek", "nica", "je"),
        "family": (
            "Novak",
            "Horvat",
            "Kranjc",
            "Zupančič",
            "Kovačič",
            "Potočnik",
            "Mlakar",
            "Vidmar",
            "Kos",
            "Golob",
            "Rozman",
            "Kavčič",
            "Bizjak",
            "Žagar",
        ),
        "word": (
            "Tehnologije",
            "Sistemi",
            "Inženiring",
            "Energija",
            "Inovacije",
            "Mehanika",
            "Elektronika",
            "Storitve",
            "Rešitve",
            "Avtomatika",
            "Laboratorij",
            "Proizvodnja",
        ),
        "form": ("d.o.o.", "d.o.o.", "d.d.", "s.p.", "d.o.o."),
        "research": ("Raziskovalni inštitut {root}", "Tehnološki center {root}", "Razvojni center {root}"),
        "public": ("Razvojna agencija {root}", "Javni zavod {root}"),
    },
}
SWISS_FORMS = {"fr": ("SA", "Sàrl"), "de": ("AG", "GmbH"), "it": ("SA", "Sagl")}
FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "fr": ("Camille", "Julien", "Claire", "Thomas", "Sophie", "Nicolas", "Élodie", "Mathieu", "Léa", "Antoine"),
    "de": ("Anna", "Lukas", "Katharina", "Stefan", "Julia", "Markus", "Lena", "Florian", "Sabine", "Matthias"),
    "it": ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Elena", "Davide", "Sara", "Matteo"),
    "sl": ("Ana", "Luka", "Maja", "Matej", "Nina", "Jure", "Eva", "Tilen", "Petra", "Gregor"),
}
MAILBOXES = ("info", "contact", "sales", "rd", "office", "partners")

_PLAIN_IN_LIST = re.compile("[^\\W\\d_][\\w .'\u2019()/+%&-]*(?<! )")
_PLAIN = re.compile("[^\\W\\d_][\\w .,;!?'\u2019()/+%&-]*(?<! )")
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
_RISKY_LINE_START = re.compile(r"\d+[.)]|[-+*>#=]+")
_ASCII_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "\u2019": "", "'": ""})


@dataclass(frozen=True)
class Organisation:
    """A fictional organisation that posts listings."""

    name: str
    country: str
    region: str | None
    region_name: str | None
    language: str
    size: str
    website: str | None
    domain: str
    themes: tuple[int, ...]
    anonymous: bool


class _Slots(dict[str, str]):
    """Template slots filled on first use, so each sentence draws only the words it needs."""

    def __init__(self, make: _Composer) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: str) -> str:
        self.update(self.make.slot(key))
        return self[key]


class _Composer:
    """Writes the texts of one listing: a theme, a second theme, a language and an organisation."""

    def __init__(
        self, rng: random.Random, theme: Theme, other: Theme, lang: str, org: Organisation, fixed: dict[str, str]
    ) -> None:
        self.rng, self.lang, self.org, self.fixed = rng, lang, org, fixed
        self.terms = theme.terms[lang]
        self.other = other.terms[lang]
        self.generic = _split(TEMPLATES[lang]["generic"][0])
        self.markets = _split(TEMPLATES[lang]["market"][0])
        self.pools: dict[str, list[str]] = {}

    def slot(self, key: str) -> dict[str, str]:
        """Return values for a slot (and its siblings, so {t} {t2} {t3} never repeat a term)."""
        rng = self.rng
        if key in self.fixed:
            return {key: self.fixed[key]}
        if key in ("t", "t2", "t3"):
            a, b, c = rng.sample(self.terms, 3)
            return {"t": a, "t2": b, "t3": c}
        if key in ("x", "x2"):
            a, b = rng.sample(self.other, 2)
            return {"x": a, "x2": b}
        if key in ("g", "g2"):
            a, b = rng.sample(self.generic, 2)
            return {"g": a, "g2": b}
        numbers = {"n": (5, 40), "staff": STAFF[self.org.size], "year": (1975, 2020), "pct": (10, 60), "k": (2, 14)}
        if key == "market":
            return {key: rng.choice(self.markets)}
        if key == "units":
            return {key: str(rng.randint(5, 500) * 10)}
        low, high = numbers[key]
        return {key: str(rng.randint(low, high))}

    def sentence(self, pool: str) -> str:
        """Return the next sentence of a template pool, each template used once before any repeats."""
        if not self.pools.get(pool):
            self.pools.pop(pool, None)
        return self.fresh(pool) or ""

    def fresh(self, pool: str) -> str | None:
        """Return a sentence from a template not used yet in this listing, or None when all were."""
        left = self.pools.get(pool)
        if left is None:
            left = list(TEMPLATES[self.lang][pool])
            self.rng.shuffle(left)
            self.pools[pool] = left
        if not left:
            return None
        return _capitalised(left.pop().format_map(_Slots(self)))


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(","))


def _capitalised(text: str) -> str:
    """Upper-case the first letter after any Markdown emphasis marks (`5-axis` stays as it is)."""
    for i, ch in enumerate(text):
        if ch.isalnum():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def slugify(text: str, max_length: int = 60) -> str:
    """Return a lower-case ASCII slug of whole words, at most `max_length` characters."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_ASCII_FOLD)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded)
    slug = ""
    for word in words:
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > max_length:
            break
        slug = longer
    if not slug and words:
        slug = words[0][:max_length]
    return slug


def _yaml_text(value: str, in_list: bool = False) -> str:
    """Write a one-line string plain when YAML reads it back as the same text, else double-quoted."""
    plain = _PLAIN_IN_LIST if in_list else _PLAIN
    if plain.fullmatch(value) and value.lower() not in _YAML11_WORDS:
        return value
    return json.dumps(value, ensure_ascii=False)


def _yaml_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(_yaml_text(v, in_list=True) for v in values) + "]"


def _folded(key: str, text: str) -> list[str]:
    """Return `key: text` on one line when it fits, else a `>-` block that folds back to the same text."""
    if len(key) + 2 + len(text) <= WRAP:
        return [f"{key}: {_yaml_text(text)}"]
    return [f"{key}: >-", *(f"  {line}" for line in _wrap(text))]


def _wrap(text: str, width: int = WRAP) -> list[str]:
    """Wrap a paragraph on spaces; never start a line with something Markdown reads as a block."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width and not _RISKY_LINE_START.fullmatch(word):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def _region_name(code: str, country: str) -> str:
    subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    if subdivision is None or subdivision.country_code != country:
        raise ValueError(f"{code} is not an ISO 3166-2 subdivision of {country}")
    return str(subdivision.name)


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def make_organisations(rng: random.Random, count: int) -> list[Organisation]:
    """Return `count` fictional organisations with unique names, spread over the Alpine countries."""
    region_names = {code: _region_name(code, c) for c, regions in REGIONS.items() for code, _ in regions}
    names: set[str] = set()
    orgs: list[Organisation] = []
    while len(orgs) < count:
        country = _weighted(rng, COUNTRY_WEIGHTS)
        region: str | None = None
        lang = COUNTRY_LANGUAGE[country]
        if rng.random() < 0.92:
            region, spoken = rng.choice(REGIONS[country])
            lang = rng.choice(spoken.split())
        size = _weighted(rng, SIZE_WEIGHTS)
        name, brand = _org_name(rng, country, lang, size)
        if name.casefold() in names:
            continue
        names.add(name.casefold())
        domain = f"{slugify(brand, 40)}.example"
        website = None
        if rng.random() < 0.85:
            website = f"https://{rng.choice(('www.', ''))}{domain}"
        themes = tuple(rng.sample(range(len(THEMES)), rng.choice((1, 1, 2))))
        orgs.append(
            Organisation(
                name=name,
                country=country,
                region=region,
                region_name=None if region is None else region_names[region],
                language=lang,
                size=size,
                website=website,
                domain=domain,
                themes=themes,
                anonymous=rng.random() < 0.05,
            )
        )
    return orgs


def _org_name(rng: random.Random, country: str, lang: str, size: str) -> tuple[str, str]:
    """Return a fictional name and the part of it that makes the web domain."""
    parts = NAME_PARTS[lang]
    root = rng.choice(parts["head"]) + rng.choice(parts["tail"])
    if size in ("research", "public"):
        name = rng.choice(parts[size]).format(root=root)
        return name, name
    forms = SWISS_FORMS[lang] if country == "CH" and lang in SWISS_FORMS else parts["form"]
    base = rng.choice(parts["family"]) if rng.random() < 0.35 else root
    brand = f"{base} {rng.choice(parts['word'])}"
    return f"{brand} {rng.choice(forms)}", brand


def _where(lang: str, org: Organisation) -> str:
    if org.region_name is None:
        return IN_COUNTRY[lang][org.country]
    if lang == "fr" and org.country == "CH":
        return f"dans le canton de {org.region_name}"
    return {"en": "in", "fr": "en", "de": "in", "it": "in", "sl": "v občini" if org.country == "SI" else "v regiji"}[
        lang
    ] + f" {org.region_name}"


def _pick_unique(rng: random.Random, options: Sequence[str], k: int) -> list[str]:
    return rng.sample(list(dict.fromkeys(options)), min(k, len(set(options))))


def _keywords(rng: random.Random, theme: Theme, other: Theme, lang: str) -> list[str]:
    """Return 3 to 8 keywords of the theme, unique ignoring case (local terms first, then English)."""
    wanted = rng.randint(3, 8)
    candidates: list[str] = []
    if lang != "en":
        candidates += rng.sample(theme.terms[lang], rng.randint(2, min(wanted, 6)))
    candidates += rng.sample(theme.terms["en"], len(theme.terms["en"]))
    if rng.random() < 0.2:
        candidates.insert(rng.randint(1, wanted - 1), rng.choice(other.terms[lang]))
    chosen: list[str] = []
    seen: set[str] = set()
    for word in candidates:
        folded = " ".join(word.casefold().split())
        if folded not in seen and 2 <= len(word) <= 40:
            seen.add(folded)
            chosen.append(word)
        if len(chosen) == wanted:
            break
    return chosen


def _dates(rng: random.Random, today: date) -> tuple[date, date]:
    """Return (published, expires): active on `today` nine times in ten, else expired."""
    if rng.random() < 0.9:
        age = rng.randint(0, 299)
        published = today - timedelta(days=age)
        validity = rng.randint(max(200, age + 1), 366)
    else:
        age = rng.randint(240, 720)
        published = today - timedelta(days=age)
        validity = rng.randint(200, min(366, age - 1))
    return published, published + timedelta(days=validity)


def _title(c: _Composer, kind: str) -> str:
    for _ in range(20):
        title = c.sentence(f"title_{kind}")
        if TITLE_MIN <= len(title) <= TITLE_MAX:
            return title
    return _capitalised(c.terms[0])[:TITLE_MAX]


def _summary(c: _Composer, kind: str) -> str:
    target = int(c.rng.triangular(SUMMARY_MIN + 10, SUMMARY_MAX - 20, 200))
    text = ""
    for _ in range(12):
        sentence = c.sentence(f"summary_{kind}")
        longer = f"{text} {sentence}" if text else sentence
        if len(longer) > SUMMARY_MAX:
            continue
        text = longer
        if len(text) >= target:
            break
    return text


def _description(c: _Composer, kind: str, trl: int | None) -> str:
    """Return 600 to 2,500 characters of Markdown: two to four paragraphs and a short list."""
    rng = c.rng
    intro = [c.sentence("intro") for _ in range(rng.randint(1, 2))]
    if not c.org.anonymous and rng.random() < 0.5:
        intro.insert(rng.randint(0, len(intro)), c.sentence("org"))
    body = [c.sentence(f"body_{kind}") for _ in range(rng.randint(2, 3))]
    items = [c.sentence("item") for _ in range(rng.randint(3, 6))]
    partner = [c.sentence("partner")]
    if trl is not None:
        partner.insert(0, c.sentence(f"trl_{kind}"))
    extra = [c.sentence(rng.choice(("cross", "closing")))] if rng.random() < 0.6 else []
    extra = [s for s in extra if s]
    link = [c.sentence("link")] if c.org.website and not c.org.anonymous and rng.random() < 0.25 else []
    heading = c.sentence(f"list_{kind}")

    def render() -> str:
        paragraphs = [" ".join(intro), " ".join(body), heading + "\n\n" + "\n".join(f"- {i}" for i in items)]
        paragraphs += [" ".join(partner)] + ([" ".join(extra + link)] if extra or link else [])
        return "\n\n".join(paragraphs)

    target = int(rng.triangular(DESCRIPTION_MIN + 50, DESCRIPTION_MAX - 100, 1100))
    # Body sentences may repeat a template (with other words); the others appear at most once.
    growable = [(body, f"body_{kind}"), (partner, "partner"), (intro, "intro"), (extra, "cross"), (extra, "closing")]
    text = render()
    while len(text) < target:
        part, pool = rng.choice(growable)
        sentence = c.fresh(pool)
        if sentence is None:
            if pool.startswith("body_"):
                sentence = c.sentence(pool)
            else:
                growable.remove((part, pool))
                continue
        part.append(sentence)
        longer = render()
        if len(longer) > DESCRIPTION_MAX:
            part.pop()
            break
        text = longer
    return text


def _literal_block(text: str) -> list[str]:
    """Return the YAML lines of a `|` block holding Markdown, paragraphs wrapped, list items kept whole."""
    lines = ["description: |"]
    for block in text.split("\n\n"):
        if lines[-1] != "description: |":
            lines.append("")
        for line in block.split("\n"):
            wrapped = [line] if line.startswith("- ") else _wrap(line)
            lines.extend(f"  {part}" for part in wrapped)
    return lines


def compose_listing(rng: random.Random, number: int, kind: str, org: Organisation, today: date) -> tuple[str, str]:
    """Return (id, YAML text) of one listing; `number` makes the id unique on the board."""
    theme_index = rng.choice(org.themes) if rng.random() < 0.8 else rng.randrange(len(THEMES))
    theme = THEMES[theme_index]
    other = THEMES[rng.choice([i for i in range(len(THEMES)) if i != theme_index])]
    lang = org.language if rng.random() < 0.3 else "en"
    anonymous = org.anonymous or rng.random() < 0.03
    trl: int | None = None
    if rng.random() < 0.7:
        low, high = theme.trl
        trl = (
            rng.randint(max(4, low), max(4, high))
            if kind == "offer"
            else rng.randint(min(max(3, low - 1), 8), max(min(8, high - 1), 3))
        )
    fixed = {
        "label": theme.terms[lang][0],
        "size": SIZES[lang][org.size],
        "where": _where(lang, org),
        "org": org.name,
        "year2": str(today.year + 1),
        "trl": str(trl),
        "domain": org.domain,
        "website": org.website or "",
    }
    fixed["p"] = PARTNERSHIP_PHRASES[lang][rng.choice(theme.partnership)]
    c = _Composer(rng, theme, other, lang, org if not anonymous else _anonymous(org), fixed)
    title = _title(c, kind)
    summary = _summary(c, kind)
    description = _description(c, kind, trl)
    listing_id = f"{slugify(title, 60) or 'listing'}-{number}"
    category = _category(rng, theme, org)
    sectors = _pick_unique(rng, theme.sectors, rng.choices((1, 2, 3), (30, 45, 25))[0])
    if len(sectors) < 3 and rng.random() < 0.2:
        sectors = list(dict.fromkeys([*sectors, rng.choice(other.sectors)]))
    partnership = _pick_unique(rng, theme.partnership, rng.choices((1, 2, 3), (35, 45, 20))[0])
    if len(partnership) < 3 and rng.random() < 0.15:
        partnership = list(dict.fromkeys([*partnership, rng.choice(PARTNERSHIP_TYPES)]))
    published, expires = _dates(rng, today)

    lines = [
        f"id: {listing_id}",
        f"type: {kind}",
        f"category: {category}",
        f"title: {_yaml_text(title)}",
        *_folded("summary", summary),
        *_literal_block(description),
        f"language: {lang}",
        "organisation:",
        f"  name: {_yaml_text(org.name)}",
    ]
    if anonymous:
        lines.append("  anonymous: true")
    lines.append(f'  country: "{org.country}"')
    if org.region:
        lines.append(f'  region: "{org.region}"')
    lines.append(f"  size: {org.size}")
    if org.website:
        lines.append(f"  website: {org.website}")
    lines += [
        f"sectors: {_yaml_list(sectors)}",
        f"keywords: {_yaml_list(_keywords(rng, theme, other, lang))}",
        f"partnership: {_yaml_list(partnership)}",
    ]
    if trl is not None:
        lines.append(f"trl: {trl}")
    lines += [f'published: "{published.isoformat()}"', f'expires: "{expires.isoformat()}"']
    lines += _contact(rng, org, anonymous)
    return listing_id, "\n".join(lines) + "\n"


def _anonymous(org: Organisation) -> Organisation:
    """Return the organisation as its anonymous listings describe it: no name, no link."""
    return Organisation(
        org.name, org.country, org.region, org.region_name, org.language, org.size, None, org.domain, org.themes, True
    )


def _category(rng: random.Random, theme: Theme, org: Organisation) -> str:
    if org.size == "research":
        weights = (30, 10, 60)
    else:
        weights = {"t": (65, 22, 13), "b": (25, 70, 5), "r": (50, 12, 38)}[theme.kind]
    return rng.choices(("technology", "business", "research"), weights)[0]


def _contact(rng: random.Random, org: Organisation, anonymous: bool) -> list[str]:
    """Return the contact block: none for anonymous listings (an address would reveal the poster)."""
    roll = rng.random()
    if anonymous or roll < 0.15:
        return []
    first = rng.choice(FIRST_NAMES[org.language])
    last = rng.choice(NAME_PARTS[org.language]["family"])
    lines = ["contact:"]
    if roll < 0.75:
        lines.append(f"  name: {_yaml_text(f'{first} {last}')}")
    if roll < 0.85:
        mailbox = rng.choice((*MAILBOXES, f"{slugify(first)}.{slugify(last)}".replace("-", "")))
        lines.append(f"  email: {mailbox}@{org.domain}")
    else:
        lines.append(f"  url: https://{org.domain}/contact")
    return lines


def write_board(root: Path, count: int, seed: int = 1, today: date = TODAY) -> None:
    """Write `count` listing files (half needs, half offers) under root/needs/NNN/ and root/offers/NNN/.

    Folders hold at most 1,000 files each. The same seed and date always give the same files.
    """
    rng = random.Random(seed)
    orgs = make_organisations(rng, max(1, round(count / 5)))
    needs = (count + 1) // 2
    made: set[Path] = set()
    for number in range(count):
        kind, index = ("need", number) if number < needs else ("offer", number - needs)
        listing_id, text = compose_listing(rng, number + 1, kind, rng.choice(orgs), today)
        folder = root / f"{kind}s" / f"{index // SHARD_SIZE:03d}"
        if folder not in made:
            folder.mkdir(parents=True, exist_ok=True)
            made.add(folder)
        (folder / f"{listing_id}.yaml").write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, write the board and report how long it took."""
    parser = argparse.ArgumentParser(description="Write a synthetic matchboard board of needs and offers.")
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path, help="folder to write needs/ and offers/ into")
    parser.add_argument("--count", type=int, default=10_000, help="number of listings (default: 10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--today", type=date.fromisoformat, default=TODAY, help="reference date, YYYY-MM-DD")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must not be negative")
    start = time.perf_counter()
    write_board(args.out_dir, args.count, args.seed, args.today)
    print(f"wrote {args.count} listings to {args.out_dir} in {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
