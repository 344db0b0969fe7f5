# case: relative position bias gathers from a table using an index buffer precomputed in __init__ -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, TruncatedNormal


def relative_position_index(window):
    coords = np.arange(window)
    rel = coords[:, None] - coords[None, :] + window - 1
    return rel.astype(np.int32)


class RelativePositionBias(nn.Cell):
    def __init__(self, window=4, num_heads=2):
        super().__init__()
        self.window = window
        self.num_heads = num_heads
        self.table = Parameter(initializer(TruncatedNormal(0.02), (2 * window - 1, num_heads)), name="table")
        self.rel_index = Tensor(relative_position_index(window).reshape(-1))

    def construct(self, attn_scores):
        bias = ops.gather(self.table, self.rel_index, 0)
        bias = bias.reshape(self.window, self.window, self.num_heads).transpose(2, 0, 1)
        return attn_scores + bias.expand_dims(0)


def make():
    np.random.seed(49)
    scores = Tensor(np.random.randn(1, 2, 4, 4).astype(np.float32))
    return RelativePositionBias(), (scores,)
