# case: retrieval keeps gallery items above a similarity threshold using boolean-mask indexing -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdRetriever(nn.Cell):
    def __init__(self, dim=16, threshold=0.1):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(dim, dim), nn.Tanh()])
        self.threshold = threshold

    def similarity(self, q, g):
        q = q / ops.norm(q, dim=-1, keepdim=True)
        g = g / ops.norm(g, dim=-1, keepdim=True)
        return ops.matmul(g, q)

    def construct(self, query, gallery):
        q = self.encoder(query)
        sims = self.similarity(q, gallery)                 # (G,)
        hits = sims > self.threshold
        matched = gallery[hits]
        weights = ops.softmax(sims[hits], axis=0)
        return (weights.expand_dims(-1) * matched).sum(axis=0)


def make():
    np.random.seed(9)
    net = ThresholdRetriever()
    q = Tensor(np.random.randn(16).astype(np.float32))
    g = Tensor(np.random.randn(12, 16).astype(np.float32))
    return net, (q, g)
