# case: clamps IK joint solution by converting it with .tolist() and clamping each joint in Python against per-joint limits, then rebuilding a tensor -> tolist round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JointLimitClamp(nn.Cell):
    def __init__(self, lower=(-2.9, -1.7, -2.9, -3.0, -2.9, -0.1, -2.9), upper=(2.9, 1.7, 2.9, -0.1, 2.9, 3.7, 2.9)):
        super().__init__()
        self.lower = list(lower)
        self.upper = list(upper)

    def construct(self, q):
        joints = q.tolist()
        clamped = []
        for j, v in enumerate(joints):
            clamped.append(min(max(v, self.lower[j]), self.upper[j]))
        return Tensor(clamped, ms.float32)


def make():
    np.random.seed(17)
    q = Tensor((np.random.randn(7) * 2).astype(np.float32))
    return JointLimitClamp(), (q,)
