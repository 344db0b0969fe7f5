# case: avatar tracker writes the latest tensor pose and a frame counter to self attributes inside construct -> error or side effect problem in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalPoseSmoother(nn.Cell):
    def __init__(self, num_joints=10, momentum=0.8):
        super().__init__()
        self.momentum = momentum
        self.frames_seen = 0
        self.last_pose = Tensor(np.zeros((num_joints, 3), np.float32))

    def construct(self, pose):
        if self.frames_seen == 0:
            smoothed = pose
        else:
            smoothed = self.momentum * self.last_pose + (1 - self.momentum) * pose
        self.last_pose = smoothed
        self.frames_seen = self.frames_seen + 1
        return smoothed


def make():
    np.random.seed(0)
    pose = Tensor(np.random.randn(10, 3).astype(np.float32))
    return TemporalPoseSmoother(), (pose,)
