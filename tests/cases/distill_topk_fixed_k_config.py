# case: top-k logit distillation with k from a config object read in __init__ -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KDConfig:
    def __init__(self, topk=5, temperature=3.0, weight=0.5):
        self.topk = topk
        self.temperature = temperature
        self.weight = weight


class TopKLogitKD(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.k = cfg.topk
        self.t = cfg.temperature
        self.w = cfg.weight

    def construct(self, s_logits, t_logits):
        t_vals, t_idx = ops.topk(t_logits, self.k)
        s_vals = ops.gather_elements(s_logits, 1, t_idx)
        p_t = ops.softmax(t_vals / self.t, axis=-1)
        log_p_s = ops.log_softmax(s_vals / self.t, axis=-1)
        return -self.w * (p_t * log_p_s).sum(axis=-1).mean()


def make():
    np.random.seed(4)
    s = Tensor(np.random.randn(6, 20).astype(np.float32))
    t = Tensor(np.random.randn(6, 20).astype(np.float32))
    return TopKLogitKD(KDConfig()), (s, t)
