# case: sliding-window GC content via AvgPool1d over a GC indicator, used to gate a conv feature map -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GCWindow(nn.Cell):
    def __init__(self, window=7):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1, pad_mode="same")

    def construct(self, seq):
        gc = ((seq == 1) | (seq == 2)).astype(ms.float32).expand_dims(1)
        return self.pool(gc)


class GCGatedConv(nn.Cell):
    def __init__(self, channels=6, window=7, target_gc=0.5):
        super().__init__()
        self.gc = GCWindow(window)
        self.conv = nn.Conv1d(4, channels, 3, pad_mode="same", has_bias=True)
        self.target_gc = target_gc

    def construct(self, seq):
        onehot = ops.one_hot(seq, 4, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).transpose(0, 2, 1)
        feats = ops.relu(self.conv(onehot))
        gate = 1.0 - ops.abs(self.gc(seq) - self.target_gc)
        return feats * gate


def make():
    np.random.seed(19)
    seq = Tensor(np.random.randint(0, 4, size=(2, 25)).astype(np.int32))
    return GCGatedConv(), (seq,)
