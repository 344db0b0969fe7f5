# case: @ms.jit function computing image scores from anomaly maps via top-k pixels with a module constant k -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TOP_K = 10
SMOOTH_KERNEL = 3


def _box_blur(amap):
    return ops.avg_pool2d(amap, kernel_size=SMOOTH_KERNEL, stride=1, padding=SMOOTH_KERNEL // 2)


@ms.jit
def image_level_scores(anomaly_maps, threshold):
    smoothed = _box_blur(anomaly_maps)
    flat = smoothed.reshape(smoothed.shape[0], -1)
    top, _ = ops.topk(flat, TOP_K, dim=1)
    scores = top.mean(axis=1)
    labels = (scores > threshold).astype(ms.int32)
    return scores, labels


def make():
    np.random.seed(34)
    maps = np.random.rand(4, 1, 12, 12).astype(np.float32)
    return image_level_scores, (Tensor(maps), Tensor(0.6, ms.float32))
