# case: filters incoming order sizes above a block-trade threshold with masked_select and averages their prices -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockTradeDetector(nn.Cell):
    def __init__(self, block_size=500.0):
        super().__init__()
        self.block_size = block_size

    def construct(self, sizes, prices):
        is_block = sizes > self.block_size
        block_sizes = ops.masked_select(sizes, is_block)
        block_prices = ops.masked_select(prices, is_block)
        notional = (block_sizes * block_prices).sum()
        vwap = notional / (block_sizes.sum() + 1e-6)
        return vwap, block_sizes.shape[0]


def make():
    np.random.seed(2)
    sizes = np.random.exponential(300.0, size=(64,)).astype(np.float32)
    prices = (100.0 + np.random.randn(64)).astype(np.float32)
    return BlockTradeDetector(), (Tensor(sizes), Tensor(prices))
