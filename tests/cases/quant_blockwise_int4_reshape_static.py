# case: block-wise int4 weight quantization with blocks of 8 along the input dim, block count from w.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockwiseQuant(nn.Cell):
    def __init__(self, block_size=8, bits=4):
        super().__init__()
        self.block_size = block_size
        self.qmax = float(2 ** (bits - 1) - 1)

    def construct(self, w):
        out_dim, in_dim = w.shape
        n_blocks = in_dim // self.block_size
        blocks = w.reshape(out_dim, n_blocks, self.block_size)
        absmax = ops.amax(ops.abs(blocks), axis=-1, keepdims=True)
        scale = ops.maximum(absmax, 1e-6) / self.qmax
        q = ops.clamp(ops.round(blocks / scale), -self.qmax - 1, self.qmax)
        deq = (q * scale).reshape(out_dim, in_dim)
        return deq, scale.squeeze(-1)


class Int4Linear(nn.Cell):
    def __init__(self, in_dim=32, out_dim=6):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim, has_bias=False)
        self.quant = BlockwiseQuant(8)

    def construct(self, x):
        w, _ = self.quant(self.fc.weight)
        return ops.matmul(x, w.T)


def make():
    np.random.seed(21)
    x = Tensor(np.random.randn(3, 32).astype(np.float32))
    return Int4Linear(), (x,)
