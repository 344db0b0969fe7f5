# case: shoulder width computed from keypoints converted with .tolist() into Python coordinate pairs -> host round trip via tolist in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShoulderScale(nn.Cell):
    def __init__(self, left=5, right=6, ref_width=40.0):
        super().__init__()
        self.left = left
        self.right = right
        self.ref_width = ref_width

    def construct(self, kps, cloth):
        pts = kps.tolist()
        lx, ly = pts[self.left]
        rx, ry = pts[self.right]
        width = ((lx - rx) ** 2 + (ly - ry) ** 2) ** 0.5
        scale = width / self.ref_width
        return cloth * scale


def make():
    np.random.seed(14)
    kps = Tensor((np.random.rand(17, 2) * 64).astype(np.float32))
    cloth = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    return ShoulderScale(), (kps, cloth)
