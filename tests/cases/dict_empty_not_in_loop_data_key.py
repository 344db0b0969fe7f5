# case: counts per class id read from a tensor kept in a dict that starts empty, asking `cid not in counts` in an unrolled loop -> the first pass decides it while compiling and its store by a data key fails
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClassCounter(nn.Cell):
    def __init__(self, n=5):
        super().__init__()
        self.n = n

    def construct(self, labels, scores):
        counts = {}
        for i in range(self.n):
            cid = int(labels[i])
            if cid not in counts:
                counts[cid] = scores[i]
            else:
                counts[cid] = counts[cid] + scores[i]
        return len(counts)


def make():
    np.random.seed(4)
    return ClassCounter(), (Tensor(np.array([0, 1, 0, 2, 1], np.int32)), Tensor(np.random.rand(5).astype(np.float32)))
