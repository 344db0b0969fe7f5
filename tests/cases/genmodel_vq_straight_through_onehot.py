# case: VQ-VAE quantiser with argmin nearest code, one-hot matmul lookup, commitment loss and straight-through estimator -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VQEmbedding(nn.Cell):
    def __init__(self, num_codes=16, code_dim=4, commitment=0.25):
        super().__init__()
        self.num_codes = num_codes
        self.commitment = commitment
        w = np.random.RandomState(2).uniform(-1.0 / num_codes, 1.0 / num_codes, (num_codes, code_dim))
        self.embedding = Parameter(Tensor(w.astype(np.float32)), name="embedding")
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def squared_distances(self, flat):
        e = self.embedding
        return (flat ** 2).sum(axis=1, keepdims=True) + (e ** 2).sum(axis=1) - 2 * ops.matmul(flat, e.T)

    def construct(self, z_e):
        n, c, h, w = z_e.shape
        flat = z_e.transpose(0, 2, 3, 1).reshape(-1, c)
        codes = ops.argmin(self.squared_distances(flat), axis=1)
        enc = ops.one_hot(codes, self.num_codes, self.on, self.off)
        z_q = ops.matmul(enc, self.embedding)
        loss = ops.mse_loss(z_q, ops.stop_gradient(flat)) + \
            self.commitment * ops.mse_loss(flat, ops.stop_gradient(z_q))
        z_q = flat + ops.stop_gradient(z_q - flat)
        avg = enc.mean(axis=0)
        perplexity = ops.exp(-(avg * ops.log(avg + 1e-10)).sum())
        return z_q.reshape(n, h, w, c).transpose(0, 3, 1, 2), loss, perplexity


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(2, 4, 3, 3).astype(np.float32) * 0.1)
    return VQEmbedding(), (z,)
