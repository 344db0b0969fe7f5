# case: autoregressive GRU sampler appends greedy stroke-5 points to a list and breaks when the end token is chosen -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedySketchSampler(nn.Cell):
    """Decode a sketch point by point until the end-of-sketch pen state."""

    def __init__(self, hidden_size=16, max_len=10, eos_state=2):
        super().__init__()
        self.cell = nn.GRUCell(5, hidden_size)
        self.head = nn.Dense(hidden_size, 5)
        self.max_len = max_len
        self.eos_state = eos_state

    def next_point(self, out):
        offsets = out[:, :2]
        pen = ops.argmax(out[:, 2:], dim=-1)
        pen_onehot = ops.one_hot(pen, 3, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return ops.concat((offsets, pen_onehot), axis=-1), pen

    def construct(self, z):
        h = z
        point = ops.zeros((1, 5), ms.float32)
        point[:, 2] = 1.0
        points = []
        for _ in range(self.max_len):
            h = self.cell(point, h)
            out = self.head(h)
            point, pen = self.next_point(out)
            points.append(point)
            if pen[0] == self.eos_state:
                break
        return ops.concat(points, axis=0)


def make():
    np.random.seed(3)
    ms.set_seed(3)
    z = Tensor(np.random.randn(1, 16).astype(np.float32))
    return GreedySketchSampler(), (z,)
