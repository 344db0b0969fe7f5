# case: episodic learner splitting a stacked episode into support/query halves with slice bounds from .shape and a config ratio -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EpisodicRidgeHead(nn.Cell):
    """R2-D2 style closed-form ridge-regression head on a split episode."""

    def __init__(self, in_dim=6, emb_dim=5, support_ratio=0.5, lam=1.0):
        super().__init__()
        self.embed = nn.Dense(in_dim, emb_dim)
        self.support_ratio = support_ratio
        self.lam = lam

    def split(self, x, y):
        n_support = int(x.shape[0] * self.support_ratio)
        return x[:n_support], y[:n_support], x[n_support:], y[n_support:]

    def ridge(self, zs, ys):
        d = zs.shape[-1]
        gram = ops.matmul(zs.T, zs) + self.lam * ops.eye(d, d, ms.float32)
        return ops.matmul(ops.matmul(ops.inverse(gram), zs.T), ys)

    def construct(self, episode_x, episode_y):
        xs, ys, xq, yq = self.split(episode_x, episode_y)
        w = self.ridge(self.embed(xs), ys)
        pred = ops.matmul(self.embed(xq), w)
        return ops.reduce_mean((pred - yq) ** 2)


def make():
    np.random.seed(36)
    head = EpisodicRidgeHead()
    x = Tensor(np.random.randn(12, 6).astype(np.float32))
    y = Tensor(np.random.randn(12, 2).astype(np.float32))
    return head, (x, y)
