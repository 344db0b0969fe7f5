# case: pad the batch by 8 minus int() of the longest length -> ?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, ids, lengths):
        extra = 8 - int(lengths.max())
        ids = ops.pad(ids, (0, extra), value=0)
        return ids * 2


def make():
    ids = Tensor(np.random.RandomState(0).randint(1, 30, size=(3, 6)).astype(np.int32))
    return Net(), (ids, Tensor(np.array([6, 4, 6], np.int32)))
