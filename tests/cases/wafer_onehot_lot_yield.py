# case: per-lot yield via one-hot(lot index) matmul with the number of lots fixed in the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LotAggregator(nn.Cell):
    def __init__(self, num_lots=4):
        super().__init__()
        self.num_lots = num_lots

    def construct(self, lot_idx, good_dies, total_dies):
        onehot = ops.one_hot(lot_idx, self.num_lots, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        good = ops.matmul(good_dies[None, :], onehot).squeeze(0)
        total = ops.matmul(total_dies[None, :], onehot).squeeze(0)
        lot_yield = ops.where(total > 0, good / ops.maximum(total, 1.0), ops.zeros_like(total))
        return lot_yield, lot_yield.argmin()


def make():
    np.random.seed(31)
    lot_idx = Tensor(np.random.randint(0, 4, size=(12,)).astype(np.int32))
    total = np.full((12,), 350.0, np.float32)
    good = (total * np.random.uniform(0.75, 0.97, size=12)).astype(np.float32)
    return LotAggregator(), (lot_idx, Tensor(good), Tensor(total))
