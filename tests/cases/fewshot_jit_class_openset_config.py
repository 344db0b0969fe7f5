# case: open-set scorer reads constants and flags from a @ms.jit_class config held on the Cell (never mutated) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class OpenSetConfig:
    def __init__(self, threshold=0.5, temperature=1.0, use_energy=True):
        self.threshold = threshold
        self.temperature = temperature
        self.use_energy = use_energy


class EnergyOpenSet(nn.Cell):
    def __init__(self, in_dim=8, n_known=4, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else OpenSetConfig()
        self.body = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU(), nn.Dense(16, n_known)])

    def score(self, logits):
        if self.cfg.use_energy:
            return self.cfg.temperature * ops.logsumexp(logits / self.cfg.temperature, dim=-1)
        return ops.softmax(logits, axis=-1).max(axis=-1)

    def construct(self, x):
        logits = self.body(x)
        s = self.score(logits)
        is_known = s > self.cfg.threshold
        pred = ops.where(is_known, logits.argmax(-1).astype(ms.int32), ops.full_like(s, -1, dtype=ms.int32))
        return pred, s


def make():
    np.random.seed(46)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return EnergyOpenSet(), (x,)
