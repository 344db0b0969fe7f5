# case: k-means over lane pixel embeddings with a fixed number of clusters and a fixed number of iterations, using one-hot assignments -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedKMeans(nn.Cell):
    def __init__(self, num_clusters=3, iters=5):
        super().__init__()
        self.k = num_clusters
        self.iters = iters

    def assign(self, emb, centers):
        d = (emb.view(emb.shape[0], 1, -1) - centers.view(1, self.k, -1)) ** 2
        return d.sum(-1).argmin(axis=1)

    def construct(self, emb, init_centers):
        centers = init_centers
        for _ in range(self.iters):
            labels = self.assign(emb, centers)
            onehot = ops.one_hot(labels, self.k, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
            counts = onehot.sum(0).view(-1, 1)
            sums = ops.matmul(onehot.T, emb)
            centers = ops.where(counts > 0, sums / ops.maximum(counts, 1.0), centers)
        return centers, self.assign(emb, centers)


def make():
    np.random.seed(28)
    emb = np.concatenate([np.random.randn(8, 2) * 0.2 + np.array([k * 2.0, -k]) for k in range(3)]).astype(np.float32)
    init = emb[[0, 8, 16]] + 0.3
    return FixedKMeans(), (Tensor(emb), Tensor(init))
