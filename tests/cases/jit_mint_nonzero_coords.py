# case: @ms.jit heatmap peak extractor returns coordinates of local maxima above a threshold with mint.nonzero; count data-dependent -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import mint, ops, Tensor

PEAK_THRESH = 0.6


def local_max(heat):
    pooled = ops.max_pool2d(heat, 3, stride=1, padding=1)
    return mint.eq(pooled, heat)


@ms.jit
def extract_peaks(heat):
    heat4 = heat.reshape((1, 1) + heat.shape)
    is_peak = mint.logical_and(local_max(heat4), heat4 > PEAK_THRESH)
    coords = mint.nonzero(is_peak.reshape(heat.shape))
    return coords


def make():
    return extract_peaks, (Tensor(np.random.rand(8, 8).astype(np.float32)),)
