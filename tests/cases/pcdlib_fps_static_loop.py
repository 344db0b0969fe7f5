# case: iterative farthest-point sampling over range(config.npoint) with argmax and gather_elements, random start disabled by config -> static
from dataclasses import dataclass
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class FPSConfig:
    npoint: int = 16
    random_start: bool = False
    init_distance: float = 1e10


def batched_index(points, idx):
    # points (B, N, C), idx (B, S) -> (B, S, C)
    return ops.gather_elements(points, 1, ops.tile(idx.expand_dims(-1), (1, 1, points.shape[-1])))


class FarthestPointSampler(nn.Cell):
    def __init__(self, config: FPSConfig):
        super().__init__()
        self.npoint = config.npoint
        self.random_start = config.random_start
        self.init_distance = config.init_distance

    def construct(self, xyz):
        b, n, _ = xyz.shape
        distance = ops.ones((b, n), ms.float32) * self.init_distance
        if self.random_start:
            farthest = ops.randint(0, n, (b,), dtype=ms.int32)
        else:
            farthest = ops.zeros((b,), ms.int32)
        centroids = []
        for _ in range(self.npoint):
            centroids.append(farthest)
            centroid = batched_index(xyz, farthest.expand_dims(-1))
            dist = ((xyz - centroid) ** 2).sum(-1)
            distance = ops.minimum(distance, dist)
            farthest = ops.argmax(distance, dim=-1).astype(ms.int32)
        fps_idx = ops.stack(centroids, axis=1)
        return fps_idx, batched_index(xyz, fps_idx)


def make():
    np.random.seed(3482)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    return FarthestPointSampler(FPSConfig()), (xyz,)
