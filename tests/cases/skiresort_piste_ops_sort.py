# case: order piste grooming priorities with ops.sort and reorder piste lengths with the returned indices -> fixed-shape sort and gather, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroomingPrioritySorted(nn.Cell):
    def __init__(self, n_feat=5):
        super().__init__()
        self.score = nn.Dense(n_feat, 1)

    def construct(self, piste_feat, piste_len_km):
        pr = ops.sigmoid(self.score(piste_feat)).squeeze(-1)
        ordered, idx = ops.sort(pr, descending=True)
        km_in_order = ops.gather(piste_len_km, idx, 0)
        return ordered, ops.cumsum(km_in_order, 0)


def make():
    np.random.seed(192)
    feat = Tensor(np.random.randn(9, 5).astype(np.float32))
    km = Tensor(np.random.uniform(0.5, 3.0, (9,)).astype(np.float32))
    return GroomingPrioritySorted(), (feat, km)
