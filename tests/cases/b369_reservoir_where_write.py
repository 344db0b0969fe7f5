# case: reservoir update writes the incoming sample through a one-hot slot mask with three-argument ops.where and ops.assign, hit counter behind a default-on flag -> static graph compiles
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


@dataclass
class ReservoirConfig:
    capacity: int = 24
    feat_dim: int = 8
    track_hits: bool = True


class ReservoirUpdate(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.capacity = config.capacity
        self.track_hits = config.track_hits
        self._build_state(config)

    def _build_state(self, config):
        self.memory = Parameter(Tensor(np.zeros((config.capacity, config.feat_dim), np.float32)),
                                name="memory", requires_grad=False)
        self.hits = Parameter(Tensor(np.zeros((config.capacity,), np.float32)), name="hits", requires_grad=False)
        self.slots = Tensor(np.arange(config.capacity), ms.int32)

    def construct(self, sample, seen, u):
        j = ops.floor(u * (seen.astype(ms.float32) + 1.0)).astype(ms.int32)
        hit = ops.equal(self.slots, j)  # all False once j >= capacity
        incoming = sample.broadcast_to(self.memory.shape)
        new_mem = ops.where(hit.expand_dims(-1), incoming, self.memory)
        ops.assign(self.memory, new_mem)
        if self.track_hits:
            ops.assign_add(self.hits, hit.astype(ms.float32))
        return new_mem.sum(axis=0)


def make():
    np.random.seed(3)
    cell = ReservoirUpdate(ReservoirConfig())
    sample = Tensor(np.random.randn(1, 8).astype(np.float32))
    seen = Tensor(np.array(57, np.int32))
    u = Tensor(np.array(0.3, np.float32))
    return cell, (sample, seen, u)
