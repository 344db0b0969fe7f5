# case: greedy decoding step that trims the generated batch at the first EOS of the lead sequence (trim_at_eos flag from the generation config) -> slice length taken from tensor data via int(), dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EOS_TOKEN_ID = 2


class GenerationConfig:
    def __init__(self, vocab_size=50, hidden_size=16, eos_token_id=EOS_TOKEN_ID, trim_at_eos=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.eos_token_id = eos_token_id
        self.trim_at_eos = trim_at_eos


def _first_eos_position(ids, eos_id):
    hit = ops.cast(ops.equal(ids[0], eos_id), ms.int32)
    return int(ops.argmax(hit, dim=-1))


class GreedySearchStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size, has_bias=False)
        self.eos_token_id = config.eos_token_id
        self.trim_at_eos = config.trim_at_eos

    def construct(self, input_ids):
        hidden = self.embed_tokens(input_ids)
        logits = self.lm_head(hidden[:, -1, :])
        next_tokens = ops.argmax(logits, dim=-1).astype(input_ids.dtype)
        sequences = ops.concat((input_ids, next_tokens.expand_dims(-1)), axis=1)
        if self.trim_at_eos:
            stop = _first_eos_position(sequences, self.eos_token_id)
            sequences = sequences[:, :stop + 1]
        return sequences


def make():
    np.random.seed(3361)
    config = GenerationConfig()
    ids = np.random.randint(3, config.vocab_size, size=(2, 7)).astype(np.int32)
    ids[0, 4] = EOS_TOKEN_ID
    return GreedySearchStep(config), (Tensor(ids),)
