# case: online clustering with argmax assignment, one-hot over a configured number of clusters and matmul centroid update -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class OnlineKMeans(nn.Cell):
    def __init__(self, n_clusters=6, dim=16, momentum=0.9):
        super().__init__()
        self.n_clusters = n_clusters
        self.momentum = momentum
        self.centroids = Parameter(Tensor(np.random.randn(n_clusters, dim).astype(np.float32)),
                                   name="centroids", requires_grad=False)
        self.on_value = Tensor(1.0, ms.float32)
        self.off_value = Tensor(0.0, ms.float32)
        self.norm = ops.L2Normalize(axis=1)

    def assign(self, z):
        sim = ops.matmul(z, self.norm(self.centroids).T)
        return sim.argmax(axis=1), sim

    def construct(self, feats):
        z = self.norm(feats)
        labels, sim = self.assign(z)
        onehot = ops.one_hot(labels, self.n_clusters, self.on_value, self.off_value)
        counts = onehot.sum(axis=0).expand_dims(1)
        batch_means = ops.matmul(onehot.T, z) / ops.maximum(counts, 1.0)
        has_members = counts > 0
        new_c = ops.select(has_members.broadcast_to(self.centroids.shape),
                           self.momentum * self.centroids + (1 - self.momentum) * batch_means,
                           self.centroids)
        ops.assign(self.centroids, new_c)
        return ops.cross_entropy(sim / 0.1, labels.astype(ms.int32))


def make():
    np.random.seed(23)
    feats = Tensor(np.random.randn(10, 16).astype(np.float32))
    return OnlineKMeans(), (feats,)
