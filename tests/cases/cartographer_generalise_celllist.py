# case: multi-scale generalisation network applies a CellList of smoothing convs per zoom band in a Python loop over layers -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothBlock(nn.Cell):
    def __init__(self, channels, kernel):
        super().__init__()
        self.conv = nn.Conv1d(channels, channels, kernel, pad_mode="same")
        self.act = nn.Tanh()

    def construct(self, x):
        return x + self.act(self.conv(x))


class ScaleGeneraliser(nn.Cell):
    def __init__(self, kernels=(3, 5, 9)):
        super().__init__()
        self.blocks = nn.CellList([SmoothBlock(2, k) for k in kernels])

    def construct(self, lines):
        # lines: (batch, 2, n_vertices) polyline coordinates
        outs = []
        x = lines
        for blk in self.blocks:
            x = blk(x)
            outs.append(x)
        return ops.stack(outs, 0)


def make():
    np.random.seed(75)
    lines = np.cumsum(np.random.randn(4, 2, 32).astype(np.float32), -1)
    return ScaleGeneraliser(), (Tensor(lines),)
