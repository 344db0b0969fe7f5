# case: hide defect map reduction, backbone orientation given as a config flag, defect profile summed across the configured axis and transposed to row-major -> constant axis and perm, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackboneProfile(nn.Cell):
    def __init__(self, backbone_along_rows=True, clip=1.0):
        super().__init__()
        self.axis = 1 if backbone_along_rows else 0
        self.perm = (1, 0) if backbone_along_rows else (0, 1)
        self.clip = clip

    def construct(self, defect_map):
        clipped = ops.clamp(defect_map, 0.0, self.clip)
        oriented = ops.transpose(clipped, self.perm)
        profile = clipped.sum(axis=self.axis)
        return profile / profile.max(), oriented


def make():
    np.random.seed(3104)
    dmap = Tensor(np.random.rand(18, 26).astype(np.float32))
    return BackboneProfile(), (dmap,)
