# case: teacher ensemble weighted per sample by softmax over negative teacher entropies, fixed number of teachers -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConfidenceWeightedEnsemble(nn.Cell):
    def __init__(self, temperature=2.0):
        super().__init__()
        self.t = temperature

    @staticmethod
    def entropy(p):
        return -(p * ops.log(p + 1e-8)).sum(axis=-1)

    def construct(self, s_logits, t_logits_stack):
        p_all = ops.softmax(t_logits_stack / self.t, axis=-1)
        ent = self.entropy(p_all)
        w = ops.softmax(-ent, axis=0)
        p_t = (w.expand_dims(-1) * p_all).sum(axis=0)
        log_p_s = ops.log_softmax(s_logits / self.t, axis=-1)
        return -(p_t * log_p_s).sum(axis=-1).mean() * self.t ** 2


def make():
    np.random.seed(19)
    s = Tensor(np.random.randn(5, 7).astype(np.float32))
    t = Tensor(np.random.randn(4, 5, 7).astype(np.float32))
    return ConfidenceWeightedEnsemble(), (s, t)
