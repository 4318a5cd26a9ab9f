package org.strategybot.understanding;
class Probe {
    public static void main(String[] a) {
        Recognizer r = new Recognizer(java.time.Clock.systemDefaultZone());
        java.util.List<NamedAction> acts = java.util.List.of(new NamedAction("SP2.2","SP2","Embed the Practice Model across social care and early help"),
          new NamedAction("SP4.3","SP4","Maintain a comprehensive training and continuous development offer for the workforce"));
        for (String q : a) {
            Understanding u = r.understand(q, org.strategybot.strategy.StrategyFixtures.wokingham(), acts);
            System.out.println(q + " -> " + u.intent() + " " + u.candidates() + " " + u.mentions() + " subj=" + u.subject() + " upd=" + u.update());
        }
    }
}
