# case: VQ-VAE quantiser with nearest-code argmin, one-hot encodings, commitment loss and perplexity from mean one-hot usage -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VQEmbedding(nn.Cell):
    def __init__(self, num_codes=32, dim=8, commitment=0.25, eps=1e-10):
        super().__init__()
        w = np.random.RandomState(7).uniform(-1.0 / num_codes, 1.0 / num_codes, (num_codes, dim))
        self.embedding = Parameter(Tensor(w.astype(np.float32)), name="embedding")
        self.num_codes = num_codes
        self.commitment = commitment
        self.eps = eps

    def distances(self, flat):
        return (ops.sum(flat ** 2, dim=1, keepdim=True)
                + ops.sum(self.embedding ** 2, dim=1)
                - 2.0 * ops.matmul(flat, self.embedding.T))

    def construct(self, z_e):
        # z_e: (B, C, H, W) -> (B, H, W, C)
        z = z_e.transpose(0, 2, 3, 1)
        flat = z.reshape(-1, z.shape[-1])
        idx = ops.argmin(self.distances(flat), axis=1)
        enc = ops.one_hot(idx, self.num_codes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        zq = ops.matmul(enc, self.embedding).reshape(z.shape)
        codebook_loss = ops.mean((zq - ops.stop_gradient(z)) ** 2)
        commit_loss = ops.mean((ops.stop_gradient(zq) - z) ** 2)
        zq = z + ops.stop_gradient(zq - z)
        avg_probs = enc.mean(axis=0)
        perplexity = ops.exp(-ops.sum(avg_probs * ops.log(avg_probs + self.eps)))
        out = zq.transpose(0, 3, 1, 2)
        return out, codebook_loss + self.commitment * commit_loss, perplexity


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(2, 8, 3, 3).astype(np.float32) * 0.05)
    return VQEmbedding(), (z,)
