# case: numeric feature bucketiser counting how many fixed boundaries each value exceeds (broadcast compare + sum) then embedding the bucket, with an optional log1p transform -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Bucketize(nn.Cell):
    def __init__(self, boundaries, log_transform=False):
        super().__init__()
        self.boundaries = Tensor(np.asarray(boundaries, np.float32))
        self.num_buckets = len(boundaries) + 1
        self.log_transform = log_transform

    def construct(self, values):
        if self.log_transform:
            values = ops.log1p(ops.relu(values))
        above = values.expand_dims(-1) >= self.boundaries
        return above.astype(ms.int32).sum(axis=-1)


class NumericFeatureEmbedder(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.price_bucket = Bucketize([0.0, 1.0, 2.0, 3.0, 4.0, 5.0], log_transform=True)
        self.age_bucket = Bucketize([18.0, 25.0, 35.0, 50.0, 65.0])
        self.price_emb = nn.Embedding(self.price_bucket.num_buckets, dim)
        self.age_emb = nn.Embedding(self.age_bucket.num_buckets, dim)

    def construct(self, price, age):
        p = self.price_emb(self.price_bucket(price))
        a = self.age_emb(self.age_bucket(age))
        return ops.concat((p, a), axis=-1)


def make():
    np.random.seed(29)
    price = Tensor(np.random.uniform(0, 300, size=(6,)).astype(np.float32))
    age = Tensor(np.random.uniform(12, 80, size=(6,)).astype(np.float32))
    return NumericFeatureEmbedder(), (price, age)
