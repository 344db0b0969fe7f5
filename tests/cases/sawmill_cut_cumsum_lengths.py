# case: cutting optimiser turns planned piece lengths into saw positions with cumsum and clips them to the log length -> all fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutPositionPlanner(nn.Cell):
    def __init__(self, log_length_mm=4800.0, kerf_mm=3.2):
        super().__init__()
        self.log_length_mm = log_length_mm
        self.kerf_mm = kerf_mm

    def _with_kerf(self, lengths):
        return lengths + self.kerf_mm

    def construct(self, piece_lengths, keep):
        lengths = self._with_kerf(piece_lengths) * keep
        positions = ops.cumsum(lengths, axis=0)
        fits = ops.cast(positions <= self.log_length_mm, ms.float32)
        positions = ops.clip_by_value(positions, 0.0, self.log_length_mm)
        used = (lengths * fits).sum()
        waste = self.log_length_mm - used
        return positions, waste


def make():
    np.random.seed(3198)
    lengths = Tensor(np.random.choice([600., 900., 1200., 1800.], size=8).astype(np.float32))
    keep = Tensor(np.array([1, 1, 0, 1, 1, 0, 1, 1], np.float32))
    return CutPositionPlanner(), (lengths, keep)
