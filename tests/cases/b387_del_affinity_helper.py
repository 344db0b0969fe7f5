# case: XMem-style readout helper that frees the large affinity matrix with `del affinity` after computing the weighted values -> del statement inside a construct-reachable helper; Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MemoryReadConfig:
    def __init__(self, key_dim=8, use_selection=True, use_shrinkage=True):
        self.key_dim = key_dim
        self.use_selection = use_selection
        self.use_shrinkage = use_shrinkage


def get_affinity(mk, ms_, qk, qe):
    # anisotropic L2 similarity with shrinkage (ms_) and selection (qe)
    mk_t = mk.transpose(0, 2, 1)
    a_sq = ops.bmm((mk_t ** 2) * ms_.transpose(0, 2, 1), qe)
    two_ab = 2 * ops.bmm(mk_t * ms_.transpose(0, 2, 1), qk * qe)
    return two_ab - a_sq


class MemoryReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_selection = config.use_selection
        self.use_shrinkage = config.use_shrinkage
        self.scale = config.key_dim ** -0.5

    def _read(self, affinity, mem_val):
        affinity = ops.softmax(affinity * self.scale, axis=1)
        out = ops.bmm(mem_val, affinity)
        del affinity
        return out

    def construct(self, mem_key, mem_shrink, mem_val, query_key, query_sel=None):
        if query_sel is None or not self.use_selection:
            query_sel = ops.ones_like(query_key)
        if not self.use_shrinkage:
            mem_shrink = ops.ones_like(mem_shrink)
        aff = get_affinity(mem_key, mem_shrink, query_key, query_sel)
        return self._read(aff, mem_val)


def make():
    np.random.seed(3886)
    mk = Tensor(np.random.randn(1, 8, 32).astype(np.float32))
    msh = Tensor((np.random.rand(1, 1, 32) + 1).astype(np.float32))
    mv = Tensor(np.random.randn(1, 4, 32).astype(np.float32))
    qk = Tensor(np.random.randn(1, 8, 16).astype(np.float32))
    qe = Tensor(np.random.rand(1, 8, 16).astype(np.float32))
    return MemoryReadout(MemoryReadConfig()), (mk, msh, mv, qk, qe)
