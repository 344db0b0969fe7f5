# case: monotonic alignment search done in NumPy via .asnumpy() inside construct (Glow-TTS style) -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def maximum_path_numpy(log_p, mask):
    """Viterbi-style monotonic alignment on (T_text, T_mel) log-likelihoods."""
    t_x, t_y = log_p.shape
    value = np.full((t_x, t_y), -1e9, dtype=np.float32)
    value[0, 0] = log_p[0, 0]
    for j in range(1, t_y):
        for i in range(min(j + 1, t_x)):
            stay = value[i, j - 1]
            move = value[i - 1, j - 1] if i > 0 else -1e9
            value[i, j] = max(stay, move) + log_p[i, j]
    path = np.zeros_like(log_p)
    i = t_x - 1
    for j in range(t_y - 1, -1, -1):
        path[i, j] = 1.0
        if i > 0 and (i == j or value[i - 1, j - 1] > value[i, j - 1]):
            i -= 1
    return path * mask


class GlowAligner(nn.Cell):
    def __init__(self, n_mels=8, hidden=8):
        super().__init__()
        self.proj_mu = nn.Dense(hidden, n_mels)

    def construct(self, text_hidden, mel, attn_mask):
        mu = self.proj_mu(text_hidden)                       # (T_x, n_mels)
        log_p = -0.5 * ((mel.expand_dims(0) - mu.expand_dims(1)) ** 2).sum(-1)
        path = maximum_path_numpy(log_p.asnumpy(), attn_mask.asnumpy())
        path = Tensor(path)
        aligned_mu = ops.matmul(path.T, mu)
        return aligned_mu, path


def make():
    np.random.seed(3)
    text = Tensor(np.random.randn(4, 8).astype(np.float32))
    mel = Tensor(np.random.randn(9, 8).astype(np.float32))
    mask = Tensor(np.ones((4, 9), dtype=np.float32))
    return GlowAligner(), (text, mel, mask)
