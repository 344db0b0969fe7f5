# case: filter pruning keeps output channels whose BN gamma exceeds a threshold via nonzero + gather, shrinking the conv output -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlimmingConvBlock(nn.Cell):
    """Network-slimming style: channels with small BN scale are dropped."""

    def __init__(self, in_ch=3, out_ch=8, gamma_thr=0.5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm2d(out_ch)
        self.gamma_thr = gamma_thr
        gamma = np.linspace(0.1, 1.5, out_ch).astype(np.float32)
        self.bn.gamma.set_data(Tensor(gamma))

    def kept_channels(self):
        keep = ops.abs(self.bn.gamma) > self.gamma_thr
        return ops.nonzero(keep).reshape(-1)

    def construct(self, x):
        y = ops.relu(self.bn(self.conv(x)))
        idx = self.kept_channels()
        return ops.gather(y, idx, 1)


def make():
    np.random.seed(15)
    net = SlimmingConvBlock()
    net.set_train(False)
    x = Tensor(np.random.randn(1, 3, 6, 6).astype(np.float32))
    return net, (x,)
