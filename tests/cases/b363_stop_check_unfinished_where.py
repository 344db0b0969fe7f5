# case: decode step keeps an unfinished-sequences mask as a tensor, replaces tokens of finished rows with the pad id via ops.where and updates the mask with EOS comparisons -> no host sync, fixed shapes; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, eos_token_id=(2, 5), pad_token_id=0, hidden_size=16, vocab_size=24):
        self.eos_token_id = tuple(eos_token_id) if isinstance(eos_token_id, (list, tuple)) else (eos_token_id,)
        self.pad_token_id = pad_token_id
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size


class DecodeStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lm_head = nn.Dense(config.hidden_size, config.vocab_size)
        self.eos_ids = Tensor(np.array(config.eos_token_id, np.int32))
        self.pad_token_id = config.pad_token_id

    def _is_eos(self, tokens):
        return (tokens.expand_dims(-1) == self.eos_ids).any(axis=-1)

    def construct(self, hidden_last, input_ids, unfinished):
        logits = self.lm_head(hidden_last)
        next_tokens = ops.argmax(logits, dim=-1).astype(ms.int32)
        next_tokens = ops.where(unfinished, next_tokens, ops.full_like(next_tokens, self.pad_token_id))
        unfinished = ops.logical_and(unfinished, ops.logical_not(self._is_eos(next_tokens)))
        input_ids = ops.concat((input_ids, next_tokens.expand_dims(-1)), axis=-1)
        return input_ids, unfinished


def make():
    np.random.seed(3650)
    hidden = Tensor(np.random.randn(3, 16).astype(np.float32))
    input_ids = Tensor(np.random.randint(0, 24, size=(3, 4)).astype(np.int32))
    unfinished = Tensor(np.array([True, False, True]))
    return DecodeStep(GenerationConfig()), (hidden, input_ids, unfinished)
