# case: pen-state sampler converts a temperature Tensor with float() and branches on it in Python -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenStateSampler(nn.Cell):
    """Temperature-scaled pen state probabilities (p1, p2, p3)."""

    def __init__(self, in_dim=10, greedy_below=0.05):
        super().__init__()
        self.head = nn.Dense(in_dim, 3)
        self.greedy_below = greedy_below

    def scaled_probs(self, logits, tau):
        return ops.softmax(logits / tau, axis=-1)

    def construct(self, h, temperature):
        logits = self.head(h)
        tau = float(temperature)
        if tau < self.greedy_below:
            pen = ops.argmax(logits, dim=-1)
            return ops.one_hot(pen, 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return self.scaled_probs(logits, tau)


def make():
    np.random.seed(13)
    ms.set_seed(13)
    h = Tensor(np.random.randn(4, 10).astype(np.float32))
    return PenStateSampler(), (h, Tensor(0.8, ms.float32))
