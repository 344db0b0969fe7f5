# case: pose-dependent blending that picks the front or back garment texture per pixel with ops.where on a body-orientation score -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrientationBlend(nn.Cell):
    def __init__(self, softness=0.1):
        super().__init__()
        self.softness = softness

    def facing_score(self, l_shoulder, r_shoulder):
        return (r_shoulder[0] - l_shoulder[0]) / (ops.abs(r_shoulder - l_shoulder).sum() + 1e-6)

    def construct(self, front_tex, back_tex, l_shoulder, r_shoulder, body_mask):
        score = self.facing_score(l_shoulder, r_shoulder)
        tex = ops.where(score > 0, front_tex, back_tex)
        w = ops.sigmoid(score / self.softness)
        blended = w * tex + (1 - w) * back_tex
        return ops.where(body_mask > 0.5, blended, ops.zeros_like(blended))


def make():
    np.random.seed(32)
    front = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    back = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    ls = Tensor(np.random.rand(2).astype(np.float32))
    rs = Tensor(np.random.rand(2).astype(np.float32))
    body = Tensor(np.random.rand(1, 8, 8).astype(np.float32))
    return OrientationBlend(), (front, back, ls, rs, body)
