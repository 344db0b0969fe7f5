# case: count nucleus seeds from a local-maximum map built with ops.select, returns fixed-size seed map and count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeedMap(nn.Cell):
    def __init__(self, window=7, min_distance_blur=True, threshold=0.4):
        super().__init__()
        self.window_max = nn.MaxPool2d(kernel_size=window, stride=1, pad_mode="same")
        self.pre_blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")
        self.min_distance_blur = min_distance_blur
        self.threshold = threshold

    def _score(self, img):
        if self.min_distance_blur:
            return self.pre_blur(img)
        return img

    def construct(self, img):
        score = self._score(img)
        is_peak = ops.logical_and(score >= self.window_max(score), score > self.threshold)
        seed_map = ops.select(is_peak, score, ops.zeros_like(score))
        count = is_peak.astype(ms.int32).sum(axis=(1, 2, 3))
        return seed_map, count


def make():
    np.random.seed(10)
    img = np.random.rand(2, 1, 28, 28).astype(np.float32) * 0.3
    img[0, 0, 5:8, 5:8] = 1.0
    img[1, 0, 15:18, 20:23] = 1.0
    return SeedMap(), (Tensor(img),)
