# case: LM head subclassing nn.Dense that can tie its projection to the input embedding table and reads an optional logit_scale with getattr(self, ..., default) -> all attributes constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LMConfig:
    def __init__(self, vocab_size=56, d_model=16, tie_word_embeddings=True, scale_logits=False):
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.tie_word_embeddings = tie_word_embeddings
        self.scale_logits = scale_logits


class LMHead(nn.Dense):
    def __init__(self, config, shared_embedding=None):
        super().__init__(config.d_model, config.vocab_size, has_bias=False)
        self.shared_embedding = shared_embedding if config.tie_word_embeddings else None
        if config.scale_logits:
            self.logit_scale = config.d_model ** -0.5

    def construct(self, hidden_states):
        if self.shared_embedding is not None:
            logits = ops.matmul(hidden_states, self.shared_embedding.embedding_table.T)
        else:
            logits = super().construct(hidden_states)
        return logits * getattr(self, "logit_scale", 1.0)


class TiedCausalLM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed_tokens = nn.Embedding(config.vocab_size, config.d_model)
        self.body = nn.Dense(config.d_model, config.d_model, activation="gelu")
        self.lm_head = LMHead(config, self.embed_tokens)

    def construct(self, input_ids):
        return self.lm_head(self.body(self.embed_tokens(input_ids)))


def make():
    np.random.seed(3390)
    cfg = LMConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 5)).astype(np.int32))
    return TiedCausalLM(cfg), (ids,)
