# case: @ms.jit front-to-back compositing function loops over range(N_SAMPLES) (module constant) accumulating transmittance and color -> static (unrolled python loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_SAMPLES = 12
T_EPS = 1e-10


def step_alpha(sigma_i, delta_i):
    return 1.0 - ops.exp(-ops.relu(sigma_i) * delta_i)


@ms.jit
def composite_front_to_back(sigma, rgb, deltas):
    trans = ops.ones_like(sigma[:, 0])
    color = ops.zeros_like(rgb[:, 0])
    depth_w = []
    for i in range(N_SAMPLES):
        a = step_alpha(sigma[:, i], deltas[:, i])
        w = a * trans
        color = color + w[:, None] * rgb[:, i]
        depth_w.append(w)
        trans = trans * (1.0 - a + T_EPS)
    return color, ops.stack(depth_w, axis=-1), trans


def make():
    np.random.seed(119)
    sigma = np.random.rand(16, N_SAMPLES).astype(np.float32) * 2
    rgb = np.random.rand(16, N_SAMPLES, 3).astype(np.float32)
    deltas = np.full((16, N_SAMPLES), 0.25, np.float32)
    return composite_front_to_back, (Tensor(sigma), Tensor(rgb), Tensor(deltas))
