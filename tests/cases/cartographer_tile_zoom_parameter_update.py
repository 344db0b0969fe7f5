# case: tile renderer keeps a request counter in a Parameter updated with ops.assign inside construct -> side effect on Parameter, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TileRenderer(nn.Cell):
    def __init__(self, tile_px=32):
        super().__init__()
        self.tile_px = tile_px
        self.requests = Parameter(Tensor(0.0, ms.float32), name="requests", requires_grad=False)
        self.shade = nn.Conv2d(1, 4, 3, pad_mode="same")

    def construct(self, dem, zoom):
        ops.assign(self.requests, self.requests + 1.0)
        hill = self.shade(dem)
        scale = ops.pow(2.0, zoom)
        return ops.tanh(hill * scale), self.requests


def make():
    np.random.seed(34)
    dem = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return TileRenderer(), (Tensor(dem), Tensor(3.0, ms.float32))
