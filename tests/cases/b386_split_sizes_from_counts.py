# case: per-crystal attention readout splits the packed atom features into crystals with ops.split sizes taken from the n_atoms tensor via a list comprehension of int() -> split sizes from tensor data (rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnReadoutConfig:
    def __init__(self, hidden=16, temperature=1.0):
        self.hidden = hidden
        self.temperature = temperature


class AttentionReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.gate = nn.Dense(config.hidden, 1)
        self.temperature = config.temperature

    def _pool(self, h_c):
        w = ops.softmax(self.gate(h_c) / self.temperature, axis=0)
        return (w * h_c).sum(0)

    def construct(self, h, n_atoms):
        sizes = [int(n) for n in n_atoms]
        chunks = ops.split(h, sizes, 0)
        return ops.stack([self._pool(c) for c in chunks], 0)


def make():
    np.random.seed(32)
    h = Tensor(np.random.randn(12, 16).astype(np.float32))
    n_atoms = Tensor(np.array([4, 3, 5], dtype=np.int32))
    return AttentionReadout(AttnReadoutConfig()), (h, n_atoms)
