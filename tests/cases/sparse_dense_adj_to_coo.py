# case: attention pruning converts a thresholded dense attention map to COO with Tensor.to_coo() inside construct; expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseAttentionStats(nn.Cell):
    def __init__(self, d=8, keep=0.2):
        super().__init__()
        self.q = nn.Dense(d, d)
        self.keep = keep

    def construct(self, x):
        att = ops.softmax(ops.matmul(self.q(x), x.T), axis=-1)
        att = att * (att > self.keep).astype(att.dtype)
        coo = att.to_coo()
        return coo.values.sum()


def make():
    return SparseAttentionStats(), (Tensor(np.random.RandomState(10).randn(6, 8).astype(np.float32)),)
