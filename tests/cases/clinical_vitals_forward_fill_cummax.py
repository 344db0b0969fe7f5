# case: last-observation-carried-forward of irregular vitals using cummax over observed time indices and gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def forward_fill(values, mask):
    steps = values.shape[1]
    t_idx = ops.arange(steps, dtype=ms.int32).reshape(1, steps, 1)
    obs_idx = ops.where(mask > 0, t_idx.broadcast_to(values.shape), ops.zeros_like(t_idx).broadcast_to(values.shape))
    last_idx, _ = ops.cummax(obs_idx, axis=1)
    filled = ops.gather_elements(values, 1, last_idx)
    since = (t_idx - last_idx).astype(ms.float32)
    return filled, since


class LOCFEncoder(nn.Cell):
    def __init__(self, n_vars=3, hidden=10, use_time_since=True):
        super().__init__()
        self.use_time_since = use_time_since
        in_dim = 2 * n_vars if use_time_since else n_vars
        self.rnn = nn.GRU(in_dim, hidden, batch_first=True)

    def construct(self, values, mask):
        filled, since = forward_fill(values, mask)
        x = ops.concat((filled, since), -1) if self.use_time_since else filled
        out, _ = self.rnn(x)
        return out[:, -1]


def make():
    np.random.seed(27)
    values = Tensor(np.random.randn(2, 6, 3).astype(np.float32))
    mask = (np.random.rand(2, 6, 3) > 0.5).astype(np.float32)
    mask[:, 0] = 1
    return LOCFEncoder(), (values, Tensor(mask))
