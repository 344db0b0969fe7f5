# case: builds a flood bulletin string with an f-string containing tensor values and prints it inside construct -> f-string/print of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodBulletin(nn.Cell):
    def __init__(self, station_name="Riverside", flood_stage=3.0):
        super().__init__()
        self.station_name = station_name
        self.flood_stage = flood_stage

    def construct(self, stage):
        peak = stage.max()
        margin = peak - self.flood_stage
        message = f"{self.station_name}: peak {peak} m, margin {margin} m"
        print(message)
        return peak, margin


def make():
    np.random.seed(20)
    stage = np.random.uniform(1.5, 3.8, size=(24,)).astype(np.float32)
    return FloodBulletin(), (Tensor(stage),)
