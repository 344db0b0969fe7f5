# case: downsampling block keeps the first half of the sequence computed from x.shape and a stride config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def compute_keep_len(seq_len, stride):
    return max(1, seq_len // stride)


class SequenceDownsampler(nn.Cell):
    def __init__(self, dim=8, stride=2, mode="truncate"):
        super().__init__()
        self.stride = stride
        self.mode = mode
        self.proj = nn.Dense(dim, dim)

    def construct(self, x):
        seq_len = x.shape[1]
        keep = compute_keep_len(seq_len, self.stride)
        if self.mode == "truncate":
            x = x[:, :keep]
        else:
            x = x[:, :: self.stride]
        return self.proj(x)


def make():
    np.random.seed(44)
    x = Tensor(np.random.randn(2, 7, 8).astype(np.float32))
    return SequenceDownsampler(), (x,)
