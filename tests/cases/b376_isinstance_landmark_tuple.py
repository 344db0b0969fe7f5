# case: alignment head accepts landmarks either as one tensor or as a tuple of per-point tensors, stacking them behind an isinstance guard before the affine warp -> type guard resolved at compile time, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlignConfig:
    out_size = 112
    normalize_coords = True


def to_homogeneous(points):
    ones = ops.ones(points.shape[:-1] + (1,), points.dtype)
    return ops.concat((points, ones), axis=-1)


class AffineLandmarkWarp(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.out_size = float(config.out_size)
        self.normalize_coords = config.normalize_coords

    def construct(self, landmarks, affine):
        if isinstance(landmarks, (list, tuple)):
            landmarks = ops.stack(landmarks, axis=1)
        warped = ops.bmm(to_homogeneous(landmarks), affine.transpose(0, 2, 1))
        if self.normalize_coords:
            warped = warped / self.out_size * 2.0 - 1.0
        return warped


def make():
    np.random.seed(37636)
    pts = tuple(Tensor(np.random.uniform(20, 90, (2, 2)).astype(np.float32)) for _ in range(5))
    ang = np.random.uniform(-0.2, 0.2, 2)
    aff = np.stack([[[np.cos(a), -np.sin(a), 3.0], [np.sin(a), np.cos(a), -2.0]] for a in ang]).astype(np.float32)
    return AffineLandmarkWarp(AlignConfig()), (pts, Tensor(aff))
