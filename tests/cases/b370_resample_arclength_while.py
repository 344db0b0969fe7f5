# case: stroke resampler walks along the pen trajectory in a while loop until the accumulated arc length is covered, appending one interpolated point per step -> loop count comes from tensor values and the list grows, expect refusal or dynamic behaviour in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResampleConfig:
    def __init__(self, spacing=0.5, max_points=64):
        self.spacing = spacing
        self.max_points = max_points


def segment_lengths(stroke):
    delta = stroke[1:] - stroke[:-1]
    return ops.sqrt((delta * delta).sum(axis=-1))


class ArcLengthResampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.spacing = config.spacing
        self.max_points = config.max_points

    def construct(self, stroke):
        seg = segment_lengths(stroke)
        cum = ops.cumsum(seg, axis=0)
        total = cum[-1]
        points = [stroke[0]]
        dist = Tensor(self.spacing, ms.float32)
        while dist < total:
            idx = (cum < dist).astype(ms.int32).sum()
            points.append(stroke[idx])
            dist = dist + self.spacing
        return ops.stack(points)


def make():
    np.random.seed(3706)
    stroke = np.cumsum(np.random.rand(20, 2) * 0.6, axis=0).astype(np.float32)
    return ArcLengthResampler(ResampleConfig()), (Tensor(stroke),)
