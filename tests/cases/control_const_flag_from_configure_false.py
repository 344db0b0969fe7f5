# case: a flag a subclass's configure() sets to False, configure called by the inherited __init__ of the base, passed to a helper whose mask-indexing branch it guards (near miss: the branch is folded away)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def contract(x, bbox, unbounded=False):
    if unbounded:
        mag = x.norm(dim=-1, keepdim=True)
        mask = mag.squeeze(-1) > 1
        x = x[mask] / 2
    else:
        x = x * bbox
    return x


class BaseModule(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = cfg
        self.configure()

    def configure(self):
        pass


class Geometry(BaseModule):
    def configure(self):
        self.bbox = 2.0
        self.unbounded = False


class Volume(Geometry):
    def configure(self):
        super().configure()
        self.scale = 3

    def construct(self, points):
        return contract(points, self.bbox, self.unbounded) * self.scale


def make():
    return Volume(), (Tensor(np.random.rand(8, 3).astype(np.float32) * 2),)
