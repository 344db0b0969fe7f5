# case: envelope scanner head keeps a running count of scans in a non-trainable Parameter updated with ops.assign_add in construct -> Parameter side effect, supported, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EnvelopeEmbed(nn.Cell):
    def __init__(self, in_ch=1, dim=16):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, dim, 3, stride=2, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.n_scanned = Parameter(Tensor(0, ms.int32), name="n_scanned", requires_grad=False)

    def construct(self, scan):
        ops.assign_add(self.n_scanned, Tensor(scan.shape[0], ms.int32))
        h = ops.relu(self.conv(scan))
        return self.pool(h).reshape(scan.shape[0], -1)


def make():
    np.random.seed(92)
    scan = Tensor(np.random.rand(2, 1, 32, 48).astype(np.float32))
    return EnvelopeEmbed(), (scan,)
