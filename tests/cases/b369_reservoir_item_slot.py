# case: reservoir sampler (Algorithm R) draws the replacement slot with .item() and rebuilds memory by slicing around that slot -> value-derived slice bounds, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

RESERVOIR_SIZE = 24


class SamplerConfig:
    capacity = RESERVOIR_SIZE
    feat_dim = 8
    keep_labels = False


class ReservoirSampler(nn.Cell):
    def __init__(self, config, init_memory=None):
        super().__init__()
        self.capacity = config.capacity
        self.keep_labels = getattr(config, "keep_labels", False)
        if init_memory is None:
            init_memory = np.zeros((self.capacity, config.feat_dim), np.float32)
        self.memory = Parameter(Tensor(init_memory), name="reservoir", requires_grad=False)

    def _draw_slot(self, seen, u):
        # j ~ U{0, ..., seen}
        j = ops.floor(u * (seen.astype(ms.float32) + 1.0)).astype(ms.int32)
        return j.item()

    def construct(self, sample, seen, u):
        j = self._draw_slot(seen, u)
        if j < self.capacity:
            updated = ops.concat((self.memory[:j], sample, self.memory[j + 1:]), axis=0)
        else:
            updated = self.memory
        return updated.sum(axis=0)


def make():
    np.random.seed(2)
    cell = ReservoirSampler(SamplerConfig(), np.random.randn(RESERVOIR_SIZE, 8).astype(np.float32))
    sample = Tensor(np.random.randn(1, 8).astype(np.float32))
    seen = Tensor(np.array(57, np.int32))
    u = Tensor(np.array(0.3, np.float32))
    return cell, (sample, seen, u)
