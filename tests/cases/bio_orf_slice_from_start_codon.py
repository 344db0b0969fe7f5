# case: finds the first ATG start codon with argmax and slices the reading frame from that tensor position -> slice bound from a tensor value, dynamic or error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

A, C, G, T = 0, 1, 2, 3


class StartCodonFinder(nn.Cell):
    def construct(self, seq):
        n = seq.shape[0] - 2
        is_atg = (seq[:n] == A) & (seq[1:n + 1] == T) & (seq[2:n + 2] == G)
        return ops.argmax(is_atg.astype(ms.int32))


class ORFExtractor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.finder = StartCodonFinder()

    def construct(self, seq):
        start = self.finder(seq)
        orf = seq[start:]
        usable = (orf.shape[0] // 3) * 3
        codons = orf[:usable].reshape(-1, 3)
        return codons


def make():
    np.random.seed(4)
    seq = np.random.randint(0, 4, size=(30,)).astype(np.int32)
    seq[7:10] = [A, T, G]
    return ORFExtractor(), (Tensor(seq),)
