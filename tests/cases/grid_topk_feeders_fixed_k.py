# case: ranks the k most loaded feeders per region with a constructor k and masks out those under rating -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadRanker(nn.Cell):
    def __init__(self, k=4, rating_pu=1.0):
        super().__init__()
        self.k = k
        self.rating = rating_pu

    def construct(self, feeder_load, feeder_rating):
        loading = feeder_load / feeder_rating
        values, idx = ops.topk(loading, self.k)
        overloaded = (values > self.rating).astype(values.dtype)
        return values * overloaded, idx, overloaded.sum(axis=-1)


def make():
    np.random.seed(21)
    load = Tensor(np.random.uniform(2.0, 9.0, size=(3, 16)).astype(np.float32))
    rating = Tensor(np.full((3, 16), 6.0, dtype=np.float32))
    return OverloadRanker(), (load, rating)
