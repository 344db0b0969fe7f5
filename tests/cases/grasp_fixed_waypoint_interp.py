# case: builds a pre-grasp -> grasp -> lift trajectory with a constant number of interpolated waypoints per segment in Python loops, stacking the list -> constant-length list, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickTrajectory(nn.Cell):
    def __init__(self, steps_per_segment=5, lift_height=0.1, approach_offset=0.08):
        super().__init__()
        self.steps = steps_per_segment
        self.lift = Tensor(np.array([0.0, 0.0, lift_height], np.float32))
        self.offset = Tensor(np.array([0.0, 0.0, approach_offset], np.float32))

    def interpolate(self, a, b):
        pts = []
        for i in range(self.steps):
            t = (i + 1) / self.steps
            pts.append(a + t * (b - a))
        return pts

    def construct(self, current, grasp_pos):
        pre = grasp_pos + self.offset
        waypoints = self.interpolate(current, pre) + self.interpolate(pre, grasp_pos) + \
            self.interpolate(grasp_pos, grasp_pos + self.lift)
        return ops.stack(waypoints)


def make():
    np.random.seed(31)
    cur = Tensor(np.array([0.3, 0.0, 0.5], np.float32))
    grasp = Tensor(np.array([0.5, 0.1, 0.05], np.float32))
    return PickTrajectory(), (cur, grasp)
