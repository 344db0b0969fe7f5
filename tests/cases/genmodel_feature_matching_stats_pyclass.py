# case: GAN feature-matching loss building a plain Python stats object from tensors inside construct -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureStats:
    def __init__(self, mean, var):
        self.mean = mean
        self.var = var

    def distance(self, other):
        return ((self.mean - other.mean) ** 2).mean() + ((self.var - other.var) ** 2).mean()


class DiscFeatures(nn.Cell):
    def __init__(self, in_dim=12, hidden=24):
        super().__init__()
        self.l1 = nn.Dense(in_dim, hidden, activation="relu")
        self.l2 = nn.Dense(hidden, hidden, activation="relu")

    def construct(self, x):
        return self.l2(self.l1(x))


class FeatureMatchingLoss(nn.Cell):
    def __init__(self, disc):
        super().__init__()
        self.disc = disc

    def stats(self, feats):
        return FeatureStats(feats.mean(axis=0), feats.var(axis=0))

    def construct(self, real, fake):
        s_real = self.stats(ops.stop_gradient(self.disc(real)))
        s_fake = self.stats(self.disc(fake))
        return s_fake.distance(s_real)


def make():
    np.random.seed(0)
    real = Tensor(np.random.randn(8, 12).astype(np.float32))
    fake = Tensor(np.random.randn(8, 12).astype(np.float32))
    return FeatureMatchingLoss(DiscFeatures()), (real, fake)
