# case: channel-attention picks top channels with an int topk and ops.gather(..., axis=1) by keyword (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelPick(nn.Cell):
    def __init__(self, ch=8, keep=3):
        super().__init__()
        self.keep = keep
        self.squeeze = nn.Dense(ch, ch)

    def construct(self, x):
        w = ops.sigmoid(self.squeeze(x.mean(axis=(2, 3))))
        _, idx = ops.topk(w[0], self.keep)
        return ops.gather(input_params=x, input_indices=idx, axis=1)


def make():
    return ChannelPick(), (Tensor(np.random.rand(1, 8, 4, 4).astype(np.float32)),)
