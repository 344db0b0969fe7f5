# case: dynamic channel gating keeps a fixed budget of channels per sample (topk with k from int or float budget via isinstance) and zeroes the rest -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelSaliency(nn.Cell):
    def __init__(self, ch, reduction=2):
        super().__init__()
        self.fc1 = nn.Dense(ch, ch // reduction)
        self.fc2 = nn.Dense(ch // reduction, ch)

    def construct(self, x):
        s = x.mean(axis=(2, 3))
        return self.fc2(ops.relu(self.fc1(s)))


class GatedChannelConv(nn.Cell):
    def __init__(self, in_ch=4, out_ch=8, budget=0.5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode='same')
        self.saliency = ChannelSaliency(in_ch)
        self.to_out = nn.Dense(in_ch, out_ch)
        self.budget = budget
        self.out_ch = out_ch

    def channels_kept(self):
        if isinstance(self.budget, int):
            return self.budget
        return max(1, int(round(self.out_ch * self.budget)))

    def construct(self, x):
        y = self.conv(x)
        scores = self.to_out(ops.relu(self.saliency(x)))
        k = self.channels_kept()
        kth = ops.topk(scores, k)[0][:, k - 1:k]
        mask = scores >= kth
        y = ops.select(mask.expand_dims(-1).expand_dims(-1).broadcast_to(y.shape), y, ops.zeros_like(y))
        return ops.relu(y)


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    return GatedChannelConv(), (x,)
