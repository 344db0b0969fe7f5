# case: sawmill marks which candidate boards fit the log diameter with a 0/1 mask and reports yield -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoardSelector(nn.Cell):
    """Same board fitting as a cutting-pattern optimiser, but mask-based."""

    def __init__(self, kerf_mm=3.5):
        super().__init__()
        self.kerf_mm = kerf_mm

    def construct(self, board_widths, log_diameter):
        cumulative = ops.cumsum(board_widths + self.kerf_mm, axis=0)
        fits = (cumulative <= log_diameter).astype(ms.float32)
        chosen = board_widths * fits
        yield_mm = chosen.sum()
        n_boards = fits.sum().astype(ms.int32)
        return chosen, yield_mm / log_diameter, n_boards


def make():
    np.random.seed(4)
    widths = Tensor(np.sort(np.random.choice([50.0, 75.0, 100.0, 150.0], 10)).astype(np.float32))
    diameter = Tensor(np.float32(420.0))
    return BoardSelector(), (widths, diameter)
