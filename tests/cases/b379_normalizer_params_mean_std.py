# case: proprioception normaliser whose mean/std/min/max are Parameters registered by a helper called from __init__, mode picked by a config string compared in construct -> constants and Parameters only, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    def __init__(self, state_dim=12, mode="mean_std", eps=1e-8):
        self.state_dim = state_dim
        self.mode = mode
        self.eps = eps


class Normalize(nn.Cell):
    def __init__(self, config, stats=None):
        super().__init__()
        self.mode = config.mode
        self.eps = config.eps
        self._create_stats(config.state_dim, stats)

    def _create_stats(self, dim, stats):
        if stats is None:
            stats = {"mean": np.zeros(dim), "std": np.ones(dim),
                     "min": -np.ones(dim), "max": np.ones(dim)}
        for key in ("mean", "std", "min", "max"):
            value = Tensor(np.asarray(stats[key], dtype=np.float32))
            setattr(self, key, Parameter(value, name=key, requires_grad=False))

    def construct(self, state):
        if self.mode == "mean_std":
            return (state - self.mean) / (self.std + self.eps)
        if self.mode == "min_max":
            x = (state - self.min) / (self.max - self.min + self.eps)
            return x * 2 - 1
        return state


def make():
    np.random.seed(8)
    dim = 12
    stats = {"mean": np.random.randn(dim), "std": np.random.rand(dim) + 0.5,
             "min": -2 * np.ones(dim), "max": 2 * np.ones(dim)}
    state = Tensor(np.random.randn(5, dim).astype(np.float32))
    return Normalize(NormConfig(state_dim=dim), stats), (state,)
