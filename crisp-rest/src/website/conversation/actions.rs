//! One-off requests on a conversation: transcript, purge, feedback, tool call, widget
//! actions, reminder, report.

use crisp_types::website::conversation::{
    Reminder, ReportBody, ReportFlag, ToolCall, TranscriptRequest, WidgetButtonAction,
    WidgetDataEdit, WidgetDataFetch,
};
use crisp_types::{PluginId, SessionId, WebsiteId};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Request Email Transcript For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation and `transcript` where
    /// and to whom the transcript goes ([`TranscriptRequest`], or what converts into one).
    /// Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn request_email_transcript_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        transcript: impl Into<TranscriptRequest>,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/transcript")
            .param(website_id)
            .param(session_id)
            .json(&transcript.into())
            .unit()
    }

    /// *Request Chatbox Binding Purge For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn request_chatbox_binding_purge_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/purge")
            .param(website_id)
            .param(session_id)
            .unit()
    }

    /// *Request User Feedback For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn request_user_feedback_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/feedback")
            .param(website_id)
            .param(session_id)
            .unit()
    }

    /// *Request Tool Call For Conversation* — tiers: not documented. The answer is
    /// whatever the tool returns, so it stays free-form JSON.
    ///
    /// `website_id` is the website, `session_id` the conversation and `tool_call` the
    /// command and its payload ([`ToolCall`]). Resolves to that answer as a
    /// `serde_json::Value`.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn request_tool_call_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        tool_call: &ToolCall,
    ) -> Call<serde_json::Value> {
        self.post("/website/{website_id}/conversation/{session_id}/tool")
            .param(website_id)
            .param(session_id)
            .json(tool_call)
            .data()
    }

    /// *Deliver Widget Button Action For Conversation* — tiers: user.
    ///
    /// `website_id` is the website, `session_id` the conversation, `plugin_id` the plugin
    /// and `action` the action ([`WidgetButtonAction`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn deliver_widget_button_action_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        plugin_id: &PluginId,
        action: &WidgetButtonAction,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/widget/{plugin_id}/button")
            .param(website_id)
            .param(session_id)
            .param(plugin_id)
            .json(action)
            .unit()
    }

    /// *Deliver Widget Data Fetch Action For Conversation* — tiers: user. Shares its
    /// route with the data edit action; the body tells them apart.
    ///
    /// `website_id` is the website, `session_id` the conversation, `plugin_id` the plugin
    /// and `action` the action ([`WidgetDataFetch`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn deliver_widget_data_fetch_action_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        plugin_id: &PluginId,
        action: &WidgetDataFetch,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/widget/{plugin_id}/data")
            .named("deliver_widget_data_fetch_action_for_conversation")
            .param(website_id)
            .param(session_id)
            .param(plugin_id)
            .json(action)
            .unit()
    }

    /// *Deliver Widget Data Edit Action For Conversation* — tiers: user. Shares its route
    /// with the data fetch action; the body tells them apart.
    ///
    /// `website_id` is the website, `session_id` the conversation, `plugin_id` the plugin
    /// and `action` the action ([`WidgetDataEdit`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn deliver_widget_data_edit_action_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        plugin_id: &PluginId,
        action: &WidgetDataEdit,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/widget/{plugin_id}/data")
            .named("deliver_widget_data_edit_action_for_conversation")
            .param(website_id)
            .param(session_id)
            .param(plugin_id)
            .json(action)
            .unit()
    }

    /// *Schedule A Reminder For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation and `reminder` when and
    /// what to remind ([`Reminder`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn schedule_reminder_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        reminder: &Reminder,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/reminder")
            .param(website_id)
            .param(session_id)
            .json(reminder)
            .unit()
    }

    /// *Report Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation and `flag` the reason for
    /// the report ([`ReportFlag`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn report_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        flag: ReportFlag,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/report")
            .param(website_id)
            .param(session_id)
            .json(&ReportBody::from(flag))
            .unit()
    }
}
