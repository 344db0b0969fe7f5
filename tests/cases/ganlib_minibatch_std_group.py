# case: StyleGAN discriminator epilogue minibatch-stddev layer with group size min(config.mbstd_group_size, N) where N comes from x.shape, reshape driven by those Python ints -> shape-only values that look like data, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpilogueConfig:
    def __init__(self, channels=8, resolution=4, mbstd_group_size=4, mbstd_num_channels=1):
        self.channels = channels
        self.resolution = resolution
        self.mbstd_group_size = mbstd_group_size
        self.mbstd_num_channels = mbstd_num_channels


class MinibatchStdLayer(nn.Cell):
    def __init__(self, group_size, num_channels=1):
        super().__init__()
        self.group_size = group_size
        self.num_channels = num_channels

    def construct(self, x):
        N, C, H, W = x.shape
        G = min(self.group_size, N) if self.group_size is not None else N
        F = self.num_channels
        c = C // F
        y = x.reshape(G, -1, F, c, H, W)
        y = y - y.mean(axis=0)
        y = ops.sqrt(ops.square(y).mean(axis=0) + 1e-8)
        y = y.mean(axis=(2, 3, 4)).reshape(-1, F, 1, 1)
        y = ops.tile(y, (G, 1, H, W))
        return ops.concat((x, y), axis=1)


class DiscriminatorEpilogue(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mbstd = MinibatchStdLayer(config.mbstd_group_size, config.mbstd_num_channels) \
            if config.mbstd_num_channels > 0 else None
        extra = config.mbstd_num_channels
        self.conv = nn.Conv2d(config.channels + extra, config.channels, 3, pad_mode="same")
        self.fc = nn.Dense(config.channels * config.resolution ** 2, 1)

    def construct(self, x):
        if self.mbstd is not None:
            x = self.mbstd(x)
        x = ops.leaky_relu(self.conv(x), 0.2)
        return self.fc(x.reshape(x.shape[0], -1))


def make():
    np.random.seed(3578)
    net = DiscriminatorEpilogue(EpilogueConfig())
    x = Tensor(np.random.randn(2, 8, 4, 4).astype(np.float32))
    return net, (x,)
