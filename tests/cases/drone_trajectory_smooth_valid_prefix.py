# case: a smoothing sub-Cell averages only the valid prefix of a padded trajectory, slicing traj[:n_valid] with a tensor length and re-padding with concat -> slice length from a tensor value, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrefixSmoother(nn.Cell):
    def __init__(self, alpha=0.5):
        super().__init__()
        self.alpha = alpha

    def construct(self, traj, n_valid):
        valid = traj[:n_valid]
        prev = ops.concat((valid[:1], valid[:-1]), 0)
        nxt = ops.concat((valid[1:], valid[-1:]), 0)
        smooth = self.alpha * valid + 0.5 * (1.0 - self.alpha) * (prev + nxt)
        pad = ops.zeros((traj.shape[0] - smooth.shape[0], traj.shape[1]), traj.dtype)
        return ops.concat((smooth, pad), 0)


class TrajectoryPostProcess(nn.Cell):
    def __init__(self, max_len=16):
        super().__init__()
        self.max_len = max_len
        self.smoother = PrefixSmoother()

    def construct(self, traj, n_valid):
        smooth = self.smoother(traj, n_valid)
        vel = smooth[1:] - smooth[:-1]
        return smooth, ops.norm(vel, dim=1)


def make():
    np.random.seed(40)
    traj = np.zeros((16, 3), dtype=np.float32)
    traj[:11] = np.cumsum(np.random.randn(11, 3).astype(np.float32) * 0.5, axis=0)
    return TrajectoryPostProcess(), (Tensor(traj), Tensor(11, ms.int32))
