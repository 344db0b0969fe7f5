# case: patch-score smoother builds a sparse kNN affinity graph between test patches as an ms.COOTensor and propagates scores through it -> sparse tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothingConfig:
    num_neighbors = 4
    bandwidth = 1.0
    enabled = True


def sq_dist(x, y):
    return (x * x).sum(1, keepdims=True) - 2.0 * ops.matmul(x, y.T) + (y * y).sum(1).reshape(1, -1)


class GraphScoreSmoother(nn.Cell):
    def __init__(self, config=SmoothingConfig):
        super().__init__()
        self.k = config.num_neighbors
        self.bandwidth = config.bandwidth
        self.enabled = config.enabled

    def _affinity(self, patches):
        n = patches.shape[0]
        neg, nbr = ops.topk(-sq_dist(patches, patches), self.k)
        rows = ops.arange(n).reshape(-1, 1).astype(nbr.dtype).broadcast_to((n, self.k))
        indices = ops.stack((rows.reshape(-1), nbr.reshape(-1)), axis=1)
        values = ops.exp(neg.reshape(-1) / self.bandwidth)
        return ms.COOTensor(indices, values, (n, n))

    def construct(self, embedding, patch_scores):
        b, c, h, w = embedding.shape
        patches = embedding.transpose(0, 2, 3, 1).reshape(-1, c)
        scores = patch_scores.reshape(-1, 1)
        if self.enabled:
            graph = self._affinity(patches).to_dense()
            scores = ops.matmul(graph, scores) / graph.sum(axis=1, keepdims=True)
        return scores.reshape(b, 1, h, w)


def make():
    np.random.seed(3658)
    net = GraphScoreSmoother()
    emb = Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32) * 0.3)
    scores = Tensor(np.random.rand(1, 1, 4, 4).astype(np.float32))
    return net, (emb, scores)
