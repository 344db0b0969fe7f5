# case: material evaluator selects piece values of captured pieces with a boolean-mask index x[mask] -> boolean indexing gives data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PIECE_VALUES = [1.0, 3.0, 3.25, 5.0, 9.0, 0.0]


class CaptureGain(nn.Cell):
    def __init__(self):
        super().__init__()
        self.values = Tensor(np.array(PIECE_VALUES, dtype=np.float32))

    def construct(self, victim_type, is_capture):
        vals = ops.gather(self.values, victim_type, 0)
        captured = vals[is_capture]
        return captured.sum() / 39.0


def make():
    np.random.seed(6)
    victim = Tensor(np.random.randint(0, 6, size=(32,)).astype(np.int32))
    is_cap = Tensor(np.random.rand(32) > 0.7)
    return CaptureGain(), (victim, is_cap)
