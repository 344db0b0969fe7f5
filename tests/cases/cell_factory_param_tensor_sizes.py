# case: the same block_cls=Block factory, but the parent passes H and W it was given as tensors: the reshape inside the block gets tensor data as its shape (hazard twin)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P


class Attention(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.proj = nn.Dense(dim, dim)

    def construct(self, x, H, W):
        B, N, C = x.shape
        feat = P.Reshape()(P.Transpose()(x, (0, 2, 1)), (B, C, H, W))
        return self.proj(feat.reshape(B, C, -1).transpose(0, 2, 1))


class Block(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.attn = Attention(dim)

    def construct(self, x, H, W):
        return x + self.attn(x, H, W)


class Net(nn.Cell):
    def __init__(self, dim=8, depth=2, block_cls=Block):
        super().__init__()
        self.blocks = nn.CellList([block_cls(dim) for _ in range(depth)])

    def construct(self, img, H, W):
        B, C = img.shape[0], img.shape[1]
        x = img.reshape(B, C, -1).transpose(0, 2, 1)
        for blk in self.blocks:
            x = blk(x, H, W)
        return x


def make():
    return Net(), (Tensor(np.ones((2, 8, 4, 4), np.float32)), Tensor(4, ms.int32), Tensor(4, ms.int32))
