"""VideoChat-Embed: the end-to-end path where the LLM reads video embeddings instead of a transcript.

``video frames -> EVA ViT (frozen) + GMHRA -> vision LayerNorm -> Q-Former (frozen, 32 + 64 extra queries)
-> linear projection -> LLM (frozen)``, with the embeddings placed at ``<VideoHere>`` in the prompt.

Modules: :mod:`.config` (sizes, presets, files), :mod:`.vit`, :mod:`.gmhra`, :mod:`.qformer`,
:mod:`.model`, :mod:`.prompt` (the demo's and the trainer's prompt, tokenised), :mod:`.generation`
(decoding settings, stop ids), :mod:`.frames` (the demo's frame choice), :mod:`.data`, :mod:`.train`,
:mod:`.official` (the release's key names and files), :mod:`.checkpoint` (ours), :mod:`.dataset_build`
(instruction data from VideoChat-Text), :mod:`.chat_base`, :mod:`.chat_model` (the LangChain adapter),
:mod:`.hf_video` (transformers video-LLMs as an alternative backend) and :mod:`.cli`. Importing this
package imports nothing heavy.
"""
