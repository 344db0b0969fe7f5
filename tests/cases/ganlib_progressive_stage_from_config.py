# case: progressive-growing generator picks its active stages from the configured target resolution, enumerates the CellList and breaks past the stage, fade-in alpha is a tensor used only in a lerp -> static shapes, fine in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PGGANConfig:
    def __init__(self, latent_dim=16, channels=8, max_resolution=32, target_resolution=16):
        self.latent_dim = latent_dim
        self.channels = channels
        self.max_resolution = max_resolution
        self.target_resolution = target_resolution


def upsample2x(x):
    return ops.interpolate(x, size=(x.shape[2] * 2, x.shape[3] * 2), mode="nearest")


class ProgressiveGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c = config.channels
        self.c = c
        n_total = int(math.log2(config.max_resolution)) - 2
        self.num_stages = int(math.log2(config.target_resolution)) - 2
        self.fc = nn.Dense(config.latent_dim, c * 16)
        self.blocks = nn.CellList([nn.Conv2d(c, c, 3, pad_mode="same") for _ in range(n_total)])
        self.to_rgbs = nn.CellList([nn.Conv2d(c, 3, 1) for _ in range(n_total + 1)])

    def construct(self, z, alpha):
        x = self.fc(z).reshape(z.shape[0], self.c, 4, 4)
        prev = x
        for i, block in enumerate(self.blocks):
            if i >= self.num_stages:
                break
            prev = x
            x = ops.leaky_relu(block(upsample2x(x)), 0.2)
        rgb = self.to_rgbs[self.num_stages](x)
        if self.num_stages > 0:
            skip = upsample2x(self.to_rgbs[self.num_stages - 1](prev))
            rgb = ops.lerp(skip, rgb, alpha)
        return rgb


def make():
    np.random.seed(3548)
    net = ProgressiveGenerator(PGGANConfig())
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    alpha = Tensor(np.array(0.3, dtype=np.float32))
    return net, (z, alpha)
