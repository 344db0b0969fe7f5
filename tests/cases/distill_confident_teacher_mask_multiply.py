# case: confidence mask cast to float and multiplied into per-sample KL, normalised by mask sum -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedConfidentKD(nn.Cell):
    def __init__(self, temperature=2.0, conf_thresh=0.6):
        super().__init__()
        self.t = temperature
        self.conf_thresh = conf_thresh

    def per_sample_kl(self, s_logits, t_logits):
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        log_p_s = ops.log_softmax(s_logits / self.t, axis=-1)
        return (p_t * (ops.log(p_t + 1e-8) - log_p_s)).sum(axis=-1), p_t

    def construct(self, s_logits, t_logits):
        kl, p_t = self.per_sample_kl(s_logits, t_logits)
        mask = (p_t.max(axis=-1) > self.conf_thresh).astype(ms.float32)
        denom = ops.maximum(mask.sum(), Tensor(1.0, ms.float32))
        return (kl * mask).sum() / denom * self.t * self.t


def make():
    np.random.seed(2)
    s = Tensor(np.random.randn(16, 5).astype(np.float32))
    t = Tensor((np.random.randn(16, 5) * 3).astype(np.float32))
    return MaskedConfidentKD(), (s, t)
