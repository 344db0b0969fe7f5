# case: pose track state kept in a @ms.jit_class object created in construct from tensors, updated by a method, fields returned -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TrackState:
    def __init__(self, pose, score):
        self.pose = pose
        self.score = score
        self.age = 0

    def update(self, pose, score, momentum):
        self.pose = momentum * self.pose + (1 - momentum) * pose
        self.score = ops.maximum(self.score, score)
        self.age = self.age + 1


class TrackUpdater(nn.Cell):
    def __init__(self, momentum=0.6):
        super().__init__()
        self.momentum = momentum

    def construct(self, poses, scores):
        state = TrackState(poses[0], scores[0])
        for t in range(1, poses.shape[0]):
            state.update(poses[t], scores[t], self.momentum)
        return state.pose, state.score


def make():
    np.random.seed(28)
    p = np.random.rand(4, 17, 2).astype(np.float32)
    s = np.random.rand(4).astype(np.float32)
    return TrackUpdater(), (Tensor(p), Tensor(s))
