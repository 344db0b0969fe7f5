# case: working memory keeps only the last max_mem_elements entries of the bank when the optional config limit is set, sliced with a Python int from the config -> constant slice bound; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorkingMemoryConfig:
    def __init__(self, key_dim=8, max_mem_elements=None, hw=16):
        self.key_dim = key_dim
        self.max_mem_elements = max_mem_elements
        self.hw = hw


class WorkingMemory(nn.Cell):
    def __init__(self, config, max_frames=None):
        super().__init__()
        self.scale = config.key_dim ** -0.5
        limit = config.max_mem_elements
        if limit is None and max_frames is not None:
            limit = max_frames * config.hw
        self.max_mem_elements = limit

    def _trim(self, bank):
        if self.max_mem_elements is not None:
            return bank[..., -self.max_mem_elements:]
        return bank

    def construct(self, query_key, mem_key, mem_val):
        mk, mv = [self._trim(b) for b in (mem_key, mem_val)]
        aff = ops.softmax(ops.bmm(mk.transpose(0, 2, 1), query_key) * self.scale, axis=1)
        return ops.bmm(mv, aff)


def make():
    np.random.seed(3892)
    cfg = WorkingMemoryConfig()
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    mk = Tensor(np.random.randn(1, 8, 80).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 80).astype(np.float32))
    return WorkingMemory(cfg, max_frames=3), (qk, mk, mv)
