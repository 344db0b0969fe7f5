# case: two-team k-means on jersey colours with a constant number of iterations and one-hot weighted centroids -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftTeamClusterer(nn.Cell):
    def __init__(self, n_teams=2, n_iter=4):
        super().__init__()
        self.n_teams = n_teams
        self.n_iter = n_iter
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def assign(self, colors, centers):
        d = ((colors.expand_dims(1) - centers.expand_dims(0)) ** 2).sum(axis=2)
        return d.argmin(axis=1)

    def update(self, colors, labels):
        w = ops.one_hot(labels, self.n_teams, self.on, self.off)
        num = ops.matmul(w.T, colors)
        den = w.sum(axis=0).expand_dims(1) + 1e-6
        return num / den

    def construct(self, colors, init_centers):
        centers = init_centers
        for _ in range(self.n_iter):
            labels = self.assign(colors, centers)
            centers = self.update(colors, labels)
        return self.assign(colors, centers), centers


def make():
    np.random.seed(7)
    a = np.random.rand(11, 3) * 0.2
    b = np.random.rand(11, 3) * 0.2 + 0.7
    colors = Tensor(np.concatenate([a, b]).astype(np.float32))
    init = Tensor(np.array([[0.1, 0.1, 0.1], [0.9, 0.9, 0.9]], np.float32))
    return SoftTeamClusterer(), (colors, init)
