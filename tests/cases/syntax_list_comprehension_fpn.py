# case: an FPN neck using list comprehensions, zip and reversed() over lists of feature tensors; STRICT fails on reversed() of a non-constant list and LAX aborts the process (crash) in the any-type kernel actor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FPN(nn.Cell):
    def __init__(self, in_channels=(4, 8, 16), out_channels=8):
        super().__init__()
        self.lateral_convs = nn.CellList([nn.Conv2d(c, out_channels, 1) for c in in_channels])
        self.output_convs = nn.CellList([nn.Conv2d(out_channels, out_channels, 3, pad_mode="same")
                                         for _ in in_channels])

    def construct(self, features):
        laterals = [conv(f) for conv, f in zip(self.lateral_convs, features)]
        outs = [laterals[-1]]
        prev = laterals[-1]
        for lat in reversed(laterals[:-1]):
            up = ops.interpolate(prev, size=lat.shape[-2:], mode="nearest")
            prev = lat + up
            outs.insert(0, prev)
        return tuple([conv(o) for conv, o in zip(self.output_convs, outs)])


def make():
    feats = (Tensor(np.random.randn(1, 4, 16, 16).astype(np.float32)),
             Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32)),
             Tensor(np.random.randn(1, 16, 4, 4).astype(np.float32)))
    return FPN(), (feats,)
