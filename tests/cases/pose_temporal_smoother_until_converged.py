# case: iterative temporal keypoint smoother that keeps appending refined frames to a history while the jitter stays above tolerance -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativeTrajectorySmoother(nn.Cell):
    def __init__(self, alpha=0.5, tol=0.5, max_iter=5):
        super().__init__()
        self.alpha = alpha
        self.tol = tol
        self.max_iter = max_iter

    def _smooth_once(self, traj):
        prev = ops.concat([traj[:1], traj[:-1]], axis=0)
        nxt = ops.concat([traj[1:], traj[-1:]], axis=0)
        return self.alpha * traj + (1 - self.alpha) * 0.5 * (prev + nxt)

    def _jitter(self, traj):
        return ops.abs(traj[2:] - 2 * traj[1:-1] + traj[:-2]).mean()

    def construct(self, traj):
        history = traj.expand_dims(0)
        it = 0
        while self._jitter(traj) > self.tol and it < self.max_iter:
            traj = self._smooth_once(traj)
            history = ops.concat([history, traj.expand_dims(0)], axis=0)
            it += 1
        return traj, history


def make():
    np.random.seed(22)
    t = np.cumsum(np.random.randn(12, 17, 2), axis=0).astype(np.float32)
    return IterativeTrajectorySmoother(), (Tensor(t),)
