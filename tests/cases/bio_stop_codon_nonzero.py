# case: reports positions of all in-frame stop codons of a transcript with ops.nonzero and gathers the preceding codon -> dynamic number of hits
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

A, C, G, T = 0, 1, 2, 3


class StopCodonReporter(nn.Cell):
    def __init__(self, frame=0):
        super().__init__()
        self.frame = frame

    def codons(self, seq):
        body = seq[self.frame:]
        n = body.shape[0] // 3
        return body[:n * 3].reshape(n, 3)

    def construct(self, seq):
        cod = self.codons(seq)
        stop = (cod[:, 0] == T) & (((cod[:, 1] == A) & ((cod[:, 2] == A) | (cod[:, 2] == G)))
                                   | ((cod[:, 1] == G) & (cod[:, 2] == A)))
        pos = ops.nonzero(stop).squeeze(-1)
        prev_idx = ops.maximum(pos - 1, 0)
        prev_codons = ops.gather(cod, prev_idx, 0)
        return pos * 3 + self.frame, prev_codons


def make():
    np.random.seed(14)
    seq = np.random.randint(0, 4, size=(36,)).astype(np.int32)
    seq[9:12] = [T, A, G]
    seq[24:27] = [T, G, A]
    return StopCodonReporter(), (Tensor(seq),)
