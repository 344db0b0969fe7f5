# case: STCN-style memory reader that trims the key/value bank to the number of filled frames given as a scalar tensor -> slice length from data; Graph mode should reject it or go dynamic
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MemoryConfig:
    def __init__(self, max_frames=4, hw=16, key_dim=8, value_dim=8):
        self.max_frames = max_frames
        self.hw = hw
        self.key_dim = key_dim
        self.value_dim = value_dim


class MemoryBankMixin:
    def _valid_slice(self, bank, n_valid):
        return bank[:, :, :n_valid * self.hw]


class MemoryReader(nn.Cell, MemoryBankMixin):
    def __init__(self, config):
        super().__init__()
        self.hw = config.hw
        self.inv_sqrt = 1.0 / math.sqrt(config.key_dim)

    def construct(self, query_key, mem_key, mem_val, n_valid):
        keys = self._valid_slice(mem_key, n_valid)
        vals = self._valid_slice(mem_val, n_valid)
        aff = ops.bmm(keys.transpose(0, 2, 1), query_key) * self.inv_sqrt
        aff = ops.softmax(aff, axis=1)
        return ops.bmm(vals, aff)


def make():
    np.random.seed(3872)
    cfg = MemoryConfig()
    n = cfg.max_frames * cfg.hw
    qk = Tensor(np.random.randn(1, cfg.key_dim, cfg.hw).astype(np.float32))
    mk = Tensor(np.random.randn(1, cfg.key_dim, n).astype(np.float32))
    mv = Tensor(np.random.randn(1, cfg.value_dim, n).astype(np.float32))
    n_valid = Tensor(2, ms.int32)
    return MemoryReader(cfg), (qk, mk, mv, n_valid)
