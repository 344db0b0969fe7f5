# case: stopping criteria that wraps a stop-sequence comparison in try/except inside construct -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StopSequenceCriteria(nn.Cell):
    def __init__(self, stop_ids=(5, 6), max_length=12):
        super().__init__()
        self.stop = Tensor(np.array(stop_ids, dtype=np.int32))
        self.stop_len = len(stop_ids)
        self.max_length = max_length

    def construct(self, input_ids):
        try:
            tail = input_ids[:, -self.stop_len:]
            hit = (tail == self.stop).all(axis=-1)
        except IndexError:
            hit = ops.zeros((input_ids.shape[0],), ms.bool_)
        too_long = input_ids.shape[1] >= self.max_length
        return ops.logical_or(hit, Tensor(too_long))


def make():
    ids = Tensor(np.array([[1, 2, 3, 5, 6], [1, 9, 8, 7, 6]], dtype=np.int32))
    return StopSequenceCriteria(), (ids,)
