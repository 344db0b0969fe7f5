# case: keep only the first n arrival timestamps where n is the tensor count of vehicles seen -> slice with tensor-valued bound, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArrivalBuffer(nn.Cell):
    def __init__(self, capacity=32):
        super().__init__()
        self.capacity = capacity

    def construct(self, timestamps, valid):
        # timestamps: (capacity,) seconds since midnight, valid: (capacity,) 0/1
        n = valid.sum()
        recent = timestamps[:n]
        dwell = recent.max() - recent.min()
        return recent, dwell


def make():
    np.random.seed(1)
    ts = np.sort(np.random.uniform(28000, 60000, 32)).astype(np.float32)
    valid = np.zeros(32, dtype=np.int32)
    valid[:11] = 1
    return ArrivalBuffer(), (Tensor(ts), Tensor(valid))
