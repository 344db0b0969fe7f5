# case: normalise catalogue title embeddings and del the large intermediate similarity matrix inside construct to free memory -> del statement in graph, hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearDupGrouper(nn.Cell):
    def __init__(self, dim=20, threshold=0.85):
        super().__init__()
        self.enc = nn.Dense(dim, dim)
        self.threshold = threshold

    def construct(self, titles):
        z = self.enc(titles)
        z = z / ops.norm(z, dim=1, keepdim=True)
        sim = ops.matmul(z, z.T)
        group_size = (sim > self.threshold).astype(ms.float32).sum(axis=1)
        del sim
        return z, group_size


def make():
    np.random.seed(96)
    titles = Tensor(np.random.randn(14, 20).astype(np.float32))
    return NearDupGrouper(), (titles,)
