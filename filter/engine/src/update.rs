//! The Telegram `Update` model: finding every user-controlled text field.
//!
//! Updates are handled as [`crate::value::Value`] (objects in document order, numbers
//! kept as written), never deserialised into structs, so unknown fields, unknown update
//! types and the exact text of numbers survive unchanged.
//!
//! [`text_fields`] walks a static schema of the Bot API (9.x) types that carry
//! user-written strings. The walk iterates each JSON object's own entries, so
//! fields come out depth-first in document order. Only the `Message` type is
//! recursive (reply_to_message, pinned_message, callback_query.message, ...);
//! that recursion is bounded by [`MAX_MESSAGE_DEPTH`], every other branch of
//! the schema is finite, so the walk's stack depth is bounded.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use crate::entities::{apply_edits_counted, remap_entities, Edit};
use crate::value::Value;
use std::fmt::Write as _;

/// What a text field is, so each detector can decide whether it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Free text written by a user (message text, captions, queries, ...).
    Text,
    /// A person's or chat's display name (first/last name, chat title, ...).
    Name,
    /// A Telegram username (without `@`).
    Username,
    /// A phone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A (part of a) postal address.
    Address,
    /// Opaque data echoed back to the bot (invoice payload, web-app data).
    Payload,
}

/// One step into the JSON tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// An object key.
    Key(&'static str),
    /// An array index.
    Index(usize),
}

/// A user-controlled string inside an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextField {
    /// Path from the update root to the string.
    pub path: Vec<Seg>,
    /// What the string is.
    pub role: Role,
    /// Sibling key holding its MessageEntity array, e.g. "entities" for
    /// "text", "caption_entities" for "caption", "question_entities",
    /// "text_entities", "explanation_entities", "title_entities".
    pub entities: Option<&'static str>,
}

impl TextField {
    /// Human-readable path, e.g. `"message.reply_to_message.text"` or
    /// `"poll.options[1].text"`.
    #[must_use]
    pub fn label(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Seg::Index(i) => {
                    let _ = write!(out, "[{i}]");
                }
            }
        }
        out
    }
}

/// Known update types, in Bot API order.
pub const UPDATE_TYPES: &[&str] = &[
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
];

/// Update types whose payload is a `Message`.
const MESSAGE_TYPES: &[&str] = &[
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_message",
    "edited_business_message",
];

/// How deep nested messages (reply_to_message, pinned_message,
/// callback_query.message, external/giveaway messages, ...) are followed:
/// the update's own message is depth 0, its reply_to_message depth 1, ...,
/// and messages deeper than this are not visited.
pub const MAX_MESSAGE_DEPTH: usize = 8;

/// The update type: the first key of UPDATE_TYPES present in the object; None if there is none.
#[must_use]
pub fn update_type(update: &Value) -> Option<&'static str> {
    let obj = update.as_object()?;
    if obj.len() > UPDATE_TYPES.len() {
        // A hostile object with many keys: one lookup per known type.
        return UPDATE_TYPES.iter().copied().find(|t| obj.contains_key(t));
    }
    // A real update has two keys (update_id and its type): scanning them beats hashing
    // every known type name (keyed SipHash, slow in wasm) on each call.
    obj.keys()
        .filter_map(|k| UPDATE_TYPES.iter().position(|t| *t == k))
        .min()
        .and_then(|i| UPDATE_TYPES.get(i).copied())
}

/// Checks the update is a JSON object with an integer "update_id" (u64/i64) —
/// otherwise it is not a Telegram update.
#[must_use]
pub fn is_update(update: &Value) -> bool {
    update
        .get("update_id")
        .is_some_and(|id| id.is_u64() || id.is_i64())
}

// ---------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------

/// Bot API object types the walker knows about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Message,
    User,
    Chat,
    Poll,
    PollOption,
    Contact,
    Venue,
    Quote,
    ExternalReply,
    Origin,
    FileNamed,
    Audio,
    Game,
    Checklist,
    ChecklistTask,
    ChecklistTasksAdded,
    ChecklistTasksDone,
    GiftInfo,
    SuccessfulPayment,
    RefundedPayment,
    OrderInfo,
    ShippingAddress,
    LinkPreview,
    UsersShared,
    SharedUser,
    ChatShared,
    ForumTopic,
    WebAppData,
    Giveaway,
    GiveawayWinners,
    GiveawayCompleted,
    ProximityAlert,
    UsersInvited,
    DirectMessagesTopic,
    InlineQuery,
    ChosenInlineResult,
    CallbackQuery,
    ShippingQuery,
    PreCheckoutQuery,
    PaidMediaPurchased,
    PollAnswer,
    ChatMemberUpdated,
    ChatMember,
    InviteLink,
    ChatJoinRequest,
    MessageReaction,
    MessageReactionCount,
    BusinessConnection,
    BusinessMessagesDeleted,
    ChatBoostUpdated,
    ChatBoost,
    ChatBoostRemoved,
    BoostSource,
}

