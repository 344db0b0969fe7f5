# case: relaxation step that appends the current energy to a module-level history list and reads its length as the step number -> global mutable state in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ENERGY_HISTORY = []


class HistoryRelaxStep(nn.Cell):
    def __init__(self, lr=0.05, k=1.5):
        super().__init__()
        self.lr = lr
        self.k = k

    def construct(self, pos, equilibrium):
        disp = pos - equilibrium
        energy = 0.5 * self.k * (disp * disp).sum()
        ENERGY_HISTORY.append(energy)
        step = len(ENERGY_HISTORY)
        lr = self.lr / step
        return pos - lr * self.k * disp, energy


def make():
    np.random.seed(26)
    pos = Tensor(np.random.rand(5, 3).astype(np.float32))
    eq = Tensor(np.random.rand(5, 3).astype(np.float32))
    return HistoryRelaxStep(), (pos, eq)
