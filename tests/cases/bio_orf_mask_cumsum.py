# case: marks open reading frame positions between the first start and the following stop codon with cumsum masks in frame 0 -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

A, C, G, T = 0, 1, 2, 3


class CodonView(nn.Cell):
    def construct(self, seq):
        n_codons = seq.shape[1] // 3
        return seq[:, :n_codons * 3].reshape(seq.shape[0], n_codons, 3)


class ORFMasker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.view = CodonView()

    def is_codon(self, codons, a, b, c):
        return (codons[:, :, 0] == a) & (codons[:, :, 1] == b) & (codons[:, :, 2] == c)

    def construct(self, seq):
        codons = self.view(seq)
        start = self.is_codon(codons, A, T, G).astype(ms.int32)
        stop = (self.is_codon(codons, T, A, A) | self.is_codon(codons, T, A, G)
                | self.is_codon(codons, T, G, A)).astype(ms.int32)
        started = ops.cumsum(start, axis=1) > 0
        stop_after = ops.cumsum(stop * started.astype(ms.int32), axis=1)
        stopped_before = (stop_after - stop * started.astype(ms.int32)) > 0
        in_orf = started & ~stopped_before
        return in_orf.astype(ms.float32), in_orf.astype(ms.int32).sum(axis=1)


def make():
    np.random.seed(5)
    seq = np.random.randint(0, 4, size=(2, 33)).astype(np.int32)
    seq[0, 3:6] = [A, T, G]
    seq[0, 18:21] = [T, A, A]
    return ORFMasker(), (Tensor(seq),)
