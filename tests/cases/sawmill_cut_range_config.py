# case: resaw simulator runs the number of passes fixed in the headrig configuration and stacks the boards -> range over a Python int, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResawSimulator(nn.Cell):
    def __init__(self, kerf_mm=3.2, n_passes=5):
        super().__init__()
        self.kerf_mm = kerf_mm
        self.n_passes = n_passes

    def _one_pass(self, thickness, target):
        cut = ops.minimum(ops.relu(thickness), target)
        return thickness - cut - self.kerf_mm, cut

    def construct(self, cant_thickness, board_target):
        remaining = cant_thickness
        boards = []
        for _ in range(self.n_passes):
            remaining, cut = self._one_pass(remaining, board_target)
            boards.append(cut)
        return ops.stack(boards), ops.relu(remaining)


def make():
    np.random.seed(3203)
    thick = Tensor(np.array([200.0, 180.0, 220.0], np.float32))
    target = Tensor(np.array([25.0, 25.0, 32.0], np.float32))
    return ResawSimulator(), (thick, target)
