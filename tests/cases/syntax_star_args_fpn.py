# case: FPN neck takes feature maps as *feats and fuses them top-down (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FPNNeck(nn.Cell):
    def __init__(self, chans=(4, 8), out=4):
        super().__init__()
        self.lateral = nn.CellList([nn.Conv2d(c, out, 1) for c in chans])

    def construct(self, *feats):
        lat = [l(f) for l, f in zip(self.lateral, feats)]
        top = lat[-1]
        up = ops.interpolate(top, size=lat[0].shape[2:], mode="nearest")
        return lat[0] + up


def make():
    c3 = Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32))
    c4 = Tensor(np.random.rand(1, 8, 4, 4).astype(np.float32))
    return FPNNeck(), (c3, c4)
