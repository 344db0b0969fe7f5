# case: getattr(config, "use_cache", False) on a config class without that field, no build passing use_cache: the cache write never compiles -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncCfg:
    def __init__(self, hidden=8):
        self.hidden = hidden


class Enc(nn.Cell):
    def __init__(self, config, use_cache=None):
        super().__init__()
        self.use_cache = getattr(config, "use_cache", False) if use_cache is None else use_cache
        self._cache = None
        self.proj = nn.Dense(config.hidden, config.hidden)

    def construct(self, x):
        h = self.proj(x)
        if self.use_cache:
            self._cache = h
        return h


def make():
    return Enc(EncCfg()), (Tensor(np.ones((2, 8), np.float32)),)
