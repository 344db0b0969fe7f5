# case: clip aggregation computes a softmax temperature with math.exp(float(t)) of a learned tensor -> error, host conversion of tensor in graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TemperatureAggregator(nn.Cell):
    def __init__(self, num_classes=6):
        super().__init__()
        self.log_temp = Parameter(Tensor(np.array([0.5], np.float32)), name="log_temp")
        self.num_classes = num_classes

    def construct(self, clip_logits):
        # clip_logits: (N_clips, C)
        temp = math.exp(float(self.log_temp[0]))
        weights = ops.softmax(clip_logits.max(axis=-1) / temp, axis=0)
        video_logits = (weights.expand_dims(-1) * clip_logits).sum(axis=0)
        return video_logits


def make():
    np.random.seed(10)
    clip_logits = Tensor(np.random.randn(5, 6).astype(np.float32))
    return TemperatureAggregator(), (clip_logits,)
