# case: finds grid cells of a sticky-board image with mite detections via nonzero and gathers their confidences -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MiteCellScorer(nn.Cell):
    def __init__(self, ch=3):
        super().__init__()
        self.conv = nn.Conv2d(ch, 1, 3, pad_mode="same")

    def construct(self, board):
        return ops.sigmoid(self.conv(board))[0, 0]


class VarroaBoardCounter(nn.Cell):
    """Counts varroa mites on a sticky board divided into a grid of cells."""

    def __init__(self, thr=0.6):
        super().__init__()
        self.scorer = MiteCellScorer()
        self.thr = thr

    def construct(self, board):
        prob = self.scorer(board)
        hits = ops.nonzero(prob > self.thr)
        conf = ops.gather_nd(prob, hits)
        return hits, conf.sum()


def make():
    np.random.seed(4)
    board = np.random.rand(1, 3, 12, 12).astype(np.float32)
    return VarroaBoardCounter(), (Tensor(board),)
