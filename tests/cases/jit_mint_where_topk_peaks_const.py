# case: @ms.jit heatmap peak extractor keeps the MAX_PEAKS best local maxima with ops.topk (constant k) and converts flat indices to (y, x) -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import mint, ops, Tensor

MAX_PEAKS = 5


def local_max(heat):
    pooled = ops.max_pool2d(heat, 3, stride=1, padding=1)
    return mint.eq(pooled, heat)


@ms.jit
def extract_peaks(heat):
    w = heat.shape[-1]
    heat4 = heat.reshape((1, 1) + heat.shape)
    peaks = mint.where(local_max(heat4), heat4, mint.zeros_like(heat4))
    scores, flat_idx = ops.topk(peaks.reshape(-1), MAX_PEAKS)
    ys = flat_idx // w
    xs = flat_idx % w
    return scores, ops.stack((ys, xs), axis=-1)


def make():
    return extract_peaks, (Tensor(np.random.rand(8, 8).astype(np.float32)),)
