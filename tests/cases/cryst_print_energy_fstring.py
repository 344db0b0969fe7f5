# case: relaxation step that prints the current energy and max force with an f-string of tensors inside construct -> f-string/print of tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggingRelaxStep(nn.Cell):
    def __init__(self, lr=0.1):
        super().__init__()
        self.lr = lr

    def energy_and_forces(self, pos, ref):
        delta = pos - ref
        energy = 0.5 * (delta * delta).sum()
        return energy, -delta

    def construct(self, pos, ref):
        energy, forces = self.energy_and_forces(pos, ref)
        fmax = ops.norm(forces, dim=-1).max()
        print(f"step energy={energy} fmax={fmax}")
        return pos + self.lr * forces


def make():
    np.random.seed(17)
    pos = Tensor(np.random.rand(4, 3).astype(np.float32))
    ref = Tensor(np.random.rand(4, 3).astype(np.float32))
    return LoggingRelaxStep(), (pos, ref)
