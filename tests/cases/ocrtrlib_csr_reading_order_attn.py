# case: reading-order attention restricts each token to its reading-order neighbours using a CSRTensor mask built from indptr/indices and a CSR sparse-dense matmul -> sparse CSR tensor and sparse op in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadingOrderConfig:
    def __init__(self, hidden_size=16, window=1, normalize=True):
        self.hidden_size = hidden_size
        self.window = window
        self.normalize = normalize


def band_csr_pattern(n, window):
    indptr, indices = [0], []
    for i in range(n):
        cols = [j for j in range(max(0, i - window), min(n, i + window + 1))]
        indices.extend(cols)
        indptr.append(len(indices))
    return np.array(indptr, np.int32), np.array(indices, np.int32)


class ReadingOrderMixer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.value = nn.Dense(config.hidden_size, config.hidden_size)
        self.normalize = config.normalize

    def construct(self, hidden, indptr, indices, weights):
        n = hidden.shape[0]
        adj = ms.CSRTensor(indptr, indices, weights, (n, n))
        mixed = adj.mm(self.value(hidden))
        if self.normalize:
            deg = adj.to_dense().sum(axis=1, keepdims=True)
            mixed = mixed / deg
        return mixed


def make():
    np.random.seed(21)
    n = 7
    indptr, indices = band_csr_pattern(n, ReadingOrderConfig().window)
    weights = Tensor(np.random.rand(len(indices)).astype(np.float32) + 0.5)
    hidden = Tensor(np.random.randn(n, 16).astype(np.float32))
    return ReadingOrderMixer(ReadingOrderConfig()), (hidden, Tensor(indptr), Tensor(indices), weights)
