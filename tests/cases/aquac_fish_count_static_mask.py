# case: counts confident fish detections by multiplying a float mask into the lengths, no shape change -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameFishStats(nn.Cell):
    def __init__(self, conf_threshold=0.5, min_length_cm=12.0):
        super().__init__()
        self.conf_threshold = conf_threshold
        self.min_length_cm = min_length_cm

    def valid_mask(self, scores, lengths):
        conf_ok = (scores > self.conf_threshold).astype(ms.float32)
        size_ok = (lengths >= self.min_length_cm).astype(ms.float32)
        return conf_ok * size_ok

    def construct(self, scores, lengths):
        mask = self.valid_mask(scores, lengths)
        count = mask.sum(axis=1)
        total_len = (lengths * mask).sum(axis=1)
        mean_len = total_len / ops.maximum(count, ops.ones_like(count))
        return count, mean_len


def make():
    np.random.seed(1)
    scores = Tensor(np.random.rand(4, 16).astype(np.float32))
    lengths = Tensor((np.random.rand(4, 16) * 35 + 5).astype(np.float32))
    return FrameFishStats(), (scores, lengths)
