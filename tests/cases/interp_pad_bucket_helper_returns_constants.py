# case: a helper returns one of its bucket constants under host tests; the batch is padded to it -> error at line 22 at LAX?
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self, buckets=(4, 8, 12)):
        super().__init__()
        self.buckets = buckets

    def choose(self, lengths):
        longest = int(lengths.asnumpy().max())
        for b in self.buckets:
            if longest <= b:
                return b
        return self.buckets[-1]

    def construct(self, ids, lengths):
        bucket = self.choose(lengths)
        ids = ops.pad(ids, (0, bucket - ids.shape[1]), value=0)
        return ids * 2


def make():
    ids = Tensor(np.random.RandomState(0).randint(1, 30, size=(3, 6)).astype(np.int32))
    return Net(), (ids, Tensor(np.array([6, 4, 6], np.int32)))
