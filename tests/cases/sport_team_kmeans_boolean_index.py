# case: assign players to two teams by k-means on jersey colours, centroid update via boolean-mask indexing x[labels == k] -> dynamic shape per cluster
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JerseyKMeans(nn.Cell):
    def __init__(self, n_iter=3):
        super().__init__()
        self.n_iter = n_iter

    def assign(self, colors, centers):
        d = ((colors.expand_dims(1) - centers.expand_dims(0)) ** 2).sum(axis=2)
        return d.argmin(axis=1)

    def construct(self, colors, init_centers):
        centers = init_centers
        labels = self.assign(colors, centers)
        for _ in range(self.n_iter):
            c0 = colors[labels == 0].mean(axis=0)
            c1 = colors[labels == 1].mean(axis=0)
            centers = ops.stack([c0, c1])
            labels = self.assign(colors, centers)
        return labels, centers


def make():
    np.random.seed(6)
    a = np.random.rand(11, 3) * 0.2
    b = np.random.rand(11, 3) * 0.2 + 0.7
    colors = Tensor(np.concatenate([a, b]).astype(np.float32))
    init = Tensor(np.array([[0.1, 0.1, 0.1], [0.9, 0.9, 0.9]], np.float32))
    return JerseyKMeans(), (colors, init)
