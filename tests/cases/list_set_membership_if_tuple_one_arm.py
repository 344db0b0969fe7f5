# case: a score kept on one path of a membership test in a tuple of Python ints -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Dedup(nn.Cell):
    def __init__(self, k=6):
        super().__init__()
        self.k = k

    def construct(self, labels, scores):
        seen = set()
        kept = []
        for j in range(self.k):
            c = int(labels[j])
            if c in (0, 2):
                kept.append(scores[j])
        return ops.stack(kept)


def make():
    np.random.seed(3)
    labels = Tensor(np.random.randint(0, 3, size=8).astype(np.int32))
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return Dedup(), (labels, scores)
