# case: grammar-constrained decoding adds a large negative bias to disallowed tokens by multiplying the inverted mask, then takes argmax per row -> mask used arithmetically, shapes fixed; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DISALLOWED_BIAS = -1e9


class GrammarConfig:
    def __init__(self, vocab_size=40, temperature=1.0, allow_eos_always=True, eos_token_id=2):
        self.vocab_size = vocab_size
        self.temperature = temperature
        self.allow_eos_always = allow_eos_always
        self.eos_token_id = eos_token_id


class ConstrainedPicker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        eos_onehot = np.zeros(config.vocab_size, np.float32)
        if config.allow_eos_always:
            eos_onehot[config.eos_token_id] = 1.0
        self.eos_onehot = Tensor(eos_onehot)

    def _bias(self, allowed_mask):
        allowed = ops.maximum(allowed_mask.astype(ms.float32), self.eos_onehot)
        return (1.0 - allowed) * DISALLOWED_BIAS

    def construct(self, logits, allowed_mask):
        scores = logits / self.temperature + self._bias(allowed_mask)
        best = ops.argmax(scores, dim=-1)
        n_allowed = allowed_mask.astype(ms.int32).sum(axis=-1)
        return best, n_allowed


def make():
    np.random.seed(3655)
    logits = Tensor(np.random.randn(2, 40).astype(np.float32))
    allowed = np.zeros((2, 40), bool)
    allowed[0, [1, 4, 9, 16]] = True
    allowed[1, [3, 5, 7]] = True
    return ConstrainedPicker(GrammarConfig()), (logits, Tensor(allowed))
