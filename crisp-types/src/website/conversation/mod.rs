//! Conversations and their messages.

mod activity;
mod author;
mod authored;
mod block;
mod browsing;
mod call;
mod compose;
mod content;
mod content_types;
mod details;
mod marks;
mod message;
mod meta;
mod new_message;
mod origin;
mod original;
mod participants;
mod relations;
mod reminder;
mod report;
mod routing;
mod search;
mod spam;
mod state;
mod suggest;
mod tool;
mod transcript;
mod user;
mod verify;
mod widget;

pub use activity::{ConversationEvent, ConversationFile, ConversationPage};
pub use author::{Author, SelfFilter};
pub use authored::Authored;
pub use block::{BlockChange, BlockStatus, Blocking};
pub use browsing::{
    BrowsingAction, BrowsingActionBody, BrowsingAssist, BrowsingAssistAction, BrowsingPoint,
    BrowsingSession,
};
pub use call::{
    CallAbort, CallInitiate, CallMode, CallSession, CallSignaling, CallSignalingType, NewCall,
};
pub use compose::{ComposeAction, ComposeMessage};
pub use content::{MessageContent, MessageType};
pub use content_types::{
    AnimationContent, AudioContent, CarouselAction, CarouselContent, CarouselTarget, EventContent,
    FieldContent, FileContent, PickerAction, PickerChoice, PickerContent,
};
pub use details::{
    Availability, ComposeStatus, Conversation, ConversationActive, ConversationCompose,
    ConversationUnread, NewConversation, PreviewMessage,
};
pub use marks::{MessagesDelivered, MessagesRead, UnreadMark};
pub use message::{
    Message, MessageIgnored, MessageOriginal, MessagePreview, MessageReference, PreviewDetails,
    SentMessage,
};
pub use meta::{
    ConversationMeta, ConversationMetaUpdate, Coordinates, DeviceSystem, Geolocation,
    MetaConnection, MetaDevice, SoftwareInfo,
};
pub use new_message::{MessageUpdate, NewMessage};
pub use origin::{MessageFrom, Origin};
pub use original::OriginalMessage;
pub use participants::{
    ConversationParticipants, Participant, ParticipantList, ParticipantType, ParticipantsSave,
};
pub use relations::{ConversationRelations, RelatedConversations};
pub use reminder::{Reminder, ReminderNote};
pub use report::{ReportBody, ReportFlag};
pub use routing::{Assignee, RoutingAssign, RoutingAssignUpdate};
pub use search::{FilterSearchQuery, FilterValue, SearchType};

pub use super::FilterMatch;
pub use spam::{Spam, SpamContent, SpamDecision, SpamDecisionBody};
pub use state::{ConversationState, ConversationStateData, NewState, StateChange};
pub use suggest::{SuggestedDataKey, SuggestedSegment};
pub use tool::ToolCall;
pub use transcript::{TranscriptRequest, TranscriptTo};
pub use user::MessageUser;
pub use verify::{
    IdentityVerificationRedeem, IdentityVerificationRequest, Verification, VerifyIdentity,
    VerifyMethod, VerifyStatus,
};
pub use widget::{
    WidgetAction, WidgetActionStrategy, WidgetButtonAction, WidgetDataEdit, WidgetDataFetch,
};
