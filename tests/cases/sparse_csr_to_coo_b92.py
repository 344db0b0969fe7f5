# case: CSRTensor input converted with .to_coo() and ops.csr_to_coo-like indices used to gather dense rows; nnz unchanged -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class EdgeGather(nn.Cell):
    def construct(self, adj, feats):
        coo = adj.to_coo()
        src = coo.indices[:, 0]
        dst = coo.indices[:, 1]
        msg = ops.gather(feats, dst, 0) * coo.values.expand_dims(-1)
        return msg, src


def make():
    indptr = Tensor(np.array([0, 1, 3, 4], np.int32))
    indices = Tensor(np.array([2, 0, 1, 1], np.int32))
    values = Tensor(np.array([1.0, 0.5, 0.5, 1.0], np.float32))
    feats = Tensor(np.random.randn(3, 4).astype(np.float32))
    return EdgeGather(), (CSRTensor(indptr, indices, values, (3, 3)), feats)
