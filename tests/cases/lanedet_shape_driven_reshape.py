# case: flatten BEV feature maps into per-row tokens using sizes read from x.shape, then pool per lane column -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BEVRowTokenizer(nn.Cell):
    def __init__(self, channels=8, embed=12):
        super().__init__()
        self.proj = nn.Dense(channels, embed)

    def construct(self, bev_feat):
        b, c, h, w = bev_feat.shape
        tokens = bev_feat.transpose(0, 2, 3, 1).reshape(b * h * w, c)
        tokens = self.proj(tokens).reshape(b, h, w, -1)
        col_pool = tokens.mean(axis=1)
        row_pool = tokens.max(axis=2)
        return col_pool, row_pool


def make():
    np.random.seed(27)
    bev = Tensor(np.random.randn(2, 8, 10, 6).astype(np.float32))
    return BEVRowTokenizer(), (bev,)
