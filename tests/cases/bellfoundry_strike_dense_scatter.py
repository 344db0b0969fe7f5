# case: assemble the bell-by-stroke strike matrix of a peal densely with ops.tensor_scatter_add from recorded (bell, stroke) pairs -> dense scatter, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrikeEnergy(nn.Cell):
    def __init__(self, n_bells=8, n_strokes=16):
        super().__init__()
        self.n_bells = n_bells
        self.n_strokes = n_strokes

    def construct(self, indices, forces, stroke_gain):
        grid = ops.zeros((self.n_bells, self.n_strokes), ms.float32)
        strikes = ops.tensor_scatter_add(grid, indices, forces)
        energy = strikes * stroke_gain
        return energy.sum(axis=1)


def make():
    np.random.seed(51)
    bells = np.random.randint(0, 8, size=20)
    strokes = np.random.randint(0, 16, size=20)
    idx = np.unique(np.stack([bells, strokes], 1), axis=0).astype(np.int32)
    forces = np.random.rand(idx.shape[0]).astype(np.float32)
    gain = np.random.rand(16).astype(np.float32)
    return StrikeEnergy(), (Tensor(idx), Tensor(forces), Tensor(gain))
