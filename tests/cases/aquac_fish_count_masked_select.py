# case: counts fish detections above a confidence threshold via masked_select and averages their lengths -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FishCounter(nn.Cell):
    def __init__(self, conf_threshold=0.5):
        super().__init__()
        self.conf_threshold = conf_threshold

    def confident_lengths(self, scores, lengths):
        keep = scores > self.conf_threshold
        return ops.masked_select(lengths, keep)

    def construct(self, scores, lengths):
        kept = self.confident_lengths(scores, lengths)
        count = kept.shape[0]
        mean_len = kept.sum() / (count + 1e-6)
        return kept, mean_len


def make():
    np.random.seed(0)
    scores = Tensor(np.random.rand(24).astype(np.float32))
    lengths = Tensor((np.random.rand(24) * 40 + 10).astype(np.float32))
    return FishCounter(conf_threshold=0.6), (scores, lengths)
