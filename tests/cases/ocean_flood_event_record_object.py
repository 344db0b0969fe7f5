# case: flood event summary built as a plain Python FloodEvent object inside construct, its fields mutated with tensor values and returned -> Python object created and mutated in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodEvent:
    def __init__(self, station):
        self.station = station
        self.peak = None
        self.duration = None


class FloodEventDetector(nn.Cell):
    def __init__(self, flood_stage=3.0, station="gauge_07"):
        super().__init__()
        self.flood_stage = flood_stage
        self.station = station

    def construct(self, stage):
        event = FloodEvent(self.station)
        event.peak = stage.max()
        event.duration = (stage > self.flood_stage).astype(ms.float32).sum()
        return event


def make():
    np.random.seed(40)
    stage = Tensor((2.0 + 1.5 * np.sin(np.linspace(0, 3.14, 36))).astype(np.float32))
    return FloodEventDetector(), (stage,)
