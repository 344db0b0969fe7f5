# case: average the fog density readings below the visibility cutoff by multiplying with a float mask -> fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


VIS_CUTOFF_KM = 2.0


def km_from_extinction(sigma):
    # Koschmieder relation: V = 3.912 / sigma
    return 3.912 / (sigma + 1e-3)


class FoggyVisibility(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = ms.Parameter(Tensor(np.array([1.5], np.float32)), name="scale")

    def construct(self, extinction):
        vis = km_from_extinction(extinction * self.scale)
        foggy = (vis < VIS_CUTOFF_KM).astype(ms.float32)
        total = (vis * foggy).sum()
        count = ops.maximum(foggy.sum(), Tensor(1.0, ms.float32))
        return total / count


def make():
    np.random.seed(3034)
    extinction = Tensor(np.random.uniform(0.5, 5.0, size=(64,)).astype(np.float32))
    return FoggyVisibility(), (extinction,)
