# case: multi-sweep lidar accumulation transforming past sweeps into the current ego frame with 4x4 poses and a time-lag channel -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_homogeneous(xyz):
    ones = ops.ones(xyz.shape[:-1] + (1,), xyz.dtype)
    return ops.concat([xyz, ones], axis=-1)


class SweepAccumulator(nn.Cell):
    def __init__(self, num_sweeps=3, sweep_dt=0.1, add_time_lag=True):
        super().__init__()
        self.num_sweeps = num_sweeps
        self.sweep_dt = sweep_dt
        self.add_time_lag = add_time_lag

    def compensate(self, pts, past_to_cur):
        xyz = ops.matmul(to_homogeneous(pts[:, :3]), past_to_cur.T)[:, :3]
        return ops.concat([xyz, pts[:, 3:]], axis=-1)

    def construct(self, sweeps, poses):
        out = []
        for s in range(self.num_sweeps):
            pts = self.compensate(sweeps[s], poses[s])
            if self.add_time_lag:
                lag = ops.full((pts.shape[0], 1), s * self.sweep_dt, dtype=ms.float32)
                pts = ops.concat([pts, lag], axis=-1)
            out.append(pts)
        return ops.concat(out, axis=0)


def make():
    np.random.seed(28)
    sweeps = Tensor(np.random.randn(3, 16, 4).astype(np.float32))
    poses = np.tile(np.eye(4, dtype=np.float32), (3, 1, 1))
    poses[:, 0, 3] = [0.0, -1.0, -2.0]
    return SweepAccumulator(), (sweeps, Tensor(poses))
