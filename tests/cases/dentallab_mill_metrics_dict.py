# case: milling QA step returns a dict of named toolpath metrics (string keys, tensor values) from construct -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToolpathQA(nn.Cell):
    def __init__(self, max_step_mm=0.2, spindle_rpm=40000.0):
        super().__init__()
        self.max_step_mm = max_step_mm
        self.spindle_rpm = spindle_rpm

    def construct(self, path_xyz):
        seg = path_xyz[1:] - path_xyz[:-1]
        step = ops.norm(seg, dim=-1)
        metrics = {"length_mm": step.sum(),
                   "max_step_mm": step.max(),
                   "overshoot": (step > self.max_step_mm).astype(ms.float32).mean()}
        metrics["z_range_mm"] = path_xyz[:, 2].max() - path_xyz[:, 2].min()
        return metrics


def make():
    np.random.seed(339)
    path = np.cumsum(np.random.randn(150, 3).astype(np.float32) * 0.08, axis=0)
    return ToolpathQA(), (Tensor(path),)
