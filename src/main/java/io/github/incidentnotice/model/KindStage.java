package io.github.incidentnotice.model;

/** A kind and stage pair, written {@code kind/stage} in checklists ({@code incident/resolved}). */
public record KindStage(Kind kind, Stage stage) {

    public String id() {
        return kind.id() + "/" + stage.id();
    }

    @Override
    public String toString() {
        return id();
    }
}
