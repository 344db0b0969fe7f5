# case: presence/frequency penalty finds the vocab entries with nonzero counts via ops.nonzero and subtracts penalties only there -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PresenceFrequencyPenalty(nn.Cell):
    def __init__(self, vocab_size=24, presence=0.5, frequency=0.2):
        super().__init__()
        self.vocab_size = vocab_size
        self.presence = presence
        self.frequency = frequency

    def token_counts(self, generated):
        onehot = ops.one_hot(generated, self.vocab_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(axis=0)

    def construct(self, logits, generated):
        counts = self.token_counts(generated)
        idx = ops.nonzero(counts)
        used_counts = ops.gather_nd(counts, idx)
        delta = self.presence + self.frequency * used_counts
        updated = ops.gather_nd(logits, idx) - delta
        return ops.tensor_scatter_update(logits, idx, updated)


def make():
    np.random.seed(8)
    logits = Tensor(np.random.randn(24).astype(np.float32))
    generated = Tensor(np.array([1, 5, 5, 9, 1, 5], dtype=np.int32))
    return PresenceFrequencyPenalty(), (logits, generated)
