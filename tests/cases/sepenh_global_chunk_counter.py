# case: streaming separator increments a module-level chunk counter with global inside construct to decide when to reset its smoothing -> global state mutated from the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHUNKS_SEEN = 0
RESET_EVERY = 4


class StreamingSmoother(nn.Cell):
    def __init__(self, n_bins=16, alpha=0.8):
        super().__init__()
        self.alpha = alpha
        self.mask_fc = nn.Dense(n_bins, n_bins)

    def construct(self, chunk, prev_mask):
        global CHUNKS_SEEN
        CHUNKS_SEEN += 1
        mask = ops.sigmoid(self.mask_fc(chunk))
        if CHUNKS_SEEN % RESET_EVERY != 0:
            mask = self.alpha * prev_mask + (1.0 - self.alpha) * mask
        return chunk * mask, mask


def make():
    np.random.seed(15)
    chunk = np.abs(np.random.randn(1, 5, 16)).astype(np.float32)
    prev = np.full((1, 5, 16), 0.5, np.float32)
    return StreamingSmoother(), (Tensor(chunk), Tensor(prev))
