# case: assemble the bell-by-stroke strike matrix of a peal as a COOTensor from recorded (bell, stroke) pairs and multiply it by the clapper force vector -> sparse tensor in construct, expected error or unsupported on CPU Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrikeEnergy(nn.Cell):
    def __init__(self, n_bells=8, n_strokes=16):
        super().__init__()
        self.shape = (n_bells, n_strokes)

    def construct(self, indices, forces, stroke_gain):
        strikes = ms.COOTensor(indices, forces, self.shape)
        energy = strikes.to_dense() * stroke_gain
        return energy.sum(axis=1)


def make():
    np.random.seed(51)
    bells = np.random.randint(0, 8, size=20)
    strokes = np.random.randint(0, 16, size=20)
    idx = np.unique(np.stack([bells, strokes], 1), axis=0).astype(np.int32)
    forces = np.random.rand(idx.shape[0]).astype(np.float32)
    gain = np.random.rand(16).astype(np.float32)
    return StrikeEnergy(), (Tensor(idx), Tensor(forces), Tensor(gain))
