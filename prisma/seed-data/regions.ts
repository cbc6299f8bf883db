// Country names as written in the research facts → ISO 3166-1 alpha-2 codes (Provider.regionsExcluded).

export const COUNTRY_CODES: Record<string, string> = {
  Algeria: "DZ", Angola: "AO", Bolivia: "BO", Bulgaria: "BG", Cameroon: "CM", China: "CN",
  "Cote d'Ivoire": "CI", "Democratic Republic of Congo": "CD", Haiti: "HT", India: "IN", Iran: "IR",
  Japan: "JP", Kenya: "KE", "Lao People's Democratic Republic": "LA", Lebanon: "LB", Mexico: "MX",
  Monaco: "MC", Myanmar: "MM", Namibia: "NA", Nepal: "NP", "North Korea": "KP", Russia: "RU",
  "South Sudan": "SS", Syria: "SY", Venezuela: "VE", Vietnam: "VN", Yemen: "YE",
};
