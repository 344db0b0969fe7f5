# case: soft k-means clustering of defect coordinates with a fixed number of iterations and k from the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftKMeans(nn.Cell):
    def __init__(self, k=3, iters=6, temperature=0.5):
        super().__init__()
        self.k = k
        self.iters = iters
        self.temperature = temperature

    def assign(self, pts, centers):
        d2 = ((pts[:, None, :] - centers[None, :, :]) ** 2).sum(axis=-1)
        return ops.softmax(-d2 / self.temperature, axis=-1)

    def construct(self, pts):
        centers = pts[:self.k]
        for _ in range(self.iters):
            resp = self.assign(pts, centers)
            centers = ops.matmul(resp.T, pts) / (resp.sum(axis=0)[:, None] + 1e-6)
        labels = self.assign(pts, centers).argmax(axis=-1)
        return centers, labels


def make():
    np.random.seed(29)
    blobs = [np.random.normal(c, 0.6, size=(10, 2)) for c in ([-5, -5], [0, 6], [6, -2])]
    pts = np.concatenate(blobs).astype(np.float32)
    np.random.shuffle(pts)
    return SoftKMeans(), (Tensor(pts),)
