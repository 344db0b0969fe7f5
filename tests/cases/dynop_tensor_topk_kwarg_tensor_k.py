# case: retrieval head calls Tensor.topk with k= passed as a keyword tensor argument
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Retriever(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.query = nn.Dense(dim, dim)

    def construct(self, q, keys, k):
        sim = ops.matmul(self.query(q), keys.T)
        vals, idx = sim.topk(k=k)
        return vals.mean(), idx


def make():
    q = Tensor(np.random.randn(2, 8).astype(np.float32))
    keys = Tensor(np.random.randn(9, 8).astype(np.float32))
    return Retriever(), (q, keys, Tensor(3, ms.int64))
