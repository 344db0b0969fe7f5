# case: EDSR baseline with mean shift, residual scaling and a x4 upsampler built as repeated conv+PixelShuffle(2) -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanShift(nn.Cell):
    def __init__(self, rgb_mean=(0.4488, 0.4371, 0.4040), sign=-1):
        super().__init__()
        self.bias = Tensor(np.array(rgb_mean, np.float32).reshape(1, 3, 1, 1) * sign)

    def construct(self, x):
        return x + self.bias


class ResBlock(nn.Cell):
    def __init__(self, n_feats, res_scale=1.0):
        super().__init__()
        self.conv1 = nn.Conv2d(n_feats, n_feats, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv2d(n_feats, n_feats, 3, pad_mode="same", has_bias=True)
        self.res_scale = res_scale

    def construct(self, x):
        return x + self.conv2(ops.relu(self.conv1(x))) * self.res_scale


class Upsampler(nn.SequentialCell):
    def __init__(self, scale, n_feats):
        layers = []
        for _ in range(int(math.log(scale, 2))):
            layers.append(nn.Conv2d(n_feats, 4 * n_feats, 3, pad_mode="same", has_bias=True))
            layers.append(nn.PixelShuffle(2))
        super().__init__(layers)


class EDSR(nn.Cell):
    def __init__(self, n_resblocks=2, n_feats=8, scale=4, res_scale=0.1):
        super().__init__()
        self.sub_mean = MeanShift(sign=-1)
        self.add_mean = MeanShift(sign=1)
        self.head = nn.Conv2d(3, n_feats, 3, pad_mode="same", has_bias=True)
        self.body = nn.SequentialCell([ResBlock(n_feats, res_scale) for _ in range(n_resblocks)])
        self.tail = nn.SequentialCell([Upsampler(scale, n_feats), nn.Conv2d(n_feats, 3, 3, pad_mode="same")])

    def construct(self, x):
        x = self.head(self.sub_mean(x))
        res = self.body(x) + x
        return self.add_mean(self.tail(res))


def make():
    np.random.seed(23)
    return EDSR(), (Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32)),)
