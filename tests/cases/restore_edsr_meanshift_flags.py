# case: EDSR-style residual SR with res_scale and mean-shift config flags plus a `self.training` branch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, feats, res_scale=0.1):
        super().__init__()
        self.res_scale = res_scale
        self.c1 = nn.Conv2d(feats, feats, 3, pad_mode="same")
        self.c2 = nn.Conv2d(feats, feats, 3, pad_mode="same")

    def construct(self, x):
        return x + self.res_scale * self.c2(ops.relu(self.c1(x)))


class EDSRLite(nn.Cell):
    def __init__(self, channels=3, feats=8, n_blocks=2, scale=2, use_mean_shift=True,
                 rgb_mean=(0.4488, 0.4371, 0.4040)):
        super().__init__()
        self.use_mean_shift = use_mean_shift
        self.mean = Tensor(np.array(rgb_mean, np.float32).reshape(1, 3, 1, 1))
        self.head = nn.Conv2d(channels, feats, 3, pad_mode="same")
        self.body = nn.SequentialCell([ResBlock(feats) for _ in range(n_blocks)])
        self.up = nn.SequentialCell([nn.Conv2d(feats, feats * scale * scale, 3, pad_mode="same"),
                                     nn.PixelShuffle(scale)])
        self.tail = nn.Conv2d(feats, channels, 3, pad_mode="same")

    def construct(self, lr):
        x = lr - self.mean if self.use_mean_shift else lr
        f = self.head(x)
        f = f + self.body(f)
        sr = self.tail(self.up(f))
        if self.use_mean_shift:
            sr = sr + self.mean
        if not self.training:
            sr = ops.clamp(sr, 0.0, 1.0)
        return sr


def make():
    np.random.seed(37)
    lr = Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32))
    net = EDSRLite()
    net.set_train(False)
    return net, (lr,)
