# case: a seq2seq LM reading self.config.use_return_dict in construct, the only build passing a config made with use_return_dict=True -> the output class is built from tensors: LAX falls back, STRICT rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, vocab_size=48, d_model=16, use_return_dict=False, output_hidden_states=True):
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.use_return_dict = use_return_dict
        self.output_hidden_states = output_hidden_states


class Seq2SeqLMOutput:
    def __init__(self, logits=None, decoder_hidden_states=None):
        self.logits = logits
        self.decoder_hidden_states = decoder_hidden_states


class TinySeq2SeqLM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.shared = nn.Embedding(config.vocab_size, config.d_model)
        self.decoder = nn.Dense(config.d_model, config.d_model, activation="tanh")
        self.lm_head = nn.Dense(config.d_model, config.vocab_size, has_bias=False)

    def construct(self, decoder_input_ids, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.use_return_dict
        hidden = self.decoder(self.shared(decoder_input_ids))
        logits = self.lm_head(hidden)
        if return_dict:
            return Seq2SeqLMOutput(logits=logits, decoder_hidden_states=hidden)
        output = (logits,)
        if self.config.output_hidden_states:
            output = output + (hidden,)
        return output


def make():
    np.random.seed(3385)
    cfg = ModelConfig(use_return_dict=True)
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 4)).astype(np.int32))
    return TinySeq2SeqLM(cfg), (ids,)
