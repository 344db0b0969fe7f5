# case: keep the strongest seeds; k is the number of thresholded peaks computed from the image -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrongestSeeds(nn.Cell):
    def __init__(self, window=5, rel_threshold=0.5, keep_fraction=0.5):
        super().__init__()
        self.nms = nn.MaxPool2d(kernel_size=window, stride=1, pad_mode="same")
        self.rel_threshold = rel_threshold
        self.keep_fraction = keep_fraction

    def _peak_scores(self, img):
        is_max = img == self.nms(img)
        strong = img > self.rel_threshold * img.max()
        return ops.where(ops.logical_and(is_max, strong), img, ops.zeros_like(img))

    def construct(self, img):
        scores = self._peak_scores(img).reshape(-1)
        n_peaks = (scores > 0).astype(ms.int32).sum()
        k = ops.cast(n_peaks.astype(ms.float32) * self.keep_fraction, ms.int32) + 1
        values, flat_idx = ops.topk(scores, k)
        width = img.shape[-1]
        rows = flat_idx // width
        cols = flat_idx % width
        return values, ops.stack([rows, cols], axis=1)


def make():
    np.random.seed(11)
    img = np.random.rand(1, 1, 24, 24).astype(np.float32) * 0.2
    for i, (r, c) in enumerate([(3, 3), (10, 15), (18, 5), (20, 20)]):
        img[0, 0, r, c] = 1.0 - 0.1 * i
    return StrongestSeeds(), (Tensor(img),)
