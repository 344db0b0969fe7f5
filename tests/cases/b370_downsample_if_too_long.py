# case: encoder front-end halves the temporal resolution of the pen sequence only when the longest sample in the batch exceeds a budget -> `if` on a tensor value with branches of different shapes, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontEndConfig:
    point_dim = 3
    hidden_size = 16
    max_points = 48
    output_hidden_states = False


class StrokeFrontEnd(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_points = config.max_points
        self.output_hidden_states = config.output_hidden_states
        self.input_proj = nn.Dense(config.point_dim, config.hidden_size)
        self.act = nn.GELU()

    def _maybe_downsample(self, points, lengths):
        if lengths.max() > self.max_points:
            points = points[:, ::2, :]
            lengths = (lengths + 1) // 2
        return points, lengths

    def construct(self, points, lengths):
        points, lengths = self._maybe_downsample(points, lengths)
        hidden = self.act(self.input_proj(points))
        outputs = (hidden, lengths)
        if self.output_hidden_states:
            outputs = outputs + (points,)
        return outputs


def make():
    np.random.seed(3707)
    points = Tensor(np.random.randn(3, 60, 3).astype(np.float32))
    lengths = Tensor(np.array([60, 41, 33], dtype=np.int32))
    return StrokeFrontEnd(FrontEndConfig()), (points, lengths)
