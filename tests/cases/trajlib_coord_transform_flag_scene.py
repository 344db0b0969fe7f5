# case: coordinate transform chooses scene-centric or agent-centric frames by config flag; rotation matrices are built with ops.stack from per-agent headings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCENE, AGENT = "scene", "agent"


def rotation_matrix(theta):
    c, s = ops.cos(theta), ops.sin(theta)
    return ops.stack([ops.stack([c, -s], axis=-1), ops.stack([s, c], axis=-1)], axis=-2)


class FrameConfig:
    def __init__(self, frame=AGENT, normalize_heading=True):
        self.frame = frame
        self.normalize_heading = normalize_heading


class CoordinateTransform(nn.Cell):
    def __init__(self, config):
        super().__init__()
        if config.frame not in (SCENE, AGENT):
            raise ValueError(f"unknown frame {config.frame}")
        self.frame = config.frame
        self.normalize_heading = config.normalize_heading

    def construct(self, traj, origin, heading, scene_center=None):
        if self.frame == SCENE:
            center = scene_center if scene_center is not None else origin.mean(axis=0)
            return traj - center
        local = traj - origin.expand_dims(1)
        if self.normalize_heading:
            rot = rotation_matrix(-heading)
            local = ops.matmul(local, rot.swapaxes(-1, -2))
        return local


def make():
    np.random.seed(27)
    traj = Tensor(np.random.randn(8, 10, 2).astype(np.float32))
    origin = Tensor(np.random.randn(8, 2).astype(np.float32))
    heading = Tensor(np.random.uniform(-3, 3, 8).astype(np.float32))
    return CoordinateTransform(FrameConfig()), (traj, origin, heading)
