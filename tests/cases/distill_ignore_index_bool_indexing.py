# case: token-level KD drops padded positions with boolean-mask indexing logits[labels != -100] -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenKD(nn.Cell):
    def __init__(self, temperature=2.0, ignore_index=-100):
        super().__init__()
        self.t = temperature
        self.ignore_index = ignore_index

    def construct(self, s_logits, t_logits, labels):
        vocab = s_logits.shape[-1]
        s_flat = s_logits.reshape(-1, vocab)
        t_flat = t_logits.reshape(-1, vocab)
        valid = labels.reshape(-1) != self.ignore_index
        s_sel = s_flat[valid]
        t_sel = t_flat[valid]
        p_t = ops.softmax(t_sel / self.t, axis=-1)
        log_p_s = ops.log_softmax(s_sel / self.t, axis=-1)
        return -(p_t * log_p_s).sum(axis=-1).mean() * self.t ** 2


def make():
    np.random.seed(7)
    s = Tensor(np.random.randn(2, 6, 12).astype(np.float32))
    t = Tensor(np.random.randn(2, 6, 12).astype(np.float32))
    lab = np.random.randint(0, 12, size=(2, 6)).astype(np.int32)
    lab[0, 4:] = -100
    lab[1, 5:] = -100
    return TokenKD(), (s, t, Tensor(lab))