/// What to do with the value under a known key.
#[derive(Debug, Clone, Copy)]
enum Act {
    /// A user-controlled string, with its sibling entities key.
    Str(Role, Option<&'static str>),
    /// An object of the given kind.
    Obj(Kind),
    /// An array of objects of the given kind.
    Arr(Kind),
    /// A nested (maybe inaccessible) message: depth + 1.
    Msg,
}

use Act::{Arr, Msg, Obj, Str};
use Role::{Address, Email, Name, Payload, Phone, Text, Username};

const NAME: Act = Str(Name, None);
const TEXT: Act = Str(Text, None);

const MESSAGE: &[(&str, Act)] = &[
    ("direct_messages_topic", Obj(Kind::DirectMessagesTopic)),
    ("from", Obj(Kind::User)),
    ("sender_chat", Obj(Kind::Chat)),
    ("sender_business_bot", Obj(Kind::User)),
    ("chat", Obj(Kind::Chat)),
    ("forward_origin", Obj(Kind::Origin)),
    ("reply_to_message", Msg),
    ("external_reply", Obj(Kind::ExternalReply)),
    ("quote", Obj(Kind::Quote)),
    ("via_bot", Obj(Kind::User)),
    ("author_signature", NAME),
    ("text", Str(Text, Some("entities"))),
    ("link_preview_options", Obj(Kind::LinkPreview)),
    ("animation", Obj(Kind::FileNamed)),
    ("audio", Obj(Kind::Audio)),
    ("document", Obj(Kind::FileNamed)),
    ("video", Obj(Kind::FileNamed)),
    ("caption", Str(Text, Some("caption_entities"))),
    ("checklist", Obj(Kind::Checklist)),
    ("contact", Obj(Kind::Contact)),
    ("game", Obj(Kind::Game)),
    ("poll", Obj(Kind::Poll)),
    ("venue", Obj(Kind::Venue)),
    ("new_chat_members", Arr(Kind::User)),
    ("left_chat_member", Obj(Kind::User)),
    ("new_chat_title", TEXT),
    ("pinned_message", Msg),
    ("successful_payment", Obj(Kind::SuccessfulPayment)),
    ("refunded_payment", Obj(Kind::RefundedPayment)),
    ("users_shared", Obj(Kind::UsersShared)),
    ("chat_shared", Obj(Kind::ChatShared)),
    ("gift", Obj(Kind::GiftInfo)),
    ("proximity_alert_triggered", Obj(Kind::ProximityAlert)),
    ("checklist_tasks_done", Obj(Kind::ChecklistTasksDone)),
    ("checklist_tasks_added", Obj(Kind::ChecklistTasksAdded)),
    ("forum_topic_created", Obj(Kind::ForumTopic)),
    ("forum_topic_edited", Obj(Kind::ForumTopic)),
    ("giveaway", Obj(Kind::Giveaway)),
    ("giveaway_winners", Obj(Kind::GiveawayWinners)),
    ("giveaway_completed", Obj(Kind::GiveawayCompleted)),
    ("video_chat_participants_invited", Obj(Kind::UsersInvited)),
    ("web_app_data", Obj(Kind::WebAppData)),
];

const USER: &[(&str, Act)] = &[
    ("first_name", NAME),
    ("last_name", NAME),
    ("username", Str(Username, None)),
];

const CHAT: &[(&str, Act)] = &[
    ("title", NAME),
    ("username", Str(Username, None)),
    ("first_name", NAME),
    ("last_name", NAME),
];

const POLL: &[(&str, Act)] = &[
    ("question", Str(Text, Some("question_entities"))),
    ("options", Arr(Kind::PollOption)),
    ("explanation", Str(Text, Some("explanation_entities"))),
];

const POLL_OPTION: &[(&str, Act)] = &[("text", Str(Text, Some("text_entities")))];

const CONTACT: &[(&str, Act)] = &[
    ("phone_number", Str(Phone, None)),
    ("first_name", NAME),
    ("last_name", NAME),
    ("vcard", TEXT),
];

const VENUE: &[(&str, Act)] = &[("title", TEXT), ("address", Str(Address, None))];

const QUOTE: &[(&str, Act)] = &[("text", Str(Text, Some("entities")))];

const EXTERNAL_REPLY: &[(&str, Act)] = &[
    ("origin", Obj(Kind::Origin)),
    ("chat", Obj(Kind::Chat)),
    ("link_preview_options", Obj(Kind::LinkPreview)),
    ("animation", Obj(Kind::FileNamed)),
    ("audio", Obj(Kind::Audio)),
    ("document", Obj(Kind::FileNamed)),
    ("video", Obj(Kind::FileNamed)),
    ("checklist", Obj(Kind::Checklist)),
    ("contact", Obj(Kind::Contact)),
    ("game", Obj(Kind::Game)),
    ("giveaway", Obj(Kind::Giveaway)),
    ("giveaway_winners", Obj(Kind::GiveawayWinners)),
    ("poll", Obj(Kind::Poll)),
    ("venue", Obj(Kind::Venue)),
];

/// MessageOrigin (user / hidden_user / chat / channel).
const ORIGIN: &[(&str, Act)] = &[
    ("sender_user", Obj(Kind::User)),
    ("sender_user_name", NAME),
    ("sender_chat", Obj(Kind::Chat)),
    ("chat", Obj(Kind::Chat)),
    ("author_signature", NAME),
];

/// Document, Animation, Video: only the file name is user text.
const FILE_NAMED: &[(&str, Act)] = &[("file_name", TEXT)];

const AUDIO: &[(&str, Act)] = &[("file_name", TEXT), ("performer", NAME), ("title", TEXT)];

const GAME: &[(&str, Act)] = &[
    ("title", TEXT),
    ("description", TEXT),
    ("text", Str(Text, Some("text_entities"))),
];

const CHECKLIST: &[(&str, Act)] = &[
    ("title", Str(Text, Some("title_entities"))),
    ("tasks", Arr(Kind::ChecklistTask)),
];

const CHECKLIST_TASK: &[(&str, Act)] = &[
    ("text", Str(Text, Some("text_entities"))),
    ("completed_by_user", Obj(Kind::User)),
    ("completed_by_chat", Obj(Kind::Chat)),
];

const CHECKLIST_TASKS_ADDED: &[(&str, Act)] = &[
    ("checklist_message", Msg),
    ("tasks", Arr(Kind::ChecklistTask)),
];

const CHECKLIST_TASKS_DONE: &[(&str, Act)] = &[("checklist_message", Msg)];

const GIFT_INFO: &[(&str, Act)] = &[("text", Str(Text, Some("entities")))];

const SUCCESSFUL_PAYMENT: &[(&str, Act)] = &[
    ("invoice_payload", Str(Payload, None)),
    ("order_info", Obj(Kind::OrderInfo)),
];

const REFUNDED_PAYMENT: &[(&str, Act)] = &[("invoice_payload", Str(Payload, None))];

const ORDER_INFO: &[(&str, Act)] = &[
    ("name", NAME),
    ("phone_number", Str(Phone, None)),
    ("email", Str(Email, None)),
    ("shipping_address", Obj(Kind::ShippingAddress)),
];

const SHIPPING_ADDRESS: &[(&str, Act)] = &[
    ("state", Str(Address, None)),
    ("city", Str(Address, None)),
    ("street_line1", Str(Address, None)),
    ("street_line2", Str(Address, None)),
    ("post_code", Str(Address, None)),
];

const LINK_PREVIEW: &[(&str, Act)] = &[("url", TEXT)];

const USERS_SHARED: &[(&str, Act)] = &[("users", Arr(Kind::SharedUser))];

const SHARED_USER: &[(&str, Act)] = &[
    ("first_name", NAME),
    ("last_name", NAME),
    ("username", Str(Username, None)),
];

const CHAT_SHARED: &[(&str, Act)] = &[("title", NAME), ("username", Str(Username, None))];

const FORUM_TOPIC: &[(&str, Act)] = &[("name", NAME)];

const WEB_APP_DATA: &[(&str, Act)] = &[("data", Str(Payload, None))];

const GIVEAWAY: &[(&str, Act)] = &[("chats", Arr(Kind::Chat)), ("prize_description", TEXT)];

const GIVEAWAY_WINNERS: &[(&str, Act)] = &[
    ("chat", Obj(Kind::Chat)),
    ("winners", Arr(Kind::User)),
    ("prize_description", TEXT),
];

const GIVEAWAY_COMPLETED: &[(&str, Act)] = &[("giveaway_message", Msg)];

const PROXIMITY_ALERT: &[(&str, Act)] =
    &[("traveler", Obj(Kind::User)), ("watcher", Obj(Kind::User))];

const USERS_INVITED: &[(&str, Act)] = &[("users", Arr(Kind::User))];

const DIRECT_MESSAGES_TOPIC: &[(&str, Act)] = &[("user", Obj(Kind::User))];

const INLINE_QUERY: &[(&str, Act)] = &[("from", Obj(Kind::User)), ("query", TEXT)];

const CHOSEN_INLINE_RESULT: &[(&str, Act)] = &[("from", Obj(Kind::User)), ("query", TEXT)];

const CALLBACK_QUERY: &[(&str, Act)] =
    &[("from", Obj(Kind::User)), ("message", Msg), ("data", TEXT)];

const SHIPPING_QUERY: &[(&str, Act)] = &[
    ("from", Obj(Kind::User)),
    ("invoice_payload", Str(Payload, None)),
    ("shipping_address", Obj(Kind::ShippingAddress)),
];

const PRE_CHECKOUT_QUERY: &[(&str, Act)] = &[
    ("from", Obj(Kind::User)),
    ("invoice_payload", Str(Payload, None)),
    ("order_info", Obj(Kind::OrderInfo)),
];

const PAID_MEDIA_PURCHASED: &[(&str, Act)] = &[
    ("from", Obj(Kind::User)),
    ("paid_media_payload", Str(Payload, None)),
];

const POLL_ANSWER: &[(&str, Act)] = &[("voter_chat", Obj(Kind::Chat)), ("user", Obj(Kind::User))];

const CHAT_MEMBER_UPDATED: &[(&str, Act)] = &[
    ("chat", Obj(Kind::Chat)),
    ("from", Obj(Kind::User)),
    ("old_chat_member", Obj(Kind::ChatMember)),
    ("new_chat_member", Obj(Kind::ChatMember)),
    ("invite_link", Obj(Kind::InviteLink)),
];

const CHAT_MEMBER: &[(&str, Act)] = &[("user", Obj(Kind::User)), ("custom_title", NAME)];

const INVITE_LINK: &[(&str, Act)] = &[("creator", Obj(Kind::User)), ("name", NAME)];

const CHAT_JOIN_REQUEST: &[(&str, Act)] = &[
    ("chat", Obj(Kind::Chat)),
    ("from", Obj(Kind::User)),
    ("bio", TEXT),
    ("invite_link", Obj(Kind::InviteLink)),
];

const MESSAGE_REACTION: &[(&str, Act)] = &[
    ("chat", Obj(Kind::Chat)),
    ("user", Obj(Kind::User)),
    ("actor_chat", Obj(Kind::Chat)),
];

const MESSAGE_REACTION_COUNT: &[(&str, Act)] = &[("chat", Obj(Kind::Chat))];

const BUSINESS_CONNECTION: &[(&str, Act)] = &[("user", Obj(Kind::User))];

const BUSINESS_MESSAGES_DELETED: &[(&str, Act)] = &[("chat", Obj(Kind::Chat))];

const CHAT_BOOST_UPDATED: &[(&str, Act)] =
    &[("chat", Obj(Kind::Chat)), ("boost", Obj(Kind::ChatBoost))];

const CHAT_BOOST: &[(&str, Act)] = &[("source", Obj(Kind::BoostSource))];

const CHAT_BOOST_REMOVED: &[(&str, Act)] = &[
    ("chat", Obj(Kind::Chat)),
    ("source", Obj(Kind::BoostSource)),
];

const BOOST_SOURCE: &[(&str, Act)] = &[("user", Obj(Kind::User))];

/// The schema table of a kind.
fn table(kind: Kind) -> &'static [(&'static str, Act)] {
    match kind {
        Kind::Message => MESSAGE,
        Kind::User => USER,
        Kind::Chat => CHAT,
        Kind::Poll => POLL,
        Kind::PollOption => POLL_OPTION,
        Kind::Contact => CONTACT,
        Kind::Venue => VENUE,
        Kind::Quote => QUOTE,
        Kind::ExternalReply => EXTERNAL_REPLY,
        Kind::Origin => ORIGIN,
        Kind::FileNamed => FILE_NAMED,
        Kind::Audio => AUDIO,
        Kind::Game => GAME,
        Kind::Checklist => CHECKLIST,
        Kind::ChecklistTask => CHECKLIST_TASK,
        Kind::ChecklistTasksAdded => CHECKLIST_TASKS_ADDED,
        Kind::ChecklistTasksDone => CHECKLIST_TASKS_DONE,
        Kind::GiftInfo => GIFT_INFO,
        Kind::SuccessfulPayment => SUCCESSFUL_PAYMENT,
        Kind::RefundedPayment => REFUNDED_PAYMENT,
        Kind::OrderInfo => ORDER_INFO,
        Kind::ShippingAddress => SHIPPING_ADDRESS,
        Kind::LinkPreview => LINK_PREVIEW,
        Kind::UsersShared => USERS_SHARED,
        Kind::SharedUser => SHARED_USER,
        Kind::ChatShared => CHAT_SHARED,
        Kind::ForumTopic => FORUM_TOPIC,
        Kind::WebAppData => WEB_APP_DATA,
        Kind::Giveaway => GIVEAWAY,
        Kind::GiveawayWinners => GIVEAWAY_WINNERS,
        Kind::GiveawayCompleted => GIVEAWAY_COMPLETED,
        Kind::ProximityAlert => PROXIMITY_ALERT,
        Kind::UsersInvited => USERS_INVITED,
        Kind::DirectMessagesTopic => DIRECT_MESSAGES_TOPIC,
        Kind::InlineQuery => INLINE_QUERY,
        Kind::ChosenInlineResult => CHOSEN_INLINE_RESULT,
        Kind::CallbackQuery => CALLBACK_QUERY,
        Kind::ShippingQuery => SHIPPING_QUERY,
        Kind::PreCheckoutQuery => PRE_CHECKOUT_QUERY,
        Kind::PaidMediaPurchased => PAID_MEDIA_PURCHASED,
        Kind::PollAnswer => POLL_ANSWER,
        Kind::ChatMemberUpdated => CHAT_MEMBER_UPDATED,
        Kind::ChatMember => CHAT_MEMBER,
        Kind::InviteLink => INVITE_LINK,
        Kind::ChatJoinRequest => CHAT_JOIN_REQUEST,
        Kind::MessageReaction => MESSAGE_REACTION,
        Kind::MessageReactionCount => MESSAGE_REACTION_COUNT,
        Kind::BusinessConnection => BUSINESS_CONNECTION,
        Kind::BusinessMessagesDeleted => BUSINESS_MESSAGES_DELETED,
        Kind::ChatBoostUpdated => CHAT_BOOST_UPDATED,
        Kind::ChatBoost => CHAT_BOOST,
        Kind::ChatBoostRemoved => CHAT_BOOST_REMOVED,
        Kind::BoostSource => BOOST_SOURCE,
    }
}

