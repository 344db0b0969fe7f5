# case: residual vector quantiser with a fixed number of quantiser stages in a CellList, each quantising the remaining residual -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Stage(nn.Cell):
    def __init__(self, num_codes, dim, seed):
        super().__init__()
        w = np.random.RandomState(seed).randn(num_codes, dim).astype(np.float32) * 0.5
        self.codebook = Parameter(Tensor(w), name="codebook_%d" % seed)

    def construct(self, r):
        d = (r ** 2).sum(-1, keepdims=True) - 2 * ops.matmul(r, self.codebook.T) + (self.codebook ** 2).sum(-1)
        idx = d.argmin(axis=-1)
        return ops.gather(self.codebook, idx, 0), idx


class ResidualVQ(nn.Cell):
    def __init__(self, n_quantizers=3, num_codes=8, dim=4, commitment=0.25, quantize_dropout=False):
        super().__init__()
        self.stages = nn.CellList([Stage(num_codes, dim, s) for s in range(n_quantizers)])
        self.commitment = commitment
        self.quantize_dropout = quantize_dropout
        self.n_quantizers = n_quantizers

    def construct(self, x):
        residual = x
        quantized = ops.zeros_like(x)
        loss = Tensor(0.0, ms.float32)
        all_idx = []
        n_active = self.n_quantizers - 1 if self.quantize_dropout else self.n_quantizers
        for i in range(n_active):
            q, idx = self.stages[i](residual)
            loss = loss + self.commitment * ((ops.stop_gradient(q) - residual) ** 2).mean()
            residual = residual - ops.stop_gradient(q)
            quantized = quantized + q
            all_idx.append(idx)
        out = x + ops.stop_gradient(quantized - x)
        return out, ops.stack(all_idx, axis=-1), loss


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    return ResidualVQ(), (x,)
