# case: computes per-window Shannon entropy of a DNA read and drops low-complexity bases with boolean-mask indexing -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowEntropy(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1, pad_mode="same")

    def construct(self, onehot):
        freqs = self.pool(onehot)
        ent = -(freqs * ops.log(freqs + 1e-6)).sum(axis=1)
        return ent


class DustFilter(nn.Cell):
    def __init__(self, window=5, min_entropy=0.9):
        super().__init__()
        self.entropy = WindowEntropy(window)
        self.min_entropy = min_entropy

    def construct(self, seq, onehot):
        ent = self.entropy(onehot)[0]
        keep = ent >= self.min_entropy
        return seq[keep]


def make():
    np.random.seed(10)
    seq = np.random.randint(0, 4, size=(24,))
    seq[5:13] = 0
    onehot = np.eye(4, dtype=np.float32)[seq].T[None]
    return DustFilter(), (Tensor(seq.astype(np.int32)), Tensor(onehot))
