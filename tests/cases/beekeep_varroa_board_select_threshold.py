# case: zeroes sub-threshold mite probabilities on the sticky-board grid with ops.select and sums per row -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VarroaBoardCounter(nn.Cell):
    """Per-row mite counts on a sticky board, thresholding without changing shapes."""

    def __init__(self, ch=3, thr=0.6):
        super().__init__()
        self.conv = nn.Conv2d(ch, 1, 3, pad_mode="same")
        self.thr = thr

    def mite_prob(self, board):
        return ops.sigmoid(self.conv(board))[:, 0]

    def construct(self, board):
        prob = self.mite_prob(board)
        keep = prob > self.thr
        kept = ops.select(keep, prob, ops.zeros_like(prob))
        per_row = kept.sum(axis=2)
        total = keep.astype(ms.int32).sum(axis=(1, 2))
        return per_row, total


def make():
    np.random.seed(5)
    board = np.random.rand(2, 3, 12, 12).astype(np.float32)
    return VarroaBoardCounter(), (Tensor(board),)
