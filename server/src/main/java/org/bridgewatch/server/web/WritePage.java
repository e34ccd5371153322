package org.bridgewatch.server.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bridgewatch.server.contributors.ContributorController;
import org.bridgewatch.server.notes.Note;
import org.bridgewatch.server.notes.NoteInput;
import org.bridgewatch.server.notes.NoteService;
import org.bridgewatch.server.notes.SummaryRules;
import org.bridgewatch.server.posts.PostRepository;
import org.bridgewatch.server.security.CurrentContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Write a note. The form becomes the API's {@link NoteInput}, checked by the same Bean Validation
 * constraints and written by {@link NoteService}; each broken rule is shown next to its field.
 */
@Controller
@WebPage
public class WritePage {
  private final PostRepository posts;
  private final NoteService notes;
  private final ContributorController contributors;
  private final Validator validator;

  public WritePage(PostRepository posts, NoteService notes, ContributorController contributors, Validator validator) {
    this.posts = posts;
    this.notes = notes;
    this.contributors = contributors;
    this.validator = validator;
  }

  @GetMapping("/posts/{postId}/notes/new")
  String form(@PathVariable long postId, Model model) {
    return page(postId, new NoteForm(), Map.of(), model);
  }

  @PostMapping("/posts/{postId}/notes")
  String write(@PathVariable long postId, @ModelAttribute NoteForm form, Model model) {
    NoteInput input;
    try {
      input = form.toInput(postId);
    } catch (IllegalArgumentException e) {
      return page(postId, form, Map.of("form", "The form was not filled in as offered; please try again."), model);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Set<ConstraintViolation<NoteInput>> violations = validator.validate(input);
    for (ConstraintViolation<NoteInput> v : violations) {
      String field = v.getPropertyPath().toString();
      errors.putIfAbsent(fieldOf(field), "classification".equals(field)
          ? "Say whether the post is misleading." : v.getMessage());
    }
    if (!errors.isEmpty()) {
      return page(postId, form, errors, model);
    }
    try {
      Note note = notes.write(CurrentContributor.get().id(), input);
      return "redirect:/notes/" + note.noteId();
    } catch (RuleViolation e) {
      return page(postId, form, Map.of(fieldOf(e.field()), e.getMessage()), model);
    }
  }

  /** Where a rule's message goes: summary, reasons, classification, or the form as a whole (limits, enrollment). */
  static String fieldOf(String apiField) {
    if (apiField == null) {
      return "form";
    }
    return switch (apiField) {
      case "summary", "classification" -> apiField;
      case "misleadingReasons", "notMisleadingReasons" -> "reasons";
      default -> "form";
    };
  }

  private String page(long postId, NoteForm form, Map<String, String> errors, Model model) {
    model.addAttribute("post", posts.find(postId).orElseThrow(() -> RuleViolation.notFound("Post", postId)));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("misleadingOptions", FormLabels.MISLEADING);
    model.addAttribute("notMisleadingOptions", FormLabels.NOT_MISLEADING);
    model.addAttribute("maxCharacters", SummaryRules.MAX_CHARACTERS);
    model.addAttribute("counted", SummaryRules.countedLength(form.getSummary()));
    model.addAttribute("account", contributors.me());
    return "write";
  }
}
