"""Language model back ends behind one interface (``pipeline.llm.base.ChatModel``)."""
