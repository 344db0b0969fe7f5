# case: rail-head inspector appends each run's max defect depth to a Python list held on self inside construct -> mutation of a Python list attribute in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunHistory:
    def __init__(self):
        self.depths = []

    def add(self, depth):
        self.depths.append(depth)


class RailHeadInspector(nn.Cell):
    def __init__(self, alarm_depth=0.8):
        super().__init__()
        self.alarm_depth = alarm_depth
        self.history = RunHistory()

    def construct(self, depth_map):
        worst = depth_map.max(axis=1)
        self.history.add(worst)
        alarms = (depth_map > self.alarm_depth).astype(ms.int32).sum(axis=1)
        return worst, alarms


def make():
    np.random.seed(10)
    depth = Tensor(np.abs(np.random.randn(8, 16)).astype(np.float32) * 0.5)
    return RailHeadInspector(), (depth,)
