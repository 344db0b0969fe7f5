# case: sawmill greedy cutter runs a constant number of cut steps, writing zero when no piece fits, into a preallocated output -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyCrossCut(nn.Cell):
    """Cross-cuts a stem into at most max_pieces lengths (metres)."""

    def __init__(self, max_pieces=6, min_piece=2.4):
        super().__init__()
        self.max_pieces = max_pieces
        self.min_piece = min_piece

    def construct(self, stem_length, allowed_lengths):
        remaining = stem_length
        cuts = []
        for _ in range(self.max_pieces):
            fits = ops.select(allowed_lengths <= remaining, allowed_lengths, ops.zeros_like(allowed_lengths))
            piece = fits.max()
            piece = ops.where(remaining >= self.min_piece, piece, ops.zeros_like(piece))
            cuts.append(piece)
            remaining = remaining - piece
        return ops.stack(cuts), remaining


def make():
    np.random.seed(5)
    stem = Tensor(np.float32(17.3))
    allowed = Tensor(np.array([2.4, 3.0, 3.6, 4.2, 4.8, 5.4], dtype=np.float32))
    return GreedyCrossCut(), (stem, allowed)
