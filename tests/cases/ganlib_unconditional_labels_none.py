# case: class-conditional StyleGAN mapping called unconditionally with c=None: `if c is not None` guards the label embedding and the c_dim check, embedding via ops.gather with data indices otherwise -> None input resolved at compile time, expected fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MappingConfig:
    def __init__(self, z_dim=16, c_dim=0, num_classes=10, embed_features=16, w_dim=16):
        self.z_dim = z_dim
        self.c_dim = c_dim
        self.num_classes = num_classes
        self.embed_features = embed_features
        self.w_dim = w_dim


def normalize_2nd_moment(x, eps=1e-8):
    return x * ops.rsqrt(ops.square(x).mean(axis=1, keep_dims=True) + eps)


class CondMapping(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.c_dim = config.c_dim
        self.embed_table = ms.Parameter(
            Tensor(np.random.randn(config.num_classes, config.embed_features).astype(np.float32)), name="embed")
        in_dim = config.z_dim + (config.embed_features if config.c_dim > 0 else 0)
        self.fc0 = nn.Dense(in_dim, config.w_dim)
        self.fc1 = nn.Dense(config.w_dim, config.w_dim)

    def construct(self, z, c=None):
        x = normalize_2nd_moment(z)
        if c is not None and self.c_dim > 0:
            y = normalize_2nd_moment(ops.gather(self.embed_table, c, 0))
            x = ops.concat((x, y), axis=1)
        x = ops.leaky_relu(self.fc0(x), 0.2)
        return ops.leaky_relu(self.fc1(x), 0.2)


def make():
    np.random.seed(3576)
    net = CondMapping(MappingConfig())
    z = Tensor(np.random.randn(3, 16).astype(np.float32))
    return net, (z, None)
