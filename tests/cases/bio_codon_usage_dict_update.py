# case: tallies codon usage into a Python dict keyed by codon index read from the tensor inside construct -> dict keyed by tensor values, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodonUsage(nn.Cell):
    def __init__(self, n_codons=8):
        super().__init__()
        self.n_codons = n_codons

    def codon_ids(self, seq):
        cod = seq.reshape(-1, 3)
        return cod[:, 0] * 16 + cod[:, 1] * 4 + cod[:, 2]

    def construct(self, seq):
        ids = self.codon_ids(seq)
        usage = {}
        for i in range(self.n_codons):
            key = int(ids[i])
            usage[key] = usage.get(key, 0) + 1
        total = Tensor(0.0, ms.float32)
        for key in usage:
            total = total + usage[key] * usage[key]
        return total / (self.n_codons * self.n_codons)


def make():
    np.random.seed(20)
    seq = Tensor(np.random.randint(0, 2, size=(24,)).astype(np.int32))
    return CodonUsage(n_codons=8), (seq,)
