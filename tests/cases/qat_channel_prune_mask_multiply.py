# case: network-slimming channel pruning multiplies conv output by a fixed-length channel mask from BN gamma instead of gathering channels -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSlimmingBlock(nn.Cell):
    def __init__(self, in_ch=3, out_ch=8, gamma_thr=0.5, prune=True):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm2d(out_ch)
        self.gamma_thr = gamma_thr
        self.prune = prune
        self.bn.gamma.set_data(Tensor(np.linspace(0.1, 1.5, out_ch).astype(np.float32)))

    def channel_mask(self):
        keep = ops.abs(self.bn.gamma) > self.gamma_thr
        return ops.where(keep, 1.0, 0.0).reshape(1, -1, 1, 1)

    def construct(self, x):
        y = ops.relu(self.bn(self.conv(x)))
        if self.prune:
            y = y * self.channel_mask()
        return y


def make():
    np.random.seed(116)
    net = MaskedSlimmingBlock()
    net.set_train(False)
    x = Tensor(np.random.randn(1, 3, 6, 6).astype(np.float32))
    return net, (x,)
