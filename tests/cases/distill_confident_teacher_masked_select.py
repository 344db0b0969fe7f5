# case: keep only samples where the teacher is confident via masked_select before averaging KL -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidentKD(nn.Cell):
    def __init__(self, temperature=2.0, conf_thresh=0.6):
        super().__init__()
        self.t = temperature
        self.conf_thresh = conf_thresh

    def construct(self, s_logits, t_logits):
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        log_p_s = ops.log_softmax(s_logits / self.t, axis=-1)
        per_sample = (p_t * (ops.log(p_t + 1e-8) - log_p_s)).sum(axis=-1)
        conf = p_t.max(axis=-1)
        keep = conf > self.conf_thresh
        kept = ops.masked_select(per_sample, keep)
        loss = kept.sum() / (kept.shape[0] + 1e-6)
        return loss * self.t * self.t


def make():
    np.random.seed(1)
    s = Tensor(np.random.randn(16, 5).astype(np.float32))
    t = Tensor((np.random.randn(16, 5) * 3).astype(np.float32))
    return ConfidentKD(), (s, t)
