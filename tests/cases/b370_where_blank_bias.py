# case: CTC head suppresses disallowed characters of the selected vocabulary variant and padded frames with the three-argument ops.where before log_softmax -> elementwise where with fixed shapes, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e4
VOCAB_VARIANTS = {"full": 30, "digits_only": 11}


class CTCConfig:
    def __init__(self, hidden_size=20, vocab_size=30, variant="digits_only"):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.variant = variant


class RestrictedCTCHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.vocab_size)
        allowed = np.zeros(config.vocab_size, dtype=bool)
        allowed[:VOCAB_VARIANTS.get(config.variant, config.vocab_size)] = True
        self.allowed = Tensor(allowed)

    def construct(self, hidden, frame_mask):
        logits = self.proj(hidden)
        neg = ops.full_like(logits, NEG_INF)
        logits = ops.where(self.allowed, logits, neg)
        blank_only = ops.concat((ops.zeros_like(logits[..., :1]), neg[..., 1:]), axis=-1)
        logits = ops.where(frame_mask.expand_dims(-1), logits, blank_only)
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(3727)
    hidden = Tensor(np.random.randn(2, 16, 20).astype(np.float32))
    mask = np.ones((2, 16), dtype=bool)
    mask[0, 12:] = False
    return RestrictedCTCHead(CTCConfig()), (hidden, Tensor(mask))
