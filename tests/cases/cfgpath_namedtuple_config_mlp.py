# case: MLP built from a namedtuple config with activation name lookup and optional residual -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from collections import namedtuple

MLPConfig = namedtuple("MLPConfig", "in_dim hidden_dims activation residual dropout")
ACTIVATIONS = {"relu": nn.ReLU, "gelu": nn.GELU, "silu": nn.SiLU}


class ConfigMLP(nn.Cell):
    def __init__(self, cfg=MLPConfig(6, (12, 6), "silu", True, 0.0)):
        super().__init__()
        layers = []
        prev = cfg.in_dim
        for width in cfg.hidden_dims:
            layers.append(nn.Dense(prev, width))
            layers.append(ACTIVATIONS[cfg.activation]())
            prev = width
        self.body = nn.SequentialCell(layers)
        self.residual = cfg.residual and prev == cfg.in_dim
        self.out_dim = prev

    def construct(self, x):
        y = self.body(x)
        if self.residual:
            y = y + x
        return y


def make():
    np.random.seed(41)
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    return ConfigMLP(), (x,)
