# case: configurable sequence pooler reads the reduction axis from a per-call pooling-spec tensor (axis stored as data) and reduces over it -> reduce axis from tensor value, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

POOL_FNS = ("sum", "mean", "max")


class PoolConfig:
    def __init__(self, pool="mean", embed_dim=8, keep_dims=False):
        assert pool in POOL_FNS
        self.pool = pool
        self.embed_dim = embed_dim
        self.keep_dims = keep_dims


class SequencePooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pool = config.pool
        self.keep_dims = config.keep_dims
        self.norm = nn.LayerNorm((config.embed_dim,))

    def _reduce(self, x, axis):
        if self.pool == "sum":
            return x.sum(axis=axis, keepdims=self.keep_dims)
        if self.pool == "max":
            return x.max(axis=axis, keepdims=self.keep_dims)
        return x.mean(axis=axis, keep_dims=self.keep_dims)

    def construct(self, seq_emb, pool_spec):
        axis = int(pool_spec[0])
        return self.norm(self._reduce(seq_emb, axis))


def make():
    np.random.seed(3933)
    seq = Tensor(np.random.randn(3, 5, 8).astype(np.float32))
    spec = Tensor(np.array([1, 0]), ms.int32)
    return SequencePooler(PoolConfig()), (seq, spec)
