# case: token-level KD zeroes padded positions with ops.where on a label mask and divides by valid count -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenKD(nn.Cell):
    def __init__(self, temperature=2.0, ignore_index=-100):
        super().__init__()
        self.t = temperature
        self.ignore_index = ignore_index

    def token_kl(self, s_logits, t_logits):
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        log_p_s = ops.log_softmax(s_logits / self.t, axis=-1)
        return -(p_t * log_p_s).sum(axis=-1)

    def construct(self, s_logits, t_logits, labels):
        per_tok = self.token_kl(s_logits, t_logits)
        valid = labels != self.ignore_index
        per_tok = ops.where(valid, per_tok, ops.zeros_like(per_tok))
        n_valid = valid.astype(ms.float32).sum().clip(1.0, None)
        return per_tok.sum() / n_valid * self.t ** 2


def make():
    np.random.seed(8)
    s = Tensor(np.random.randn(2, 6, 12).astype(np.float32))
    t = Tensor(np.random.randn(2, 6, 12).astype(np.float32))
    lab = np.random.randint(0, 12, size=(2, 6)).astype(np.int32)
    lab[0, 4:] = -100
    return TokenKD(), (s, t, Tensor(lab))
