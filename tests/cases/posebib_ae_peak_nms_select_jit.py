# case: jit-compiled NMS step keeps the full heatmap and zeroes non-peaks with three-argument ops.select, then takes a fixed top-k per keypoint -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NMS_KERNEL = 5
DETECTION_THRESHOLD = 0.1
MAX_PEAKS_PER_KEYPOINT = 20


def _peak_mask(heatmaps, kernel=NMS_KERNEL, thr=DETECTION_THRESHOLD):
    hmax = ops.max_pool2d(heatmaps, kernel, 1, kernel // 2)
    return ops.logical_and(hmax == heatmaps, heatmaps > thr)


@ms.jit
def ae_topk_peaks(heatmaps, tags):
    heatmaps = ops.sigmoid(heatmaps)
    is_peak = _peak_mask(heatmaps)
    nms_heat = ops.select(is_peak, heatmaps, ops.zeros_like(heatmaps))
    b, k, h, w = nms_heat.shape
    vals, idx = ops.topk(nms_heat.reshape(b, k, h * w), MAX_PEAKS_PER_KEYPOINT)
    tag_vals = ops.gather_elements(tags.reshape(b, k, h * w), 2, idx)
    xs = (idx % w).astype(ms.float32)
    ys = (idx // w).astype(ms.float32)
    valid = (vals > 0).astype(ms.float32)
    return ops.stack((xs, ys, vals, tag_vals), -1) * valid[..., None]


def make():
    np.random.seed(114)
    hm = Tensor(np.random.randn(1, 17, 32, 32).astype(np.float32))
    tags = Tensor(np.random.randn(1, 17, 32, 32).astype(np.float32))
    return ae_topk_peaks, (hm, tags)
