# case: phoneme-level prosody vector quantiser picking codebook entries with argmin + one_hot and a straight-through estimator -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ProsodyVQ(nn.Cell):
    def __init__(self, dim=8, codebook_size=6, commitment=0.25):
        super().__init__()
        self.codebook_size = codebook_size
        self.commitment = commitment
        init = np.random.RandomState(0).randn(codebook_size, dim).astype(np.float32)
        self.codebook = Parameter(Tensor(init), name="codebook")

    def _distances(self, flat):
        return ((flat ** 2).sum(1, keepdims=True) - 2 * ops.matmul(flat, self.codebook.T)
                + (self.codebook ** 2).sum(1).expand_dims(0))

    def construct(self, z):
        b, t, d = z.shape
        flat = z.reshape(-1, d)
        codes = ops.argmin(self._distances(flat), axis=1)
        onehot = ops.one_hot(codes, self.codebook_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        q = ops.matmul(onehot, self.codebook).reshape(b, t, d)
        loss = ((ops.stop_gradient(q) - z) ** 2).mean() * self.commitment \
            + ((q - ops.stop_gradient(z)) ** 2).mean()
        q = z + ops.stop_gradient(q - z)
        return q, codes.reshape(b, t), loss


class ProsodyEncoder(nn.Cell):
    def __init__(self, n_mels=8, dim=8):
        super().__init__()
        self.proj = nn.Dense(n_mels, dim)
        self.vq = ProsodyVQ(dim)

    def construct(self, phone_level_mel):
        return self.vq(ops.tanh(self.proj(phone_level_mel)))


def make():
    np.random.seed(35)
    return ProsodyEncoder(), (Tensor(np.random.randn(2, 5, 8).astype(np.float32)),)
