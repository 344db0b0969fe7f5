# case: a helper method fills a Python set with int() of tensor items and returns its size
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HelperSet(nn.Cell):
    def count_distinct(self, ids):
        seen = set()
        for i in range(ids.shape[0]):
            seen.add(int(ids[i]))
        return len(seen)

    def construct(self, logits):
        ids = ops.argmax(logits, dim=1)
        n = self.count_distinct(ids)
        return logits * n


def make():
    np.random.seed(5)
    return HelperSet(), (Tensor(np.random.rand(4, 5).astype(np.float32)),)
