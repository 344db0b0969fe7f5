# case: temporal shift module shifts a channel fold forward/backward in time with slices sized from x.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalShift(nn.Cell):
    """TSM: shift 1/fold_div of the channels by +1 frame and another 1/fold_div by -1 frame."""

    def __init__(self, n_segment=4, fold_div=4, inplace=False):
        super().__init__()
        self.n_segment = n_segment
        self.fold_div = fold_div
        self.inplace = inplace

    def shift(self, x):
        nt, c, h, w = x.shape
        n_batch = nt // self.n_segment
        x = x.reshape(n_batch, self.n_segment, c, h, w)
        fold = c // self.fold_div
        zeros = ops.zeros((n_batch, 1, fold, h, w), x.dtype)
        left = ops.concat((x[:, 1:, :fold], zeros), axis=1)
        right = ops.concat((zeros, x[:, :-1, fold:2 * fold]), axis=1)
        out = ops.concat((left, right, x[:, :, 2 * fold:]), axis=2)
        return out.reshape(nt, c, h, w)


class ShiftBlock(nn.Cell):
    def __init__(self, channels=8, n_segment=4):
        super().__init__()
        self.tsm = TemporalShift(n_segment)
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def construct(self, x):
        return x + ops.relu(self.conv(self.tsm.shift(x)))


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(8, 8, 4, 4).astype(np.float32))
    return ShiftBlock(), (x,)
