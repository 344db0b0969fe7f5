# case: adaptive Otsu threshold on the difference image computed with NumPy on .asnumpy() inside a module-level helper called from construct -> asnumpy/NumPy on tensors in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_BINS = 32


def otsu_threshold(diff):
    values = diff.asnumpy().ravel()
    hist, edges = np.histogram(values, bins=NUM_BINS)
    centers = (edges[:-1] + edges[1:]) / 2
    w0 = np.cumsum(hist)
    w1 = w0[-1] - w0
    m0 = np.cumsum(hist * centers) / np.maximum(w0, 1)
    m1 = (np.sum(hist * centers) - np.cumsum(hist * centers)) / np.maximum(w1, 1)
    between = w0 * w1 * (m0 - m1) ** 2
    return float(centers[int(np.argmax(between))])


class ThresholdConfig:
    def __init__(self, method="otsu", fixed=0.5):
        self.method = method
        self.fixed = fixed


class DifferenceThresholder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.method = config.method
        self.fixed = config.fixed

    def construct(self, img_t1, img_t2):
        diff = ops.sqrt(((img_t1 - img_t2) ** 2).sum(axis=1))
        if self.method == "otsu":
            thr = otsu_threshold(diff)
        else:
            thr = self.fixed
        return (diff > thr).astype(ms.float32)


def make():
    np.random.seed(18)
    a = Tensor(np.random.rand(1, 4, 32, 32).astype(np.float32))
    b = Tensor(np.random.rand(1, 4, 32, 32).astype(np.float32))
    return DifferenceThresholder(ThresholdConfig()), (a, b)
