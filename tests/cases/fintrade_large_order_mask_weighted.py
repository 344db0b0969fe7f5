# case: block-trade VWAP computed with a fixed-size 0/1 mask multiplied into sizes instead of selecting -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockTradeVWAP(nn.Cell):
    def __init__(self, block_size=500.0):
        super().__init__()
        self.block_size = block_size

    def construct(self, sizes, prices):
        mask = (sizes > self.block_size).astype(sizes.dtype)
        block_sizes = sizes * mask
        notional = (block_sizes * prices).sum()
        vwap = notional / (block_sizes.sum() + 1e-6)
        n_blocks = mask.sum()
        return vwap, n_blocks


def make():
    np.random.seed(3)
    sizes = np.random.exponential(300.0, size=(64,)).astype(np.float32)
    prices = (100.0 + np.random.randn(64)).astype(np.float32)
    return BlockTradeVWAP(block_size=450.0), (Tensor(sizes), Tensor(prices))
