-- Where a person is reached privately is now named by the platform adapter when the person is seen
-- (the console: "private:<name>"; WeChat: the contact id), instead of being guessed from the id's
-- shape wherever a message is sent. Members seen before this keep being reachable.
UPDATE members SET private_chat_id = 'private:' || user_id WHERE platform = 'console' AND private_chat_id IS NULL;
UPDATE members SET private_chat_id = user_id WHERE platform = 'wechat' AND private_chat_id IS NULL AND user_id NOT LIKE 'retired:%';
