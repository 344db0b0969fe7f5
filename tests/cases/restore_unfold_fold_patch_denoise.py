# case: patch-wise linear denoiser using ops.unfold to im2col patches and ops.fold to overlap-add them back, normalised by folded ones -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchLinearDenoiser(nn.Cell):
    def __init__(self, channels=1, ksize=4, stride=2, hidden=8):
        super().__init__()
        self.ksize = ksize
        self.stride = stride
        dim = channels * ksize * ksize
        self.encode = nn.Dense(dim, hidden)
        self.decode = nn.Dense(hidden, dim)

    def construct(self, x):
        h, w = x.shape[2], x.shape[3]
        k, s = self.ksize, self.stride
        cols = ops.unfold(x, kernel_size=k, stride=s)            # (B, C*k*k, L)
        z = self.decode(ops.relu(self.encode(cols.transpose(0, 2, 1))))
        cols_out = z.transpose(0, 2, 1)
        size = Tensor([h, w], ms.int32)
        out = ops.fold(cols_out, size, kernel_size=k, stride=s)
        norm = ops.fold(ops.ones_like(cols_out), size, kernel_size=k, stride=s)
        return out / norm


def make():
    np.random.seed(35)
    x = Tensor(np.random.rand(1, 1, 10, 10).astype(np.float32))
    return PatchLinearDenoiser(), (x,)
