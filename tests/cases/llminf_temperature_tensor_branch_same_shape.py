# case: sampler branching on a per-call temperature tensor (greedy when 0) where both branches return same-shaped probs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveSampler(nn.Cell):
    def __init__(self, hidden=8, vocab=16):
        super().__init__()
        self.head = nn.Dense(hidden, vocab)
        self.vocab = vocab

    def _greedy_probs(self, logits):
        idx = ops.argmax(logits, dim=-1)
        return ops.one_hot(idx, self.vocab, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, h, temperature):
        logits = self.head(h)
        if temperature > 0:
            probs = ops.softmax(logits / temperature, axis=-1)
        else:
            probs = self._greedy_probs(logits)
        entropy = -(probs * ops.log(probs + 1e-9)).sum(axis=-1)
        return probs, entropy


def make():
    np.random.seed(47)
    h = Tensor(np.random.randn(2, 8).astype(np.float32))
    return AdaptiveSampler(), (h, Tensor(0.5, ms.float32))
