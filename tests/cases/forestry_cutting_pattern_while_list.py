# case: sawmill greedy cutter loops while remaining log length (a tensor) exceeds the shortest piece and appends cut lengths to a list -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyCrossCut(nn.Cell):
    """Cross-cuts a stem into the longest allowed lengths (metres)."""

    def __init__(self, min_piece=2.4):
        super().__init__()
        self.min_piece = min_piece

    def construct(self, stem_length, allowed_lengths):
        remaining = stem_length
        cuts = []
        while remaining >= self.min_piece:
            fits = ops.select(allowed_lengths <= remaining, allowed_lengths, ops.zeros_like(allowed_lengths))
            piece = fits.max()
            cuts.append(piece)
            remaining = remaining - piece
        return ops.stack(cuts), remaining


def make():
    np.random.seed(5)
    stem = Tensor(np.float32(17.3))
    allowed = Tensor(np.array([2.4, 3.0, 3.6, 4.2, 4.8, 5.4], dtype=np.float32))
    return GreedyCrossCut(), (stem, allowed)
