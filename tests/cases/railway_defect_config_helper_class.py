# case: a plain Python InspectionConfig is read only in __init__, construct uses the copied float and int attributes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InspectionConfig:
    alarm_depth = 0.8
    smooth_kernel = 3
    rail_side = "left"


class RailHeadInspector(nn.Cell):
    def __init__(self, cfg=InspectionConfig()):
        super().__init__()
        self.alarm_depth = cfg.alarm_depth
        self.pool = nn.AvgPool1d(kernel_size=cfg.smooth_kernel, stride=1)
        self.left = cfg.rail_side == "left"

    def construct(self, depth_map):
        smooth = self.pool(depth_map)
        if self.left:
            smooth = smooth[:, ::-1]
        alarms = (smooth > self.alarm_depth).astype(ms.int32).sum(axis=1)
        return smooth.max(axis=1), alarms


def make():
    np.random.seed(10)
    depth = Tensor(np.abs(np.random.randn(8, 16)).astype(np.float32) * 0.5)
    return RailHeadInspector(), (depth,)
