# case: energy head with an if on a tensor value (large mean energy -> rescale) whose branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveEnergyHead(nn.Cell):
    def __init__(self, dim=8, threshold=5.0, damp=0.5):
        super().__init__()
        self.readout = nn.Dense(dim, 1)
        self.threshold = threshold
        self.damp = damp

    def atom_energies(self, h, mask):
        return self.readout(h).squeeze(-1) * mask

    def construct(self, h, mask):
        e_atom = self.atom_energies(h, mask)
        energy = e_atom.sum(-1)
        if ops.abs(energy).mean() > self.threshold:
            energy = energy * self.damp
        else:
            energy = energy + 0.0
        return energy


def make():
    np.random.seed(37)
    h = Tensor(np.random.randn(3, 6, 8).astype(np.float32))
    mask = np.ones((3, 6), np.float32)
    mask[2, 4:] = 0
    return AdaptiveEnergyHead(), (h, Tensor(mask))
