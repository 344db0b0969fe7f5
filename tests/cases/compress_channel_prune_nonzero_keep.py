# case: structured channel pruning keeping conv channels whose L1 norm exceeds a threshold, via nonzero + gather -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelPrunedBlock(nn.Cell):
    def __init__(self, in_ch=3, out_ch=8, norm_ratio=0.8):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same", has_bias=False)
        self.bn = nn.BatchNorm2d(out_ch)
        self.relu = nn.ReLU()
        self.norm_ratio = norm_ratio

    def channel_scores(self):
        w = self.conv.weight
        return ops.abs(w).sum(axis=(1, 2, 3))

    def kept_channels(self):
        scores = self.channel_scores()
        keep = scores > scores.mean() * self.norm_ratio
        return ops.nonzero(keep).reshape(-1)

    def construct(self, x):
        idx = self.kept_channels()
        y = self.relu(self.bn(self.conv(x)))
        return ops.gather(y, idx, 1)


def make():
    np.random.seed(2)
    net = ChannelPrunedBlock()
    net.set_train(False)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return net, (x,)
