# case: flood monitor keeps a running peak water level by assigning a tensor to a plain attribute self.peak inside construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodPeakMonitor(nn.Cell):
    def __init__(self, flood_stage=3.5):
        super().__init__()
        self.flood_stage = flood_stage
        self.peak = Tensor(np.array(0.0, np.float32))

    def construct(self, stage):
        current = stage.max()
        self.peak = ops.maximum(self.peak, current)
        exceed = ops.relu(stage - self.flood_stage)
        return exceed, self.peak


def make():
    np.random.seed(25)
    stage = Tensor(np.random.uniform(1.0, 5.0, (6, 24)).astype(np.float32))
    return FloodPeakMonitor(), (stage,)
