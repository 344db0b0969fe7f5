# case: engine log summarizer builds a dict of statistics in construct, adds a key conditionally on a tensor and returns the dict -> dict mutation under tensor condition in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EngineLogSummary(nn.Cell):
    def __init__(self, overheat_c=95.0):
        super().__init__()
        self.overheat_c = overheat_c

    def construct(self, coolant_temp, fuel_flow):
        stats = {"mean_flow": fuel_flow.mean(), "max_temp": coolant_temp.max()}
        if stats["max_temp"] > self.overheat_c:
            stats["overheat"] = coolant_temp - self.overheat_c
        stats["flow_std"] = fuel_flow.std()
        return stats


def make():
    np.random.seed(10)
    temp = Tensor(np.random.uniform(80, 100, size=(24,)).astype(np.float32))
    flow = Tensor(np.random.uniform(30, 70, size=(24,)).astype(np.float32))
    return EngineLogSummary(), (temp, flow)
