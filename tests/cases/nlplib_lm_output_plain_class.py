# case: causal LM head that returns a plain Python Seq2SeqLMOutput object when config.return_dict is left at its default True -> plain class instance built and returned in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, vocab_size=48, d_model=16, return_dict=True, output_hidden_states=False):
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class Seq2SeqLMOutput:
    def __init__(self, logits, hidden_states=None, loss=None):
        self.logits = logits
        self.hidden_states = hidden_states
        self.loss = loss

    def to_tuple(self):
        return tuple(v for v in (self.loss, self.logits, self.hidden_states) if v is not None)


class TinyCausalLM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.embed = nn.Embedding(config.vocab_size, config.d_model)
        self.proj = nn.Dense(config.d_model, config.d_model, activation="gelu")
        self.lm_head = nn.Dense(config.d_model, config.vocab_size, has_bias=False)

    def construct(self, input_ids, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.return_dict
        hidden = self.proj(self.embed(input_ids))
        logits = self.lm_head(hidden)
        if not return_dict:
            return (logits, hidden) if self.config.output_hidden_states else (logits,)
        return Seq2SeqLMOutput(logits=logits, hidden_states=hidden if self.config.output_hidden_states else None)


def make():
    np.random.seed(3365)
    cfg = ModelConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 5)).astype(np.int32))
    return TinyCausalLM(cfg), (ids,)
