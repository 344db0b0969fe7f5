# case: progressive-growing generator runs only the blocks of the current stage, the stage count being int() of a tensor passed by the trainer and used to slice the CellList -> data-dependent number of blocks and output resolution, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PGGANConfig:
    def __init__(self, latent_dim=16, base_channels=8, max_resolution=32, start_resolution=4):
        self.latent_dim = latent_dim
        self.base_channels = base_channels
        self.max_resolution = max_resolution
        self.start_resolution = start_resolution


def upsample2x(x):
    return ops.interpolate(x, size=(x.shape[2] * 2, x.shape[3] * 2), mode="nearest")


class GrowBlock(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.act = nn.LeakyReLU(0.2)

    def construct(self, x):
        return self.act(self.conv(upsample2x(x)))


class ProgressiveGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c = config.base_channels
        self.start = config.start_resolution
        self.c = c
        self.fc = nn.Dense(config.latent_dim, c * self.start * self.start)
        n_blocks = int(np.log2(config.max_resolution // config.start_resolution))
        self.blocks = nn.CellList([GrowBlock(c) for _ in range(n_blocks)])
        self.to_rgb = nn.Conv2d(c, 3, 1)

    def _active_blocks(self, stage):
        return self.blocks[:int(stage)]

    def construct(self, z, stage):
        x = self.fc(z).reshape(z.shape[0], self.c, self.start, self.start)
        for block in self._active_blocks(stage):
            x = block(x)
        return self.to_rgb(x)


def make():
    np.random.seed(3547)
    net = ProgressiveGenerator(PGGANConfig())
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    stage = Tensor(np.array(2, dtype=np.int32))
    return net, (z, stage)
