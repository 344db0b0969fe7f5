# case: TDNN keyword model iterating a CellList of dilated conv blocks with residuals and trimming by dilation from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TDNNBlock(nn.Cell):
    def __init__(self, channels, dilation, kernel=3):
        super().__init__()
        self.trim = dilation * (kernel - 1)
        self.conv = nn.Conv1d(channels, channels, kernel, pad_mode="valid",
                              dilation=dilation, has_bias=True)
        self.bn = nn.BatchNorm1d(channels)

    def construct(self, x):
        y = ops.relu(self.bn(self.conv(x)))
        return y + x[..., self.trim // 2: x.shape[-1] - (self.trim - self.trim // 2)]


class TDNNKWS(nn.Cell):
    def __init__(self, n_mfcc=10, channels=16, dilations=(1, 2, 3), n_classes=5):
        super().__init__()
        self.inp = nn.Conv1d(n_mfcc, channels, 1, has_bias=True)
        self.blocks = nn.CellList([TDNNBlock(channels, d) for d in dilations])
        self.out = nn.Dense(channels, n_classes)

    def construct(self, mfcc):
        h = self.inp(mfcc)
        for blk in self.blocks:
            h = blk(h)
        return self.out(h.mean(axis=-1))


def make():
    np.random.seed(38)
    mfcc = np.random.randn(2, 10, 30).astype(np.float32)
    net = TDNNKWS()
    net.set_train(False)
    return net, (Tensor(mfcc),)
