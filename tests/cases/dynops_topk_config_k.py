# case: retrieval head keeps top-k candidates with k from a constructor default and gathers them; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKRetriever(nn.Cell):
    def __init__(self, dim=8, top_k=5):
        super().__init__()
        self.query = nn.Dense(dim, dim)
        self.top_k = top_k
        self.topk = ops.TopK(sorted=True)

    def construct(self, q, keys):
        qv = self.query(q)
        scores = ops.matmul(keys, qv)
        vals, idx = self.topk(scores, self.top_k)
        picked = ops.gather(keys, idx, 0)
        return picked * ops.softmax(vals).expand_dims(-1)


def make():
    rs = np.random.RandomState(6)
    return TopKRetriever(), (Tensor(rs.randn(8).astype(np.float32)), Tensor(rs.randn(30, 8).astype(np.float32)))
