# case: cutting simulator iterates over as many saw passes as the operator requests, the pass count arriving as a tensor converted with int() -> loop count from data, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResawSimulator(nn.Cell):
    def __init__(self, kerf_mm=3.2):
        super().__init__()
        self.kerf_mm = kerf_mm

    def _one_pass(self, thickness, target):
        cut = ops.minimum(thickness, target)
        return thickness - cut - self.kerf_mm, cut

    def construct(self, cant_thickness, board_target, n_passes):
        remaining = cant_thickness
        boards = []
        for _ in range(int(n_passes)):
            remaining, cut = self._one_pass(remaining, board_target)
            boards.append(cut)
        return ops.stack(boards), remaining


def make():
    np.random.seed(3202)
    thick = Tensor(np.array([200.0, 180.0, 220.0], np.float32))
    target = Tensor(np.array([25.0, 25.0, 32.0], np.float32))
    return ResawSimulator(), (thick, target, Tensor(4, ms.int32))
