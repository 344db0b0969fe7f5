# case: iterative pose fitting loop that runs while the tensor residual is above tolerance and records each pose in a list -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativePoseFit(nn.Cell):
    def __init__(self, step=0.5, tol=1e-3, max_iter=20):
        super().__init__()
        self.step = step
        self.tol = tol
        self.max_iter = max_iter

    def residual(self, pose, target):
        return ((pose - target) ** 2).sum()

    def construct(self, init_pose, target_pose):
        pose = init_pose
        history = []
        it = 0
        while self.residual(pose, target_pose) > self.tol and it < self.max_iter:
            pose = pose + self.step * (target_pose - pose)
            history.append(pose)
            it += 1
        return pose, ops.stack(history)


def make():
    np.random.seed(0)
    p0 = Tensor(np.zeros((6, 3), np.float32))
    tgt = Tensor(np.random.randn(6, 3).astype(np.float32) * 0.2)
    return IterativePoseFit(), (p0, tgt)
