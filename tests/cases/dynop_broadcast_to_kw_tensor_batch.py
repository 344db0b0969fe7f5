# case: query embeddings expanded with ops.broadcast_to(input=..., shape=(batch, n, d)) where batch is a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class QueryEmbed(nn.Cell):
    def __init__(self, n=3, dim=4):
        super().__init__()
        self.queries = Parameter(Tensor(np.random.randn(1, n, dim).astype(np.float32)), name="queries")
        self.n, self.dim = n, dim
        self.proj = nn.Dense(dim, dim)

    def construct(self, memory, batch):
        q = ops.broadcast_to(input=self.queries, shape=(batch, self.n, self.dim))
        att = ops.softmax(ops.bmm(q, memory.swapaxes(1, 2)), axis=-1)
        return self.proj(ops.bmm(att, memory))


def make():
    mem = Tensor(np.random.randn(2, 5, 4).astype(np.float32))
    return QueryEmbed(), (mem, Tensor(2, ms.int64))
