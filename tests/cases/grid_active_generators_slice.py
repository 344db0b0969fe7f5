# case: counts active generators from a status vector and slices the capacity list to that count -> error (slice bound from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveCapacity(nn.Cell):
    def __init__(self, reserve_margin=0.1):
        super().__init__()
        self.reserve_margin = reserve_margin

    def construct(self, capacities, status):
        n_active = status.astype(ms.int32).sum()
        ordered, _ = ops.sort(capacities * status, descending=True)
        active_caps = ordered[:n_active]
        firm = active_caps.sum() * (1.0 - self.reserve_margin)
        return firm, active_caps


def make():
    np.random.seed(7)
    caps = Tensor(np.random.uniform(50, 400, size=(10,)).astype(np.float32))
    status = Tensor((np.random.rand(10) > 0.4).astype(np.float32))
    return ActiveCapacity(), (caps, status)
