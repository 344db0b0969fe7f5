# case: per-crystal attention readout for a fixed-composition dataset splits packed atoms with ops.split sizes from the config tuple (Python ints) and pools each chunk -> constant split sizes, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnReadoutConfig:
    def __init__(self, hidden=16, temperature=1.0, atoms_per_crystal=(4, 3, 5)):
        self.hidden = hidden
        self.temperature = temperature
        self.atoms_per_crystal = atoms_per_crystal


class AttentionReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.gate = nn.Dense(config.hidden, 1)
        self.temperature = config.temperature
        self.sizes = [int(n) for n in config.atoms_per_crystal]

    def _pool(self, h_c):
        w = ops.softmax(self.gate(h_c) / self.temperature, axis=0)
        return (w * h_c).sum(0)

    def construct(self, h, n_atoms):
        chunks = ops.split(h, self.sizes, 0)
        pooled = ops.stack([self._pool(c) for c in chunks], 0)
        return pooled, n_atoms.astype(h.dtype)


def make():
    np.random.seed(33)
    h = Tensor(np.random.randn(12, 16).astype(np.float32))
    n_atoms = Tensor(np.array([4, 3, 5], dtype=np.int32))
    return AttentionReadout(AttnReadoutConfig()), (h, n_atoms)
