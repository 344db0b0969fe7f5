# case: working-memory reader that keeps XMem's curr_ti / last_mem_ti frame counters as plain Python attributes and bumps them inside construct -> writes to self attributes in construct; Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class XMemConfig:
    def __init__(self, mem_every=2, key_dim=8, deep_update_every=-1):
        self.mem_every = mem_every
        self.key_dim = key_dim
        self.deep_update_every = deep_update_every


class WorkingMemoryReader(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mem_every = config.mem_every
        self.deep_update_sync = config.deep_update_every < 0
        self.scale = 1.0 / (config.key_dim ** 0.5)
        self.curr_ti = 0
        self.last_mem_ti = 0

    def _readout(self, qk, mk, mv):
        aff = ops.bmm(mk.transpose(0, 2, 1), qk) * self.scale
        return ops.bmm(mv, ops.softmax(aff, axis=1))

    def construct(self, query_key, mem_key, mem_val):
        self.curr_ti = self.curr_ti + 1
        is_mem_frame = (self.curr_ti - self.last_mem_ti) >= self.mem_every
        readout = self._readout(query_key, mem_key, mem_val)
        if is_mem_frame:
            self.last_mem_ti = self.curr_ti
        return readout


def make():
    np.random.seed(3877)
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    return WorkingMemoryReader(XMemConfig()), (qk, mk, mv)
