# case: cluster obstacle points with k-means using a constant number of clusters and iterations via one-hot assignments -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObstacleKMeans(nn.Cell):
    def __init__(self, k=3, iters=5):
        super().__init__()
        self.k = k
        self.iters = iters

    def assign(self, pts, centers):
        d = pts.expand_dims(1) - centers.expand_dims(0)
        d2 = (d * d).sum(-1)
        idx = ops.argmin(d2, axis=1)
        return ops.one_hot(idx, self.k, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))

    def construct(self, pts):
        centers = pts[:self.k]
        for _ in range(self.iters):
            onehot = self.assign(pts, centers)
            counts = onehot.sum(0).expand_dims(-1)
            sums = ops.matmul(onehot.T, pts)
            centers = sums / ops.maximum(counts, 1.0)
        return centers, self.assign(pts, centers)


def make():
    np.random.seed(9)
    a = np.random.normal([1, 1], 0.2, size=(10, 2))
    b = np.random.normal([4, 2], 0.2, size=(10, 2))
    c = np.random.normal([2, 5], 0.2, size=(10, 2))
    pts = np.concatenate([a, b, c])[np.random.permutation(30)].astype(np.float32)
    return ObstacleKMeans(), (Tensor(pts),)
