# case: jit function computes NDWI for every date in a time series with a loop over the static time axis and returns water fractions -> static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

GREEN, NIR = 1, 3
WATER_THR = 0.0


def ndwi(img):
    g, n = img[GREEN], img[NIR]
    return (g - n) / (g + n + 1e-6)


@ms.jit
def water_fractions(series):
    fractions = []
    for t in range(series.shape[0]):
        water = (ndwi(series[t]) > WATER_THR).astype(ms.float32)
        fractions.append(water.mean())
    return ops.stack(fractions)


def make():
    np.random.seed(42)
    series = Tensor(np.random.rand(5, 4, 8, 8).astype(np.float32))
    return water_fractions, (series,)
