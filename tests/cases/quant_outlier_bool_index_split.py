# case: outlier-aware quantization splits activations into outliers via boolean-mask indexing x[mask] and quantizes the rest -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutlierSplitQuant(nn.Cell):
    def __init__(self, outlier_sigma=2.0, bits=8):
        super().__init__()
        self.outlier_sigma = outlier_sigma
        self.qmax = 2 ** (bits - 1) - 1

    def construct(self, x):
        flat = x.reshape(-1)
        thr = self.outlier_sigma * ops.std(flat)
        is_outlier = ops.abs(flat) > thr
        outliers = flat[is_outlier]
        inliers = ops.where(is_outlier, ops.zeros_like(flat), flat)
        scale = ops.amax(ops.abs(inliers)) / self.qmax
        q_in = ops.round(inliers / scale) * scale
        return q_in.reshape(x.shape), outliers


def make():
    np.random.seed(16)
    x = Tensor(np.random.randn(4, 12).astype(np.float32))
    return OutlierSplitQuant(), (x,)
