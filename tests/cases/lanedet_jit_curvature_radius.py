# case: @ms.jit function computing radius of curvature in meters for each fitted lane at the ego position -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

YM_PER_PX = 30.0 / 720
XM_PER_PX = 3.7 / 700


@ms.jit
def curvature_radius(coeffs_px, y_eval):
    # coeffs_px: (L, 3) with x = a*y^2 + b*y + c in pixels
    a = coeffs_px[:, 0] * XM_PER_PX / (YM_PER_PX ** 2)
    b = coeffs_px[:, 1] * XM_PER_PX / YM_PER_PX
    y = y_eval * YM_PER_PX
    num = ops.pow(1.0 + (2.0 * a * y + b) ** 2, 1.5)
    den = ops.maximum(ops.abs(2.0 * a), 1e-6)
    return num / den


def make():
    np.random.seed(33)
    coeffs = Tensor(np.array([[2e-4, -0.1, 300.0], [1.5e-4, -0.05, 900.0]], np.float32))
    return curvature_radius, (coeffs, Tensor(719.0, ms.float32))
