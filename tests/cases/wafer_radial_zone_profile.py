# case: computes defect density in concentric radial zones with a constant-range loop over precomputed ring masks -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_masks(size, num_zones):
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    c = (size - 1) / 2.0
    r = np.sqrt((yy - c) ** 2 + (xx - c) ** 2) / (c * 1.4143)
    edges = np.linspace(0.0, 1.0, num_zones + 1)
    return np.stack([((r >= edges[i]) & (r < edges[i + 1])) for i in range(num_zones)]).astype(np.float32)


class RadialProfile(nn.Cell):
    def __init__(self, size=20, num_zones=4):
        super().__init__()
        self.num_zones = num_zones
        self.rings = Tensor(ring_masks(size, num_zones))

    def construct(self, defect_map):
        densities = []
        for z in range(self.num_zones):
            ring = self.rings[z]
            densities.append((defect_map * ring).sum(axis=(-2, -1)) / (ring.sum() + 1e-6))
        profile = ops.stack(densities, axis=-1)
        edge_ratio = profile[:, -1] / (profile[:, 0] + 1e-6)
        return profile, edge_ratio


def make():
    np.random.seed(25)
    dm = (np.random.rand(2, 20, 20) > 0.9).astype(np.float32)
    return RadialProfile(), (Tensor(dm),)
