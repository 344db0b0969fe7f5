# case: replay buffer returns only its filled slots by slicing memory with int() of a fill-counter Parameter inside a helper -> value-dependent slice length, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ReplayConfig:
    def __init__(self, capacity=32, feat_dim=16, use_cache=True, normalize=False):
        self.capacity = capacity
        self.feat_dim = feat_dim
        self.use_cache = use_cache
        self.normalize = normalize


class ReplayBuffer(nn.Cell):
    def __init__(self, config, init_fill=None):
        super().__init__()
        self.capacity = config.capacity
        self.normalize = config.normalize
        self.use_cache = config.use_cache
        self._init_storage(config.feat_dim, 0 if init_fill is None else init_fill)

    def _init_storage(self, dim, fill):
        mem = np.random.randn(self.capacity, dim).astype(np.float32)
        self.memory = Parameter(Tensor(mem), name="memory", requires_grad=False)
        self.filled = Parameter(Tensor(np.array([fill], np.int32)), name="filled", requires_grad=False)

    def _valid_samples(self):
        n = int(self.filled[0])
        return self.memory[:n]

    def construct(self, batch):
        mem = self._valid_samples()
        if self.normalize:
            mem = mem / ops.sqrt((mem * mem).sum(axis=-1, keepdims=True) + 1e-6)
        mixed = ops.concat((batch, mem), axis=0)
        return mixed.mean(axis=0)


def make():
    np.random.seed(369)
    cfg = ReplayConfig()
    buf = ReplayBuffer(cfg, init_fill=20)
    batch = Tensor(np.random.randn(8, cfg.feat_dim).astype(np.float32))
    return buf, (batch,)
