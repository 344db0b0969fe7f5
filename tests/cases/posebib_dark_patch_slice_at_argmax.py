# case: DARK post-processing reads the 3x3 log-heatmap patch around each argmax with slice bounds taken from the argmax tensor -> slicing at data-dependent positions in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EPS = 1e-10


class DecodeCfg:
    decoder = "dark"
    blur_kernel = 3
    use_udp = False


def taylor_offset(patch):
    # patch: (3, 3) log heatmap around the peak
    dx = 0.5 * (patch[1, 2] - patch[1, 0])
    dy = 0.5 * (patch[2, 1] - patch[0, 1])
    dxx = patch[1, 2] - 2 * patch[1, 1] + patch[1, 0]
    dyy = patch[2, 1] - 2 * patch[1, 1] + patch[0, 1]
    dxy = 0.25 * (patch[2, 2] - patch[2, 0] - patch[0, 2] + patch[0, 0])
    det = dxx * dyy - dxy * dxy + EPS
    ox = -(dyy * dx - dxy * dy) / det
    oy = -(dxx * dy - dxy * dx) / det
    return ops.stack((ox, oy))


class DARKDecoder(nn.Cell):
    def __init__(self, cfg=None, num_keypoints=5):
        super().__init__()
        cfg = cfg if cfg is not None else DecodeCfg()
        self.num_keypoints = num_keypoints
        self.blur = nn.AvgPool2d(cfg.blur_kernel, 1, pad_mode="same") if cfg.blur_kernel > 0 else None

    def construct(self, heatmaps):
        if self.blur is not None:
            heatmaps = self.blur(heatmaps)
        b, k, h, w = heatmaps.shape
        logs = ops.log(ops.clamp(heatmaps, EPS, None))
        logs = ops.pad(logs, (1, 1, 1, 1), mode="replicate")
        idx = heatmaps.reshape(b, k, h * w).argmax(-1)
        coords = ops.stack(((idx % w).astype(ms.float32), (idx // w).astype(ms.float32)), -1)
        refined = []
        for i in range(b):
            for j in range(self.num_keypoints):
                y = idx[i, j] // w + 1
                x = idx[i, j] % w + 1
                patch = logs[i, j, y - 1:y + 2, x - 1:x + 2]
                refined.append(coords[i, j] + taylor_offset(patch))
        return ops.stack(refined).reshape(b, self.num_keypoints, 2)


def make():
    np.random.seed(105)
    hm = Tensor(np.random.rand(1, 5, 16, 12).astype(np.float32))
    return DARKDecoder(), (hm,)
