# case: MDN sampler keeps a Python call counter and the last temperature on self inside construct -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemperatureMixtureSampler(nn.Cell):
    """Pick the mixture component with Gumbel-max at a given temperature."""

    def __init__(self, num_mixtures=5, temperature=0.7):
        super().__init__()
        self.num_mixtures = num_mixtures
        self.temperature = temperature
        self.calls = 0
        self.last_scale = 1.0

    def adjust(self, pi_logits):
        return ops.log_softmax(pi_logits / self.temperature, axis=-1)

    def construct(self, pi_logits, gumbel, mu):
        logp = self.adjust(pi_logits)
        k = ops.argmax(logp + gumbel, dim=-1)
        onehot = ops.one_hot(k, self.num_mixtures, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        chosen = (onehot.expand_dims(-1) * mu).sum(axis=1)
        self.calls = self.calls + 1
        self.last_scale = chosen.abs().max()
        return chosen


def make():
    np.random.seed(8)
    b, m = 3, 5
    pi_logits = Tensor(np.random.randn(b, m).astype(np.float32))
    u = np.random.uniform(1e-4, 1 - 1e-4, size=(b, m))
    gumbel = Tensor((-np.log(-np.log(u))).astype(np.float32))
    mu = Tensor(np.random.randn(b, m, 2).astype(np.float32))
    return TemperatureMixtureSampler(), (pi_logits, gumbel, mu)
