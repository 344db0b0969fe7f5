# case: TSM temporal shift block splits channels by fold computed from .shape and shifts along time with slicing/concat -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def temporal_shift(x, n_segment, fold_div=8):
    nt, c, h, w = x.shape
    n_batch = nt // n_segment
    x = x.reshape(n_batch, n_segment, c, h, w)
    fold = c // fold_div
    zeros = ops.zeros((n_batch, 1, fold, h, w), x.dtype)
    left = ops.concat((x[:, 1:, :fold], zeros), axis=1)
    right = ops.concat((zeros, x[:, :-1, fold:2 * fold]), axis=1)
    out = ops.concat((left, right, x[:, :, 2 * fold:]), axis=2)
    return out.reshape(nt, c, h, w)


class TemporalShiftBlock(nn.Cell):
    def __init__(self, channels=16, n_segment=4, fold_div=8, shift_place="blockres"):
        super().__init__()
        self.n_segment = n_segment
        self.fold_div = fold_div
        self.shift_place = shift_place
        self.conv1 = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(channels)
        self.relu = nn.ReLU()

    def construct(self, x):
        identity = x
        if self.shift_place == "blockres":
            x = temporal_shift(x, self.n_segment, self.fold_div)
        out = self.relu(self.bn(self.conv1(x)))
        return out + identity


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(8, 16, 6, 6).astype(np.float32))
    net = TemporalShiftBlock()
    net.set_train(False)
    return net, (x,)
