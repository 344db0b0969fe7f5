# case: vectorised DARK refinement: finite-difference derivative maps from constant-offset slices of the padded log heatmap, gathered at the argmax with gather_elements -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS = 1e-10


class CodecConfig:
    def __init__(self, blur_kernel_size=3, refine="dark"):
        self.blur_kernel_size = blur_kernel_size
        self.refine = refine


def _gather_at(maps, idx):
    b, k, h, w = maps.shape
    return ops.gather_elements(maps.reshape(b, k, h * w), 2, idx[..., None]).squeeze(-1)


class DarkCodec(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.refine = config.refine
        self.blur = None
        if config.blur_kernel_size > 0:
            self.blur = nn.AvgPool2d(config.blur_kernel_size, 1, pad_mode="same")

    def _derivatives(self, logs):
        p = ops.pad(logs, (1, 1, 1, 1), mode="replicate")
        c = p[..., 1:-1, 1:-1]
        dx = 0.5 * (p[..., 1:-1, 2:] - p[..., 1:-1, :-2])
        dy = 0.5 * (p[..., 2:, 1:-1] - p[..., :-2, 1:-1])
        dxx = p[..., 1:-1, 2:] - 2 * c + p[..., 1:-1, :-2]
        dyy = p[..., 2:, 1:-1] - 2 * c + p[..., :-2, 1:-1]
        dxy = 0.25 * (p[..., 2:, 2:] - p[..., 2:, :-2] - p[..., :-2, 2:] + p[..., :-2, :-2])
        return dx, dy, dxx, dyy, dxy

    def construct(self, heatmaps):
        b, k, h, w = heatmaps.shape
        idx = heatmaps.reshape(b, k, h * w).argmax(-1)
        coords = ops.stack(((idx % w).astype(ms.float32), (idx // w).astype(ms.float32)), -1)
        if self.refine != "dark":
            return coords
        if self.blur is not None:
            heatmaps = self.blur(heatmaps)
        logs = ops.log(ops.clamp(heatmaps, EPS, None))
        dx, dy, dxx, dyy, dxy = [_gather_at(m, idx) for m in self._derivatives(logs)]
        det = dxx * dyy - dxy * dxy
        ok = ops.abs(det) > EPS
        safe_det = ops.where(ok, det, ops.ones_like(det))
        ox = ops.where(ok, -(dyy * dx - dxy * dy) / safe_det, ops.zeros_like(det))
        oy = ops.where(ok, -(dxx * dy - dxy * dx) / safe_det, ops.zeros_like(det))
        return coords + ops.stack((ox, oy), -1)


def make():
    np.random.seed(106)
    hm = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    return DarkCodec(CodecConfig()), (hm,)
