# case: compute a berry anthocyanin index from hyperspectral bands and clip it with ops.clamp, band indices as module constants -> pure tensor ops, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

RED_BAND, GREEN_BAND, NIR_BAND = 3, 1, 7


class AnthocyaninIndex(nn.Cell):
    def __init__(self, limit=50.0):
        super().__init__()
        self.limit = limit
        self.scale = nn.Dense(1, 1)

    def construct(self, cube):
        green = cube[:, GREEN_BAND]
        nir = cube[:, NIR_BAND]
        ari = 1.0 / (green + 1e-3) - 1.0 / (nir + 1e-3)
        ari = ops.clamp(ari, -self.limit, self.limit)
        return self.scale(ari.reshape(-1, 1))


def make():
    np.random.seed(112)
    cube = Tensor((0.05 + np.random.rand(30, 8)).astype(np.float32))
    return AnthocyaninIndex(), (cube,)
