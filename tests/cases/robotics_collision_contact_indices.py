# case: collision checker finds indices of penetrating sphere pairs and sums penetration depth for the contacts -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SphereContactChecker(nn.Cell):
    """Robot links approximated by spheres; obstacles by spheres too."""

    def __init__(self, link_radius=0.1, obstacle_radius=0.2, stiffness=100.0):
        super().__init__()
        self.contact_dist = link_radius + obstacle_radius
        self.stiffness = stiffness

    def pairwise_distance(self, links, obstacles):
        diff = links.expand_dims(1) - obstacles.expand_dims(0)
        return ops.sqrt((diff * diff).sum(axis=-1) + 1e-12)

    def construct(self, link_centers, obstacle_centers):
        dist = self.pairwise_distance(link_centers, obstacle_centers)
        penetration = self.contact_dist - dist
        contacts = ops.nonzero(penetration > 0)
        depths = ops.gather_nd(penetration, contacts)
        force = self.stiffness * depths.sum()
        return force, contacts.shape[0]


def make():
    np.random.seed(13)
    links = Tensor(np.random.rand(6, 3).astype(np.float32))
    obstacles = Tensor(np.random.rand(4, 3).astype(np.float32))
    return SphereContactChecker(), (links, obstacles)
