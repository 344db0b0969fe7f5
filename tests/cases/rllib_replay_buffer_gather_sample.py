# case: replay buffer Cell samples a minibatch by gathering pre-drawn indices from its storage Parameters, optional priorities weight the batch -> fixed-size gather with optional-None guard should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from typing import Optional


class BufferConfig:
    def __init__(self, capacity=64, obs_dim=8, act_dim=2, prioritized=False, alpha=0.6):
        self.capacity = capacity
        self.obs_dim = obs_dim
        self.act_dim = act_dim
        self.prioritized = prioritized
        self.alpha = alpha


class ReplayBuffer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.capacity = config.capacity
        self.alpha = config.alpha
        self.prioritized = config.prioritized
        self._build_storage(config.obs_dim, config.act_dim)

    def _build_storage(self, obs_dim, act_dim):
        rng = np.random.RandomState(0)
        self.obs_store = Parameter(Tensor(rng.randn(self.capacity, obs_dim).astype(np.float32)),
                                   name="obs_store", requires_grad=False)
        self.act_store = Parameter(Tensor(rng.randn(self.capacity, act_dim).astype(np.float32)),
                                   name="act_store", requires_grad=False)
        self.rew_store = Parameter(Tensor(rng.rand(self.capacity).astype(np.float32)),
                                   name="rew_store", requires_grad=False)

    def construct(self, indices, priorities: Optional[Tensor] = None):
        batch = tuple(ops.gather(store, indices, 0) for store in (self.obs_store, self.act_store, self.rew_store))
        if priorities is None:
            weights = ops.ones((indices.shape[0],), ms.float32)
        else:
            p = ops.gather(priorities, indices, 0) ** self.alpha
            weights = p / p.max()
        return batch + (weights,)


def make():
    np.random.seed(79)
    cfg = BufferConfig()
    idx = Tensor(np.random.randint(0, cfg.capacity, 16).astype(np.int32))
    return ReplayBuffer(cfg), (idx,)
