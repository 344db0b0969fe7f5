# case: audio attention sparsifies the score matrix with Tensor.to_csr() after zeroing small weights, then applies csr.mv; expect dynamic or error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scorer(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)

    def construct(self, x):
        return ops.softmax(ops.matmul(self.q(x), self.k(x).T), axis=-1)


class Net(nn.Cell):
    def __init__(self, keep_thresh=0.2):
        super().__init__()
        self.scorer = Scorer()
        self.keep_thresh = keep_thresh

    def construct(self, frames, energy):
        attn = self.scorer(frames)
        attn = attn * (attn > self.keep_thresh).astype(attn.dtype)
        sparse_attn = attn.to_csr()
        return sparse_attn.mv(energy)


def make():
    frames = Tensor(np.random.randn(6, 4).astype(np.float32))
    energy = Tensor(np.random.rand(6, 1).astype(np.float32))
    return Net(), (frames, energy)
