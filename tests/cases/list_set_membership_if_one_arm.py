# case: a score kept on one path of a set membership test of tensor data -> measured
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
            if c not in seen:
                seen.add(c)
                kept.append(scores[j])
        return ops.stack(kept)


def make():
    np.random.seed(3)
    labels = Tensor(np.random.randint(0, 3, size=8).astype(np.int32))
    scores = Tensor(np.random.rand(8).astype(np.float32))
    return Dedup(), (labels, scores)
