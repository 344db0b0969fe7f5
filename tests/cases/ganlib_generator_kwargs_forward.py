# case: StyleGAN Generator wrapper forwards *args/**kwargs (truncation_psi, noise_mode) from construct to its mapping and synthesis sub-Cells -> keyword forwarding of Python constants, expected fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenConfig:
    z_dim = 16
    w_dim = 16
    num_ws = 4
    channels = 8


class Mapping(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.num_ws = cfg.num_ws
        self.fc = nn.Dense(cfg.z_dim, cfg.w_dim)
        self.w_avg = ms.Parameter(Tensor(np.zeros(cfg.w_dim, np.float32)), name="w_avg", requires_grad=False)

    def construct(self, z, truncation_psi=1.0, **unused):
        w = ops.leaky_relu(self.fc(z), 0.2)
        if truncation_psi != 1.0:
            w = ops.lerp(self.w_avg, w, truncation_psi)
        return ops.tile(w.expand_dims(1), (1, self.num_ws, 1))


class Synthesis(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.c = cfg.channels
        self.const = ms.Parameter(Tensor(np.random.randn(cfg.channels, 4, 4).astype(np.float32)), name="const")
        self.affine = nn.Dense(cfg.w_dim, cfg.channels)
        self.to_rgb = nn.Conv2d(cfg.channels, 3, 1)

    def construct(self, ws, noise_mode="const", **unused):
        x = ops.tile(self.const.expand_dims(0), (ws.shape[0], 1, 1, 1))
        x = x * self.affine(ws[:, 0]).reshape(-1, self.c, 1, 1)
        if noise_mode == "random":
            x = x + ops.standard_normal(x.shape) * 0.1
        return self.to_rgb(x)


class Generator(nn.Cell):
    def __init__(self, cfg=GenConfig()):
        super().__init__()
        self.mapping = Mapping(cfg)
        self.synthesis = Synthesis(cfg)

    def construct(self, z, *args, **kwargs):
        ws = self.mapping(z, *args, truncation_psi=0.7, **kwargs)
        return self.synthesis(ws, noise_mode="const", **kwargs)


def make():
    np.random.seed(3577)
    net = Generator()
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    return net, (z,)
