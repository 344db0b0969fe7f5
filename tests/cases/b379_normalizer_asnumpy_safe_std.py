# case: proprioception normaliser guards against zero std with a helper that calls .asnumpy() and np.where on the std Parameter inside construct -> NumPy conversion of a tensor in construct, expect Graph mode to refuse or only accept it via fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    state_dim = 8
    min_std = 1e-2
    clip = 5.0


class SafeNormalize(nn.Cell):
    def __init__(self, config, mean, std):
        super().__init__()
        self.min_std = config.min_std
        self.clip = config.clip
        self.mean = Parameter(Tensor(mean), name="mean", requires_grad=False)
        self.std = Parameter(Tensor(std), name="std", requires_grad=False)

    def _safe_std(self):
        s = self.std.asnumpy()
        s = np.where(s < self.min_std, 1.0, s).astype(np.float32)
        return Tensor(s)

    def construct(self, state):
        std = self._safe_std()
        x = (state - self.mean) / std
        return ops.clip_by_value(x, -self.clip, self.clip)


def make():
    np.random.seed(9)
    cfg = NormConfig()
    mean = np.random.randn(cfg.state_dim).astype(np.float32)
    std = np.random.rand(cfg.state_dim).astype(np.float32)
    std[2] = 0.0
    state = Tensor(np.random.randn(4, cfg.state_dim).astype(np.float32))
    return SafeNormalize(cfg, mean, std), (state,)
