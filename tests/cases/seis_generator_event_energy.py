# case: sum radiated energy over event windows using a generator function with yield called from construct -> generators are not supported by the graph compiler, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def iter_windows(trace, starts, width):
    for s in starts:
        yield trace[s:s + width]


class EventEnergy(nn.Cell):
    def __init__(self, starts=(5, 25, 45), width=10):
        super().__init__()
        self.starts = starts
        self.width = width

    def construct(self, velocity):
        energies = []
        for win in iter_windows(velocity, self.starts, self.width):
            energies.append((win * win).sum())
        return ops.stack(energies)


def make():
    np.random.seed(13)
    vel = np.random.randn(64).astype(np.float32)
    return EventEnergy(), (Tensor(vel),)
