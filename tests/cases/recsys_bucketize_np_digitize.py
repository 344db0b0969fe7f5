# case: numeric features (age, price) bucketised with np.digitize on the tensor against quantile boundaries before the bucket embedding lookup -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumericBucketizer(nn.Cell):
    def __init__(self, boundaries, dim=4):
        super().__init__()
        self.boundaries = np.asarray(boundaries, dtype=np.float32)
        self.embedding = nn.Embedding(len(boundaries) + 1, dim)

    def bucketize(self, values):
        buckets = np.digitize(values, self.boundaries)
        return Tensor(buckets.astype(np.int32))

    def construct(self, values):
        return self.embedding(self.bucketize(values))


class NumericTower(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.age = NumericBucketizer([18.0, 25.0, 35.0, 50.0], dim)
        self.price = NumericBucketizer([1.0, 5.0, 20.0, 100.0, 500.0], dim)
        self.out = nn.Dense(2 * dim, 1)

    def construct(self, age, price):
        feats = ops.concat((self.age(age), self.price(price)), axis=-1)
        return self.out(feats).squeeze(-1)


def make():
    np.random.seed(13)
    age = Tensor(np.random.uniform(10, 70, size=(6,)).astype(np.float32))
    price = Tensor(np.random.uniform(0, 800, size=(6,)).astype(np.float32))
    return NumericTower(), (age, price)