/// The schema kind of an update type's payload, with its static key.
fn update_kind(key: &str) -> Option<(&'static str, Kind)> {
    let name = UPDATE_TYPES.iter().copied().find(|t| *t == key)?;
    let kind = match name {
        "message"
        | "edited_message"
        | "channel_post"
        | "edited_channel_post"
        | "business_message"
        | "edited_business_message" => Kind::Message,
        "business_connection" => Kind::BusinessConnection,
        "deleted_business_messages" => Kind::BusinessMessagesDeleted,
        "message_reaction" => Kind::MessageReaction,
        "message_reaction_count" => Kind::MessageReactionCount,
        "inline_query" => Kind::InlineQuery,
        "chosen_inline_result" => Kind::ChosenInlineResult,
        "callback_query" => Kind::CallbackQuery,
        "shipping_query" => Kind::ShippingQuery,
        "pre_checkout_query" => Kind::PreCheckoutQuery,
        "purchased_paid_media" => Kind::PaidMediaPurchased,
        "poll" => Kind::Poll,
        "poll_answer" => Kind::PollAnswer,
        "my_chat_member" | "chat_member" => Kind::ChatMemberUpdated,
        "chat_join_request" => Kind::ChatJoinRequest,
        "chat_boost" => Kind::ChatBoostUpdated,
        "removed_chat_boost" => Kind::ChatBoostRemoved,
        _ => return None,
    };
    Some((name, kind))
}

/// Depth-first walk of `value` as an object of `kind`, in document order.
fn walk(value: &Value, kind: Kind, depth: usize, path: &mut Vec<Seg>, out: &mut Vec<TextField>) {
    let Some(obj) = value.as_object() else {
        return;
    };
    let schema = table(kind);
    for (key, child) in obj {
        let Some(&(skey, act)) = schema.iter().find(|(k, _)| *k == key) else {
            continue;
        };
        path.push(Seg::Key(skey));
        match act {
            Str(role, entities) => {
                if child.is_string() {
                    out.push(TextField {
                        path: path.clone(),
                        role,
                        entities,
                    });
                }
            }
            Obj(k) => walk(child, k, depth, path, out),
            Arr(k) => {
                if let Some(items) = child.as_array() {
                    for (i, item) in items.iter().enumerate() {
                        path.push(Seg::Index(i));
                        walk(item, k, depth, path, out);
                        path.pop();
                    }
                }
            }
            Msg => {
                if let Some(d) = depth.checked_add(1).filter(|d| *d <= MAX_MESSAGE_DEPTH) {
                    walk(child, Kind::Message, d, path, out);
                }
            }
        }
        path.pop();
    }
}

/// Every string field carrying user-controlled text, depth-first, in document
/// order. Only fields that exist and are JSON strings. Recursion into nested
/// messages (reply_to_message, pinned_message, callback_query.message,
/// giveaway/checklist messages) is bounded to depth [`MAX_MESSAGE_DEPTH`].
///
/// Every known update-type key present is visited (a well-formed update has
/// exactly one, but a smuggled second payload must not escape inspection);
/// unknown keys and unknown update types yield nothing.
#[must_use]
pub fn text_fields(update: &Value) -> Vec<TextField> {
    let mut out = Vec::new();
    let Some(obj) = update.as_object() else {
        return out;
    };
    let mut path = Vec::new();
    for (key, child) in obj {
        if let Some((name, kind)) = update_kind(key) {
            path.push(Seg::Key(name));
            walk(child, kind, 0, &mut path, &mut out);
            path.pop();
        }
    }
    out
}

/// Follows `path` from `root`; `None` if any step is missing or of the wrong type.
fn get<'v, 'a>(root: &'v Value<'a>, path: &[Seg]) -> Option<&'v Value<'a>> {
    path.iter().try_fold(root, |v, seg| match seg {
        Seg::Key(k) => v.as_object()?.get(k),
        Seg::Index(i) => v.as_array()?.get(*i),
    })
}

/// The string at `path`, if it exists and is a JSON string.
#[must_use]
pub fn get_str<'a>(root: &'a Value, path: &[Seg]) -> Option<&'a str> {
    get(root, path)?.as_str()
}

/// Mutable access to the value at `path`, if every step exists.
pub fn get_mut<'v, 'a>(root: &'v mut Value<'a>, path: &[Seg]) -> Option<&'v mut Value<'a>> {
    path.iter().try_fold(root, |v, seg| match seg {
        Seg::Key(k) => v.as_object_mut()?.get_mut(k),
        Seg::Index(i) => v.as_array_mut()?.get_mut(*i),
    })
}

/// True when the field has a sibling entities array (which [`apply_field_edits`] remaps).
#[must_use]
pub fn has_entities_array(root: &Value, field: &TextField) -> bool {
    let (Some(key), Some((_, parent))) = (field.entities, field.path.split_last()) else {
        return false;
    };
    matches!(
        get(root, parent)
            .and_then(Value::as_object)
            .and_then(|o| o.get(key)),
        Some(Value::Array(_))
    )
}

/// Sets the field's text to `text` (what [`apply_field_edits`] does with the edited text
/// of a field without an entities array); false when the field is gone.
pub fn set_field_text(root: &mut Value, field: &TextField, text: String) -> bool {
    match get_mut(root, &field.path) {
        Some(slot) => {
            *slot = Value::String(text.into());
            true
        }
        None => false,
    }
}

/// [`set_field_text`] for replacements already applied to the field's text (`replaced`: for
/// each, its byte range in the old text and the UTF-16 length of what replaced it, as
/// [`crate::entities::remap_entities_replaced`] takes them), remapping its entities array
/// when it has one: what [`apply_field_edits`] returns for the same edits.
pub fn set_field_text_remapped(
    root: &mut Value,
    field: &TextField,
    text: String,
    replaced: &[(usize, usize, usize)],
) -> Option<usize> {
    let slot = get_mut(root, &field.path)?;
    let old = std::mem::replace(slot, Value::String(text.into()));
    let original = old.as_str().unwrap_or_default();
    Some(sibling_entities(root, field).map_or(0, |ents| {
        crate::entities::remap_entities_replaced(original, replaced, ents)
    }))
}

