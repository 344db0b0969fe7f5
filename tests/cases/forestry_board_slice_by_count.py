# case: sawmill keeps the first n candidate boards where n is the tensor count of boards fitting the log diameter -> error or dynamic (slice end from tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoardSelector(nn.Cell):
    """Chooses board widths (mm) from a sorted candidate list for one log."""

    def __init__(self, kerf_mm=3.5):
        super().__init__()
        self.kerf_mm = kerf_mm

    def construct(self, board_widths, log_diameter):
        cumulative = ops.cumsum(board_widths + self.kerf_mm, axis=0)
        n_fit = (cumulative <= log_diameter).astype(ms.int32).sum()
        chosen = board_widths[:n_fit]
        yield_mm = chosen.sum()
        return chosen, yield_mm / log_diameter


def make():
    np.random.seed(4)
    widths = Tensor(np.sort(np.random.choice([50.0, 75.0, 100.0, 150.0], 10)).astype(np.float32))
    diameter = Tensor(np.float32(420.0))
    return BoardSelector(), (widths, diameter)
