# case: replay buffer Cell writes a batch into ring storage and returns the mean of the filled part, sliced by its size Parameter -> slicing storage with a Parameter-valued bound should go dynamic or fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BufferConfig:
    def __init__(self, capacity=32, obs_dim=8, store_next_obs=False):
        self.capacity = capacity
        self.obs_dim = obs_dim
        self.store_next_obs = store_next_obs


class ReplayBuffer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.capacity = config.capacity
        self.obs_dim = config.obs_dim
        self.store_next_obs = config.store_next_obs
        self._build_storage()

    def _build_storage(self):
        zeros = np.zeros((self.capacity, self.obs_dim), np.float32)
        self.obs_store = Parameter(Tensor(zeros), name="obs_store", requires_grad=False)
        self.size = Parameter(Tensor(0, ms.int32), name="size", requires_grad=False)

    def _filled(self):
        return self.obs_store[:self.size]

    def construct(self, obs_batch):
        n = obs_batch.shape[0]
        slots = (ops.arange(n, dtype=ms.int32) + self.size) % self.capacity
        ops.scatter_update(self.obs_store, slots, obs_batch)
        ops.assign(self.size, ops.minimum(self.size + n, self.capacity))
        filled = self._filled()
        return filled.mean(axis=0)


def make():
    np.random.seed(11)
    cfg = BufferConfig()
    batch = Tensor(np.random.randn(5, cfg.obs_dim).astype(np.float32))
    return ReplayBuffer(cfg), (batch,)
