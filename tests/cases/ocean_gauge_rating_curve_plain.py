# case: rating curve converts stage to discharge with Python float coefficients from the constructor and a tensor gauge zero -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RatingCurveConfig:
    def __init__(self, a=35.0, b=1.6, max_q=8000.0):
        self.a = a
        self.b = b
        self.max_q = max_q


class StageToDischarge(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else RatingCurveConfig()
        self.a = cfg.a
        self.b = cfg.b
        self.max_q = cfg.max_q

    def construct(self, stage, gauge_zero):
        head = ops.relu(stage - gauge_zero)
        q = self.a * ops.pow(head, self.b)
        return ops.clamp(q, 0.0, self.max_q)


def make():
    np.random.seed(17)
    stage = Tensor(np.random.uniform(0.5, 4.0, (3, 24)).astype(np.float32))
    zero = Tensor(np.array([[0.8], [0.6], [1.0]], np.float32))
    return StageToDischarge(), (stage, zero)
