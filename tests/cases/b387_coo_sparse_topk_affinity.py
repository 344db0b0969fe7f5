# case: top-k readout that stores the kept affinities as an ms.COOTensor (row = query pixel, col = memory element) and densifies it for the value aggregation -> sparse tensor built in construct; Graph mode support is doubtful
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseReadoutConfig:
    def __init__(self, top_k=4, key_dim=8, temperature=1.0):
        self.top_k = top_k
        self.key_dim = key_dim
        self.temperature = temperature


class SparseTopKReadout(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.scale = config.key_dim ** -0.5 / config.temperature

    def _sparse_affinity(self, aff):
        # aff: HW, N
        hw, n = aff.shape
        values, cols = ops.topk(aff, self.top_k)
        rows = ops.arange(hw, dtype=ms.int32).reshape(-1, 1).broadcast_to((hw, self.top_k))
        indices = ops.stack((rows.reshape(-1), cols.astype(ms.int32).reshape(-1)), axis=1)
        weights = ops.softmax(values, axis=-1).reshape(-1)
        return ms.COOTensor(indices, weights, (hw, n))

    def construct(self, mem_key, mem_val, query_key):
        # mem_key: Ck, N ; mem_val: Cv, N ; query_key: Ck, HW
        aff = ops.matmul(query_key.T, mem_key) * self.scale
        sparse_aff = self._sparse_affinity(aff)
        dense = sparse_aff.to_dense()
        return ops.matmul(mem_val, dense.T)


def make():
    np.random.seed(3881)
    mk = Tensor(np.random.randn(8, 32).astype(np.float32))
    mv = Tensor(np.random.randn(4, 32).astype(np.float32))
    qk = Tensor(np.random.randn(8, 16).astype(np.float32))
    return SparseTopKReadout(SparseReadoutConfig()), (mk, mv, qk)
