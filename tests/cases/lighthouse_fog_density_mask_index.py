# case: average only the fog density readings above the visibility cutoff using boolean-mask indexing -> data-dependent shape, dynamic or rejected in Graph mode
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
        foggy = vis < VIS_CUTOFF_KM
        foggy_vis = vis[foggy]
        return foggy_vis.mean()


def make():
    np.random.seed(3033)
    extinction = Tensor(np.random.uniform(0.5, 5.0, size=(64,)).astype(np.float32))
    return FoggyVisibility(), (extinction,)
