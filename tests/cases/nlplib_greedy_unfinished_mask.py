# case: greedy search step that pads finished sequences via an unfinished_sequences mask (multiplication and three-argument ops.where) instead of branching on EOS -> all shapes static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, vocab_size=50, hidden_size=16, eos_token_id=2, pad_token_id=0):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.eos_token_id = eos_token_id
        self.pad_token_id = pad_token_id


class GreedyStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size, has_bias=False)
        self.eos_token_id = config.eos_token_id
        self.pad_token_id = config.pad_token_id

    def construct(self, input_ids, unfinished_sequences):
        logits = self.lm_head(self.embed(input_ids)[:, -1, :])
        next_tokens = ops.argmax(logits, dim=-1).astype(input_ids.dtype)
        next_tokens = next_tokens * unfinished_sequences + self.pad_token_id * (1 - unfinished_sequences)
        is_eos = ops.equal(next_tokens, self.eos_token_id)
        unfinished_sequences = ops.where(is_eos, ops.zeros_like(unfinished_sequences), unfinished_sequences)
        input_ids = ops.concat((input_ids, next_tokens.expand_dims(-1)), axis=1)
        return input_ids, unfinished_sequences


def make():
    np.random.seed(3381)
    cfg = GenerationConfig()
    ids = Tensor(np.random.randint(3, cfg.vocab_size, size=(3, 4)).astype(np.int32))
    unfinished = Tensor(np.array([1, 0, 1], dtype=np.int32))
    return GreedyStep(cfg), (ids, unfinished)
