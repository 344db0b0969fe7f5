# case: flood monitor keeps a running peak water level in a Parameter updated with ops.assign inside construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FloodPeakTracker(nn.Cell):
    def __init__(self, flood_stage=3.5):
        super().__init__()
        self.flood_stage = flood_stage
        self.peak = Parameter(Tensor(np.array(0.0, np.float32)), name="peak", requires_grad=False)

    def construct(self, stage):
        current = stage.max()
        new_peak = ops.maximum(self.peak, current)
        ops.assign(self.peak, new_peak)
        exceed = ops.relu(stage - self.flood_stage)
        hours_over = (stage > self.flood_stage).astype(ms.float32).sum(axis=1)
        return exceed, hours_over, new_peak


def make():
    np.random.seed(26)
    stage = Tensor(np.random.uniform(1.0, 5.0, (6, 24)).astype(np.float32))
    return FloodPeakTracker(), (stage,)
