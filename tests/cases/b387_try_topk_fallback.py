# case: memory readout tries the top-k path and falls back to full softmax readout in an except clause when the bank is smaller than k -> try/except inside construct; expected to be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadoutConfig:
    top_k = 20
    key_dim = 8


class ReadoutBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scale = config.key_dim ** -0.5

    def affinity(self, mk, qk):
        return ops.bmm(mk.transpose(0, 2, 1), qk) * self.scale

    def full_readout(self, aff, mv):
        return ops.bmm(mv, ops.softmax(aff, axis=1))


class SafeTopKReadout(ReadoutBase):
    def __init__(self, config):
        super().__init__(config)
        self.top_k = config.top_k

    def topk_readout(self, aff, mv):
        values, _ = ops.topk(aff.transpose(0, 2, 1), self.top_k)
        keep = (aff >= values.transpose(0, 2, 1)[:, -1:, :]).astype(aff.dtype)
        w = ops.exp(aff - aff.max(axis=1, keepdims=True)) * keep
        return ops.bmm(mv, w / w.sum(axis=1, keepdims=True))

    def construct(self, mem_key, mem_val, query_key):
        aff = self.affinity(mem_key, query_key)
        try:
            out = self.topk_readout(aff, mem_val)
        except ValueError:
            out = self.full_readout(aff, mem_val)
        return out


def make():
    np.random.seed(3882)
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    return SafeTopKReadout(ReadoutConfig()), (mk, mv, qk)
