# case: envelope scanner head keeps a running count of scans in a plain Python int attribute self.n_scanned incremented in construct -> attribute of self written in construct, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnvelopeEmbed(nn.Cell):
    def __init__(self, in_ch=1, dim=16):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, dim, 3, stride=2, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.n_scanned = 0

    def construct(self, scan):
        self.n_scanned = self.n_scanned + scan.shape[0]
        h = ops.relu(self.conv(scan))
        return self.pool(h).reshape(scan.shape[0], -1)


def make():
    np.random.seed(91)
    scan = Tensor(np.random.rand(2, 1, 32, 48).astype(np.float32))
    return EnvelopeEmbed(), (scan,)
