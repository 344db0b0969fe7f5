# case: monotonic alignment search written in tensor ops with Python loops over static T_mel from .shape (forward DP + backtrack via one_hot) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def monotonic_alignment(log_p, neg_inf=-1e9):
    # log_p: (B, T_x, T_y); returns hard path (B, T_x, T_y)
    b, t_x, t_y = log_p.shape
    shift_pad = ops.full((b, 1), neg_inf, dtype=ms.float32)
    col = ops.concat((log_p[:, :1, 0], ops.full((b, t_x - 1), neg_inf, dtype=ms.float32)), 1)
    values = [col]
    for j in range(1, t_y):
        prev = values[-1]
        shifted = ops.concat((shift_pad, prev[:, :-1]), 1)
        col = ops.maximum(prev, shifted) + log_p[:, :, j]
        values.append(col)
    path = []
    idx = ops.full((b,), t_x - 1, dtype=ms.int32)
    for j in range(t_y - 1, -1, -1):
        path.append(ops.one_hot(idx, t_x, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)))
        if j > 0:
            prev = values[j - 1]
            stay = ops.gather_elements(prev, 1, idx.expand_dims(1)).squeeze(1)
            move = ops.gather_elements(prev, 1, ops.maximum(idx - 1, 0).expand_dims(1)).squeeze(1)
            go_down = ops.logical_and(move > stay, idx > 0)
            idx = idx - go_down.astype(ms.int32)
    path = path[::-1]
    return ops.stack(path, axis=2)


class GlowTTSAligner(nn.Cell):
    def __init__(self, hidden=8, n_mels=6):
        super().__init__()
        self.proj_m = nn.Dense(hidden, n_mels)

    def construct(self, text_h, mel):
        mu = self.proj_m(text_h)                              # (B, T_x, n_mels)
        log_p = -0.5 * ((mu.expand_dims(2) - mel.expand_dims(1)) ** 2).sum(-1)
        path = ops.stop_gradient(monotonic_alignment(log_p))
        mu_frames = ops.bmm(path.transpose(0, 2, 1), mu)
        return path, ((mu_frames - mel) ** 2).mean()


def make():
    np.random.seed(28)
    th = Tensor(np.random.randn(1, 3, 8).astype(np.float32))
    mel = Tensor(np.random.randn(1, 5, 6).astype(np.float32))
    return GlowTTSAligner(), (th, mel)
