# case: book-feature cell wraps the spread/mid computation in try/except to fall back on a crossed or empty book -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BookFeatures(nn.Cell):
    def __init__(self, levels=5):
        super().__init__()
        self.levels = levels

    def construct(self, bid_px, ask_px, bid_qty, ask_qty):
        try:
            spread = ask_px[0] - bid_px[0]
            mid = (ask_px[0] + bid_px[0]) / 2.0
        except IndexError:
            spread = ops.zeros((), ms.float32)
            mid = ops.zeros((), ms.float32)
        bq = bid_qty[:self.levels].sum()
        aq = ask_qty[:self.levels].sum()
        imbalance = (bq - aq) / (bq + aq)
        return spread / mid, imbalance


def make():
    np.random.seed(23)
    bid = (99.99 - 0.01 * np.arange(5)).astype(np.float32)
    ask = (100.01 + 0.01 * np.arange(5)).astype(np.float32)
    bq = np.random.randint(1, 100, size=(5,)).astype(np.float32)
    aq = np.random.randint(1, 100, size=(5,)).astype(np.float32)
    return BookFeatures(), (Tensor(bid), Tensor(ask), Tensor(bq), Tensor(aq))
