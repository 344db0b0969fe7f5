# case: picks the top-k most loaded feeders where k is the number of feeders above rating, via topk with a tensor-derived k -> error (k from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadRanker(nn.Cell):
    def __init__(self, rating_pu=1.0):
        super().__init__()
        self.rating = rating_pu

    def construct(self, feeder_load, feeder_rating):
        loading = feeder_load / feeder_rating
        k = (loading > self.rating).astype(ms.int32).sum()
        values, idx = ops.topk(loading, k)
        return values, idx


def make():
    np.random.seed(20)
    load = Tensor(np.random.uniform(2.0, 9.0, size=(16,)).astype(np.float32))
    rating = Tensor(np.full((16,), 6.0, dtype=np.float32))
    return OverloadRanker(), (load, rating)
