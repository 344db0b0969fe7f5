# case: splits the padded visit sequence into recent and historical halves using x.shape and reshapes per-visit features -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoWindowEncoder(nn.Cell):
    def __init__(self, code_dim=6, hidden=8):
        super().__init__()
        self.visit_fc = nn.Dense(code_dim, hidden)
        self.mix = nn.Dense(2 * hidden, 1)

    def construct(self, visits, mask):
        b, t, d = visits.shape
        flat = visits.reshape(b * t, d)
        h = ops.relu(self.visit_fc(flat)).reshape(b, t, -1) * mask.expand_dims(-1)
        half = t // 2
        hist = h[:, :half].sum(axis=1) / ops.clamp(mask[:, :half].sum(axis=1, keepdims=True), min=1.0)
        recent = h[:, half:].sum(axis=1) / ops.clamp(mask[:, half:].sum(axis=1, keepdims=True), min=1.0)
        return self.mix(ops.concat((hist, recent), axis=-1)).squeeze(-1)


def make():
    np.random.seed(36)
    visits = Tensor(np.random.randn(4, 8, 6).astype(np.float32))
    mask = Tensor((np.arange(8)[None, :] < np.array([8, 5, 2, 6])[:, None]).astype(np.float32))
    return TwoWindowEncoder(), (visits, mask)
