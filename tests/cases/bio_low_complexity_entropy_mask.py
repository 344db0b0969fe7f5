# case: soft-masks low-complexity DNA windows by multiplying embeddings with a fixed-size entropy mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LowComplexityMasker(nn.Cell):
    def __init__(self, window=5, min_entropy=0.9, dim=8):
        super().__init__()
        self.pool = nn.AvgPool1d(kernel_size=window, stride=1, pad_mode="same")
        self.min_entropy = min_entropy
        self.embed = nn.Embedding(4, dim)
        self.encoder = nn.Dense(dim, dim)

    def complexity(self, onehot):
        freqs = self.pool(onehot)
        return -(freqs * ops.log(freqs + 1e-6)).sum(axis=1)

    def construct(self, seq):
        onehot = ops.one_hot(seq, 4, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        onehot = onehot.transpose(0, 2, 1)
        ent = self.complexity(onehot)
        mask = (ent >= self.min_entropy).astype(ms.float32)
        h = self.encoder(self.embed(seq)) * mask.expand_dims(-1)
        pooled = h.sum(axis=1) / ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return pooled, mask


def make():
    np.random.seed(11)
    seq = np.random.randint(0, 4, size=(2, 24)).astype(np.int32)
    seq[0, 4:14] = 3
    return LowComplexityMasker(), (Tensor(seq),)
