# case: picks the top-k moves with k from the constructor after masking illegal squares, and converts flat indices to row/col with tensor ops -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamCandidates(nn.Cell):
    def __init__(self, board_size=5, beam_width=4):
        super().__init__()
        self.board_size = board_size
        self.beam_width = beam_width

    def construct(self, scores, legal_mask):
        flat = scores.reshape(-1)
        flat = ops.where(legal_mask.reshape(-1), flat, ops.full_like(flat, -1e9))
        values, idx = ops.topk(flat, self.beam_width)
        rows = ops.floor_divide(idx, self.board_size)
        cols = idx - rows * self.board_size
        return values, ops.stack([rows, cols], axis=-1)


def make():
    np.random.seed(21)
    scores = Tensor(np.random.randn(5, 5).astype(np.float32))
    mask = Tensor(np.random.rand(5, 5) > 0.3)
    return BeamCandidates(), (scores, mask)
