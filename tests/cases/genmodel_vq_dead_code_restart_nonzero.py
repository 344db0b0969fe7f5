# case: VQ codebook restart that finds dead codes with nonzero and overwrites them with encoder samples -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodebookRestarter(nn.Cell):
    """Jukebox-style random restart of codes whose usage fell below a threshold."""

    def __init__(self, num_codes=12, threshold=1.0):
        super().__init__()
        self.num_codes = num_codes
        self.threshold = threshold

    def code_counts(self, idx):
        onehot = ops.one_hot(idx, self.num_codes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(0)

    def construct(self, codebook, encodings, idx):
        counts = self.code_counts(idx)
        dead = ops.nonzero(counts < self.threshold)
        n_dead = dead.shape[0]
        replacements = encodings[:n_dead]
        new_codebook = ops.tensor_scatter_update(codebook, dead, replacements)
        return new_codebook, counts


def make():
    np.random.seed(0)
    codebook = Tensor(np.random.randn(12, 4).astype(np.float32))
    enc = Tensor(np.random.randn(20, 4).astype(np.float32))
    idx = Tensor(np.random.randint(0, 6, size=(20,)).astype(np.int32))
    return CodebookRestarter(), (codebook, enc, idx)
