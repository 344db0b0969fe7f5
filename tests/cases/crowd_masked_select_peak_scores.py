# case: extracts local-maximum scores above a threshold with masked_select after max-pool NMS -> dynamic-shape output in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensityNMS(nn.Cell):
    def __init__(self, threshold=0.3, kernel=3):
        super().__init__()
        self.threshold = threshold
        self.pool = nn.MaxPool2d(kernel_size=kernel, stride=1, pad_mode="same")

    def construct(self, density):
        pooled = self.pool(density)
        is_peak = ops.logical_and(ops.equal(density, pooled), density > self.threshold)
        scores = ops.masked_select(density, is_peak)
        num_heads = scores.sum()
        return scores, num_heads


def make():
    np.random.seed(1)
    dens = np.random.rand(2, 1, 12, 12).astype(np.float32)
    return DensityNMS(), (Tensor(dens),)
