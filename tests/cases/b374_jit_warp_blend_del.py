# case: @ms.jit helper that warps both frames toward t=0.5 with grid_sample and frees the intermediate grids with `del` before blending -> del statement inside a jit function, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALIGN_CORNERS = True


def flow_to_grid(flow):
    n, _, h, w = flow.shape
    ys = ops.linspace(-1.0, 1.0, h)
    xs = ops.linspace(-1.0, 1.0, w)
    gy, gx = ops.meshgrid(ys, xs, indexing="ij")
    base = ops.stack((gx, gy), axis=-1)[None]
    scale = Tensor(np.array([2.0 / max(w - 1, 1), 2.0 / max(h - 1, 1)], np.float32))
    return base + flow.transpose(0, 2, 3, 1) * scale


@ms.jit
def warp_and_blend(frame0, frame1, flow_t0, flow_t1):
    grid0 = flow_to_grid(flow_t0)
    grid1 = flow_to_grid(flow_t1)
    warped0 = ops.grid_sample(frame0, grid0, align_corners=ALIGN_CORNERS)
    warped1 = ops.grid_sample(frame1, grid1, align_corners=ALIGN_CORNERS)
    del grid0, grid1
    return 0.5 * (warped0 + warped1)


def make():
    np.random.seed(37429)
    f0 = Tensor(np.random.rand(1, 3, 12, 16).astype(np.float32))
    f1 = Tensor(np.random.rand(1, 3, 12, 16).astype(np.float32))
    fl0 = Tensor(np.random.randn(1, 2, 12, 16).astype(np.float32))
    fl1 = Tensor(np.random.randn(1, 2, 12, 16).astype(np.float32))
    return warp_and_blend, (f0, f1, fl0, fl1)
