# case: input-variable subset chosen by a 0/1 selection mask tensor, channel indices found with ops.nonzero before gathering -> nonzero output shape depends on data (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALL_VARS = ["z500", "t850", "q700", "u10", "v10", "t2m", "msl", "tp"]


class EncoderConfig:
    def __init__(self, use_vars=None, embed_dim=24, patch=4):
        self.use_vars = use_vars
        self.embed_dim = embed_dim
        self.patch = patch


class VariableSelector(nn.Cell):
    def __init__(self, use_vars=None):
        super().__init__()
        keep = [1.0 if (use_vars is None or v in use_vars) else 0.0 for v in ALL_VARS]
        self.var_mask = Tensor(np.array(keep, np.float32))

    def construct(self, x):
        idx = ops.nonzero(self.var_mask).reshape(-1)
        return ops.gather(x, idx, 1)


class SubsetEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        n_in = len(ALL_VARS) if config.use_vars is None else len(config.use_vars)
        self.select = VariableSelector(config.use_vars)
        self.proj = nn.Conv2d(n_in, config.embed_dim, config.patch, stride=config.patch, has_bias=True)

    def construct(self, x):
        x = self.select(x)
        return self.proj(x)


def make():
    np.random.seed(3655)
    cfg = EncoderConfig(use_vars=["z500", "t850", "t2m", "msl"])
    net = SubsetEncoder(cfg)
    x = Tensor(np.random.randn(2, len(ALL_VARS), 16, 32).astype(np.float32))
    return net, (x,)
