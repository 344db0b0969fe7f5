# case: applies a heavier smoothing when mean occupancy tensor exceeds a threshold; both branches of the tensor if return the same shape -> static shapes with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancySmoother(nn.Cell):
    def __init__(self, threshold=0.5, light=0.2, heavy=0.6):
        super().__init__()
        self.threshold = threshold
        self.light = light
        self.heavy = heavy

    def smooth(self, occ, alpha):
        prev = ops.concat((occ[:, :1], occ[:, :-1]), axis=1)
        return alpha * prev + (1 - alpha) * occ

    def construct(self, occ):
        if occ.mean() > self.threshold:
            out = self.smooth(occ, self.heavy)
        else:
            out = self.smooth(occ, self.light)
        return out


def make():
    np.random.seed(15)
    occ = Tensor(np.random.rand(3, 10).astype(np.float32))
    return OccupancySmoother(), (occ,)
