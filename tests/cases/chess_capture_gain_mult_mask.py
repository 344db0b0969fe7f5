# case: material evaluator sums captured piece values by multiplying with the capture mask cast to float -> mask used by multiplication, static shape, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PIECE_VALUES = [1.0, 3.0, 3.25, 5.0, 9.0, 0.0]


class CaptureGain(nn.Cell):
    def __init__(self, normalise=True):
        super().__init__()
        self.values = Tensor(np.array(PIECE_VALUES, dtype=np.float32))
        self.normalise = normalise

    def construct(self, victim_type, is_capture):
        vals = ops.gather(self.values, victim_type, 0)
        gain = (vals * is_capture.astype(ms.float32)).sum()
        if self.normalise:
            gain = gain / 39.0
        return gain


def make():
    np.random.seed(7)
    victim = Tensor(np.random.randint(0, 6, size=(32,)).astype(np.int32))
    is_cap = Tensor(np.random.rand(32) > 0.7)
    return CaptureGain(), (victim, is_cap)
