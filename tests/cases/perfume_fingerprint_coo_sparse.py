# case: odour classifier builds a sparse COO Morgan fingerprint from on-bit indices and multiplies it into the first layer -> sparse tensor construction inside construct, expected to be rejected or unsupported in Graph mode on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SparseFingerprintDense(nn.Cell):
    def __init__(self, n_bits=1024, hidden=32, n_desc=10):
        super().__init__()
        self.n_bits = n_bits
        w = np.random.randn(n_bits, hidden).astype(np.float32) * 0.05
        self.w1 = Parameter(Tensor(w), name="w1")
        self.head = nn.Dense(hidden, n_desc)

    def construct(self, on_bits, values):
        n_mol = 4
        fp = ms.COOTensor(on_bits, values, (n_mol, self.n_bits))
        h = fp.to_dense()
        h = ops.relu(ops.matmul(h, self.w1))
        return ops.sigmoid(self.head(h))


def make():
    np.random.seed(91)
    rows, cols = [], []
    for m in range(4):
        bits = np.sort(np.random.choice(1024, 30, replace=False))
        rows += [m] * 30
        cols += list(bits)
    idx = np.stack([rows, cols], axis=1).astype(np.int32)
    vals = np.ones(len(rows), np.float32)
    return SparseFingerprintDense(), (Tensor(idx), Tensor(vals))
