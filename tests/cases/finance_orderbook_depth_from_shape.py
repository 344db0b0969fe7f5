# case: order-book features with depth taken from the book tensor shape and an optional level cap -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DepthFeatures(nn.Cell):
    """Weighted depth imbalance, spread and microprice from an L-level book."""

    def __init__(self, max_levels=None, decay=0.5, eps=1e-6):
        super().__init__()
        self.max_levels = max_levels
        self.decay = decay
        self.eps = eps

    def level_weights(self, depth):
        return ops.exp(-self.decay * ops.arange(depth).astype(ms.float32))

    def construct(self, book):
        # book: (batch, 4, L) = bid_px, bid_sz, ask_px, ask_sz
        depth = book.shape[-1]
        if self.max_levels is not None:
            depth = min(depth, self.max_levels)
        bid_px, bid_sz = book[:, 0, :depth], book[:, 1, :depth]
        ask_px, ask_sz = book[:, 2, :depth], book[:, 3, :depth]
        lw = self.level_weights(depth)
        wb = (bid_sz * lw).sum(axis=-1)
        wa = (ask_sz * lw).sum(axis=-1)
        imbalance = (wb - wa) / (wb + wa + self.eps)
        spread = ask_px[:, 0] - bid_px[:, 0]
        micro = (bid_px[:, 0] * ask_sz[:, 0] + ask_px[:, 0] * bid_sz[:, 0]) / (
            bid_sz[:, 0] + ask_sz[:, 0] + self.eps)
        return ops.stack((imbalance, spread, micro), axis=-1)


def make():
    np.random.seed(27)
    L = 6
    bid_px = 100 - 0.01 * np.arange(1, L + 1)
    ask_px = 100 + 0.01 * np.arange(1, L + 1)
    book = np.stack([np.stack([bid_px, np.random.randint(1, 40, L), ask_px,
                               np.random.randint(1, 40, L)]) for _ in range(2)])
    return DepthFeatures(), (Tensor(book.astype(np.float32)),)
