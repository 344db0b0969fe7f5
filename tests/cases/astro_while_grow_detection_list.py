# case: iteratively peel off the brightest pixel while it exceeds threshold, appending fluxes to a Python list -> data-dependent loop growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IterativePeeler(nn.Cell):
    def __init__(self, threshold=30.0, max_sources=8):
        super().__init__()
        self.threshold = threshold
        self.max_sources = max_sources

    def construct(self, img):
        flat = img.reshape(-1)
        found = []
        peak = flat.max()
        n = 0
        while peak > self.threshold and n < self.max_sources:
            idx = flat.argmax()
            found.append(peak)
            flat = flat - ops.one_hot(idx, flat.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)) * peak
            peak = flat.max()
            n += 1
        return ops.stack(found) if found else ops.zeros((0,), ms.float32)


def make():
    np.random.seed(8)
    img = np.random.uniform(0.0, 10.0, (10, 10)).astype(np.float32)
    img[2, 3] = 90.0
    img[7, 8] = 55.0
    img[5, 1] = 41.0
    return IterativePeeler(), (Tensor(img),)
