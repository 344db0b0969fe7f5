# case: energy model that records the last energy and a call counter on self inside construct -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairEnergy(nn.Cell):
    def __init__(self, hidden=16, track_stats=True):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(1, hidden), nn.Tanh(), nn.Dense(hidden, 1)])
        self.track_stats = track_stats
        self.last_energy = None
        self.num_calls = 0

    def pair_energies(self, pos):
        diff = pos[:, :, None, :] - pos[:, None, :, :]
        dist = ops.sqrt((diff ** 2).sum(-1, keepdims=True) + 1e-8)
        return self.net(dist).squeeze(-1)

    def construct(self, pos):
        e_pair = self.pair_energies(pos)
        energy = 0.5 * e_pair.sum(axis=(1, 2))
        if self.track_stats:
            self.last_energy = energy
            self.num_calls = self.num_calls + 1
        return energy


def make():
    np.random.seed(7)
    pos = Tensor(np.random.randn(2, 5, 3).astype(np.float32))
    return PairEnergy(), (pos,)
