"""VideoChat-Embed: the end-to-end path where the LLM reads video embeddings instead of a transcript.

``video frames -> EVA ViT (frozen) + GMHRA -> vision LayerNorm -> Q-Former (frozen, 32 + 64 extra queries)
-> linear projection -> LLM (frozen)``, with the embeddings placed at ``<VideoHere>`` in the prompt.

Modules: :mod:`.config` (sizes, presets, files), :mod:`.vit`, :mod:`.gmhra`, :mod:`.qformer`,
:mod:`.model`, :mod:`.prompt`, :mod:`.data`, :mod:`.train`, :mod:`.checkpoint` (ours + the official
release's key names), :mod:`.dataset_build` (instruction data from VideoChat-Text), :mod:`.chat_model`
(the LangChain adapter), :mod:`.hf_video` (transformers video-LLMs as an alternative backend) and
:mod:`.cli`. Importing this package imports nothing heavy.
"""
