# case: variable subset chosen by config names, turned into a constant index tensor in __init__ and gathered along channels -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALL_VARS = ["z500", "t850", "q700", "u10", "v10", "t2m", "msl", "tp"]
DEFAULT_VARS = ("z500", "t850", "t2m")


class EncoderConfig:
    def __init__(self, use_vars=None, embed_dim=24, patch=4, normalize=True):
        self.use_vars = use_vars
        self.embed_dim = embed_dim
        self.patch = patch
        self.normalize = normalize


class SubsetEncoder(nn.Cell):
    def __init__(self, config, means=None, stds=None):
        super().__init__()
        names = list(DEFAULT_VARS) if config.use_vars is None else list(config.use_vars)
        idx = [ALL_VARS.index(n) for n in names]
        self.var_idx = Tensor(np.array(idx, np.int32))
        self.normalize = config.normalize and means is not None
        if means is not None:
            self.mu = Tensor(np.array([means[i] for i in idx], np.float32)).reshape(1, -1, 1, 1)
            self.sigma = Tensor(np.array([stds[i] for i in idx], np.float32)).reshape(1, -1, 1, 1)
        self.proj = nn.Conv2d(len(idx), config.embed_dim, config.patch, stride=config.patch, has_bias=True)

    def construct(self, x):
        x = ops.gather(x, self.var_idx, 1)
        if self.normalize:
            x = (x - self.mu) / self.sigma
        return self.proj(x)


def make():
    np.random.seed(3656)
    cfg = EncoderConfig(use_vars=["z500", "t850", "t2m", "msl"])
    means = list(np.random.randn(len(ALL_VARS)))
    stds = list(np.abs(np.random.randn(len(ALL_VARS))) + 0.5)
    net = SubsetEncoder(cfg, means=means, stds=stds)
    x = Tensor(np.random.randn(2, len(ALL_VARS), 16, 32).astype(np.float32))
    return net, (x,)