/// The entities array beside `field`'s text, if it has one that is an array.
fn sibling_entities<'a, 'v>(
    root: &'a mut Value<'v>,
    field: &TextField,
) -> Option<&'a mut Vec<Value<'v>>> {
    let (key, (_, parent)) = (field.entities?, field.path.split_last()?);
    match get_mut(root, parent)?.as_object_mut()?.get_mut(key)? {
        Value::Array(ents) => Some(ents),
        _ => None,
    }
}

/// Replaces the field's text by applying edits (entities::apply_edits) and
/// remaps its sibling entities array (entities::remap_entities), if any.
/// Returns `Some(number of entities dropped)` when the update was modified;
/// `None` if the field is gone or not a string, or if all edits drop out
/// (invalid/overlapping) so nothing changed. A sibling entities value that is
/// not an array is left as is.
pub fn apply_field_edits(root: &mut Value, field: &TextField, edits: &[Edit]) -> Option<usize> {
    // (the applied edits counted, not copied: `remap_entities` selects the same ones from
    // `edits` again)
    let (new_text, applied) = apply_edits_counted(get_str(root, &field.path)?, edits);
    if applied == 0 {
        return None;
    }
    // the old text is moved out of the update, not copied (a message may be 4 KB)
    let Some(slot) = get_mut(root, &field.path) else {
        return Some(0);
    };
    let old = std::mem::replace(slot, Value::String(new_text.into()));
    let original = old.as_str().unwrap_or_default();
    Some(sibling_entities(root, field).map_or(0, |ents| remap_entities(original, edits, ents)))
}

/// An integer id at `path`.
fn id_at(root: &Value, path: &[&str]) -> Option<i64> {
    path.iter()
        .try_fold(root, |v, k| v.as_object()?.get(k))?
        .as_i64()
}

/// The first of several paths holding an integer id.
fn first_id(root: &Value, paths: &[&[&str]]) -> Option<i64> {
    paths.iter().find_map(|p| id_at(root, p))
}

/// The acting user's id for rate limiting: message.from.id (for each
/// message-like type), sender_chat.id when no from;
/// inline_query/chosen_inline_result/callback_query/shipping_query/
/// pre_checkout_query/purchased_paid_media .from.id; poll_answer.user.id (or
/// voter_chat.id); my_chat_member/chat_member/chat_join_request .from.id;
/// message_reaction .user.id or actor_chat.id; business_connection.user.id;
/// chat_boost.boost.source.user.id / removed_chat_boost.source.user.id.
/// Uses the update type chosen by [`update_type`].
#[must_use]
pub fn user_id(update: &Value) -> Option<i64> {
    user_id_for(update, update_type(update)?)
}

/// [`user_id`] for an update whose type ([`update_type`]) is already known.
#[must_use]
pub fn user_id_for(update: &Value, ty: &str) -> Option<i64> {
    let body = update.get(ty)?;
    match ty {
        t if MESSAGE_TYPES.contains(&t) => {
            first_id(body, &[&["from", "id"], &["sender_chat", "id"]])
        }
        "inline_query"
        | "chosen_inline_result"
        | "callback_query"
        | "shipping_query"
        | "pre_checkout_query"
        | "purchased_paid_media"
        | "my_chat_member"
        | "chat_member"
        | "chat_join_request" => id_at(body, &["from", "id"]),
        "poll_answer" => first_id(body, &[&["user", "id"], &["voter_chat", "id"]]),
        "message_reaction" => first_id(body, &[&["user", "id"], &["actor_chat", "id"]]),
        "business_connection" => id_at(body, &["user", "id"]),
        "chat_boost" => id_at(body, &["boost", "source", "user", "id"]),
        "removed_chat_boost" => id_at(body, &["source", "user", "id"]),
        _ => None,
    }
}

/// The chat to reply in: message-like .chat.id; callback_query.message.chat.id;
/// chat_join_request.user_chat_id; my_chat_member/chat_member/message_reaction
/// .chat.id. None otherwise.
#[must_use]
pub fn chat_id(update: &Value) -> Option<i64> {
    chat_id_for(update, update_type(update)?)
}

/// [`chat_id`] for an update whose type ([`update_type`]) is already known.
#[must_use]
pub fn chat_id_for(update: &Value, ty: &str) -> Option<i64> {
    let body = update.get(ty)?;
    match ty {
        t if MESSAGE_TYPES.contains(&t) => id_at(body, &["chat", "id"]),
        "callback_query" => id_at(body, &["message", "chat", "id"]),
        "chat_join_request" => id_at(body, &["user_chat_id"]),
        "my_chat_member" | "chat_member" | "message_reaction" => id_at(body, &["chat", "id"]),
        _ => None,
    }
}

/// business_connection_id of a business message (replies must carry it), if
/// any: the message of a message-like update, or callback_query.message.
#[must_use]
pub fn business_connection_id<'v>(update: &'v Value<'_>) -> Option<&'v str> {
    business_connection_id_for(update, update_type(update)?)
}

/// [`business_connection_id`] for an update whose type ([`update_type`]) is already known.
#[must_use]
pub fn business_connection_id_for<'v>(update: &'v Value<'_>, ty: &str) -> Option<&'v str> {
    let body = update.get(ty)?;
    let msg = match ty {
        t if MESSAGE_TYPES.contains(&t) => body,
        "callback_query" => body.get("message")?,
        _ => return None,
    };
    msg.get("business_connection_id")?.as_str()
}

#[cfg(test)]
mod tests {
    fn apply_field_edits_ok(root: &mut Value, field: &TextField, edits: &[Edit]) -> bool {
        super::apply_field_edits(root, field, edits).is_some()
    }
    use super::*;
    use crate::value::json;

