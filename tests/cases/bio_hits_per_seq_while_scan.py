# case: counts motif occurrences per sequence by scanning positions in a while loop with a Python int bound and accumulating tensor hits -> static shapes (loop bound is a Python int)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExactMotifCounter(nn.Cell):
    def __init__(self, motif=(0, 3, 0, 3)):
        super().__init__()
        self.motif = Tensor(np.array(motif, dtype=np.int32))
        self.m = len(motif)

    def match_at(self, seq, pos):
        window = seq[:, pos:pos + self.m]
        return (window == self.motif).all(axis=1).astype(ms.int32)

    def construct(self, seq):
        counts = ops.zeros((seq.shape[0],), ms.int32)
        last = ops.full((seq.shape[0],), -1, dtype=ms.int32)
        pos = 0
        while pos < seq.shape[1] - self.m + 1:
            hit = self.match_at(seq, pos)
            counts = counts + hit
            last = ops.select(hit > 0, ops.full(last.shape, pos, dtype=ms.int32), last)
            pos += 1
        return counts, last


def make():
    np.random.seed(38)
    seq = np.random.randint(0, 4, size=(3, 16)).astype(np.int32)
    seq[0, 2:6] = [0, 3, 0, 3]
    seq[0, 10:14] = [0, 3, 0, 3]
    return ExactMotifCounter(), (Tensor(seq),)
