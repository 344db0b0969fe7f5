# case: selects a fixed list of hyperspectral bands given in the constructor with gather and applies a 1x1 conv -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BandSubsetProjector(nn.Cell):
    def __init__(self, band_ids=(3, 10, 17, 25, 30), out_channels=4):
        super().__init__()
        self.band_ids = Tensor(np.array(band_ids, dtype=np.int32))
        self.proj = nn.Conv2d(len(band_ids), out_channels, kernel_size=1, has_bias=True)
        self.act = nn.ReLU()

    def construct(self, cube):
        subset = ops.gather(cube, self.band_ids, 1)
        return self.act(self.proj(subset))


def make():
    np.random.seed(32)
    cube = Tensor(np.random.rand(2, 32, 8, 8).astype(np.float32))
    return BandSubsetProjector(), (cube,)