    fn parse(s: &str) -> Value<'_> {
        crate::value::from_slice(s.as_bytes()).unwrap()
    }

    fn labels(v: &Value) -> Vec<(String, Role)> {
        text_fields(v).iter().map(|f| (f.label(), f.role)).collect()
    }

    fn own(want: &[(&str, Role)]) -> Vec<(String, Role)> {
        want.iter().map(|(l, r)| (l.to_string(), *r)).collect()
    }

    const U: &str = r#"{"id":111,"is_bot":false,"first_name":"Ann","last_name":"Lee","username":"ann","language_code":"en"}"#;

    /// (name, raw update, expected (label, role) list)
    type Sample = (&'static str, String, Vec<(&'static str, Role)>);

    fn samples() -> Vec<Sample> {
        vec![
            (
                "message",
                format!(
                    r#"{{"update_id":1,"message":{{"message_id":5,"from":{U},"chat":{{"id":111,"type":"private","first_name":"Ann","username":"ann"}},"date":1,
                    "reply_to_message":{{"message_id":4,"from":{{"id":9,"is_bot":true,"first_name":"Bot"}},"chat":{{"id":111,"type":"private"}},"date":0,"text":"earlier","entities":[]}},
                    "quote":{{"text":"earl","entities":[],"position":0}},
                    "text":"hi /start","entities":[{{"type":"bot_command","offset":3,"length":6}}],
                    "link_preview_options":{{"is_disabled":false,"url":"https://ex.am/ple"}}}}}}"#
                ),
                vec![
                    ("message.from.first_name", Name),
                    ("message.from.last_name", Name),
                    ("message.from.username", Username),
                    ("message.chat.first_name", Name),
                    ("message.chat.username", Username),
                    ("message.reply_to_message.from.first_name", Name),
                    ("message.reply_to_message.text", Text),
                    ("message.quote.text", Text),
                    ("message.text", Text),
                    ("message.link_preview_options.url", Text),
                ],
            ),
            (
                "edited_message with contact, venue, document",
                r#"{"update_id":2,"edited_message":{"message_id":6,"chat":{"id":-100,"type":"group","title":"Grp"},"date":1,"edit_date":2,
                "contact":{"phone_number":"+15550001111","first_name":"Bo","last_name":"Ng","user_id":7,"vcard":"BEGIN:VCARD"},
                "venue":{"location":{"latitude":51.507350,"longitude":-0.127758},"title":"Pub","address":"1 High St"},
                "document":{"file_id":"x","file_unique_id":"y","file_name":"secret.pdf"},"caption":"see","caption_entities":[]}}"#
                    .to_string(),
                vec![
                    ("edited_message.chat.title", Name),
                    ("edited_message.contact.phone_number", Phone),
                    ("edited_message.contact.first_name", Name),
                    ("edited_message.contact.last_name", Name),
                    ("edited_message.contact.vcard", Text),
                    ("edited_message.venue.title", Text),
                    ("edited_message.venue.address", Address),
                    ("edited_message.document.file_name", Text),
                    ("edited_message.caption", Text),
                ],
            ),
            (
                "channel_post with forward_origin and poll",
                r#"{"update_id":3,"channel_post":{"message_id":1,"sender_chat":{"id":-1001,"type":"channel","title":"Chan","username":"chan"},"chat":{"id":-1001,"type":"channel","title":"Chan"},"date":1,"author_signature":"Ed",
                "forward_origin":{"type":"channel","date":1,"chat":{"id":-1002,"type":"channel","title":"Src"},"message_id":3,"author_signature":"Al"},
                "poll":{"id":"p","question":"Q?","question_entities":[],"options":[{"text":"A","voter_count":0},{"text":"B","text_entities":[],"voter_count":0}],"total_voter_count":0,"is_closed":false,"is_anonymous":true,"type":"quiz","allows_multiple_answers":false,"explanation":"because"}}}"#
                    .to_string(),
                vec![
                    ("channel_post.sender_chat.title", Name),
                    ("channel_post.sender_chat.username", Username),
                    ("channel_post.chat.title", Name),
                    ("channel_post.author_signature", Name),
                    ("channel_post.forward_origin.chat.title", Name),
                    ("channel_post.forward_origin.author_signature", Name),
                    ("channel_post.poll.question", Text),
                    ("channel_post.poll.options[0].text", Text),
                    ("channel_post.poll.options[1].text", Text),
                    ("channel_post.poll.explanation", Text),
                ],
            ),
            (
                "edited_channel_post with external_reply and game",
                r#"{"update_id":4,"edited_channel_post":{"message_id":1,"chat":{"id":-1001,"type":"channel","title":"Chan"},"date":1,
                "external_reply":{"origin":{"type":"hidden_user","date":1,"sender_user_name":"Hidden Guy"},"chat":{"id":-5,"type":"group","title":"Other"},
                  "contact":{"phone_number":"123","first_name":"C"},"venue":{"location":{"latitude":1,"longitude":2},"title":"V","address":"A"},
                  "poll":{"question":"Q","options":[{"text":"x"}]}},
                "game":{"title":"G","description":"D","photo":[],"text":"T","text_entities":[]}}}"#
                    .to_string(),
                vec![
                    ("edited_channel_post.chat.title", Name),
                    ("edited_channel_post.external_reply.origin.sender_user_name", Name),
                    ("edited_channel_post.external_reply.chat.title", Name),
                    ("edited_channel_post.external_reply.contact.phone_number", Phone),
                    ("edited_channel_post.external_reply.contact.first_name", Name),
                    ("edited_channel_post.external_reply.venue.title", Text),
                    ("edited_channel_post.external_reply.venue.address", Address),
                    ("edited_channel_post.external_reply.poll.question", Text),
                    ("edited_channel_post.external_reply.poll.options[0].text", Text),
                    ("edited_channel_post.game.title", Text),
                    ("edited_channel_post.game.description", Text),
                    ("edited_channel_post.game.text", Text),
                ],
            ),
            (
                "business_connection",
                format!(r#"{{"update_id":5,"business_connection":{{"id":"bc1","user":{U},"user_chat_id":111,"date":1,"can_reply":true,"is_enabled":true}}}}"#),
                vec![
                    ("business_connection.user.first_name", Name),
                    ("business_connection.user.last_name", Name),
                    ("business_connection.user.username", Username),
                ],
            ),
            (
                "business_message with checklist and service fields",
                r#"{"update_id":6,"business_message":{"message_id":1,"business_connection_id":"bc1","from":{"id":111,"first_name":"Ann"},"chat":{"id":111,"type":"private","first_name":"Ann"},"date":1,
                "checklist":{"title":"Todo","title_entities":[],"tasks":[{"id":1,"text":"buy milk","text_entities":[]},{"id":2,"text":"call mom","completed_by_user":{"id":2,"first_name":"Mo"}}]},
                "new_chat_members":[{"id":3,"first_name":"N1"},{"id":4,"first_name":"N2","username":"n2"}],"left_chat_member":{"id":5,"first_name":"L"},"new_chat_title":"New title"}}"#
                    .to_string(),
                vec![
                    ("business_message.from.first_name", Name),
                    ("business_message.chat.first_name", Name),
                    ("business_message.checklist.title", Text),
                    ("business_message.checklist.tasks[0].text", Text),
                    ("business_message.checklist.tasks[1].text", Text),
                    ("business_message.checklist.tasks[1].completed_by_user.first_name", Name),
                    ("business_message.new_chat_members[0].first_name", Name),
                    ("business_message.new_chat_members[1].first_name", Name),
                    ("business_message.new_chat_members[1].username", Username),
                    ("business_message.left_chat_member.first_name", Name),
                    ("business_message.new_chat_title", Text),
                ],
            ),
            (
                "edited_business_message with successful_payment and pinned_message",
                r#"{"update_id":7,"edited_business_message":{"message_id":1,"business_connection_id":"bc1","from":{"id":111,"first_name":"Ann"},"chat":{"id":111,"type":"private"},"date":1,
                "successful_payment":{"currency":"EUR","total_amount":100,"invoice_payload":"order-9","order_info":{"name":"Ann Lee","phone_number":"+441","email":"a@b.c","shipping_address":{"country_code":"GB","state":"","city":"London","street_line1":"1 High St","street_line2":"","post_code":"N1"}},"telegram_payment_charge_id":"t","provider_payment_charge_id":"p"},
                "pinned_message":{"message_id":0,"chat":{"id":111,"type":"private"},"date":0,"text":"pinned"}}}"#
                    .to_string(),
                vec![
                    ("edited_business_message.from.first_name", Name),
                    ("edited_business_message.successful_payment.invoice_payload", Payload),
                    ("edited_business_message.successful_payment.order_info.name", Name),
                    ("edited_business_message.successful_payment.order_info.phone_number", Phone),
                    ("edited_business_message.successful_payment.order_info.email", Email),
                    ("edited_business_message.successful_payment.order_info.shipping_address.state", Address),
                    ("edited_business_message.successful_payment.order_info.shipping_address.city", Address),
                    ("edited_business_message.successful_payment.order_info.shipping_address.street_line1", Address),
                    ("edited_business_message.successful_payment.order_info.shipping_address.street_line2", Address),
                    ("edited_business_message.successful_payment.order_info.shipping_address.post_code", Address),
                    ("edited_business_message.pinned_message.text", Text),
                ],
            ),
            (
                "deleted_business_messages",
                r#"{"update_id":8,"deleted_business_messages":{"business_connection_id":"bc1","chat":{"id":111,"type":"private","first_name":"Ann","username":"ann"},"message_ids":[1,2]}}"#
                    .to_string(),
                vec![
                    ("deleted_business_messages.chat.first_name", Name),
                    ("deleted_business_messages.chat.username", Username),
                ],
            ),
            (
                "message_reaction",
                r#"{"update_id":9,"message_reaction":{"chat":{"id":-100,"type":"supergroup","title":"SG"},"message_id":3,"user":{"id":111,"first_name":"Ann"},"actor_chat":{"id":-7,"type":"channel","title":"Anon"},"date":1,"old_reaction":[],"new_reaction":[{"type":"emoji","emoji":"👍"}]}}"#
                    .to_string(),
                vec![
                    ("message_reaction.chat.title", Name),
                    ("message_reaction.user.first_name", Name),
                    ("message_reaction.actor_chat.title", Name),
                ],
            ),
            (
                "message_reaction_count",
                r#"{"update_id":10,"message_reaction_count":{"chat":{"id":-1001,"type":"channel","title":"Chan"},"message_id":3,"date":1,"reactions":[{"type":{"type":"emoji","emoji":"🔥"},"total_count":2}]}}"#
                    .to_string(),
                vec![("message_reaction_count.chat.title", Name)],
            ),
            (
                "inline_query",
                r#"{"update_id":11,"inline_query":{"id":"q","from":{"id":111,"first_name":"Ann"},"query":"cats","offset":"","chat_type":"sender"}}"#.to_string(),
                vec![("inline_query.from.first_name", Name), ("inline_query.query", Text)],
            ),
            (
                "chosen_inline_result",
                r#"{"update_id":12,"chosen_inline_result":{"result_id":"r","from":{"id":111,"first_name":"Ann"},"inline_message_id":"im","query":"dogs"}}"#.to_string(),
                vec![("chosen_inline_result.from.first_name", Name), ("chosen_inline_result.query", Text)],
            ),
            (
                "callback_query",
                r#"{"update_id":13,"callback_query":{"id":"c","from":{"id":111,"first_name":"Ann"},"message":{"message_id":1,"chat":{"id":111,"type":"private"},"date":1,"text":"pick","reply_markup":{"inline_keyboard":[[{"text":"A","callback_data":"a"}]]}},"chat_instance":"ci","data":"a","game_short_name":"g"}}"#.to_string(),
                vec![
                    ("callback_query.from.first_name", Name),
                    ("callback_query.message.text", Text),
                    ("callback_query.data", Text),
                ],
            ),
            (
                "shipping_query",
                r#"{"update_id":14,"shipping_query":{"id":"s","from":{"id":111,"first_name":"Ann"},"invoice_payload":"pl","shipping_address":{"country_code":"US","state":"CA","city":"SF","street_line1":"1 Main","street_line2":"Apt 2","post_code":"94000"}}}"#.to_string(),
                vec![
                    ("shipping_query.from.first_name", Name),
                    ("shipping_query.invoice_payload", Payload),
                    ("shipping_query.shipping_address.state", Address),
                    ("shipping_query.shipping_address.city", Address),
                    ("shipping_query.shipping_address.street_line1", Address),
                    ("shipping_query.shipping_address.street_line2", Address),
                    ("shipping_query.shipping_address.post_code", Address),
                ],
            ),
            (
                "pre_checkout_query",
                r#"{"update_id":15,"pre_checkout_query":{"id":"p","from":{"id":111,"first_name":"Ann"},"currency":"USD","total_amount":5,"invoice_payload":"pl","order_info":{"name":"Ann","phone_number":"+1","email":"a@b.c","shipping_address":{"country_code":"US","city":"SF"}}}}"#.to_string(),
                vec![
                    ("pre_checkout_query.from.first_name", Name),
                    ("pre_checkout_query.invoice_payload", Payload),
                    ("pre_checkout_query.order_info.name", Name),
                    ("pre_checkout_query.order_info.phone_number", Phone),
                    ("pre_checkout_query.order_info.email", Email),
                    ("pre_checkout_query.order_info.shipping_address.city", Address),
                ],
            ),
            (
                "purchased_paid_media",
                r#"{"update_id":16,"purchased_paid_media":{"from":{"id":111,"first_name":"Ann"},"paid_media_payload":"media-1"}}"#.to_string(),
                vec![
                    ("purchased_paid_media.from.first_name", Name),
                    ("purchased_paid_media.paid_media_payload", Payload),
                ],
            ),
            (
                "poll",
                r#"{"update_id":17,"poll":{"id":"p","question":"Best?","options":[{"text":"x","voter_count":1},{"text":"y","voter_count":0}],"total_voter_count":1,"is_closed":true,"is_anonymous":true,"type":"regular","allows_multiple_answers":false}}"#.to_string(),
                vec![
                    ("poll.question", Text),
                    ("poll.options[0].text", Text),
                    ("poll.options[1].text", Text),
                ],
            ),
            (
                "poll_answer",
                r#"{"update_id":18,"poll_answer":{"poll_id":"p","voter_chat":{"id":-7,"type":"channel","title":"VC"},"user":{"id":111,"first_name":"Ann","username":"ann"},"option_ids":[0]}}"#.to_string(),
                vec![
                    ("poll_answer.voter_chat.title", Name),
                    ("poll_answer.user.first_name", Name),
                    ("poll_answer.user.username", Username),
                ],
            ),
            (
                "my_chat_member",
                r#"{"update_id":19,"my_chat_member":{"chat":{"id":-100,"type":"group","title":"G"},"from":{"id":111,"first_name":"Ann"},"date":1,"old_chat_member":{"status":"left","user":{"id":9,"is_bot":true,"first_name":"Bot","username":"my_bot"}},"new_chat_member":{"status":"member","user":{"id":9,"is_bot":true,"first_name":"Bot","username":"my_bot"}}}}"#.to_string(),
                vec![
                    ("my_chat_member.chat.title", Name),
                    ("my_chat_member.from.first_name", Name),
                    ("my_chat_member.old_chat_member.user.first_name", Name),
                    ("my_chat_member.old_chat_member.user.username", Username),
                    ("my_chat_member.new_chat_member.user.first_name", Name),
                    ("my_chat_member.new_chat_member.user.username", Username),
                ],
            ),
            (
                "chat_member",
                r#"{"update_id":20,"chat_member":{"chat":{"id":-100,"type":"supergroup","title":"SG","username":"sg"},"from":{"id":111,"first_name":"Ann"},"date":1,"old_chat_member":{"status":"member","user":{"id":2,"first_name":"Mo"}},"new_chat_member":{"status":"administrator","user":{"id":2,"first_name":"Mo"},"custom_title":"Boss"},"invite_link":{"invite_link":"https://t.me/+x","creator":{"id":111,"first_name":"Ann"},"name":"promo"}}}"#.to_string(),
                vec![
                    ("chat_member.chat.title", Name),
                    ("chat_member.chat.username", Username),
                    ("chat_member.from.first_name", Name),
                    ("chat_member.old_chat_member.user.first_name", Name),
                    ("chat_member.new_chat_member.user.first_name", Name),
                    ("chat_member.new_chat_member.custom_title", Name),
                    ("chat_member.invite_link.creator.first_name", Name),
                    ("chat_member.invite_link.name", Name),
                ],
            ),
            (
                "chat_join_request",
                r#"{"update_id":21,"chat_join_request":{"chat":{"id":-100,"type":"supergroup","title":"SG","username":"sg"},"from":{"id":111,"first_name":"Ann","last_name":"Lee"},"user_chat_id":111,"date":1,"bio":"I like cats"}}"#.to_string(),
                vec![
                    ("chat_join_request.chat.title", Name),
                    ("chat_join_request.chat.username", Username),
                    ("chat_join_request.from.first_name", Name),
                    ("chat_join_request.from.last_name", Name),
                    ("chat_join_request.bio", Text),
                ],
            ),
            (
                "chat_boost",
                r#"{"update_id":22,"chat_boost":{"chat":{"id":-1001,"type":"channel","title":"Chan"},"boost":{"boost_id":"b","add_date":1,"expiration_date":2,"source":{"source":"premium","user":{"id":111,"first_name":"Ann"}}}}}"#.to_string(),
                vec![
                    ("chat_boost.chat.title", Name),
                    ("chat_boost.boost.source.user.first_name", Name),
                ],
            ),
            (
                "removed_chat_boost",
                r#"{"update_id":23,"removed_chat_boost":{"chat":{"id":-1001,"type":"channel","title":"Chan"},"boost_id":"b","remove_date":1,"source":{"source":"gift_code","user":{"id":111,"first_name":"Ann"}}}}"#.to_string(),
                vec![
                    ("removed_chat_boost.chat.title", Name),
                    ("removed_chat_boost.source.user.first_name", Name),
                ],
            ),
            (
                "unknown update type",
                r#"{"update_id":24,"future_update":{"text":"hello","from":{"first_name":"X"}}}"#.to_string(),
                vec![],
            ),
        ]
    }

    #[test]
    fn text_fields_per_update_type() {
        let mut seen = std::collections::HashSet::new();
        for (name, raw, want) in samples() {
            let v = parse(&raw);
            assert!(is_update(&v), "{name}");
            assert_eq!(labels(&v), own(&want), "{name}");
            if let Some(t) = update_type(&v) {
                seen.insert(t);
            }
            // Every field found is reachable and a string.
            for f in text_fields(&v) {
                assert!(get_str(&v, &f.path).is_some(), "{name}: {}", f.label());
            }
            // The whole document survives a round trip unchanged.
            let text = serde_json::to_string(&v).unwrap();
            let again = parse(&text);
            assert_eq!(again, v, "{name}");
        }
        assert_eq!(seen.len(), UPDATE_TYPES.len(), "a sample per update type");
    }

    #[test]
    fn entities_keys() {
        // (update, label, entities key)
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                r#"{"message":{"text":"a"}}"#,
                "message.text",
                Some("entities"),
            ),
            (
                r#"{"message":{"caption":"a"}}"#,
                "message.caption",
                Some("caption_entities"),
            ),
            (
                r#"{"message":{"quote":{"text":"a"}}}"#,
                "message.quote.text",
                Some("entities"),
            ),
            (
                r#"{"poll":{"question":"a"}}"#,
                "poll.question",
                Some("question_entities"),
            ),
            (
                r#"{"poll":{"options":[{"text":"a"}]}}"#,
                "poll.options[0].text",
                Some("text_entities"),
            ),
            (
                r#"{"poll":{"explanation":"a"}}"#,
                "poll.explanation",
                Some("explanation_entities"),
            ),
            (
                r#"{"message":{"checklist":{"title":"a"}}}"#,
                "message.checklist.title",
                Some("title_entities"),
            ),
            (
                r#"{"message":{"checklist":{"tasks":[{"text":"a"}]}}}"#,
                "message.checklist.tasks[0].text",
                Some("text_entities"),
            ),
            (
                r#"{"message":{"game":{"text":"a"}}}"#,
                "message.game.text",
                Some("text_entities"),
            ),
            (
                r#"{"message":{"gift":{"text":"a"}}}"#,
                "message.gift.text",
                Some("entities"),
            ),
            (
                r#"{"inline_query":{"query":"a"}}"#,
                "inline_query.query",
                None,
            ),
        ];
        for &(raw, label, ents) in cases {
            let f = text_fields(&parse(raw));
            assert_eq!(f.len(), 1, "{raw}");
            assert_eq!(f[0].label(), label);
            assert_eq!(f[0].entities, ents, "{label}");
        }
    }

    #[test]
    fn two_payloads_are_both_visited() {
        let v = parse(r#"{"update_id":1,"edited_message":{"text":"a"},"message":{"text":"b"}}"#);
        assert_eq!(update_type(&v), Some("message"));
        assert_eq!(
            labels(&v),
            own(&[("edited_message.text", Text), ("message.text", Text)])
        );
    }

    #[test]
    fn is_update_and_update_type() {
        let cases: &[(&str, bool, Option<&str>)] = &[
            (r#"{"update_id":1,"message":{}}"#, true, Some("message")),
            (r#"{"update_id":-1,"poll":{}}"#, true, Some("poll")),
            (r#"{"update_id":18446744073709551615,"x":{}}"#, true, None),
            (
                r#"{"update_id":18446744073709551617,"message":{}}"#,
                false,
                Some("message"),
            ),
            (r#"{"update_id":1.5}"#, false, None),
            (r#"{"update_id":"1"}"#, false, None),
            (r#"{"message":{}}"#, false, Some("message")),
            (r#"[{"update_id":1}]"#, false, None),
            (r#""update_id""#, false, None),
            (
                r#"{"update_id":1,"chat_boost":{},"callback_query":{}}"#,
                true,
                Some("callback_query"),
            ),
        ];
        for &(raw, is, ty) in cases {
            let v = parse(raw);
            assert_eq!(is_update(&v), is, "{raw}");
            assert_eq!(update_type(&v), ty, "{raw}");
        }
        // More keys than there are update types (the other lookup path): same priority.
        let mut many = crate::value::Map::new();
        many.insert("poll", Value::Null);
        for i in 0..UPDATE_TYPES.len() + 5 {
            many.insert(format!("junk{i}"), Value::Null);
        }
        many.insert("message", Value::Null);
        assert_eq!(update_type(&Value::Object(many.clone())), Some("message"));
        many.remove("message");
        assert_eq!(update_type(&Value::Object(many.clone())), Some("poll"));
        many.remove("poll");
        assert_eq!(update_type(&Value::Object(many)), None);
    }

    #[test]
    fn round_trip_keeps_unknown_fields_and_numbers() {
        let raw = r#"{"update_id":18446744073709551617,"zz_first":{"a":[1,2.50,-0.0,1e-7]},"message":{"message_id":1,"unknown_field":{"nested":true,"n":123456789012345678901234567890},"from":{"id":111,"first_name":"Ann","x_new":null},"chat":{"id":-1001234567890,"type":"private"},"date":1,"location":{"latitude":51.507350,"longitude":-0.127758},"text":"mail bob@x.io now","entities":[{"type":"email","offset":5,"length":8,"x":1},{"type":"bold","offset":0,"length":17,"k":"v"}],"zz_last":0.10}}"#;
        let mut v = parse(raw);
        assert_eq!(serde_json::to_string(&v).unwrap(), raw, "plain round trip");
        let field = text_fields(&v)
            .into_iter()
            .find(|f| f.label() == "message.text")
            .unwrap();
        assert!(apply_field_edits_ok(
            &mut v,
            &field,
            &[Edit::new(5, 13, "[EMAIL]")]
        ));
        let want = raw
            .replace("mail bob@x.io now", "mail [EMAIL] now")
            .replace(r#"{"type":"email","offset":5,"length":8,"x":1},"#, "")
            .replace(r#""offset":0,"length":17"#, r#""offset":0,"length":16"#);
        assert_eq!(serde_json::to_string(&v).unwrap(), want);
    }

    #[test]
    fn number_text_is_preserved() {
        // (input, serialised): digits are kept verbatim; only the exponent
        // marker is normalised by serde_json (lower-case `e`, explicit sign).
        let cases: &[(&str, &str)] = &[
            ("18446744073709551617", "18446744073709551617"),
            ("-9223372036854775809", "-9223372036854775809"),
            ("51.507350", "51.507350"),
            ("-0.127758000", "-0.127758000"),
            (
                "0.1000000000000000055511151231257827",
                "0.1000000000000000055511151231257827",
            ),
            ("-0", "-0"),
            ("1e400", "1e+400"),
            ("2E-7", "2e-7"),
        ];
        for &(input, want) in cases {
            let raw = format!(
                r#"{{"update_id":1,"message":{{"location":{{"latitude":{input}}},"text":"a"}}}}"#
            );
            let mut v = parse(&raw);
            let f = text_fields(&v).pop().unwrap();
            assert!(apply_field_edits_ok(&mut v, &f, &[Edit::new(0, 1, "b")]));
            let out = serde_json::to_string(&v).unwrap();
            assert_eq!(
                out,
                format!(
                    r#"{{"update_id":1,"message":{{"location":{{"latitude":{want}}},"text":"b"}}}}"#
                )
            );
        }
    }

    #[test]
    fn apply_field_edits_table() {
        // (update, label, edits, applied?, expected serialisation)
        type Case = (&'static str, &'static str, Vec<Edit>, bool, &'static str);
        let cases: Vec<Case> = vec![
            (
                r#"{"poll":{"options":[{"text":"a"},{"text":"secret x","text_entities":[{"type":"italic","offset":7,"length":1}]}]}}"#,
                "poll.options[1].text",
                vec![Edit::new(0, 6, "s")],
                true,
                r#"{"poll":{"options":[{"text":"a"},{"text":"s x","text_entities":[{"type":"italic","offset":2,"length":1}]}]}}"#,
            ),
            (
                r#"{"message":{"caption":"𝔘 key","caption_entities":[{"type":"code","offset":3,"length":3}],"entities":[{"type":"bold","offset":0,"length":1}]}}"#,
                "message.caption",
                vec![Edit::new(5, 8, "***")],
                true,
                r#"{"message":{"caption":"𝔘 ***","caption_entities":[{"type":"code","offset":3,"length":3}],"entities":[{"type":"bold","offset":0,"length":1}]}}"#,
            ),
            (
                r#"{"message":{"text":"abc","entities":"oops"}}"#,
                "message.text",
                vec![Edit::new(0, 1, "xy")],
                true,
                r#"{"message":{"text":"xybc","entities":"oops"}}"#,
            ),
            (
                r#"{"message":{"text":"abc","entities":[{"type":"bold","offset":0,"length":9}]}}"#,
                "message.text",
                vec![Edit::new(1, 9, "x")],
                false,
                r#"{"message":{"text":"abc","entities":[{"type":"bold","offset":0,"length":9}]}}"#,
            ),
            (
                r#"{"inline_query":{"query":"my pin 1234"}}"#,
                "inline_query.query",
                vec![Edit::new(7, 11, "####")],
                true,
                r#"{"inline_query":{"query":"my pin ####"}}"#,
            ),
        ];
        for (raw, label, edits, ok, want) in cases {
            let mut v = parse(raw);
            let field = text_fields(&v)
                .into_iter()
                .find(|f| f.label() == label)
                .unwrap();
            assert_eq!(apply_field_edits_ok(&mut v, &field, &edits), ok, "{label}");
            assert_eq!(serde_json::to_string(&v).unwrap(), want, "{label}");
        }
    }

    #[test]
    fn apply_field_edits_on_missing_or_wrong_type() {
        let field = TextField {
            path: vec![Seg::Key("message"), Seg::Key("text")],
            role: Text,
            entities: Some("entities"),
        };
        let bad_path = TextField {
            path: vec![Seg::Key("message"), Seg::Index(3), Seg::Key("text")],
            role: Text,
            entities: Some("entities"),
        };
        let empty = TextField {
            path: vec![],
            role: Text,
            entities: Some("entities"),
        };
        let cases: &[(&str, &TextField)] = &[
            (r#"{"message":{"text":5}}"#, &field),
            (r#"{"message":{}}"#, &field),
            (r#"{"message":[]}"#, &field),
            (r#"{"message":{"text":"x"}}"#, &bad_path),
            (r#"{"message":{"text":"x"}}"#, &empty),
            (r#"7"#, &field),
        ];
        for &(raw, f) in cases {
            let mut v = parse(raw);
            assert!(
                !apply_field_edits_ok(&mut v, f, &[Edit::new(0, 1, "y")]),
                "{raw}"
            );
            assert_eq!(serde_json::to_string(&v).unwrap(), raw);
        }
        // A root string is a valid (if odd) field with an empty path.
        let mut v = json!("abc");
        assert!(apply_field_edits_ok(
            &mut v,
            &empty,
            &[Edit::new(0, 1, "x")]
        ));
        assert_eq!(v, json!("xbc"));
    }

    #[test]
    fn wrongly_typed_fields_are_skipped() {
        let raw = r#"{"update_id":1,"message":{"text":42,"entities":"not an array","from":[{"first_name":"X"}],
            "chat":"c","caption":null,"poll":{"options":{"0":{"text":"x"}},"question":["q"]},"new_chat_members":{"first_name":"Y"},
            "reply_to_message":"str","pinned_message":[1],"contact":{"phone_number":15551234},"quote":{"text":"ok"}}}"#;
        let mut v = parse(raw);
        assert_eq!(labels(&v), own(&[("message.quote.text", Text)]));
        assert_eq!(user_id(&v), None);
        assert_eq!(chat_id(&v), None);
        let field = TextField {
            path: vec![Seg::Key("message"), Seg::Key("text")],
            role: Text,
            entities: Some("entities"),
        };
        assert!(!apply_field_edits_ok(
            &mut v,
            &field,
            &[Edit::new(0, 1, "")]
        ));
        for raw in [
            "null",
            "[]",
            "\"s\"",
            "1",
            "{}",
            r#"{"message":null}"#,
            r#"{"poll":[]}"#,
        ] {
            assert!(text_fields(&parse(raw)).is_empty(), "{raw}");
        }
    }

    #[test]
    fn deep_reply_chain_stops_at_max_depth() {
        let mut msg = json!({"message_id": 0, "text": "leaf"});
        for i in 1..=50 {
            msg = json!({"message_id": i, "text": format!("t{i}"), "reply_to_message": msg});
        }
        let v = json!({"update_id": 1, "message": msg});
        let fields = text_fields(&v);
        assert_eq!(fields.len(), MAX_MESSAGE_DEPTH + 1);
        let deepest = fields.iter().map(|f| f.path.len()).max().unwrap();
        assert_eq!(deepest, MAX_MESSAGE_DEPTH + 2);
        let want_last = format!(
            "message.{}text",
            "reply_to_message.".repeat(MAX_MESSAGE_DEPTH)
        );
        assert_eq!(fields.last().unwrap().label(), want_last);
        // Same bound through mixed nesting kinds.
        let mut m = json!({"text": "leaf"});
        for i in 0..50 {
            m = match i % 3 {
                0 => json!({"pinned_message": m}),
                1 => json!({"giveaway_completed": {"giveaway_message": m}}),
                _ => json!({"checklist_tasks_done": {"checklist_message": m}}),
            };
        }
        let v = json!({"callback_query": {"message": m, "data": "d"}});
        assert_eq!(labels(&v), own(&[("callback_query.data", Text)]));
    }

    #[test]
    fn ids_per_update_type() {
        // (update type, body, user_id, chat_id, business_connection_id)
        type Case = (
            &'static str,
            &'static str,
            Option<i64>,
            Option<i64>,
            Option<&'static str>,
        );
        let cases: Vec<Case> = vec![
            (
                "message",
                r#"{"from":{"id":1},"chat":{"id":2}}"#,
                Some(1),
                Some(2),
                None,
            ),
            (
                "edited_message",
                r#"{"from":{"id":1},"chat":{"id":-2}}"#,
                Some(1),
                Some(-2),
                None,
            ),
            (
                "channel_post",
                r#"{"sender_chat":{"id":-1001},"chat":{"id":-1001}}"#,
                Some(-1001),
                Some(-1001),
                None,
            ),
            (
                "edited_channel_post",
                r#"{"chat":{"id":-1001}}"#,
                None,
                Some(-1001),
                None,
            ),
            (
                "business_connection",
                r#"{"id":"bc","user":{"id":5},"user_chat_id":5}"#,
                Some(5),
                None,
                None,
            ),
            (
                "business_message",
                r#"{"business_connection_id":"bc","from":{"id":6},"chat":{"id":6}}"#,
                Some(6),
                Some(6),
                Some("bc"),
            ),
            (
                "edited_business_message",
                r#"{"business_connection_id":"bc2","from":{"id":6},"sender_chat":{"id":9},"chat":{"id":6}}"#,
                Some(6),
                Some(6),
                Some("bc2"),
            ),
            (
                "deleted_business_messages",
                r#"{"business_connection_id":"bc","chat":{"id":6}}"#,
                None,
                None,
                None,
            ),
            (
                "message_reaction",
                r#"{"chat":{"id":-3},"user":{"id":7}}"#,
                Some(7),
                Some(-3),
                None,
            ),
            (
                "message_reaction",
                r#"{"chat":{"id":-3},"actor_chat":{"id":-8}}"#,
                Some(-8),
                Some(-3),
                None,
            ),
            (
                "message_reaction_count",
                r#"{"chat":{"id":-3}}"#,
                None,
                None,
                None,
            ),
            (
                "inline_query",
                r#"{"from":{"id":10}}"#,
                Some(10),
                None,
                None,
            ),
            (
                "chosen_inline_result",
                r#"{"from":{"id":11}}"#,
                Some(11),
                None,
                None,
            ),
            (
                "callback_query",
                r#"{"from":{"id":12},"message":{"chat":{"id":13},"business_connection_id":"bq"}}"#,
                Some(12),
                Some(13),
                Some("bq"),
            ),
            (
                "callback_query",
                r#"{"from":{"id":12},"inline_message_id":"x"}"#,
                Some(12),
                None,
                None,
            ),
            (
                "shipping_query",
                r#"{"from":{"id":14}}"#,
                Some(14),
                None,
                None,
            ),
            (
                "pre_checkout_query",
                r#"{"from":{"id":15}}"#,
                Some(15),
                None,
                None,
            ),
            (
                "purchased_paid_media",
                r#"{"from":{"id":16}}"#,
                Some(16),
                None,
                None,
            ),
            ("poll", r#"{"id":"p"}"#, None, None, None),
            ("poll_answer", r#"{"user":{"id":17}}"#, Some(17), None, None),
            (
                "poll_answer",
                r#"{"voter_chat":{"id":-18}}"#,
                Some(-18),
                None,
                None,
            ),
            (
                "my_chat_member",
                r#"{"chat":{"id":-19},"from":{"id":20}}"#,
                Some(20),
                Some(-19),
                None,
            ),
            (
                "chat_member",
                r#"{"chat":{"id":-21},"from":{"id":22}}"#,
                Some(22),
                Some(-21),
                None,
            ),
            (
                "chat_join_request",
                r#"{"chat":{"id":-23},"from":{"id":24},"user_chat_id":25}"#,
                Some(24),
                Some(25),
                None,
            ),
            (
                "chat_boost",
                r#"{"chat":{"id":-26},"boost":{"source":{"user":{"id":27}}}}"#,
                Some(27),
                None,
                None,
            ),
            (
                "removed_chat_boost",
                r#"{"chat":{"id":-26},"source":{"user":{"id":28}}}"#,
                Some(28),
                None,
                None,
            ),
            (
                "message",
                r#"{"from":{"id":"1"},"chat":{"id":1.5}}"#,
                None,
                None,
                None,
            ),
            (
                "message",
                r#"{"from":{"id":9223372036854775808},"chat":[]}"#,
                None,
                None,
                None,
            ),
            (
                "message",
                r#"{"business_connection_id":5}"#,
                None,
                None,
                None,
            ),
        ];
        for (ty, body, uid, cid, bc) in cases {
            let raw = format!(r#"{{"update_id":1,"{ty}":{body}}}"#);
            let v = parse(&raw);
            assert_eq!(user_id(&v), uid, "user_id {raw}");
            assert_eq!(chat_id(&v), cid, "chat_id {raw}");
            assert_eq!(business_connection_id(&v), bc, "bc {raw}");
        }
        for raw in [
            "null",
            "{}",
            r#"{"update_id":1,"future":{"from":{"id":1}}}"#,
        ] {
            let v = parse(raw);
            assert_eq!(
                (user_id(&v), chat_id(&v), business_connection_id(&v)),
                (None, None, None)
            );
        }
    }

    #[test]
    fn get_helpers() {
        let v = parse(r#"{"a":{"b":[{"c":"x"},{"c":1}]}}"#);
        let p = |i| vec![Seg::Key("a"), Seg::Key("b"), Seg::Index(i), Seg::Key("c")];
        assert_eq!(get_str(&v, &p(0)), Some("x"));
        assert_eq!(get_str(&v, &p(1)), None);
        assert_eq!(get_str(&v, &p(2)), None);
        assert_eq!(get_str(&v, &[Seg::Index(0)]), None);
        let mut v = v;
        assert!(get_mut(&mut v, &p(1)).is_some());
        assert!(get_mut(&mut v, &[Seg::Key("a"), Seg::Index(0)]).is_none());
        assert!(get_mut(&mut v, &[]).is_some());
    }

    #[test]
    fn label_format() {
        let cases: &[(&[Seg], &str)] = &[
            (&[], ""),
            (
                &[
                    Seg::Key("message"),
                    Seg::Key("reply_to_message"),
                    Seg::Key("text"),
                ],
                "message.reply_to_message.text",
            ),
            (
                &[
                    Seg::Key("poll"),
                    Seg::Key("options"),
                    Seg::Index(1),
                    Seg::Key("text"),
                ],
                "poll.options[1].text",
            ),
            (&[Seg::Index(0), Seg::Index(2)], "[0][2]"),
        ];
        for (path, want) in cases {
            let f = TextField {
                path: path.to_vec(),
                role: Text,
                entities: None,
            };
            assert_eq!(f.label(), *want);
        }
    }
}
